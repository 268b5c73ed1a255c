# ruff: noqa: E501
"""Hand-written narratives, writer p: records that change as facts emerge."""

from corpora.handwritten import case

case(
    1, "stalking_fear_alarm_distress", "CSD",
    voice="updates", case="mixed", noise="abbrev", batch="p",
    pattern="cctv_finds_second_occasion_then_victim_moves", relationship="ex_partner", occasions=4,
    text="""\
14/02 0910 - PC 4471 OKAFOR. IP Shannon BRIDGEMAN (29) reports ex-p Craig DALLOWAY waited by her car outside Tesco Express, Fenwick Rd, approx 1800 yday. Said he "just wanted to talk". IP drove off. Relationship ended Nov, no children. IP unsure if this was chance - he lives 2 miles away. Advised, no crime at this stage, incident only.
16/02 1420 - PC 4471. Spoke to store mgr re CCTV. Footage shows DALLOWAY's silver Astra in car park from 1712, 50 mins before IP came out, parked two bays from her car. Also same vehicle in car park on 09/02 between 1705-1750 - IP confirms she shopped there that evening and did not see him. Crime now recorded.
19/02 - IP calls in. Found a card tucked under her wiper at work (Hallam Logistics) saying "I know you still think about us". She had blocked him on all apps in Dec. Card seized, exhibit SB/1.
03/03 OIC update - IP has now moved in with her sister in Dronfield and is parking at a different depot, has changed her shift to earlies so she isnt leaving in the dark. States she is not sleeping and has been to GP. DASH re-done - medium. DALLOWAY arrested and interviewed 01/03, no comment. File to CPS.""",
    spans=[
        ("STALK_LOITER", "waited by her car outside Tesco Express"),
        ("STALK_LOITER", "in car park from 1712, 50 mins before IP came out"),
        ("REPETITION", "Also same vehicle in car park on 09/02"),
        ("STALK_GIFTS", "card tucked under her wiper at work"),
        ("FIXATION", "\"I know you still think about us\""),
        ("UNWANTED", "She had blocked him on all apps in Dec"),
        ("SERIOUS_IMPACT", "has now moved in with her sister in Dronfield"),
        ("SERIOUS_IMPACT", "has changed her shift to earlies"),
        ("DISTRESS", "she is not sleeping and has been to GP"),
    ],
)

case(
    2, "no_offence", "",
    voice="crime_summary", case="mixed", noise="clean", batch="p",
    pattern="repeat_caller_identified_as_debt_agent", relationship="business", occasions=5,
    text="""\
Initial report (05/06): Mr Harjit SANGHERA (61) of Wickham Close reports a man calling at his address five times in a fortnight, knocking loudly and on one occasion looking through the front window. Mr Sanghera did not answer. He states he felt intimidated and has started keeping the chain on. Logged as suspected harassment pending enquiries.

Update 08/06: Doorbell footage reviewed. Male wears a lanyard. Vehicle VRM traced to Northgate Recoveries Ltd. Spoke to the company: the male is an enforcement agent holding a liability order for unpaid council tax at the address, visits logged on their system with notice letters sent 12/05 and 26/05. Mr Sanghera confirms he had received letters but "didn't think they would actually come".

Update 09/06: Explained position to Mr Sanghera. No abusive language or threats alleged. Visits were in connection with a lawful debt. Advised to contact the council re payment plan. Crime cancelled - no offence. Incident closed.""",
    spans=[
        ("DISTRESS", "He states he felt intimidated"),
        ("SERIOUS_IMPACT", "has started keeping the chain on"),
    ],
)

case(
    3, "aggravated_harassment", "CR",
    voice="updates", case="mixed", noise="typos", batch="p",
    pattern="single_slur_then_neighbour_diary_shows_pattern", relationship="neighbour", occasions=4,
    text="""\
Log 0412 22/08. Caller Mrs Adaeze NWANKWO, 44, 17 Larch Walk. States neighbour at no.19 (Keith ORMSBY) shouted at her over the fence while she was hanging washing "go back to africa you dont belong on this street". Mrs N says this is the first time she has reported but "it has been going on". Crime raised as public order pending further.

24/08 PC Danvers - visited IP. She has kept a diary on her phone. Entrys show 02/08 ORMSBY called her son a "monkey" as he got off his bike, 11/08 he put a note through her door reading "no more of your lot", and 18/08 he stood at his gate and made ape noises as she walked past with shopping. Son (15) confirms 02/08 incident. Note retained by IP, seized as exhibit AN/1. IP upset, says the children dont want to play in the front garden any more. No threats of violence and she is not frightened of him physicaly, "hes an old man, its the words".

25/08 Sgt review: this is a series not a one off, all directed at IP and her family, racial hostility shown each time. Reclassify. Interview ORMSBY.""",
    spans=[
        ("RACIAL_HOSTILITY", "\"go back to africa you dont belong on this street\""),
        ("REPETITION", "\"it has been going on\""),
        ("RACIAL_HOSTILITY", "called her son a \"monkey\""),
        ("RACIAL_HOSTILITY", "\"no more of your lot\""),
        ("RACIAL_HOSTILITY", "made ape noises as she walked past"),
        ("DISTRESS", "IP upset"),
    ],
)

case(
    4, "harassment_fear_of_violence", "CF",
    voice="updates", case="mixed", noise="abbrev", batch="p",
    pattern="fear_disclosed_later_in_second_account", relationship="customer", occasions=3,
    text="""\
CAD 3391 11/01/25 1547. RP Tomasz WIECZOREK, manager Wieczorek Tyres, Unit 4 Marsh Lane Ind Est. Ex-customer Dean PHILPOTT (DOB 14/04/1979) attended counter, angry about a refund, shouted "you'll get yours". Left before police arrival. RP states "not bothered, just a nutter". Words of advice by phone to PHILPOTT. No crime at this point - POA considered, RP not supportive.

13/01 - RP calls again. PHILPOTT sent 3 voicemails overnight to the business mobile which RP carries personally: "I know where you park, Tomasz, I'm going to put you through that window" and "I'll be waiting for you one night". RP now says he WAS scared on the 11th and didn't want to say it in front of staff. Says he is certain PHILPOTT will come for him.

15/01 PC 2208 HUSSEIN. MG11 obtained. RP: "When he leaned over the counter I thought he was going to hit me. When I heard the messages I thought this time he is going to do it." RP has his brother drive him home. Dispute remains about a £340 refund. PHILPOTT to be interviewed - OIC to arrange.""",
    spans=[
        ("THREAT_VIOLENCE", "\"you'll get yours\""),
        ("REPETITION", "sent 3 voicemails overnight"),
        ("THREAT_VIOLENCE", "I'm going to put you through that window"),
        ("THREAT_VIOLENCE", "\"I'll be waiting for you one night\""),
        ("FEAR_OF_VIOLENCE", "RP now says he WAS scared on the 11th"),
        ("FEAR_OF_VIOLENCE", "certain PHILPOTT will come for him"),
        ("FEAR_OF_VIOLENCE", "I thought he was going to hit me"),
        ("FEAR_OF_VIOLENCE", "I thought this time he is going to do it"),
    ],
)

case(
    5, "stalking", "CS",
    voice="crime_summary", case="mixed", noise="clean", batch="p",
    pattern="colleague_gifts_and_waiting_no_fear", relationship="colleague", occasions=5,
    text="""\
Summary (as at 30/09): IP Rhiannon PRYCE works as a pharmacist at Boots, Castle Street, Abergavenny. Suspect is Gethin LLEWELLYN, a delivery driver who drops stock to the branch twice weekly. First reported 12/09 as a "concern" only: IP said Llewellyn had asked her out, she said no, and he had since left a box of chocolates and a note on her counter reading "no one else sees you like I do". IP did not want action, just advice.

Further report 22/09: IP's manager contacted police. Llewellyn had been seen sitting in his van in the staff car park on 17/09, 19/09 and 21/09 at around 1800 when IP finishes, although he has no deliveries after 2pm. He has also sent her a friend request on Facebook from a second account after she declined the first one, and messaged her work email twice asking why she is "playing games".

30/09: IP seen by OIC. She says she is not scared of him and does not think he would hurt her, she just wants it to stop. She has not changed anything about her routine. Employer of suspect informed; he has been moved to another route pending police interview. Classification amended from concern for welfare.""",
    spans=[
        ("UNWANTED", "she said no"),
        ("STALK_GIFTS", "left a box of chocolates and a note on her counter"),
        ("FIXATION", "\"no one else sees you like I do\""),
        ("STALK_LOITER", "sitting in his van in the staff car park"),
        ("REPETITION", "on 17/09, 19/09 and 21/09"),
        ("FIXATION", "at around 1800 when IP finishes"),
        ("STALK_CONTACT", "friend request on Facebook from a second account"),
        ("STALK_CONTACT", "messaged her work email twice"),
        ("UNWANTED", "she just wants it to stop"),
    ],
)

case(
    6, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="updates", case="mixed", noise="abbrev", batch="p",
    pattern="stranger_watching_identified_then_religious_notes", relationship="stranger", occasions=5,
    text="""\
Incident 0721 03/04. IP Mrs Safiya PATEL (36) reports unknown white male has twice stood opposite the Masjid-e-Noor on Harrow St at 1530 and watched her walk her daughters from school. "Just stares." No words exchanged. THRIVE - low, scheduled appt.

07/04 Appt. IP states male now seen 4 times (28/03, 31/03, 02/04, 06/04), always as she passes, and on 06/04 he followed her on foot down Glebe Rd until she went into a shop. IP shaken. Descriptions circulated.

10/04 PCSO Marland identifies male from description as Roger TEMPLETON (58) of Ashby Court. Intel: posts on local FB group about "mosque mothers" and "covered women taking over the school run".

12/04 IP finds note in her letterbox - handwritten, "TAKE THAT RAG OFF YOUR HEAD OR GO HOME" with her first name on the envelope. Forensic submission. IP says she does not know how he knows her name.

15/04 OIC visit. IP has stopped doing the school run; her husband has changed his hours to do it. She no longer attends the mosque women's group on Thursdays. Says she cant relax in her own house. TEMPLETON arrested 14/04, admits standing on Harrow St "because it's a free country", denies note. Handwriting comparison requested.""",
    spans=[
        ("STALK_WATCH", "watched her walk her daughters from school"),
        ("REPETITION", "now seen 4 times (28/03, 31/03, 02/04, 06/04)"),
        ("STALK_FOLLOW", "he followed her on foot down Glebe Rd"),
        ("DISTRESS", "IP shaken"),
        ("STALK_GIFTS", "IP finds note in her letterbox"),
        ("RELIGIOUS_HOSTILITY", "\"TAKE THAT RAG OFF YOUR HEAD OR GO HOME\""),
        ("FIXATION", "her first name on the envelope"),
        ("SERIOUS_IMPACT", "IP has stopped doing the school run"),
        ("SERIOUS_IMPACT", "no longer attends the mosque women's group on Thursdays"),
        ("DISTRESS", "cant relax in her own house"),
    ],
)

case(
    7, "harassment", "C",
    voice="updates", case="lower", noise="typos", batch="p",
    pattern="assumed_single_post_then_more_messages_found", relationship="acquaintance", occasions=4,
    text="""\
12/11 ip jordan akinwale-brooks attends front counter. states a man he used to play 5 a side with, liam garside, sent him a msg on whatsapp calling him a "fat useless nonce" after a row about subs money. ip says he thinks it was a one off and he just wants it logged. advised re blocking. recorded as malicious comms.

20/11 ip back in. garside has now sent further msgs on 14/11, 16/11 and 19/11, each one abusive, calling him a grass and a "waste of oxygen" and one saying ip "should of been drowned at birth". ip has screenshots. no threats to hurt him in any of them, ip not scared just fed up and embarased, says he cant stop checking his phone. 

21/11 pc 3390 - spoke to garside by phone, he admits sending them "cos he owes me 40 quid". informed a harassment allegation is being investigated, vol interview booked 28/11. crime reclassed, mal comms crime linked.""",
    spans=[
        ("REPETITION", "further msgs on 14/11, 16/11 and 19/11"),
        ("STALK_CONTACT", "each one abusive, calling him a grass and a \"waste of oxygen\""),
        ("DISTRESS", "fed up and embarased"),
    ],
)

case(
    8, "aggravated_harassment_fear_of_violence", "CFR",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="p",
    pattern="review_corrects_public_order_to_series", relationship="neighbour", occasions=3,
    text="""\
Sgt 1184 REID - crime review 09/07.
Recorded as 2 x separate POA s.4 incidents (refs 14/55210/24 and 14/56831/24). Having read both, plus BWV from 2nd attendance, I do not agree these are separate.
Facts: IP Bashir RAHIMI (Afghan national, 31) lives in flat 3, Crown House. S1 Wayne DEAKIN flat 5.
- 28/06: DEAKIN blocked stairwell, called IP a "f***ing Taliban" and said "I'll stab you up if you come past my door again". IP states he went back into his flat and barricaded door, believed DEAKIN would come in after him.
- 04/07: DEAKIN banged on IP's door 2330 shouting "p*** get out of this building, I'll kill you". BWV shows IP crying and shaking, says to officer "he will hurt me, I know it".
- IP also mentions (not recorded at the time) DEAKIN spat at his feet on 30/06 and said "your lot".
Two occasions of fear of violence to IP himself, same suspect, same target, ten days apart, with racial hostility shown on each. Link the two and reclassify as one crime. Previous POA crimes to be cancelled as included. IP now staying at a friends. Pls ensure interpreter (Dari) for MG11.""",
    spans=[
        ("RACIAL_HOSTILITY", "called IP a \"f***ing Taliban\""),
        ("THREAT_VIOLENCE", "\"I'll stab you up if you come past my door again\""),
        ("FEAR_OF_VIOLENCE", "believed DEAKIN would come in after him"),
        ("RACIAL_HOSTILITY", "\"p*** get out of this building"),
        ("THREAT_VIOLENCE", "I'll kill you\""),
        ("FEAR_OF_VIOLENCE", "\"he will hurt me, I know it\""),
        ("RACIAL_HOSTILITY", "said \"your lot\""),
        ("SERIOUS_IMPACT", "IP now staying at a friends"),
    ],
)

case(
    9, "aggravated_stalking", "CSR",
    voice="updates", case="mixed", noise="abbrev", batch="p",
    pattern="online_fake_profile_attribution_found_later", relationship="online", occasions=4,
    text="""\
Online report rec'd 02/10 via Single Online Home. Reporter: Dr Priya VENKATARAMAN (38), GP at Marlowe Health Centre. Fake Google review account "Justice4Patients" posted 4 reviews in a week calling her a "curry-house quack" and telling people to ask for "a proper English doctor". Also a Facebook profile in her name with her photo posting that she "hates white patients". IP does not know who is responsible. Triage: possible mal comms, pass to local team.

06/10 - PC 1971 BROADHURST. Practice manager says a former patient, Gary NUTTALL, was removed from the list in Aug after abusing reception. Since then he has rung the surgery 11 times asking for IP by name and asking what time she finishes. Reception log provided.

11/10 - Data from Meta (via SPOC) shows fake profile created from an email registered to NUTTALL. Same IP address used for the Google account. IP also reports a man matching his description photographing her car in the staff car park 09/10 - CCTV requested.

14/10 - IP says she is "more angry than frightened". Not changed her hours. Wants him prosecuted. Suspect to be arrested.""",
    spans=[
        ("STALK_PUBLISH", "posted 4 reviews in a week"),
        ("RACIAL_HOSTILITY", "calling her a \"curry-house quack\""),
        ("RACIAL_HOSTILITY", "\"a proper English doctor\""),
        ("STALK_PUBLISH", "Facebook profile in her name with her photo"),
        ("REPETITION", "rung the surgery 11 times asking for IP by name"),
        ("FIXATION", "asking what time she finishes"),
        ("STALK_WATCH", "photographing her car in the staff car park"),
    ],
)

case(
    10, "no_offence", "",
    voice="updates", case="upper", noise="abbrev", batch="p",
    pattern="mutual_row_revealed_by_neighbour_video", relationship="ex_partner", occasions=2,
    text="""\
CAD 2214 17/03 2205. CLR KERRY-ANN MILLS (33) STATES EX BF DARREN OWUSU (35) HAS TURNED UP AT HER DOOR SHOUTING AND IS KICKING THE DOOR. SAYS HE CAME ROUND LAST WEEK AS WELL. G1 DEPLOYED.
2221 UNITS O/S. OWUSU LEFT PRIOR. IP SAYS HE WANTS HIS PS5 BACK.
18/03 OIC REVIEW. NEIGHBOUR AT NO 6 HAS SENT PHONE FOOTAGE OF LAST NIGHT. SHOWS IP OPENING DOOR AND THROWING A BAG OF HIS CLOTHES AT OWUSU, BOTH SHOUTING, IP CALLS HIM A "DEADBEAT" AND HE CALLS HER A "PSYCHO". NO KICKING OF DOOR SEEN. IP ACCEPTS SHE "LOST IT TOO".
RE "LAST WEEK" - IP CLARIFIES OWUSU CAME ROUND BY ARRANGEMENT TO COLLECT HIS SON (SHARED CARE) AND THEY HAD WORDS ABOUT MAINTENANCE. NO FURTHER CONTACT SINCE APART FROM CHILD ARRANGEMENTS VIA HIS MUM.
BOTH PARTIES GIVEN ADVICE. DASH STANDARD, IP NOT IN FEAR. REFERRED TO FAMILY MEDIATION. NO CRIME.""",
    spans=[],
)

case(
    11, "stalking_fear_alarm_distress", "CSF",
    voice="updates", case="mixed", noise="typos", batch="p",
    pattern="retraction_withdrawn_then_fear_disclosed", relationship="ex_partner", occasions=5,
    text="""\
21/05 - Ms Lowri EVANS-HUGHES (26) rang 101. Ex partner Aled MORGAN has been ringing her from withheld numbers, 30+ calls since Sat, and drove past her mums house in Pontypridd 3 or 4 times on Sunday. She told him in April it was over. Crime recorded, OIC PC Thorne.

23/05 - Ms Evans-Hughes rang OIC to withdraw, says it was "a misunderstanding" and she doesnt want him in trouble. Statement of withdrawl not yet taken.

26/05 - 999 from IP's mother, Mrs Carys Hughes. MORGAN outside the house at 0140 in his car with lights off. Units attended, MORGAN gone. IP spoken to in person away from her phone. Disclosed Morgan had told her on the 22nd "if you dont drop it I will cave your head in" and that is why she withdrew. Says she is terrified he will hurt her and was when he drove past on the Sunday too, "I knew what he was going to do". Also states he knows where she has been each day, she thinks he has access to her Snapchat location.

27/05 - DASH HIGH. MARAC referal. Withdrawal disregarded. Morgan arrested, phone seized. IP's Snap map settings checked with her - location sharing was on to "Aled" still, now turned off.""",
    spans=[
        ("STALK_CONTACT", "ringing her from withheld numbers"),
        ("REPETITION", "30+ calls since Sat"),
        ("STALK_FOLLOW", "drove past her mums house in Pontypridd 3 or 4 times"),
        ("UNWANTED", "She told him in April it was over"),
        ("STALK_LOITER", "outside the house at 0140 in his car with lights off"),
        ("THREAT_VIOLENCE", "\"if you dont drop it I will cave your head in\""),
        ("FEAR_OF_VIOLENCE", "terrified he will hurt her"),
        ("FEAR_OF_VIOLENCE", "\"I knew what he was going to do\""),
        ("STALK_MONITOR", "he knows where she has been each day"),
        ("STALK_MONITOR", "location sharing was on to \"Aled\" still"),
    ],
)

case(
    12, "harassment_fear_of_violence", "CFD",
    voice="updates", case="mixed", noise="clean", batch="p",
    pattern="second_threat_found_in_witness_statement", relationship="colleague", occasions=2,
    text="""\
Initial account, 4 March: Mr Ifeanyi OBI, warehouse operative at Redstone Distribution, Kettering, reports that a co-worker, Stuart FENWICK, told him in the canteen that he would "put him in hospital" over a disputed overtime rota. Mr Obi says he believed Fenwick meant it and left work early. Single incident; Mr Obi did not want to make a statement at that time. Recorded as a public order offence.

Update, 11 March: HR at Redstone have passed on a witness account from a forklift driver, Mrs Jean BATTY. She states that on 7 March she saw Fenwick walk up behind Mr Obi at the loading bay, grab a pallet jack handle and say "next time nobody's going to pull me off you". Mrs Batty says Mr Obi "went grey" and walked straight to the office.

Update, 13 March: Mr Obi seen again. Confirms the 7 March incident, which he had not mentioned because he thought the police only wanted the first one. He says on both days he was sure Fenwick would attack him and on the 7th he thought it would be there and then. He has asked to move to nights so he is not on the same shift. No prior relationship outside work, no stalking-type behaviour described. Fenwick suspended by employer. Public order crime cancelled and replaced.""",
    spans=[
        ("THREAT_VIOLENCE", "would \"put him in hospital\""),
        ("FEAR_OF_VIOLENCE", "he believed Fenwick meant it"),
        ("THREAT_VIOLENCE", "\"next time nobody's going to pull me off you\""),
        ("FEAR_OF_VIOLENCE", "on both days he was sure Fenwick would attack him"),
        ("SERIOUS_IMPACT", "asked to move to nights"),
    ],
)

case(
    13, "stalking", "CS",
    voice="crime_summary", case="mixed", noise="abbrev", batch="p",
    pattern="parcels_thought_prank_then_linked_to_ex", relationship="ex_partner", occasions=6,
    text="""\
Circs: IP Mr Oliver STRATTON-BLAKE (41), 2 Quarry View, Malton. Between 01/08 and 20/08 IP received 6 deliveries he did not order - a takeaway, two taxis, a skip hire, flowers addressed to "the love of my life" and a subscription box. Initially IP believed this was a prank by his nephews and did not report.

25/08 IP found his car's wing mirrors folded in and a printed photo of himself and his ex-wife on their wedding day left on the driver seat; car had been locked. Only IP and ex-wife Melissa STRATTON (39) had keys - she never returned the spare when they split in Feb.

OIC enquiries: Deliveroo & taxi firm records show orders placed from an account linked to Ms STRATTON's mobile. She has also emailed IP's new partner twice. IP states he is "not frightened, more weirded out", has not altered routine but has had locks changed at the landlord's cost. Ms Stratton spoken to 29/08, states she "just wanted him to remember". PIN not appropriate - vol interview.""",
    spans=[
        ("STALK_ORDERS", "6 deliveries he did not order"),
        ("FIXATION", "flowers addressed to \"the love of my life\""),
        ("STALK_PROPERTY", "car's wing mirrors folded in"),
        ("STALK_GIFTS", "printed photo of himself and his ex-wife on their wedding day left on the driver seat"),
        ("STALK_CONTACT", "emailed IP's new partner twice"),
        ("FIXATION", "\"just wanted him to remember\""),
    ],
)

case(
    14, "aggravated_harassment", "CR",
    voice="updates", case="mixed", noise="abbrev", batch="p",
    pattern="landlord_lawful_notice_plus_slurs", relationship="landlord", occasions=3,
    text="""\
06/01 1130 - IP Mr Dawit TESFAYE (Eritrean, 47) attends Luton PS. Landlord Brian COLLIER served a s.21 notice 02/01. IP upset, feels he is being pushed out. Explained notice appears lawful - civil matter, advised Shelter. No crime.

09/01 - IP returns with his daughter to interpret. Says when COLLIER served the notice he said "I want English tenants in here, not your sort". Also on 05/01 COLLIER came to collect rent arrears (legit, IP admits he is a month behind) and while there called him a "dirty immigrant" in front of IP's children. Then on 08/01 left a voicemail: "tick tock, back to Africa" - VM played to me, saved, BWV copy. 

10/01 PC 6120 ADEYEMI: The notice and the rent visit have a lawful purpose in themselves, but the comments on 02/01, 05/01 and 08/01 are directed at IP's nationality/race and are not part of any lawful purpose. IP not in fear of violence, "I am angry and my children are ashamed". Crime recorded; COLLIER to be interviewed. Housing options referral made.""",
    spans=[
        ("DISTRESS", "IP upset"),
        ("RACIAL_HOSTILITY", "\"I want English tenants in here, not your sort\""),
        ("RACIAL_HOSTILITY", "called him a \"dirty immigrant\""),
        ("RACIAL_HOSTILITY", "\"tick tock, back to Africa\""),
        ("DISTRESS", "my children are ashamed"),
    ],
)

case(
    15, "harassment", "C",
    voice="victim_diary", case="mixed", noise="clean", batch="p",
    pattern="diary_then_officer_note_confirms_no_fixation", relationship="neighbour", occasions=5,
    text="""\
[Diary kept by IP, typed up and attached to crime 47/2231/25]
Mon 3 Feb - Mr Quigley at no. 12 again shouted "bin bitch" at me when I put my wheelie bin out. Daughter heard.
Thurs 6 Feb - dog mess on my doorstep, I saw him go back in his gate with a bag.
Sun 9 Feb - he told the postman loudly I am a "nosy old cow who reports everyone".
Wed 12 Feb - dog mess again. Phoned council.
Fri 14 Feb - he stood at his window and did a wanker sign at me when I came back from church.

[OIC note 18/02] Spoke to IP, Mrs Bernadette KAVANAGH (72). This started after she complained to the council about Mr Declan QUIGLEY's dog barking in Jan. No threats, no following or watching described; it is about the complaint. Mrs Kavanagh says she is upset and tired of it but she is not scared of him and carries on as normal. Council ASB team aware. Crime recorded; words of advice not appropriate given the number of occasions, QUIGLEY to be interviewed.""",
    spans=[
        ("REPETITION", "again shouted \"bin bitch\" at me"),
        ("REPETITION", "dog mess again"),
        ("DISTRESS", "she is upset and tired of it"),
    ],
)

case(
    16, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="statement", case="mixed", noise="clean", batch="p",
    pattern="statement_then_addendum_adds_fear_occasion", relationship="acquaintance", occasions=4,
    text="""\
MG11 - Sukhvinder KAUR GILL, age over 18, occupation dental nurse.

I have known Lee HARGREAVES for about a year because he drinks in the Royal Oak where my husband works. In January he started messaging me on Instagram even though I had never given him my details. I ignored him. On 14 February he was standing across the road from my work on Station Parade when I came out at 5.30pm and he walked behind me to the bus stop. He said "you people always think you're too good for us". I got on the bus and he didn't.

On 20 February I saw his blue van parked at the end of my road at about 7am when I left for work. It was there again on the 22nd.

On 26 February a message came from a new account I didn't know, it said "your husband won't always be there to protect you, your kind don't belong round here, I'll catch you on your own". I was really frightened. I believed he was going to attack me. I now get a lift to work every day.

ADDENDUM taken 03/03 by DC Ferris: Mrs Kaur Gill states that on 14 February, when Hargreaves walked behind her, he also pulled at the end of her chunni and said "take that off". She did not put this in her first statement because she was embarrassed. She states she was frightened then that he was going to hurt her and she ran onto the bus. She says she has not been back to her Gurdwara on her own since.""",
    spans=[
        ("STALK_CONTACT", "started messaging me on Instagram"),
        ("UNWANTED", "I had never given him my details"),
        ("STALK_LOITER", "standing across the road from my work on Station Parade"),
        ("STALK_FOLLOW", "he walked behind me to the bus stop"),
        ("RACIAL_HOSTILITY", "\"you people always think you're too good for us\""),
        ("STALK_LOITER", "his blue van parked at the end of my road"),
        ("REPETITION", "It was there again on the 22nd"),
        ("STALK_CONTACT", "a message came from a new account"),
        ("THREAT_VIOLENCE", "I'll catch you on your own"),
        ("RACIAL_HOSTILITY", "your kind don't belong round here"),
        ("FEAR_OF_VIOLENCE", "I believed he was going to attack me"),
        ("SERIOUS_IMPACT", "I now get a lift to work every day"),
        ("RELIGIOUS_HOSTILITY", "pulled at the end of her chunni and said \"take that off\""),
        ("FEAR_OF_VIOLENCE", "frightened then that he was going to hurt her"),
        ("SERIOUS_IMPACT", "has not been back to her Gurdwara on her own since"),
    ],
)

case(
    17, "no_offence", "",
    voice="updates", case="mixed", noise="abbrev", batch="p",
    pattern="two_incidents_months_apart_reconciled", relationship="partner", occasions=2,
    text="""\
Crime 52/40119/24 - harassment (initial classification by FCR).
Circs from call 14/09: IP Natasha DOBROWSKI (30) states partner Ryan KETTERING sent her a string of nasty texts tonight calling her a slag after she went out with work friends. Also mentions "same thing happened in the spring".

16/09 OIC - spoke IP. The spring incident was April, a row at a family BBQ where both shouted at each other; they split up for a couple of weeks in May then got back together and have lived together in Kettering's flat since June. Nothing between April and this week. Last night's texts were one conversation over about 20 mins while she was at the bar, she replied to them calling him "pathetic". She is not frightened of him, no violence ever, says "it's just what we're like when we've had a drink". DASH standard, no CCB indicators disclosed (checked money, phone, friends - she has her own account, he doesn't check her phone).

17/09 Sgt WHITTAKER: two occasions 5 months apart, reconciled and cohabiting in between, single exchange this week. Not a course of conduct. Crime cancelled (no PHA offence). Mal comms considered - one exchange, IP does not support. DA incident only, flagged. Leaflets and IDVA details given.""",
    spans=[],
)

case(
    18, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="call_log", case="upper", noise="heavy", batch="p",
    pattern="taxi_driver_repeat_caller_then_second_threat", relationship="customer", occasions=2,
    text="""\
LOG 0198 02/12 0215 CLR IMRAN SHAFIQ TAXI DRVR A2B CARS. MALE PASS REFUSD FARE @ DROP OFF BURLEY RD, CALLD CLR "PAKI B*****D" & SAID "IL SLIT UR THROAT". MALE LEFT ON FOOT. CLR VRY SHOOK, SAYS THOUGHT HE HAD KNIFE. DESC IC1 M 30S GREY PUFFA.
0230 G2, NO UNITS. CALL BACK AM.
0945 TT CLR NO ANS.
03/12 1110 SPOKE CLR. MINOR POA, CDtP? CLR WANTS IT LOGGING ONLY.
07/12 0140 LOG 0077 LINKED. CLR SHAFIQ AGAIN - SAME MALE FLAGGED HIM DOWN BURLEY RD, RECOGNISED CLR, BANGED ON WINDOW "TOLD U MUSLIM C*** UR DEAD". CLR DROVE OFF. 999 CALL CLR CRYING, "HE IS GOING TO KILL ME HE KNOWS MY CAR". 
0155 G1 - MALE DETAINED BURLEY RD, NAMED PAUL GREATOREX 32. DASHCAM FROM BOTH NIGHTS SEIZED - SAME MALE.
07/12 0900 OIC: LINK BOTH, CLR NOW SUPPORTIVE, HAS STOPPED WORKING NIGHTS. TWO OCCASIONS OF FEAR + RACE/RELIGION ABUSE. CRIME TO BE RECLASSD FROM POA.""",
    spans=[
        ("RACIAL_HOSTILITY", "\"PAKI B*****D\""),
        ("THREAT_VIOLENCE", "\"IL SLIT UR THROAT\""),
        ("FEAR_OF_VIOLENCE", "THOUGHT HE HAD KNIFE"),
        ("REPETITION", "CLR SHAFIQ AGAIN"),
        ("RELIGIOUS_HOSTILITY", "MUSLIM C***"),
        ("THREAT_VIOLENCE", "UR DEAD"),
        ("FEAR_OF_VIOLENCE", "\"HE IS GOING TO KILL ME HE KNOWS MY CAR\""),
        ("SERIOUS_IMPACT", "HAS STOPPED WORKING NIGHTS"),
    ],
)

case(
    19, "stalking_fear_alarm_distress", "CSD",
    voice="updates", case="mixed", noise="typos", batch="p",
    pattern="tracker_found_after_initial_nfa", relationship="ex_partner", occasions=4,
    text="""\
10/10 crime 31/77120 - IP Georgina FAIRCLOUGH (52) reports ex husband Malcolm FAIRCLOUGH turned up at her new flat in Ludlow on 08/10 with her post. She had not given him the address and is "baffled" how he found it. He was polite, left after 2 mins. IP doesnt want action. NFA'd as no offence disclosed - single visit, no threats, IP not supportive.

02/11 - Crime reopened. IP's mechanic found a small GPS tracker taped inside the rear bumper of her Fiesta during a service. Photo on file. IP recalls Malcolm had "helped" with the car in July before she moved out.

04/11 OIC PC Grewal - IP also now says that since Sept Malcolm has texted her most weeks with comments like "nice walk by the river today?" and "how was Pilates" which she thought was gossip from friends. She now realises he knew from the tracker. Also sat in the Co-op car park opposite her flat on 31/10 (neighbour saw him, knows him from before).

IP has since taken two weeks sick from work, had a video doorbell fitted and is staying at her sons in Shrewsbury. Says she feels sick every time her phone goes. No threats made to her and she doesnt think he would be violent. Tracker submitted for download.""",
    spans=[
        ("STALK_TURN_UP", "turned up at her new flat in Ludlow"),
        ("STALK_MONITOR", "small GPS tracker taped inside the rear bumper"),
        ("REPETITION", "since Sept Malcolm has texted her most weeks"),
        ("STALK_MONITOR", "\"nice walk by the river today?\""),
        ("STALK_LOITER", "sat in the Co-op car park opposite her flat"),
        ("SERIOUS_IMPACT", "taken two weeks sick from work"),
        ("SERIOUS_IMPACT", "had a video doorbell fitted"),
        ("SERIOUS_IMPACT", "staying at her sons in Shrewsbury"),
        ("DISTRESS", "she feels sick every time her phone goes"),
    ],
)

case(
    20, "aggravated_stalking", "CSR",
    voice="updates", case="inconsistent", noise="abbrev", batch="p",
    pattern="suspect_first_thought_unknown_then_coworker_with_slurs", relationship="colleague", occasions=5,
    text="""\
15/07 Online rpt. IP Miss Dorota NOWAK (24) - someone keeps leaving notes on her car at the Amazon site, Daventry. 3 so far. Notes say "POLISH GO HOME", "WE SEE YOU" and "stop stealing our jobs". No idea who. CCTV reqd from site security.

19/07 Site security - car park camera shows the same male putting a note on IP's windscreen 11/07 and 14/07, also walking slowly round her car and looking in on 16/07. ID'd as team leader Craig BARNSLEY, who works a different shift.

22/07 IP informed. She now recalls BARNSLEY has messaged her on the staff app about 10 times since June asking why she won't go for a drink with him, she stopped replying. she says "he is strange with me" and he knows which break she takes. she is NOT frightened, just wants to be left alone and doesnt want to lose her job. no change to her routine.

23/07 OIC - Barnsley suspended by employer, to be interviewed. Hate crime flag added.""",
    spans=[
        ("STALK_GIFTS", "leaving notes on her car"),
        ("REPETITION", "3 so far"),
        ("RACIAL_HOSTILITY", "\"POLISH GO HOME\""),
        ("STALK_WATCH", "\"WE SEE YOU\""),
        ("RACIAL_HOSTILITY", "\"stop stealing our jobs\""),
        ("STALK_WATCH", "walking slowly round her car and looking in"),
        ("STALK_CONTACT", "messaged her on the staff app about 10 times since June"),
        ("FIXATION", "asking why she won't go for a drink with him"),
        ("UNWANTED", "she stopped replying"),
        ("FIXATION", "he knows which break she takes"),
        ("UNWANTED", "just wants to be left alone"),
    ],
)

case(
    21, "harassment_fear_of_violence", "CFD",
    voice="updates", case="lower", noise="heavy", batch="p",
    pattern="threats_to_brother_then_direct_threats", relationship="family", occasions=4,
    text="""\
28/04 ip kezia ballantyne 27 rang re her cousin jamal ballantyne, msgs saying hes going to "do ur brother" over money brother owes him. ip says shes not scared for herself, its her brother she worrys about. brother not cooperating. advised. no crime for ip at present - threats not to her.

03/05 ip rang again v upset. cousin now msging her directly - "ur next after him", "ill come thru ur door when ur kids r asleep" (01/05 and 02/05, 2 seperate msgs). ip states "i really think he will hurt me, hes done time for violence". sleeping with kitchen knife by bed.
04/05 ip seen by pc 5521. screenshots obtained. ip says after the 2nd msg she was shaking and sure he was on his way, rang her mum to come over. no following or watching, he lives in bristol, its about the money.
05/05 crime recorded for ip. PNC - jamal ballantyne prev GBH 2019. warning markers added to ip address.""",
    spans=[
        ("STALK_CONTACT", "cousin now msging her directly"),
        ("THREAT_VIOLENCE", "\"ur next after him\""),
        ("THREAT_VIOLENCE", "\"ill come thru ur door when ur kids r asleep\""),
        ("REPETITION", "2 seperate msgs"),
        ("FEAR_OF_VIOLENCE", "\"i really think he will hurt me"),
        ("SERIOUS_IMPACT", "sleeping with kitchen knife by bed"),
        ("FEAR_OF_VIOLENCE", "after the 2nd msg she was shaking and sure he was on his way"),
    ],
)

case(
    22, "stalking", "CS",
    voice="updates", case="mixed", noise="clean", batch="p",
    pattern="ex_partner_pleading_via_friends_after_block", relationship="ex_partner", occasions=7,
    text="""\
1 June, 1640: Mr Kwame ASANTE-REID (34) called to ask for advice. His ex-partner Ellie TREHARNE keeps messaging him since he ended things three weeks ago. Asked whether he has told her to stop: yes, on 20 May, in writing. Given advice on keeping evidence. No crime recorded as he described the messages as "sad, not nasty".

9 June, update by PC Lomax: Mr Asante-Reid has brought in his phone. After he blocked her on 22 May she opened two new Instagram accounts and has sent 140 messages, mostly pleading ("we were meant to be together", "I'll wait as long as it takes"). She has also asked his sister and two of his friends to pass him letters, and turned up at his gym on 5 and 7 June. Reviewing this, the earlier "advice only" was wrong; crime recorded.

12 June: Mr Asante-Reid says he is not afraid of her and has not changed how he lives, but finds it "relentless". Ms Treharne contacted, attended voluntarily; accepts sending the messages, says she "just needs closure".""",
    spans=[
        ("STALK_CONTACT", "keeps messaging him since he ended things"),
        ("UNWANTED", "on 20 May, in writing"),
        ("UNWANTED", "he blocked her on 22 May"),
        ("STALK_CONTACT", "opened two new Instagram accounts"),
        ("REPETITION", "sent 140 messages"),
        ("FIXATION", "\"we were meant to be together\""),
        ("FIXATION", "\"I'll wait as long as it takes\""),
        ("STALK_CONTACT", "asked his sister and two of his friends to pass him letters"),
        ("STALK_TURN_UP", "turned up at his gym on 5 and 7 June"),
        ("DISTRESS", "\"relentless\""),
    ],
)

case(
    23, "harassment", "CD",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="p",
    pattern="review_downgrades_stalking_to_issue_based_harassment", relationship="business", occasions=6,
    text="""\
IMU review 21/03 - DS 3302 OYELARAN.
Recorded as stalking by the initial officer. I disagree. Summary: IP Mrs Fiona McQUARRIE runs a dog grooming business; S1 Neil TIBBS is a dissatisfied customer whose dog was nicked during a groom in Jan. Since 24/01 TIBBS has left 6 abusive voicemails on the business line (dated log attached) calling IP a "butcher" and "a disgrace", and posted 1-star reviews. Every contact is about the dog and demanding £600 vet bill. No following, no attendance at her home, no interest in her as a person, no threats. IP is distressed and has had to turn the business phone off in the evenings.
The conduct is repeated and oppressive and plainly unacceptable, so crime stands, but it is issue-based - harassment not stalking. Amend classification. Note IP has also been in dispute with S1 via small claims - that does not excuse the abuse. OIC to interview.""",
    spans=[
        ("REPETITION", "left 6 abusive voicemails on the business line"),
        ("STALK_CONTACT", "calling IP a \"butcher\" and \"a disgrace\""),
        ("DISTRESS", "IP is distressed"),
        ("SERIOUS_IMPACT", "turn the business phone off in the evenings"),
    ],
)

case(
    24, "no_offence", "",
    voice="updates", case="mixed", noise="typos", batch="p",
    pattern="alleged_series_but_suspect_denies_and_only_one_proved", relationship="neighbour", occasions=1,
    text="""\
07/08 - Mr Anil CHAUHAN reports neighbour Terry BOWDEN (no.44) threatened to "smash his face in" during an arguement about a car parked across the shared drive. Mr Chauhan says Bowden has "been on at him for months". Crime recorded pending detail.

09/08 PC Kilbride - spoke to Mr Chauhan in detail. Cannot give any other date or incident with Bowden; "months" refers to the parking issue generally, notes left on each others cars by both of them about the drive. No other words or threats from Bowden. Mr Chauhan says he wasnt really scared, "its just Terry".
10/08 Bowden spoken to - admits losing his temper once, denies any other contact. Neighbour at no.46 confirms one heated row, both men shouting.
11/08 Single incident; no course of conduct. PHA crime cancelled. Boundary/parking referred to civil route and council. Words of advice both.""",
    spans=[
        ("THREAT_VIOLENCE", "threatened to \"smash his face in\""),
    ],
)

case(
    25, "aggravated_harassment", "CR",
    voice="result_note", case="mixed", noise="clean", batch="p",
    pattern="retraction_of_one_incident_leaves_two", relationship="customer", occasions=2,
    text="""\
Outcome note, crime 19/08812/25. Victim: Mr Yosef ABRAMOV, owner of a bakery on Cheetham Hill Road. Suspect: Shaun DIGGLE (44), a regular customer.

Three incidents were originally reported: (1) 12 May, Diggle told Mr Abramov in the shop that "you lot run the banks and the wars"; (2) 19 May, a sticker of a crossed-out Star of David left on the shop door, which CCTV showed Diggle placing; (3) 23 May, a brick through the window. Enquiries showed the brick was thrown by two youths with no link to Diggle (separate crime, suspects charged), and Mr Abramov withdrew that allegation against Diggle.

Incidents (1) and (2), a week apart and both aimed at Mr Abramov and his shop because he is Jewish, remain. Mr Abramov says he was upset and angry; he did not fear violence from Diggle and has carried on trading as normal. Diggle interviewed, admitted both, claimed it was "banter". Charged. Victim informed 03/06.""",
    spans=[
        ("RELIGIOUS_HOSTILITY", "\"you lot run the banks and the wars\""),
        ("RELIGIOUS_HOSTILITY", "a sticker of a crossed-out Star of David left on the shop door"),
        ("DISTRESS", "he was upset and angry"),
    ],
)

case(
    26, "stalking_fear_alarm_distress", "CSF",
    voice="dash_note", case="mixed", noise="abbrev", batch="p",
    pattern="dash_regraded_after_fear_disclosed", relationship="ex_partner", occasions=5,
    text="""\
DASH / S-DASH 1st completion 02/02 - PC 882 ASHWORTH. IP: Chloe RENNIE (22). Susp: ex-BF Kieran LOFTHOUSE (24). Q1 frightened? NO - "he's all talk". Q8 texting/calling? YES - approx 20 msgs a day since split 2 wks ago. S-DASH loitering? YES - seen outside her work (Greggs, High St) 29/01 and 31/01. Threats? NO. Score 6 - STANDARD.

Re-assessment 09/02 - PC 882. IP attended station with her mum. States on 06/02 LOFTHOUSE waited at the bus stop she uses, grabbed her wrist and said "if I see you with anyone else I'll end you". IP states "I was sure he was going to hit me there". 08/02 he sent a photo of her front door with "soon". IP now says she was frightened on 29/01 too but said no the first time because he was stood across the road from the station. Believes he will hurt her. Q1 now YES. Score 15 - HIGH. MARAC referral, IDVA, TecSOS applied for. Rationale: escalation from contact to physical, threats, victim fear on more than one occasion.""",
    spans=[
        ("REPETITION", "approx 20 msgs a day since split"),
        ("STALK_LOITER", "seen outside her work (Greggs, High St) 29/01 and 31/01"),
        ("STALK_LOITER", "waited at the bus stop she uses"),
        ("THREAT_VIOLENCE", "\"if I see you with anyone else I'll end you\""),
        ("FEAR_OF_VIOLENCE", "\"I was sure he was going to hit me there\""),
        ("STALK_WATCH", "sent a photo of her front door with \"soon\""),
        ("FEAR_OF_VIOLENCE", "she was frightened on 29/01 too"),
        ("FEAR_OF_VIOLENCE", "Believes he will hurt her"),
        ("ESCALATION", "escalation from contact to physical"),
    ],
)

case(
    27, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="third_party", case="mixed", noise="typos", batch="p",
    pattern="employer_report_then_victim_confirms_impact", relationship="online", occasions=6,
    text="""\
Email to Safer Neighbourhood Team from Mrs Olufunke ADEBAYO-WARD, HR manager, Clarion Insurance, 14/03:
"One of our claims handlers, Ms Precious MOYO, has asked me to contact you. For several weeks a man using the name 'TruthTeller88' has been commenting on our company LinkedIn posts about her, saying she is an 'illegal' who should be 'sent back on a boat'. He has also emailed our general inbox four times asking what her shift is and whether she is 'still employed'. We have blocked the address but new ones appear. Precious is very shaken."

OIC note 18/03: Spoke to Ms Moyo (Zimbabwean, British citizen since 2016). She believes the sender is Carl RUDD, a man she matched with on a dating app in Dec and stopped talking to after he made remarks about her skin colour. Since then he has also commented on her own Instagram under three usernames, and she found he had added her mum on Facebook. She has moved her desk away from the window at work, asked to work from home three days a week and no longer walks home from the station - her partner collects her. She has been prescribed sertraline. She does not think he would hurt her, "he's a coward behind a keyboard".

Enquiries: subscriber checks on email accounts and Instagram handles applied for.""",
    spans=[
        ("STALK_PUBLISH", "commenting on our company LinkedIn posts about her"),
        ("RACIAL_HOSTILITY", "she is an 'illegal' who should be 'sent back on a boat'"),
        ("STALK_CONTACT", "emailed our general inbox four times"),
        ("FIXATION", "asking what her shift is"),
        ("UNWANTED", "We have blocked the address but new ones appear"),
        ("DISTRESS", "Precious is very shaken"),
        ("RACIAL_HOSTILITY", "made remarks about her skin colour"),
        ("STALK_CONTACT", "commented on her own Instagram under three usernames"),
        ("STALK_CONTACT", "he had added her mum on Facebook"),
        ("SERIOUS_IMPACT", "asked to work from home three days a week"),
        ("SERIOUS_IMPACT", "no longer walks home from the station"),
        ("SERIOUS_IMPACT", "She has been prescribed sertraline"),
    ],
)

case(
    28, "aggravated_harassment_fear_of_violence", "CFR",
    voice="judgment", case="mixed", noise="clean", batch="p",
    pattern="appeal_retelling_earlier_threat_counted", relationship="neighbour", occasions=3,
    text="""\
The complainant, a Sikh man who lived with his elderly parents on the Hillfields estate, gave evidence that the appellant, who lived two doors away, confronted him on three occasions in the autumn of 2022. On 9 September the appellant blocked his path and told him that "your turban won't save you" and that he would "burn you out". The complainant's evidence, which the recorder accepted, was that he believed the appellant would set upon him there and then. On 30 September the appellant knocked on the door and said to the complainant's father that "you people" were "finished here"; the complainant was not present and that occasion was not relied upon as causing him fear.

On 14 October the appellant shouted across the road that he would "cut that rag off your head and your throat with it". The complainant said he ran inside and rang the police because he was sure he was about to be attacked.

It was argued that the September incidents had been dealt with by way of a community resolution and could not be revived. We reject that. The earlier resolution did not prevent the prosecution relying on the first occasion as part of a course of conduct. There were two occasions on which the complainant feared violence would be used against him, each accompanied by plain hostility towards his faith and ethnicity. The conviction is safe.""",
    spans=[
        ("RELIGIOUS_HOSTILITY", "\"your turban won't save you\""),
        ("THREAT_VIOLENCE", "he would \"burn you out\""),
        ("FEAR_OF_VIOLENCE", "he believed the appellant would set upon him there and then"),
        ("RACIAL_HOSTILITY", "\"you people\" were \"finished here\""),
        ("THREAT_VIOLENCE", "\"cut that rag off your head and your throat with it\""),
        ("FEAR_OF_VIOLENCE", "he was sure he was about to be attacked"),
    ],
)

case(
    29, "stalking", "CS",
    voice="notebook", case="mixed", noise="abbrev", batch="p",
    pattern="pnb_then_update_second_sighting", relationship="stranger", occasions=3,
    text="""\
SUNDAY 11TH MAY. 1932 hrs. Attended Riverside Park, Worcester, re female reporting male watching her. Spoke to Miss Hannah OYELOWO (19). States male sat on bench by the bandstand each evening she runs, photographing her with phone as she passes. Male now gone. Desc: W/M 50s, green cagoule, grey beard. Advised.

Update 14/05 PC 7788 (typed from PNB): IP rang. Same male on 12/05 and 13/05 at the bench, and last night he got up and jogged behind her for about 400m towards Sabrina Bridge. She says he called out "Hannah, you're faster tonight" - she has never spoken to him. IP says it is "creepy" but she is not scared and will still run, with a friend. Male identified via park warden as Dennis WHATMORE (57). Intel check - nil. To be spoken to.""",
    spans=[
        ("STALK_WATCH", "photographing her with phone as she passes"),
        ("REPETITION", "each evening she runs"),
        ("REPETITION", "Same male on 12/05 and 13/05 at the bench"),
        ("STALK_FOLLOW", "jogged behind her for about 400m"),
        ("FIXATION", "\"Hannah, you're faster tonight\""),
        ("DISTRESS", "\"creepy\""),
    ],
)

case(
    30, "harassment_fear_of_violence", "CFD",
    voice="updates", case="mixed", noise="abbrev", batch="p",
    pattern="gang_threats_second_occasion_on_cctv", relationship="acquaintance", occasions=2,
    text="""\
Crime 44/31180/25. 0930 21/06: IP Callum McBRIDE (17) attended with his dad. States yesterday after college on Queen St, Jaydon PRICE (18) pulled a blade from his waistband, said "you're getting wet next time". IP terrified, ran home. Previous falling out over a girl. Logged as s.16/POA pending.

23/06 PC 4019: IP also reported 22/06 PRICE and another male chased him into the Spar on Argyle Rd, PRICE shouting "you're dead McBride". Shop CCTV obtained - shows IP running in, PRICE at the door pointing at him. IP hid in stock room, staff rang 999 (log 1187). IP: "I thought they were going to stab me, I couldn't breathe". Dad states IP not left the house since. 
24/06 OIC: two occasions of fear, same susp. Link crimes. PRICE circulated wanted.""",
    spans=[
        ("THREAT_VIOLENCE", "pulled a blade from his waistband"),
        ("THREAT_VIOLENCE", "\"you're getting wet next time\""),
        ("FEAR_OF_VIOLENCE", "IP terrified, ran home"),
        ("THREAT_VIOLENCE", "chased him into the Spar on Argyle Rd"),
        ("THREAT_VIOLENCE", "\"you're dead McBride\""),
        ("FEAR_OF_VIOLENCE", "\"I thought they were going to stab me"),
        ("SERIOUS_IMPACT", "IP not left the house since"),
    ],
)

case(
    31, "no_offence", "",
    voice="updates", case="mixed", noise="clean", batch="p",
    pattern="watcher_identified_as_private_investigator_for_insurer", relationship="business", occasions=3,
    text="""\
Report 2 October: Mr Gordon FAIRBAIRN (48), Penicuik, reports a man in a silver Skoda parked near his house on three mornings this week, and he thinks the same man filmed him loading his van at a builders' merchant. He is worried and has started checking the street before going out. Recorded as a stalking report pending enquiries; VRM obtained.

Update 4 October: Vehicle keeper is a licensed investigator employed by Kestrel Claims Services. Company confirms he was instructed by an insurer to carry out surveillance in connection with Mr Fairbairn's ongoing personal injury claim for a back injury. Mr Fairbairn confirms he has a claim in. Investigator did not approach or speak to Mr Fairbairn.

Update 5 October (Sgt Lyle): Surveillance was for a lawful purpose connected with civil proceedings; no evidence of any personal interest in Mr Fairbairn. Not a PHA matter. Crime cancelled; Mr Fairbairn informed and advised he may raise concerns with his solicitor.""",
    spans=[
        ("DISTRESS", "He is worried"),
        ("SERIOUS_IMPACT", "has started checking the street before going out"),
    ],
)

case(
    32, "aggravated_stalking", "CSR",
    voice="crime_summary", case="mixed", noise="redacted", batch="p",
    pattern="anonymous_letters_traced_to_ex_in_law", relationship="family", occasions=5,
    text="""\
Summary as at [REDACTED]/11. IP: Mrs Nasreen [REDACTED] (40). Susp: Gail XXXX (63), IP's former mother-in-law.

Since IP's divorce from Gail's son in the summer, IP has received four anonymous letters at her new address in [REDACTED], referring to her as "the Paki who stole my grandchildren" and describing where she goes each day (gym, school gate, which Asda). Initially believed by IP to be from a stranger. Fifth letter 09/11 posted through the door by hand - neighbour's doorbell camera shows XXXX. Handwriting matches a birthday card from XXXX in IP's possession.

IP also reports XXXX sat in her car outside the primary school on two mornings in Oct (other parent confirms one).

IP states she is "disgusted" rather than scared and has no concerns for her physical safety; continues her routine. Children not approached. Susp to be interviewed; CPS advice to follow.""",
    spans=[
        ("STALK_GIFTS", "received four anonymous letters at her new address"),
        ("RACIAL_HOSTILITY", "\"the Paki who stole my grandchildren\""),
        ("STALK_MONITOR", "describing where she goes each day"),
        ("STALK_GIFTS", "Fifth letter 09/11 posted through the door by hand"),
        ("STALK_LOITER", "sat in her car outside the primary school on two mornings"),
        ("DISTRESS", "\"disgusted\""),
    ],
)

case(
    33, "harassment", "C",
    voice="updates", case="mixed", noise="abbrev", batch="p",
    pattern="kelly_voicemails_initially_logged_as_one", relationship="family", occasions=3,
    text="""\
29/12 2310 - CLR Ms Yvonne ASHCROFT-LEE rang re brother-in-law Barry LEE leaving abusive voicemail re their late mum's will. Logged as single mal comms, advice.
30/12 1015 - OIC listened to IP's phone. There are in fact 3 VMs, 2241, 2246 and 2254, each separate call, calling IP a "thieving cow", "money-grabbing leech" and saying he'll "tell the whole family what you are". No threats of violence. IP says she heard them one after another when she got out of the bath and was "in bits". Not scared of him, he lives in Spain and is over for Xmas only.
30/12 1100 - Separate calls in short succession, all abusive, same issue - crime reclassified. Barry LEE contacted, flies back 02/01, says he'll "happily" come in. Vol interview 31/12 1400.""",
    spans=[
        ("REPETITION", "There are in fact 3 VMs, 2241, 2246 and 2254"),
        ("STALK_CONTACT", "calling IP a \"thieving cow\", \"money-grabbing leech\""),
        ("DISTRESS", "\"in bits\""),
    ],
)

case(
    34, "stalking_fear_alarm_distress", "CSD",
    voice="vps", case="mixed", noise="clean", batch="p",
    pattern="vps_update_adds_impact_after_first_said_fine", relationship="acquaintance", occasions=6,
    text="""\
Victim Personal Statement (first) - 5 January.
The scheme has been explained to me. Ben CRADDOCK was in my cycling club. Since I left the club in October he has sent me things in the post, mostly cycling magazines with pages marked, and once a pair of gloves. He has waited outside my office in Bristol on a few evenings. I am annoyed but I am coping. I don't want a big fuss.

Victim Personal Statement (updated) - 28 February.
I want to update my first statement because I played it down. Since January he has been outside my office at least twice a week and I have seen his bike outside the Co-op near my flat. I found out from a friend that he had been asking about my new address. I've stopped cycling to work because I was scared he'd follow me on the route, so now I take two buses. I sold my road bike. I am waking at 4am and checking the window. I took three weeks off work with anxiety in February, and I've given up the Sunday rides which were most of my social life. I don't think he wants to hurt me, but I don't feel like my life is mine.""",
    spans=[
        ("STALK_GIFTS", "sent me things in the post"),
        ("FIXATION", "magazines with pages marked"),
        ("STALK_LOITER", "waited outside my office in Bristol on a few evenings"),
        ("REPETITION", "outside my office at least twice a week"),
        ("STALK_LOITER", "seen his bike outside the Co-op near my flat"),
        ("FIXATION", "asking about my new address"),
        ("SERIOUS_IMPACT", "I've stopped cycling to work"),
        ("SERIOUS_IMPACT", "I sold my road bike"),
        ("DISTRESS", "I am waking at 4am and checking the window"),
        ("SERIOUS_IMPACT", "took three weeks off work with anxiety"),
        ("SERIOUS_IMPACT", "given up the Sunday rides"),
    ],
)

case(
    35, "aggravated_harassment", "CR",
    voice="updates", case="upper", noise="abbrev", batch="p",
    pattern="school_contact_lawful_but_parent_abuse_repeated", relationship="acquaintance", occasions=3,
    text="""\
12/09 1505 - HEADTEACHER MRS ANITA RODRIGUES, ST MARY'S RC PRIMARY, REPORTS PARENT STEVEN HOLLIS VERBALLY ABUSIVE TO TEACHING ASSISTANT MS AMINA DIALLO AT GATE TODAY. HE CALLED HER "A BLACK B***H" AFTER SHE TOLD HIS SON TO WALK NOT RUN. NO ASSAULT.
13/09 - PC 1440 SPOKE MS DIALLO. SHE STATES THIS IS THE THIRD TIME. 05/09 HOLLIS SAID "THEY LET ANYONE TEACH NOW, GO BACK TO THE JUNGLE". 09/09 HE WROTE ON THE SCHOOL'S PARENT APP TO HER "KEEP YOUR HANDS OFF MY KID YOU AFRICAN". APP MESSAGE SCREENSHOTTED. MS DIALLO UPSET, CRIED IN STAFF ROOM. NO THREATS, NOT IN FEAR.
NOTE: HOLLIS'S LATER EMAILS TO THE HEAD COMPLAINING ABOUT DIALLO ARE A COMPLAINT TO THE SCHOOL AND NOT PART OF THIS. 
14/09 - HOLLIS BANNED FROM SITE BY SCHOOL. CRIME RECORDED, HATE FLAG. VOL INT TBA.""",
    spans=[
        ("RACIAL_HOSTILITY", "\"A BLACK B***H\""),
        ("REPETITION", "THIS IS THE THIRD TIME"),
        ("RACIAL_HOSTILITY", "\"THEY LET ANYONE TEACH NOW, GO BACK TO THE JUNGLE\""),
        ("RACIAL_HOSTILITY", "\"KEEP YOUR HANDS OFF MY KID YOU AFRICAN\""),
        ("DISTRESS", "CRIED IN STAFF ROOM"),
    ],
)

case(
    36, "stalking", "CS",
    voice="updates", case="mixed", noise="typos", batch="p",
    pattern="suspect_first_thought_landlord_agent_then_personal", relationship="landlord", occasions=5,
    text="""\
02/05 Miss Ruby ENDICOTT (23), tenant of flat 2, 9 Belvoir Terrace, reports her landlord Graham PICKLES (60) has let himself into the flat twice while she was out. Landlord told officer by phone he was checking a leak and had sent a text. Miss Endicott accepts there was a leak. Advised re 24hr notice, civil matter, no crime.

11/05 Miss Endicott back. Pickles has been in again, on 08/05 and 10/05 - no notice, no repairs done. Her underwear drawer had been moved and a perfume bottle left on her bed with a card "for my favourite tenant". He texts her most evenings asking if she is "home alone tonight" and whether she has a boyfriend. She has told him to stop texting except about the flat.

12/05 PC Naylor - leak was fixed 03/05 per contractor invoice, so the later entries have no repair purpose. Miss Endicott is not afraid he will hurt her, "he's just a sad old man", and is not changing anything, but wants it stopped. Crime recorded; locks to be changed by council housing officer.""",
    spans=[
        ("STALK_PROPERTY", "has been in again, on 08/05 and 10/05"),
        ("STALK_PROPERTY", "Her underwear drawer had been moved"),
        ("STALK_GIFTS", "a perfume bottle left on her bed"),
        ("FIXATION", "\"for my favourite tenant\""),
        ("STALK_CONTACT", "texts her most evenings"),
        ("FIXATION", "asking if she is \"home alone tonight\""),
        ("UNWANTED", "She has told him to stop texting"),
    ],
)

case(
    37, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="updates", case="mixed", noise="abbrev", batch="p",
    pattern="ex_partner_denial_disproved_by_phone_download", relationship="ex_partner", occasions=5,
    text="""\
16/01 - IP Ms Leah GOLDSTEIN (31) reports ex-p Jordan KEMPTON has been messaging her from multiple numbers since she ended it 01/01. 16 msgs in 2 wks. IP says msgs "horrible" - screenshots to follow. Susp spoken to by phone, DENIES any messages, says his phone was stolen at New Year. IP unsure.

20/01 - Screenshots rec'd. Msgs include "you Jews always play the victim", "I'll find you and finish what your grandparents escaped". IP says when she read that one she thought he was going to kill her. Also 18/01 KEMPTON seen by IP's flatmate standing outside their building in Prestwich for over an hour.

27/01 - Phone download (KEMPTON arrested 24/01) - all 16 msgs found on his handset, deleted; no theft ever reported. Also location history shows him at IP's street on 18/01 and 22/01.

28/01 - IP: on 22/01 he knocked at her flat and said through the letterbox "I know you're in there". "I was shaking, I hid in the bathroom and rang my dad, I thought he would break the door in." IP has since moved back to her parents' house in Whitefield and is not going to her synagogue as he knows she goes on Saturdays. DASH HIGH.""",
    spans=[
        ("STALK_CONTACT", "messaging her from multiple numbers since she ended it 01/01"),
        ("REPETITION", "16 msgs in 2 wks"),
        ("RELIGIOUS_HOSTILITY", "\"you Jews always play the victim\""),
        ("THREAT_VIOLENCE", "\"I'll find you and finish what your grandparents escaped\""),
        ("FEAR_OF_VIOLENCE", "she thought he was going to kill her"),
        ("STALK_LOITER", "standing outside their building in Prestwich for over an hour"),
        ("STALK_TURN_UP", "he knocked at her flat"),
        ("FIXATION", "\"I know you're in there\""),
        ("FEAR_OF_VIOLENCE", "I thought he would break the door in"),
        ("SERIOUS_IMPACT", "moved back to her parents' house in Whitefield"),
        ("SERIOUS_IMPACT", "not going to her synagogue"),
    ],
)

case(
    38, "harassment_fear_of_violence", "CF",
    voice="updates", case="mixed", noise="clean", batch="p",
    pattern="victim_fear_confirmed_later_for_both_occasions", relationship="neighbour", occasions=2,
    text="""\
18 Aug, 2140: Mr Hamish DOUGLAS (66) phoned. Neighbour Kyle RENSHAW came to his back fence holding a hammer and said "you grass on me again and I'll cave your skull". Mr Douglas had reported Renshaw's motorbike to the council. Officer attended 2215, Renshaw not at home. Mr Douglas said he was "more angry than anything".

21 Aug: Further call. Renshaw stood on Mr Douglas's drive at 0700 and said "I meant what I said, old man, you're getting it". 

22 Aug, statement taken: Mr Douglas says that on the 18th he had in fact been frightened - "I'm 66, he's 25 and he had a hammer in his hand, I thought he would come over the fence" - and only said he was angry because his wife was listening. On the 21st he locked himself in the car and waited for Renshaw to go, thinking he would be hit. Renshaw's issue is the council complaint; no following or other behaviour described. Arrest planned.""",
    spans=[
        ("THREAT_VIOLENCE", "\"you grass on me again and I'll cave your skull\""),
        ("THREAT_VIOLENCE", "\"I meant what I said, old man, you're getting it\""),
        ("FEAR_OF_VIOLENCE", "I thought he would come over the fence"),
        ("FEAR_OF_VIOLENCE", "thinking he would be hit"),
    ],
)

case(
    39, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="updates", case="inconsistent", noise="typos", batch="p",
    pattern="two_shop_incidents_linked_by_cctv", relationship="customer", occasions=2,
    text="""\
Crime 07/22615/25 - raised 03/03 as racially agg public order. Shopkeeper Mr Thanh NGUYEN (52), Nguyen's Convenience Store, Farnworth. Male came in 1830ish, asked for cigs on tick, refused, then said "you chinky b*****d ill burn this shop with you in it". Mr Nguyen says he thought the man was going to jump the counter, pressed panic alarm. male left.

05/03 pc 6620 - Reviewed shop cctv for previous wk at IP's suggestion. same male (now ID'd as Lewis KAY, 29) came in 26/02 and said "go back to china you virus" and threw a can at Mr Nguyen which missed. Mr Nguyen didnt report it then, says he was "very scared he would come back and hit me" and started closing at 7 instead of 10 that week. 
06/03 - two seperate occasions now, a week apart, same susp & victim, fear each time. crime to be amended. KAY arrested 06/03.""",
    spans=[
        ("RACIAL_HOSTILITY", "\"you chinky b*****d"),
        ("THREAT_VIOLENCE", "ill burn this shop with you in it\""),
        ("FEAR_OF_VIOLENCE", "he thought the man was going to jump the counter"),
        ("RACIAL_HOSTILITY", "\"go back to china you virus\""),
        ("THREAT_VIOLENCE", "threw a can at Mr Nguyen"),
        ("FEAR_OF_VIOLENCE", "\"very scared he would come back and hit me\""),
        ("SERIOUS_IMPACT", "started closing at 7 instead of 10"),
    ],
)

case(
    40, "no_offence", "",
    voice="updates", case="mixed", noise="abbrev", batch="p",
    pattern="second_contact_found_to_be_someone_else", relationship="online", occasions=1,
    text="""\
08/07 - IP Ms Charlotte ABERNETHY-OSEI (35) reports a man she met once via Hinge, Martin GLOVER, sent her a crude msg after she cancelled a 2nd date ("your loss, frigid"). Also says she has been getting calls from a withheld no. since, and thinks it is him. Recorded as harassment.

12/07 - Phone provider data (IP consented): withheld calls traced to her own car insurer's renewals team - 4 calls re her policy. IP accepts this. GLOVER's msg was a single message, nothing before or since, he unmatched her same night. IP not alarmed, "just wanted him told".
13/07 - One message only, no course. Crime cancelled. Insurer calls - lawful purpose, IP to ask them to stop. Words of advice to GLOVER by phone.""",
    spans=[],
)

case(
    41, "aggravated_stalking", "CSR",
    voice="updates", case="mixed", noise="heavy", batch="p",
    pattern="drive_bys_then_slur_note_links_suspect", relationship="stranger", occasions=4,
    text="""\
19/10 1120 rp mr kofi BOATENG-HALL (45) rang re wht van drivin past his hse slow 3x last wk (14,16,17/10) & sum1 took pics of his front window. no reg. thinks "prob a delivery driver lost" but wife worried. asnt, adv.
23/10 - rp rang bk. note thru door this am "WE KNOW WHERE THE N***** FAMILY LIVES, WE'RE WATCHING" + printout of rp's fb profile pic. wife now v scared, rp says hes "not scared, im furious". exh KBH/1.
25/10 pc 3167 - nbr's ring dbell shows wht van VRM KX19 *** on 17/10 + a male postin the note 23/10 0540. keeper Dale STURGESS (38) same street as rp's workplace (bus depot). STURGESS has been disciplined at depot for racist comments to rp in Sept (depot mgr confirms). 
26/10 - rp routine unchanged, declines to move, wants arrest. hate crime flag. sturgess arrest plan.""",
    spans=[
        ("STALK_WATCH", "drivin past his hse slow 3x last wk (14,16,17/10)"),
        ("STALK_WATCH", "took pics of his front window"),
        ("RACIAL_HOSTILITY", "\"WE KNOW WHERE THE N***** FAMILY LIVES"),
        ("STALK_WATCH", "WE'RE WATCHING\""),
        ("STALK_MONITOR", "printout of rp's fb profile pic"),
        ("RACIAL_HOSTILITY", "racist comments to rp in Sept"),
    ],
)

case(
    42, "harassment", "C",
    voice="supervisor_review", case="mixed", noise="clean", batch="p",
    pattern="review_rejects_fear_uplift", relationship="colleague", occasions=4,
    text="""\
Supervisor review, 6 December - Insp. Marguerite COLE.
OIC has recorded this as putting people in fear of violence. Victim Mr Rhys TALBOT-JONES, suspect his line manager at a call centre, Warren BEDDOWS. Four incidents between 4 and 25 November: Beddows called him "thick as mince" in front of the team, sent him a Teams message calling him "a waste of a salary", binned his lunch from the staff fridge, and said on the 25th "one day someone will knock your block off". Mr Talbot-Jones's statement is clear that he took the last remark as a crude figure of speech, he "never thought Warren would actually hit him" and was not frightened on any occasion; he describes being humiliated and demoralised.

There is no evidence of fear of violence on even one occasion, let alone two. The conduct is repeated, targeted and oppressive, and it is about the victim's work, not a fixation on him. Reclassify to the basic offence. Employer's grievance process running in parallel; keep the victim updated.""",
    spans=[
        ("REPETITION", "Four incidents between 4 and 25 November"),
        ("STALK_CONTACT", "called him \"thick as mince\" in front of the team"),
        ("STALK_CONTACT", "Teams message calling him \"a waste of a salary\""),
        ("DISTRESS", "being humiliated and demoralised"),
    ],
)

case(
    43, "stalking_fear_alarm_distress", "CSF",
    voice="call_log", case="upper", noise="abbrev", batch="p",
    pattern="log_shows_repeat_calls_then_fear_on_two_nights", relationship="ex_partner", occasions=4,
    text="""\
CAD 1902 03/03 0052. CLR MRS JOANNE TREVELYAN (44) STATES EX-HUSBAND NIGEL TREVELYAN IS IN HER GARDEN AT 14 PENROSE WAY, HAS BEEN TAPPING ON THE BEDROOM WINDOW. CLR WHISPERING, TERRIFIED, "HE'S GOING TO GET IN AND HURT ME". G1.
0101 UNITS O/S, AREA SEARCHED, NO TRACE. FOOTPRINTS IN FLOWERBED.
0130 PREV LOGS - 3RD LOG THIS MONTH (0433 OF 26/02: SUSP SAT IN CAR O/S HOUSE 2HRS; 1177 OF 28/02: 12 CALLS TO CLR OVERNIGHT AFTER SHE BLOCKED HIM).
04/03 2340 CAD 2215 LINKED. CLR AGAIN. SUSP BANGING FRONT DOOR SHOUTING "YOU CAN'T KEEP ME OUT FOREVER". CLR CRYING, SAYS SHE KNOWS HE WILL HURT HER THIS TIME. G1. SUSP DETAINED AT SCENE.
05/03 OIC NOTE: DA CRIME RECORDED LINKING ALL 4 LOGS. DASH HIGH.""",
    spans=[
        ("STALK_TURN_UP", "IS IN HER GARDEN AT 14 PENROSE WAY"),
        ("STALK_CONTACT", "TAPPING ON THE BEDROOM WINDOW"),
        ("FEAR_OF_VIOLENCE", "\"HE'S GOING TO GET IN AND HURT ME\""),
        ("REPETITION", "3RD LOG THIS MONTH"),
        ("STALK_LOITER", "SAT IN CAR O/S HOUSE 2HRS"),
        ("STALK_CONTACT", "12 CALLS TO CLR OVERNIGHT"),
        ("UNWANTED", "AFTER SHE BLOCKED HIM"),
        ("FIXATION", "\"YOU CAN'T KEEP ME OUT FOREVER\""),
        ("FEAR_OF_VIOLENCE", "SHE KNOWS HE WILL HURT HER THIS TIME"),
    ],
)

case(
    44, "stalking", "CS",
    voice="updates", case="mixed", noise="abbrev", batch="p",
    pattern="suspected_council_officer_then_fixated_ex_friend", relationship="acquaintance", occasions=4,
    text="""\
27/06 IP Mr Sanjay MEHRA-COLLINS (39) reports someone has been going through his recycling bins at night (bins left open, letters gone) on 2 occasions. He assumed council enforcement as he had a warning about contaminated recycling in May. Incident only.
03/07 Council confirm no bin checks at his address since May letter. IP now also states an old uni friend, Toby WAINWRIGHT, recently messaged him quoting details from a bank letter that had gone missing from the bin, and wrote "I still know everything about you mate, like old times". They fell out in 2019 and IP has asked him several times since to leave him alone.
05/07 IP's Ring camera captures WAINWRIGHT at the bins 0215 04/07. IP says he is unnerved but not frightened, routine unchanged. Crime recorded, susp to be interviewed.""",
    spans=[
        ("STALK_PROPERTY", "going through his recycling bins at night"),
        ("REPETITION", "on 2 occasions"),
        ("STALK_MONITOR", "quoting details from a bank letter that had gone missing from the bin"),
        ("FIXATION", "\"I still know everything about you mate, like old times\""),
        ("UNWANTED", "asked him several times since to leave him alone"),
        ("STALK_PROPERTY", "WAINWRIGHT at the bins 0215 04/07"),
        ("DISTRESS", "he is unnerved"),
    ],
)
