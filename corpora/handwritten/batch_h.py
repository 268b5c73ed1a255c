# ruff: noqa: E501
"""Hand-written narratives, writer h: long, meandering narratives."""

from corpora.handwritten import case

case(
    1, "stalking_fear_alarm_distress", "CSD",
    voice="crime_summary", case="mixed", noise="abbrev", batch="h",
    pattern="ex_partner_car_park_waits_victim_changes_shift_late", relationship="ex_partner", occasions=5,
    text="""\
IP Rhiannon PRICE (34) attended front counter at Wrexham Rd station with her sister. IP was in a relationship with susp Dale MORGAN (38) for approx 6 yrs, they have one child together (Ffion, 5) and there is an informal child contact arrangement via the paternal grandmother, handovers at the grandmother's address in Caia Park on alt Saturdays. IP states this has mostly worked OK and she has no issue with susp seeing the child. Relationship ended Nov last yr, IP says it was "fizzling out" for a long time and there is no history of DA reported, PNC shows susp has one old drink drive from 2014 nothing else.
IP works at the distribution warehouse on the industrial estate, early shifts 0600-1400. Since about mid Feb susp has been in the staff car park when she finishes. First time he said he was dropping a parcel at the trade counter, IP accepted that. He has then been there on 4 further occasions that IP can give dates for (21/02, 26/02, 04/03, 07/03), parked near her car, engine running. He does not get out. On 04/03 he wound the window down and said "you look tired, you should let me look after you". IP has told him by text on 27/02 "please stop coming to my work, I mean it". He replied with a thumbs up and then turned up again.
IP's manager (Gareth, surname not known) has spoken to security who have noted a grey Astra, VRM partial only.
IP does not think susp would hurt her, she was clear about that. However she has now asked to move to the late shift so she does not finish when he expects, which has cost her the childcare she had with a neighbour, and her sister now collects Ffion from school 3 days a wk. IP says she feels sick driving into work and checks the mirrors constantly.
Advice given re diary, 999 if he approaches. DASH completed - standard, S-DASH 4 yes. Susp not yet spoken to, OIC PC 4471 to arrange VA.""",
    spans=[
        ("STALK_LOITER", "susp has been in the staff car park when she finishes"),
        ("REPETITION", "on 4 further occasions"),
        ("STALK_LOITER", "parked near her car, engine running"),
        ("FIXATION", "you should let me look after you"),
        ("UNWANTED", "please stop coming to my work, I mean it"),
        ("STALK_TURN_UP", "then turned up again"),
        ("SERIOUS_IMPACT", "asked to move to the late shift so she does not finish when he expects"),
        ("SERIOUS_IMPACT", "her sister now collects Ffion from school 3 days a wk"),
        ("DISTRESS", "she feels sick driving into work"),
    ],
)

case(
    2, "no_offence", "",
    voice="updates", case="mixed", noise="abbrev", batch="h",
    pattern="mutual_neighbour_rows_both_abusive_over_hedge", relationship="neighbour", occasions=3,
    text="""\
Update 1 - 12/06 1015 - PC 2290 WHITTAKER
Attended Marlpit Close re report from Mr Neville ASHWORTH (67) of no.14 that his neighbour at no.16, Mrs Sandra KHAN-LEWIS (52), has been "harassing him for months". Spoke to Mr ASHWORTH in his kitchen, he showed me a folder of notes he has kept since March. Dispute appears to have started over a leylandii hedge on the boundary which Mrs KHAN-LEWIS wants cut back and Mr ASHWORTH says is on his land. Council planning have already been involved (ref HH/0931) and it is going to a surveyor.
Mr ASHWORTH describes 3 incidents: 02/04 shouting over the fence, 19/05 another argument when Mrs K-L was cutting the hedge from her side, 10/06 argument in the street when both were putting bins out. He says she called him a "miserable old git" and "a bully".
Update 2 - 12/06 1140 - PC 2290
Spoke to Mrs KHAN-LEWIS at no.16. She accepts there have been arguments. She has doorbell footage of 10/06 which I viewed: both parties are shouting, Mr ASHWORTH can be heard calling her a "stupid cow" and telling her to "get back in your hovel", she swears back at him. Neither approaches the other, no threats from either side. 19/05 she says he came out and shouted at her first while she was on a ladder. She says she has also felt intimidated and has considered reporting him.
Update 3 - 13/06 0900
Spoke to both parties by phone. Both given words of advice re conduct. Mediation referral made to Community Safety (both agreed). Boundary matter is a civil issue for surveyor/courts. Neither party is reporting anything other than the 3 rows. No offences disclosed, both equally involved. Closing as non-crime, ASB incident only. Both advised to call if matters escalate.""",
    spans=[],
)

case(
    3, "aggravated_harassment", "CDR",
    voice="statement", case="mixed", noise="clean", batch="h",
    pattern="taxi_rank_regular_racial_abuse_driver_over_weeks", relationship="customer", occasions=4,
    text="""\
I am the above named person and I live in Peterborough with my wife and our two sons. I have been a licensed private hire driver for nine years and I work mostly nights from the rank on Cowgate and through the app. I am British, my parents came from Mirpur in Pakistan in the 1970s.

I am making this statement about a man I now know to be Craig SUMNER. I did not know his name until the police told me. He is a regular at the Bell and Anchor and I have driven him home maybe ten or twelve times over the last two years without any problem at all, he used to tip.

On Friday 14th February at about 11.40pm he got in my car at the rank. Straight away he said "not you again, Abdul" which is not my name. On the way to Dogsthorpe he was saying the country was finished because of "your lot". I did not answer. When we got there he did not pay the full fare and said "take it up with your imam".

On Saturday 22nd February he came to the rank and walked along the cars. When he saw me he banged on my window and called me a "P*** b*****d" (I have told the officer the exact word) and said "go home". Other drivers saw this, including Tomasz who works for the same firm.

On the 1st and 8th March he did the same thing, walking past the rank when the pub shut, and on the 8th he spat at my windscreen and shouted "this is England not Pakistan". I have dashcam from the 8th which I have given to PC LAMBERT, exhibit RAK/1.

I do not think he would attack me, he is older and he is usually drunk. But it is upsetting and humiliating in front of the other drivers and customers. I have started going to the station rank instead on Fridays and Saturdays, which is less money. I want it to stop.""",
    spans=[
        ("RACIAL_HOSTILITY", "the country was finished because of \"your lot\""),
        ("RELIGIOUS_HOSTILITY", "take it up with your imam"),
        ("RACIAL_HOSTILITY", "called me a \"P*** b*****d\""),
        ("RACIAL_HOSTILITY", "said \"go home\""),
        ("REPETITION", "On the 1st and 8th March he did the same thing"),
        ("RACIAL_HOSTILITY", "this is England not Pakistan"),
        ("DISTRESS", "it is upsetting and humiliating"),
        ("SERIOUS_IMPACT", "I have started going to the station rank instead"),
    ],
)

case(
    4, "harassment_fear_of_violence", "CFD",
    voice="call_log", case="upper", noise="heavy", batch="h",
    pattern="debt_dispute_former_business_partner_threats_twice_feared", relationship="business", occasions=3,
    text="""\
CAD 0412 29/09 1947 OPENING CAT: CONCERN FOR SAFETY
CLR IS MR KWAME OSEI-BONSU 44YRS, STATES HIS FORMER BUSINESS PARTNER LEE HARGREAVES (APPROX 50) HAS BEEN ROUND TO HIS ADDRESS (FLAT 3, 27 TANNERY ST) TONIGHT APPROX 1930 BANGING DOOR. CLR DID NOT OPEN. SUSP NOW LEFT ON FOOT TOWARDS CANAL. NO WEAPONS SEEN.
1949 BACKGROUND PER CLR - THEY RAN A VAN HIRE BUSINESS TOGETHER TIL JULY, WOUND UP, SUSP SAYS CLR OWES HIM APPROX 8K. CLR DENIES, SAYS ITS WITH SOLICITORS. CLR SAYS THIS IS ALL ABOUT THE MONEY.
1952 CLR STATES ON 17/09 SUSP RANG HIM AND SAID "ILL PUT YOU IN HOSPITAL IF I DONT GET WHATS MINE". CLR SAYS HE DIDNT SLEEP THAT NIGHT, THOUGHT HE MEANT IT, SUSP HAS A REP FOR VIOLENCE. ALSO VM ON 24/09 SIMILAR "YOUR GONNA GET HURT KWAME" - CLR STILL HAS VM.
1953 TONIGHT SUSP SHOUTED THRU LETTERBOX "YOUR DEAD WHEN I GET IN". CLR V SHAKEN ON PHONE, STATES "HES GOING TO DO IT, HES GOING TO COME BACK AND DO ME". BELIEVES SUSP WILL ASSAULT HIM.
1955 THRIVE - THREAT MED-HIGH, CLR ALONE, SUSP LOCAL. GRADE UPGRADED G1.
1958 PNC SUSP - PREVS ABH 2011, AFFRAY 2016.
2011 UNITS 2B12 ARRIVED. AREA SEARCHED CANAL TOWPATH, NTS.
2034 2B12 WITH CLR. CONFIRMS ABOVE. VM PLAYED AND RECORDED ON BWV. CLR SAYS AFTER THE 17/09 CALL HE STARTED HAVING HIS BROTHER DRIVE HIM TO THE YARD. CLR ADVISED. 
2102 CRIME RAISED, REF TO FOLLOW. SUSP TO BE ARRESTED WHEN LOCATED - CIRCULATED. LOG TO STAY OPEN.""",
    spans=[
        ("THREAT_VIOLENCE", "ILL PUT YOU IN HOSPITAL IF I DONT GET WHATS MINE"),
        ("FEAR_OF_VIOLENCE", "DIDNT SLEEP THAT NIGHT, THOUGHT HE MEANT IT"),
        ("THREAT_VIOLENCE", "YOUR GONNA GET HURT KWAME"),
        ("THREAT_VIOLENCE", "YOUR DEAD WHEN I GET IN"),
        ("FEAR_OF_VIOLENCE", "HES GOING TO DO IT, HES GOING TO COME BACK AND DO ME"),
        ("FEAR_OF_VIOLENCE", "BELIEVES SUSP WILL ASSAULT HIM"),
        ("DISTRESS", "CLR V SHAKEN ON PHONE"),
        ("SERIOUS_IMPACT", "STARTED HAVING HIS BROTHER DRIVE HIM TO THE YARD"),
    ],
)

case(
    5, "stalking", "CS",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="h",
    pattern="gym_acquaintance_coffees_and_notes_recorded_as_nuisance", relationship="acquaintance", occasions=6,
    text="""\
Sgt review 0930 18/10 - Sgt 1187 OKONJO
Reviewed log and attached notes. Initially closed by FCR as "nuisance / civil - no crime" on 11/10 and I am re-opening it.
Summary as I read it: IP Hannah VICKERS (29) is a member of the climbing centre on Ferry Lane. Male known to her only as "Rob" (now ID'd via membership records as Robert ELLWOOD, 41) is another member, they chatted a couple of times at the bouldering wall in the summer. Nothing more than that per IP, she has a long term partner and has told Rob that.
Since early Sept: coffees left on the bench by her locker with her name on the cup (she never told him how she takes it, he had it right), a card in her coat pocket on 23/09 saying "I know you feel it too", then a small wrapped box left with the centre's reception on 30/09 which she did not open. IP asked the duty manager to tell him to stop which was done on 01/10. On 06/10 and again on 09/10 he was sitting in his car at the entrance to her road in Brightside when she walked home from the tram. He did not speak to her. He has no reason to be on that road that IP knows of - membership address is in Crookes.
IP says it's "a bit creepy" and she "doesn't want to make a fuss", no threats, no fear of him hurting her and she is still going to the centre as normal on different nights. She does not want him arrested but does want him told.
FCR rationale was that each thing on its own is harmless. I disagree - taken together this is persistent, he knows things about her he shouldn't, it continued after he was told, and he has now turned up near her home. Pls record a crime, flag FOUR, arrange for OIC to obtain statement + CCTV from climbing centre (retention 30 days). S-DASH to be done. Consider early harassment notice / voluntary interview. Review again 25/10.""",
    spans=[
        ("STALK_GIFTS", "coffees left on the bench by her locker with her name on the cup"),
        ("FIXATION", "she never told him how she takes it, he had it right"),
        ("STALK_GIFTS", "a card in her coat pocket"),
        ("FIXATION", "I know you feel it too"),
        ("STALK_GIFTS", "a small wrapped box left with the centre's reception"),
        ("UNWANTED", "IP asked the duty manager to tell him to stop"),
        ("REPETITION", "On 06/10 and again on 09/10"),
        ("STALK_LOITER", "sitting in his car at the entrance to her road"),
        ("DISTRESS", "a bit creepy"),
    ],
)

case(
    6, "harassment", "C",
    voice="crime_summary", case="mixed", noise="typos", batch="h",
    pattern="former_colleague_abusive_emails_after_disciplinary", relationship="colleague", occasions=5,
    text="""\
Victim is Mrs Joanne FAIRCLOUGH, 47, a team leader at the council's revenues dept in the civic centre. Suspect is Darren PEEL (33) who worked in her team until he was dismissed in August following a disiplinary hearing for poor attendance, which IP chaired along with an HR rep. He has an appeal pending with the union which is not a police matter.
Between 2nd Sept and 30th Sept suspect has sent IP five emails to her work address (he still has it from when he worked there) and one to her personal gmail which she thinks he got from an old staff WhatsApp group. Content has been printed and exhibited JF/1-6. They are abusive and personal - calling her "a useless fat cow who got her job by creeping", "the worst manager in the building", "pathetic", and in the last one telling her he hopes she "gets what she deserves" and that "everyone is laughing at you". IP did not take the last as a threat of violence and she was clear she does not think he would do anything physical, she described him as "all mouth". There is no mention of her home, family or anything outside work in the emails and he has not tried to contact her any other way, no calls, no turning up.
IP states she has found them upsetting and embarassing, she had to forward two to HR and they were read by colleagues. She is still working normally.
HR have sent suspect a letter asking him to direct any correspondance to HR only. Last email was 30/09, nothing since that letter.
Suspect spoken to on phone by PC 5519 ATKINS on 04/10, accepts sending them, says he was "venting" and was angry about losing his job. VA booked 11/10.""",
    spans=[
        ("REPETITION", "five emails to her work address"),
        ("STALK_CONTACT", "one to her personal gmail"),
        ("DISTRESS", "IP states she has found them upsetting and embarassing"),
    ],
)

case(
    7, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="victim_diary", case="mixed", noise="typos", batch="h",
    pattern="neighbour_watches_hijabi_woman_photographs_notes_moves_out", relationship="neighbour", occasions=6,
    text="""\
Diary kept by Mrs Amina Yusuf (given to PC Harrington 02/12, copied as typed, her spelling)

Sun 3 Nov - man from number 9 (Keith? the one with the white van) was stood at his gate when I came back from mosque with the kids about 4pm. He was holding his phone up at us. I said hello like I always do. He didnt say anything just kept filming.
Wed 6 Nov - he was there again at the gate when I did the school run, and again at 3.15 when I came back. Phone up again.
Fri 8 Nov - note through my door, no name, written in capitals: "WE SEE YOU. TAKE THAT RAG OFF YOUR HEAD OR GO BACK TO WERE YOU CAME FROM". I was born in Bradford. My husband rang 101 ref 1108-4471 and they said they would send someone, nobody came.
Tue 12 Nov - saw him in his front window with binoculars?? pointed at our house. My neighbour Mrs Doherty saw it too she says.
Sat 16 Nov - photos of me and the girls leaving the house had been put on the local facebook group "Haworth Rd Residents" with "this is who they are letting in now". Someone took it down after a few hours. The photos were from his side of the street I am sure of the angle.
18 Nov - he followed me in the van to Aldi, parked two rows away and just sat there. I left my trolley and went home.

Since then - I dont go out on my own anymore, my brother in law does the school run, I have stopped going to mosque for Jumaah because I would have to walk past his house, I am not sleeping and the GP has given me something. We have asked the housing association for a transfer and are staying at my mothers in Girlington most nights. My eldest asks why we cant go home.""",
    spans=[
        ("STALK_WATCH", "He was holding his phone up at us"),
        ("STALK_LOITER", "he was there again at the gate when I did the school run"),
        ("RELIGIOUS_HOSTILITY", "TAKE THAT RAG OFF YOUR HEAD"),
        ("RACIAL_HOSTILITY", "GO BACK TO WERE YOU CAME FROM"),
        ("STALK_WATCH", "in his front window with binoculars"),
        ("STALK_PUBLISH", "photos of me and the girls leaving the house had been put on the local facebook group"),
        ("RACIAL_HOSTILITY", "this is who they are letting in now"),
        ("STALK_FOLLOW", "he followed me in the van to Aldi"),
        ("SERIOUS_IMPACT", "I dont go out on my own anymore"),
        ("SERIOUS_IMPACT", "my brother in law does the school run"),
        ("SERIOUS_IMPACT", "I have stopped going to mosque for Jumaah"),
        ("SERIOUS_IMPACT", "the GP has given me something"),
        ("SERIOUS_IMPACT", "staying at my mothers in Girlington most nights"),
    ],
)

case(
    8, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="judgment", case="mixed", noise="clean", batch="h",
    pattern="appeal_retelling_shop_owner_threatened_by_youth_group_leader", relationship="customer", occasions=3,
    text="""\
1. The appellant, now aged 23, appeals against sentence only. The facts can be shortly stated, though the background is not entirely straightforward and it is necessary to set some of it out.
2. The complainant, Mr Harjit Singh Bains, owns a convenience store on Cromwell Parade. The appellant lived nearby with his grandmother and was, until the spring of that year, a regular customer. In April the complainant's son refused to sell the appellant alcohol because he could not produce identification. There was a dispute about that, and a complaint by the grandmother to the licensing authority, which was not upheld. None of that forms part of the charge.
3. On 2 May the appellant came into the shop, pointed at the complainant's turban and said that he would "set fire to that thing on your head with you under it", adding words to the effect that people "like you" should be sent back. The complainant said in evidence that he believed the appellant would do it; he went home that evening and told his wife he was afraid to open the shop the next day.
4. On 9 May the appellant stood outside the shop window with two other young men whom the prosecution did not identify and drew his finger across his throat while looking at the complainant. On 20 May he returned, threw a can of drink at the counter and said "next time it's you, Singh". The complainant told the jury that by then he was "sure he was going to hurt me", and he had begun to close the shop at 6 pm instead of 10 pm.
5. The judge was right to treat the language of 2 May as demonstrating hostility based on the complainant's membership of a racial and religious group, and the appellant did not seek to argue otherwise. The judge found that the complainant feared, on at least the second and third occasions and probably the first, that violence would be used against him. That finding was plainly open to her.""",
    spans=[
        ("RELIGIOUS_HOSTILITY", "pointed at the complainant's turban"),
        ("THREAT_VIOLENCE", "set fire to that thing on your head with you under it"),
        ("RACIAL_HOSTILITY", "people \"like you\" should be sent back"),
        ("FEAR_OF_VIOLENCE", "he believed the appellant would do it"),
        ("FEAR_OF_VIOLENCE", "he was afraid to open the shop the next day"),
        ("THREAT_VIOLENCE", "drew his finger across his throat while looking at the complainant"),
        ("THREAT_VIOLENCE", "next time it's you, Singh"),
        ("FEAR_OF_VIOLENCE", "sure he was going to hurt me"),
        ("SERIOUS_IMPACT", "close the shop at 6 pm instead of 10 pm"),
    ],
)

case(
    9, "no_offence", "",
    voice="result_note", case="mixed", noise="abbrev", batch="h",
    pattern="letting_agent_repeated_visits_notices_lawful_purpose", relationship="landlord", occasions=6,
    text="""\
Result / closing note - ref 14/55821/24 - DC 3306 BRENNAN
IP Mr Callum DRYSDALE (31) reported on 05/08 that he was being "harassed and stalked" by his landlord's letting agent, Ms Priya NAIR of Harbour Lettings, and was very distressed on the initial call, saying he felt "watched" and could not relax in his own home.
Enquiries: IP is in arrears of approx £2,300 (confirmed by IP). He was served a s.8 notice in June. Between 10/06 and 01/08 Ms NAIR attended the property on 4 occasions and called/emailed approx 10 times. I have obtained the agency's contact log and copies of all correspondence. Every visit was notified in writing at least 24hrs in advance under the tenancy (two were gas safety / inspection visits, two were arrears visits where she did not enter). Calls were in office hrs, emails are polite and factual, each one refers to the arrears or access for the gas engineer. IP accepts she was never rude and never threatened him; his complaint is really that "she keeps coming round" and he feels embarrassed in front of the neighbours when she knocks. On one occasion she photographed the front of the property - agency explain this was for the inspection report, photo is of the exterior and a damp patch, IP was not in it.
IP also mentioned a car he saw parked outside twice in July that he thought might be connected. PNC check on the partial VRM he gave comes back to a resident of the same street, no link.
Outcome: contact was for a legitimate purpose (recovery of rent / statutory access) and conducted reasonably. No crime. NCRS compliant - N100 completed. IP updated by phone 19/08, he was unhappy but understood. Signposted to Shelter and Citizens Advice re the arrears and possession proceedings. Agency advised to keep contact in writing where possible, which they have agreed.""",
    spans=[
        ("DISTRESS", "he felt \"watched\" and could not relax in his own home"),
        ("DISTRESS", "he feels embarrassed in front of the neighbours"),
    ],
)

case(
    10, "aggravated_stalking", "CSR",
    voice="mo_field", case="upper", noise="heavy", batch="h",
    pattern="online_fake_profiles_antisemitic_posts_about_teacher", relationship="online", occasions=5,
    text="""\
MO: SUSP (UNK AT THIS TIME, BELIEVED TO BE FORMER PUPILS PARENT PER IP) HAS CREATED AT LEAST 3 SOCIAL MEDIA ACCTS IN IP NAME (RACHEL GOLDSTEIN) USING PHOTOS TAKEN FROM SCHOOL WEBSITE + HER OWN PRIVATE INSTA. ACCTS POST "CONFESSIONS" PURPORTING TO BE FROM IP RE MONEY + "ZIONIST AGENDA" IN THE SCHOOL. SUSP HAS ALSO SENT DMS TO IP'S HUSBAND AND SISTER. EACH TIME AN ACCT IS REPORTED + TAKEN DOWN A NEW ONE APPEARS W/IN DAYS (4/3, 11/3, 19/3). POSTS REFER TO WHAT IP WORE TO SYNAGOGUE ON SAT 16/3 + THE CAR SHE PARKED IN - IP BELIEVES SHE IS BEING WATCHED OR SOMEONE IS GOING THRU HER ACCTS. 19/3 POST SAYS "THE JEWS ALWAYS LOOK AFTER THEIR OWN, DONT TRUST HER WITH YOUR KIDS". IP NOT IN FEAR OF PHYS HARM, STILL TEACHING, "FURIOUS AND EMBARRASSED". HEAD TEACHER AWARE. SCREENSHOTS EXH RG/1-14. COMMS DATA APP TO BE CONSIDERED. NO SUSPECT NAMED, IP HAS A SUSPICION ONLY - NOT TO BE RECORDED AS NAMED SUSP.""",
    spans=[
        ("STALK_PUBLISH", "HAS CREATED AT LEAST 3 SOCIAL MEDIA ACCTS IN IP NAME"),
        ("STALK_PUBLISH", "POST \"CONFESSIONS\" PURPORTING TO BE FROM IP"),
        ("RELIGIOUS_HOSTILITY", "\"ZIONIST AGENDA\" IN THE SCHOOL"),
        ("STALK_CONTACT", "SENT DMS TO IP'S HUSBAND AND SISTER"),
        ("REPETITION", "A NEW ONE APPEARS W/IN DAYS (4/3, 11/3, 19/3)"),
        ("STALK_MONITOR", "POSTS REFER TO WHAT IP WORE TO SYNAGOGUE ON SAT 16/3 + THE CAR SHE PARKED IN"),
        ("RELIGIOUS_HOSTILITY", "THE JEWS ALWAYS LOOK AFTER THEIR OWN, DONT TRUST HER WITH YOUR KIDS"),
        ("DISTRESS", "\"FURIOUS AND EMBARRASSED\""),
    ],
)

case(
    11, "stalking_fear_alarm_distress", "CSF",
    voice="dash_note", case="mixed", noise="abbrev", batch="h",
    pattern="ex_husband_tracker_and_turning_up_threats_fear_twice", relationship="ex_partner", occasions=5,
    text="""\
DASH rationale - PC 0823 LLEWELLYN - 14/01 2215
Risk: HIGH. 16 ticks. MARAC referral submitted, IDVA referral (Calan DVS) submitted with IP consent.
Background: IP Lowri JENKINS (39), susp ex-husband Gethin JENKINS (42). Married 12 yrs, separated Aug, divorce in progress, 2 children (14 and 11) who live with IP; contact with dad every other weekend, arranged thru solicitors, kids collected by susp's mother. Financial remedy hearing listed March re the house in Pontarddulais which is in joint names - susp keeps saying he will not be "thrown out of my own house", that is the main sticking point between them and the solicitors are dealing.
Current: tonight approx 2100 IP returned from Zumba at the leisure centre in Gorseinon and found susp sitting on the wall outside. He said "nice class was it" - she had told nobody where she was going. She went inside and locked the door and he shouted through the door "you think you can hide from me, I will break every bone in your body". He left on foot.
IP then checked her car with her brother and they found a small black box magnetised inside the rear wheel arch. Seized - exh DL/1, appears to be a GPS tracker.
Previous: 29/12 he turned up at her work (Morrisons, Llanelli) and waited by the staff entrance for an hour; 06/01 he was outside the children's school at pick up on a day that is not his, and told IP "one day you're going to get what's coming". IP states she was terrified on 06/01 and went straight to her mother's. Tonight she says "he is going to kill me, I know him, he will do it".
Q: is the abuse getting worse - yes. Q: frightened - yes very. Q: is he constantly texting/calling/following - following yes, texting no (she blocked him in Sept).
Crime raised. Susp circulated for arrest. Marker placed on IP address. Children safeguarding referral to MASH.""",
    spans=[
        ("STALK_LOITER", "found susp sitting on the wall outside"),
        ("STALK_MONITOR", "nice class was it"),
        ("THREAT_VIOLENCE", "I will break every bone in your body"),
        ("STALK_MONITOR", "a small black box magnetised inside the rear wheel arch"),
        ("STALK_TURN_UP", "he turned up at her work (Morrisons, Llanelli) and waited by the staff entrance for an hour"),
        ("STALK_TURN_UP", "he was outside the children's school at pick up on a day that is not his"),
        ("THREAT_VIOLENCE", "one day you're going to get what's coming"),
        ("FEAR_OF_VIOLENCE", "IP states she was terrified on 06/01"),
        ("FEAR_OF_VIOLENCE", "he is going to kill me, I know him, he will do it"),
        ("ESCALATION", "is the abuse getting worse - yes"),
        ("UNWANTED", "she blocked him in Sept"),
    ],
)

case(
    12, "harassment_fear_of_violence", "CF",
    voice="statement", case="lower", noise="typos", batch="h",
    pattern="neighbour_dog_dispute_threats_with_hammer_feared_twice", relationship="neighbour", occasions=3,
    text="""\
i live at 41 ravensworth terrace with my partner jamie and our dog, a staffie called bella. next door at 43 is a man called martin COULSON, i think he is in his late 50s. we moved in about 2 year ago and there was never any trouble at first, he used to take our parcels in.
the problems started in the summer when bella got through a gap in the fence into his garden and dug up some plants. jamie went round and apologised and offered to pay and we fixed the fence the same weekend. i thought that was the end of it.
on tuesday 3rd september i was in the back garden hanging washing and he came to the fence and said "if that dog comes near my garden again ill cave its head in and then ill do you". he had a claw hammer in his hand, i dont know if he had been using it. i went inside and locked the back door and i was shaking, i genuinely thought he was going to come over the fence at me.
on the 11th when i got back from work he was stood on his front step and as i walked past he said "remember what i said, your first". i didnt reply. that night i didnt want to go in the garden at all.
on saturday 14th he banged on the shared wall for about 10 mins about midnight and shouted "ill finish you". jamie was on nights. i rang 999 because i truely believed he was going to come round and hurt me. i sat on the stairs with the phone and bella till the police came.
i do not think this is about bella anymore, i think he just hates us being here. i am scared to be in the house on my own when jamie works.""",
    spans=[
        ("THREAT_VIOLENCE", "ill cave its head in and then ill do you"),
        ("FEAR_OF_VIOLENCE", "i genuinely thought he was going to come over the fence at me"),
        ("THREAT_VIOLENCE", "remember what i said, your first"),
        ("THREAT_VIOLENCE", "ill finish you"),
        ("FEAR_OF_VIOLENCE", "i truely believed he was going to come round and hurt me"),
        ("FEAR_OF_VIOLENCE", "i am scared to be in the house on my own when jamie works"),
    ],
)

case(
    13, "stalking", "CS",
    voice="updates", case="mixed", noise="abbrev", batch="h",
    pattern="repeated_calls_and_letters_from_former_tutor_after_course_ends", relationship="acquaintance", occasions=8,
    text="""\
OEL 1 - 03/05 - PC 1960 ABERNETHY
TT IP Ms Grace OYELARAN (24). Reports a man who was her evening class tutor at the college last yr (Spanish conversation), Phillip STANNARD (58), keeps contacting her. Course ended in June. He had her mobile from the class WhatsApp.
OEL 2 - 03/05
IP has provided call log screenshots: 31 calls from his number between 20/04 and 02/05, most unanswered, several VMs asking her to "just have one coffee so I can explain". She blocked him on 22/04. Calls then started from a withheld number the next day, which she answered once and it was him.
OEL 3 - 04/05 - PC 1960
Viewed 3 handwritten letters he posted to her home address (she never gave him it - she thinks he looked it up on the electoral roll). Letters are long, talk about "what we have" and say he knows she was "made to end it" by her mother. IP says there was never anything between them, they had one conversation after class about her going to Valencia. No threats in any letter, no sexual content. IP says she isn't scared of him as such, she describes him as "sad", but she is fed up and wants it to stop, she's had to change her voicemail message because he kept leaving them.
OEL 4 - 06/05
IP's mother has also been phoned at her work by susp asking her to "let Grace decide for herself". Mother to give statement.
OEL 5 - 09/05 - PC 1960
Attended susp address in Ilkley with PC 776 for VA, no reply, card left. Neighbour says he is "harmless, bit of a loner".
OEL 6 - 12/05
IP called, another letter arrived today. OIC on rest days til 15/05, task to PPU for cover.""",
    spans=[
        ("REPETITION", "31 calls from his number between 20/04 and 02/05"),
        ("STALK_CONTACT", "several VMs asking her to \"just have one coffee so I can explain\""),
        ("UNWANTED", "She blocked him on 22/04"),
        ("STALK_CONTACT", "Calls then started from a withheld number the next day"),
        ("STALK_GIFTS", "3 handwritten letters he posted to her home address"),
        ("FIXATION", "talk about \"what we have\""),
        ("FIXATION", "he knows she was \"made to end it\" by her mother"),
        ("DISTRESS", "she is fed up and wants it to stop"),
        ("STALK_CONTACT", "IP's mother has also been phoned at her work by susp"),
        ("STALK_GIFTS", "another letter arrived today"),
    ],
)

case(
    14, "harassment", "C",
    voice="notebook", case="mixed", noise="abbrev", batch="h",
    pattern="customer_abusive_calls_to_garage_receptionist_over_repair", relationship="customer", occasions=4,
    text="""\
THURSDAY 21st MARCH 2024
1310 - Attended Brook Motors, Unit 6 Canal Rd, re report from reception staff. Weather dry, cold. Parked on forecourt.
1315 - Spoke to Miss Chloe TRAFFORD (22), receptionist. Present: Mr Stuart BROOK, owner.
Miss TRAFFORD states customer Mr Anthony DUKE (approx 45, address on invoice - Flat 2, 8 Moorside) had his Audi serviced here 04/03 and disputes the bill (£640) saying the work was not needed. Mr BROOK says the dispute is with him as the owner and he has offered to meet Mr DUKE, refused.
Since 06/03 Mr DUKE has phoned the reception line on 4 separate days (06/03, 08/03, 13/03, 19/03) and each time when Miss TRAFFORD answers he has been abusive to her personally, calling her "a thick little girl", "brainless", and on 19/03 "a lying slag". On 13/03 he left a VM which I listened to on the office phone - ABUSIVE, swearing at her by name, says she should be "sacked for being too stupid to breathe". No threats of violence in the VM or per Miss TRAFFORD.
Miss TRAFFORD states she now dreads answering the phone and has gone home upset twice. She does not fear he will hurt her. Mr BROOK has moved her to the back office for now.
1350 - VM copied to my phone as exh SB/1. Invoice copy obtained.
1405 - Left premises. To arrange VA with Mr DUKE. Advised Mr BROOK to keep log of calls.
PC 3172 HALLIWELL""",
    spans=[
        ("REPETITION", "on 4 separate days (06/03, 08/03, 13/03, 19/03)"),
        ("DISTRESS", "she now dreads answering the phone and has gone home upset twice"),
    ],
)

case(
    15, "aggravated_harassment", "CR",
    voice="third_party", case="mixed", noise="typos", batch="h",
    pattern="care_home_manager_reports_relative_abusing_nurse_nationality", relationship="family", occasions=3,
    text="""\
Email to neighbourhood team inbox, fwd to crime desk 07/07:
"Hello, my name is Deborah Lingard and I am the registered manager at Fernhill Lodge care home. I am writing on behalf of one of our senior carers, Mrs Maria Santos, who is Filipino and has worked here 6 yrs. She has asked me to report this as she is worried about her English on the phone (it is fine!).
One of our residents is Mr Harold Jepson who has dementia, he is lovely and is not the problem. His son Gary Jepson visits most Sundays. There has been an ongoing complaint from Gary about his dads laundry going missing which we are investigating through our complaints process and CQC are aware.
On Sunday 16 June Gary shouted at Maria in the corridor that she was "another one of these foreigners nicking off old people" and that she should "go back on the boat". On Sunday 23 June he refused to let her into his dads room and told her "I dont want a Filipino touching my dad, you lot are all the same". Yesterday (Sun 6 July) he came up to her at the nurses station and said loudly in front of other visitors that he was going to "get you deported" and called her a "chinky cow". Maria was in tears and went home early. She has said she does not think he would hurt her but she dosent want to work Sundays now.
We have banned Gary from visiting for now, we will facilitate video calls with his dad. I have witness details for two staff and a visitor. Please can someone contact Maria on 07700 9xxxxx, she works days.
Kind regards, Deborah"
Crime desk note: crime raised, OIC to obtain statements.""",
    spans=[
        ("RACIAL_HOSTILITY", "another one of these foreigners nicking off old people"),
        ("RACIAL_HOSTILITY", "go back on the boat"),
        ("RACIAL_HOSTILITY", "I dont want a Filipino touching my dad, you lot are all the same"),
        ("RACIAL_HOSTILITY", "called her a \"chinky cow\""),
        ("DISTRESS", "Maria was in tears and went home early"),
    ],
)

case(
    16, "no_offence", "",
    voice="crime_summary", case="mixed", noise="abbrev", batch="h",
    pattern="two_rows_months_apart_couple_reconciled_in_between", relationship="partner", occasions=2,
    text="""\
Report by IP Stacey BRIERLEY (27) via online form 22/10, followed up by PC 4802 on phone same day.
IP and Liam FROST (29) have been together on and off for 4 yrs, currently living together at her flat on Salisbury St with her son (7, not Liam's). IP wanted to report "a pattern" because her friend told her to get it on record.
She describes two incidents. First was in May this year: after a night out they argued in a taxi rank about her ex messaging her and Liam called her a "slag" and told her to "get out of my sight" - she stayed at her mum's for about a week and then they got back together and he moved back in in June. She says things were good over the summer, they went to Tenerife in August.
Second incident was Sat 19/10 - argument at home about money (he had spent rent money on a PS5) and he threw her phone at the sofa and called her "a nag" and "pathetic". IP accepts she was shouting too and threw a cup at the wall. No injuries. Son was at his dad's. Phone not damaged.
Nothing between May and Oct. IP says no messages, no following, no turning up, he does not check her phone, she has her own money. She does not feel afraid of him and says she just wanted advice about whether "this counts as something". They are still together and she does not want him spoken to.
DASH completed - standard (3 ticks). Advice given, DA leaflet + Women's Aid number provided. Both incidents recorded as DA non-crime incidents. No course of conduct - two incidents 5 months apart with reconciliation, mutual row on 19/10. NFA. Child's school not notified as not present - Op Encompass N/A.""",
    spans=[
        ("DISTRESS", "she stayed at her mum's for about a week"),
    ],
)

case(
    17, "aggravated_stalking", "CSR",
    voice="crime_summary", case="mixed", noise="clean", batch="h",
    pattern="delivery_driver_fixates_on_polish_shop_worker_slurs_when_rejected", relationship="acquaintance", occasions=6,
    text="""\
Circumstances: The victim, Agnieszka WOJCIK (31), is a Polish national who has lived in Swindon since 2015 and works at a bakery on Commercial Road. The suspect, Steven PAGE (36), delivers flour and supplies to the bakery on Mondays and Thursdays for a wholesaler. The bakery owner, Mr Ian Fosbury, has been supportive and has provided the delivery schedule and the shop's CCTV.

In late January the suspect asked the victim out and she politely declined, telling him she had a boyfriend. He then began leaving small items for her among the deliveries - a box of chocolates, a keyring with her initial, a card reading "I'll wait as long as it takes". On 13 February he was seen by a colleague standing across the road from the bakery at closing time, on a Tuesday when he had no delivery. On 18 February the victim noticed him in his van on her street in Rodbourne when she came home; she had never told him where she lived.

On 22 February, after she handed the keyring back and told him firmly to stop, he said to her in the yard "you Polish girls think you're too good, you come over here and take everything" and called her "a stuck up Polack". On 27 February he was again across the road at closing time and photographed her on his phone as she locked up.

The victim says she is not frightened that he will hurt her and she is continuing her normal routine, though she now walks out with a colleague. She says she feels "uncomfortable all the time" at work. The wholesaler has been informed and has offered to change the driver; that has not happened yet.

Enquiries: CCTV requested (13/02 and 27/02). Statements from victim and colleague Danuta to follow. Suspect not yet spoken to.""",
    spans=[
        ("STALK_GIFTS", "leaving small items for her among the deliveries"),
        ("FIXATION", "I'll wait as long as it takes"),
        ("STALK_LOITER", "standing across the road from the bakery at closing time"),
        ("STALK_TURN_UP", "him in his van on her street in Rodbourne when she came home"),
        ("UNWANTED", "told him firmly to stop"),
        ("RACIAL_HOSTILITY", "you Polish girls think you're too good, you come over here and take everything"),
        ("RACIAL_HOSTILITY", "a stuck up Polack"),
        ("REPETITION", "again across the road at closing time"),
        ("STALK_WATCH", "photographed her on his phone as she locked up"),
        ("DISTRESS", "she feels \"uncomfortable all the time\" at work"),
    ],
)

case(
    18, "stalking_fear_alarm_distress", "CSFD",
    voice="vps", case="mixed", noise="clean", batch="h",
    pattern="vps_stranger_followed_from_bus_repeatedly_fear_attack", relationship="stranger", occasions=4,
    text="""\
The officer has told me what a VPS is for and that the defence might see it.

I am 19 and I am in my first year at college doing health and social care. Before all this I got the number 34 bus home from town every day on my own and I never thought about it. I had a Saturday job at the card shop in the precinct which I loved.

The man, who I now know is called Vincent HARROP, first sat behind me on the bus in October and got off at my stop and walked behind me all the way to the corner of Lime Grove. I thought it was a coincidence. The next week he did it again, and then twice more, and the last time he walked faster when I did. When he said "I know which house is yours, Shannon" I did not know how he knew my name. I honestly thought he was going to grab me and drag me somewhere. I ran and I was sick when I got in.

After the second time I was convinced he was going to attack me, and I still am. I have nightmares about him waiting at the bus stop. I have not been on a bus since November. My dad drives me everywhere and when he can't I don't go. I gave up my Saturday job because I couldn't face the walk from the precinct. I have missed college days and my tutor has put me on a support plan.

My mum says I have changed. I used to be the loud one. I want him to know what he has done to me.""",
    spans=[
        ("STALK_FOLLOW", "got off at my stop and walked behind me all the way to the corner of Lime Grove"),
        ("REPETITION", "The next week he did it again, and then twice more"),
        ("ESCALATION", "the last time he walked faster when I did"),
        ("STALK_MONITOR", "I know which house is yours, Shannon"),
        ("FEAR_OF_VIOLENCE", "I honestly thought he was going to grab me and drag me somewhere"),
        ("FEAR_OF_VIOLENCE", "I was convinced he was going to attack me, and I still am"),
        ("SERIOUS_IMPACT", "I have not been on a bus since November"),
        ("SERIOUS_IMPACT", "I gave up my Saturday job"),
        ("SERIOUS_IMPACT", "I have missed college days"),
    ],
)

case(
    19, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="call_log", case="mixed", noise="heavy", batch="h",
    pattern="takeaway_owner_threatened_by_local_men_muslim_slurs_repeat_calls", relationship="customer", occasions=3,
    text="""\
Log 1903 27/07
19:03 Clr Mr Farid RAHMAN, owner Spice Garden t/a, 112 Hollins Rd. States 3 males outside, one of them is "the same one as last wk", they are shouting at the window. Clr behind counter w/ 2 staff. 
19:04 Clr states male (wht, 30s, grey trackies, shaved head, known to clr as "Deano") shouted "muslim scum were going to burn you out" and kicked the door. Clr states hes terrified, "they will come in and kill me tonight". Clr has locked door.
19:05 Linked: log 2211 of 20/07 - same location, same male, threatened clr with a bottle and said "one more week and your done paki". Attended, males left b4 police, no furthr action as no ID. Also log 0457 of 14/07 abusive phone call to the shop, "we know where you live you muslim ba*****s", clr told call taker then he was "frightened to drive home".
19:06 THRIVE - G1. Repeat victim. Hate crime flag.
19:06 2C21, 2C24 assigned.
19:11 Clr states males now walked off twds the Rec, 1 still on phone outside.
19:14 2C21 o/s. 2 males detained, 1 made off. 
19:40 2C21 - 1 male arrested (DEAN, Wayne 32) s.4A POA - will be reviewed by custody/OIC for wider PHA matter given linked logs. Clr shaken, says he has been shutting at 9pm not 11 since the 20th.
19:52 Statements to follow. Door CCTV seized. Closing log, crime ref 41/22190/25.""",
    spans=[
        ("RELIGIOUS_HOSTILITY", "muslim scum"),
        ("THREAT_VIOLENCE", "were going to burn you out"),
        ("FEAR_OF_VIOLENCE", "they will come in and kill me tonight"),
        ("THREAT_VIOLENCE", "threatened clr with a bottle"),
        ("RACIAL_HOSTILITY", "your done paki"),
        ("RELIGIOUS_HOSTILITY", "you muslim ba*****s"),
        ("THREAT_VIOLENCE", "we know where you live"),
        ("FEAR_OF_VIOLENCE", "frightened to drive home"),
        ("SERIOUS_IMPACT", "shutting at 9pm not 11 since the 20th"),
    ],
)

case(
    20, "harassment_fear_of_violence", "CF",
    voice="updates", case="mixed", noise="typos", batch="h",
    pattern="football_coach_threatened_by_parent_after_team_selection", relationship="acquaintance", occasions=3,
    text="""\
Update 09/04 PC 6614 MCALLISTER
IP Mr Owen TREHARNE (49) is volunteer coach of Pentwyn Colts U12s. Susp Kyle BEVAN (35) is parent of a player who was dropped from the squad for the cup game. Club welfare officer (Mrs Sian Ellis) has been dealing with a complaint from susp about selection under the FA process, that is seperate and ongoing.
IP states on Sun 31/03 after the match susp came up to him in the car park and said "drop my boy again and Ill snap your legs". Other parents heard. IP says he laughed it off at the time but that night he couldnt stop thinking about it, he says he was genuinely worried susp would come for him as he had heard susp had been in prison.
Update 10/04
IP rang. Susp turned up at training Weds night 03/04 (not his son's session), stood by the gate and pointed at IP and said "your getting it Owen". IP cancelled the rest of the session and sent kids home. IP states "I thought he was going to go for me there and then, in front of the kids". He had his wife pick him up from the pitches after that.
Update 12/04
Facebook msg from susp to IP 11/04 2310: "still thinking about you. watch your back". IP forwarded screenshot. IP says he is now certain susp will attack him at some point. 
Update 12/04 Sgt review - crime confirmed. Susp to be arrested, consider bail conds not to attend Pentwyn Rec. Welfare officer informed. No other contact between them outside football, no following or anything at home.""",
    spans=[
        ("THREAT_VIOLENCE", "drop my boy again and Ill snap your legs"),
        ("FEAR_OF_VIOLENCE", "he was genuinely worried susp would come for him"),
        ("THREAT_VIOLENCE", "your getting it Owen"),
        ("FEAR_OF_VIOLENCE", "I thought he was going to go for me there and then"),
        ("THREAT_VIOLENCE", "watch your back"),
        ("FEAR_OF_VIOLENCE", "IP says he is now certain susp will attack him"),
    ],
)

case(
    21, "stalking", "CS",
    voice="crime_summary", case="lower", noise="abbrev", batch="h",
    pattern="ex_girlfriend_logs_into_victims_accounts_mundane_report", relationship="ex_partner", occasions=4,
    text="""\
ip (male, 26, Jordan ASANTE) called in re "account hacking". thought it was going to be an action fraud job. nothing has been taken from him, no money lost, his bank is fine.
ip split from ex gf Chelsea MARSH (25) in april after about 18 months, amicable he says at the time, she moved back to her parents in Beeston. they still share a dog which goes between them at weekends, handovers at a Tesco car park, no issues with that.
since june ip has noticed: his spotify showing playlists he didnt make, then in july his snapchat map location kept getting turned back on after he turned it off, and his gmail showing logins from a device he doesnt recognise. last week (14/08) chelsea messaged him "hope you had fun at Lauren's bbq" - he had not told her he was going and he had not posted about it. then on 17/08 "why are you still talking to that girl from work" - he had messaged a colleague on insta DMs that morning, nobody else would have seen that.
ip changed all passwords on 18/08 and turned on 2FA. chelsea then msgd "you can change your passwords babe, doesnt matter, I'll always know". ip has asked her to stop checking up on him, she says she "just worries". ip is more confused than scared, he says "its doing my head in", still working as normal.
ip also says he still has some of her stuff at his flat (a TV) which she keeps asking for back - not relevant, told ip to arrange return via her dad.
crime raised. google account security log requested from ip (screenshots). to speak to chelsea.""",
    spans=[
        ("STALK_MONITOR", "his snapchat map location kept getting turned back on after he turned it off"),
        ("STALK_MONITOR", "his gmail showing logins from a device he doesnt recognise"),
        ("STALK_MONITOR", "hope you had fun at Lauren's bbq"),
        ("STALK_MONITOR", "why are you still talking to that girl from work"),
        ("FIXATION", "doesnt matter, I'll always know"),
        ("UNWANTED", "ip has asked her to stop checking up on him"),
        ("DISTRESS", "its doing my head in"),
    ],
)

case(
    22, "no_offence", "",
    voice="updates", case="mixed", noise="abbrev", batch="h",
    pattern="single_serious_threat_road_rage_no_further_contact", relationship="stranger", occasions=1,
    text="""\
Initial - 02/02 1720 - PC 5118 GRIFFITHS
IP Mrs Olena KOVAL (44) reports that at approx 1640 today on the A470 slip road a male driver of a silver BMW (VRM obtained from her dashcam) cut in front of her, then at the lights got out, came to her window and punched the glass, shouting "I'll f***ing kill you, I'll find you and kill you". IP was terrified, thought he was going to drag her out of the car. Her daughter (12) was in the back and was screaming. Lights changed and he drove off.
IP came straight to Pontypridd station, still v shaken. Dashcam footage downloaded - shows male clearly, exh OK/1.
Update 1 - 03/02 PC 5118
VRM keeper = Mr Ross TANNER (39), Treforest. PNC nil. IP has never seen him before and he has no way of knowing who she is - her car is a lease car registered to her employer.
Update 2 - 07/02
TANNER interviewed under caution, accepts losing his temper, says he was "having the worst day of his life", apologised. Denies the words but footage has audio.
Update 3 - 15/02 TT IP
IP confirms nothing further since 02/02 - no contact, has not seen the car again, no messages. She is still a bit nervous on that road but driving normally.
Update 4 - 20/02 OIC
Single incident. Charged s.4 Public Order Act - threatening behaviour - and criminal damage considered (no damage to window). Not a course of conduct. Crime reclassified from harassment to POA s.4. IP updated.""",
    spans=[
        ("THREAT_VIOLENCE", "I'll f***ing kill you, I'll find you and kill you"),
        ("FEAR_OF_VIOLENCE", "thought he was going to drag her out of the car"),
        ("DISTRESS", "still v shaken"),
    ],
)

case(
    23, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="statement", case="mixed", noise="typos", batch="h",
    pattern="sikh_student_followed_by_man_from_halls_threats_fear", relationship="acquaintance", occasions=5,
    text="""\
I am a second year student at the university studying mechanical engineering and I live in the Opal halls on Mercer Street, flat 4C. I am a Sikh and I wear a patka. I am making this statement about a male I know as Tom who lived in the flat above mine in first year. I dont know his surname, the officer has said it is believed to be Thomas REDFERN.

In first year we hardly spoke. This year in October he started appearing near the engineering building when my lectures finished. I noticed him maybe three times before I realised it was not a coincidence, because once he was there at 8 in the evening after a lab which was not on the normal timetable.

On the 4th November he followed me from the Students Union to the tram stop, about 10 minutes, and when I got to the stop he said "you people should be wearing a bomb belt not that thing" and pulled at my patka. I was really scared he was going to hit me and I got on the first tram even though it was the wrong one.

On the 12th of November I found a note under my door in halls that said "WE KNOW WHICH ROOM RAGHEAD". He does not live in my building any more so he must have got someone to let him in. 

On 20th November he was at the tram stop again when I came out of the gym and he walked towards me and said "next time theres no tram". I believed he was going to stab me or something, I genuinly thought that.

Since then I have been staying at my cousins in Handsworth and I travel in with him. I have stopped going to the gym and I have missed 2 labs. My personal tutor knows and I am going to ask for extensions. I dont feel safe on campus at all.""",
    spans=[
        ("STALK_LOITER", "he started appearing near the engineering building when my lectures finished"),
        ("FIXATION", "once he was there at 8 in the evening after a lab which was not on the normal timetable"),
        ("STALK_FOLLOW", "he followed me from the Students Union to the tram stop"),
        ("RELIGIOUS_HOSTILITY", "you people should be wearing a bomb belt not that thing"),
        ("RELIGIOUS_HOSTILITY", "pulled at my patka"),
        ("FEAR_OF_VIOLENCE", "I was really scared he was going to hit me"),
        ("STALK_GIFTS", "I found a note under my door in halls"),
        ("RACIAL_HOSTILITY", "WE KNOW WHICH ROOM RAGHEAD"),
        ("STALK_TURN_UP", "he was at the tram stop again when I came out of the gym"),
        ("THREAT_VIOLENCE", "next time theres no tram"),
        ("FEAR_OF_VIOLENCE", "I believed he was going to stab me or something"),
        ("SERIOUS_IMPACT", "I have been staying at my cousins in Handsworth"),
        ("SERIOUS_IMPACT", "I have stopped going to the gym and I have missed 2 labs"),
    ],
)

case(
    24, "harassment", "C",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="h",
    pattern="review_queries_stalking_classification_online_insults_gaming", relationship="online", occasions=6,
    text="""\
IMU review - DS 2741 FARRINGTON - 28/11
Crime currently classified as stalking (8Q). I am not satisfied it meets that and have asked for reclassification - rationale below, for the OIC and the registrar.
IP Kieran O'SULLIVAN (17) plays an online shooter game and is in a clan. Susp is another player, gamertag "R3aperV", identified via Discord subpoena as Mason LEAH (19, Telford). They fell out in Sept over IP kicking him from the clan. Parents (Mr & Mrs O'Sullivan) came in with IP and brought screenshots, 40+ pages, printed and exhibited.
Between 15/09 and 20/11 susp has posted in the clan's public Discord channel and in game chat on at least 6 days, calling IP "a fat loser", "mummy's boy", "trash at the game", making jokes about his acne. Two posts mocked his stammer (he has a speech impediment - noted, not an R/R factor, but flag for hate crime review under disability). IP has blocked him on Discord, which the susp has responded to only by continuing to post in the shared server. No DMs since the block, no new accounts made, no contact outside gaming, no info about IP's address or school, nothing about his movements, no threats.
IP's mother says he has been withdrawn, stopped playing for a fortnight, upset.
In my view this is a pattern of insults, not fixated/obsessive pursuit - there is no following, monitoring, publishing of personal info or attempts to get round the block. Recommend reclassify to harassment (8L), disability hate flag. OIC to arrange VA with susp via West Mercia. Discord asked to remove content. Parents advised re server moderation.""",
    spans=[
        ("REPETITION", "on at least 6 days"),
        ("UNWANTED", "IP has blocked him on Discord"),
        ("DISTRESS", "he has been withdrawn, stopped playing for a fortnight, upset"),
    ],
)

case(
    25, "aggravated_harassment", "CR",
    voice="updates", case="inconsistent", noise="typos", batch="h",
    pattern="allotment_neighbour_antisemitic_comments_over_weeks_late_slur", relationship="neighbour", occasions=4,
    text="""\
UPDATE 1 (PC 3382 NWOSU) 02/08 - Attended Longmoor allotments, plot 17, to see IP Mr Samuel ABRAMS (71). IP reports a long running dispute with plot holder on 18, Mr Derek STOTT (68), about a water butt and a shed that STOTT says is over the line. Allotment society committee dealing with the boundary, letters from the society seen. IP says STOTT has been "getting at him" since May.
UPDATE 2 - IP's account of what STOTT has said: 14/06 "you lot always want more than your share". IP did not think much of it at the time. 28/06 STOTT shouted across "typical, counting every penny". 12/07 STOTT called him "Shylock" in front of two other plot holders. IP says he understood then what the earlier comments meant. 
update 3 - 26/07 IP found a swastika scratched into the door of his shed and STOTT said to him "dont look at me, but you people are never welcome anywhere are you". IP could not say he saw STOTT do it, it was done overnight. 
Update 4 - spoke to witness Mrs Joy Amadi (plot 9) who heard the "Shylock" comment and says STOTT also said "go back to Israel" on the same day, she remembers because she was shocked. 
UPDATE 5 - IP says he is upset, he is a retired GP, his parents came from Vienna in 1938 and he finds it "sickening". he isnt frightened of STOTT, he is "an old fool", and he is still going to his plot every day. does want police action.
update 6 - crime raised, hate crime flag. STOTT to be seen by appt. Society informed. shed door photographed.""",
    spans=[
        ("RELIGIOUS_HOSTILITY", "you lot always want more than your share"),
        ("RELIGIOUS_HOSTILITY", "typical, counting every penny"),
        ("RELIGIOUS_HOSTILITY", "called him \"Shylock\""),
        ("RELIGIOUS_HOSTILITY", "a swastika scratched into the door of his shed"),
        ("RELIGIOUS_HOSTILITY", "you people are never welcome anywhere are you"),
        ("RACIAL_HOSTILITY", "go back to Israel"),
        ("DISTRESS", "he finds it \"sickening\""),
    ],
)

case(
    26, "stalking_fear_alarm_distress", "CSD",
    voice="judgment", case="mixed", noise="clean", batch="h",
    pattern="retelling_former_landlord_fixated_on_tenant_visits_after_tenancy", relationship="landlord", occasions=7,
    text="""\
The complainant, whom I shall call Ms L, rented a one-bedroom flat from the defendant between 2019 and March 2022. It is common ground that the tenancy ended properly; she gave notice, he returned her deposit in full and there is no outstanding dispute between them about money or property. I mention that because in interview the defendant sought to suggest that his visits afterwards were to do with "paperwork". There was no paperwork.

Over the following five months the defendant sent Ms L some 60 text messages, many of them asking her to meet him, several telling her that he had "never stopped thinking about" her. She did not reply after the first few and in April she told him in terms not to contact her again. He found her new address, which she had not given him, and attended it on four occasions between May and August, on two of them leaving flowers on the step. On one occasion he was seen by her neighbour sitting in his car at the end of the road for over two hours. He did not threaten her and she did not, she said, think he would hurt her.

The effect on her was nonetheless considerable. She told the court that she had had a second lock and a doorbell camera fitted, that she had changed her hours at the dental practice where she works so that she did not arrive or leave at predictable times, and that she had been prescribed medication for anxiety. Her GP records were before the court. She described lying awake listening for the car.

I am satisfied so that I am sure that the defendant knew or ought to have known that his conduct would have that effect.""",
    spans=[
        ("REPETITION", "some 60 text messages"),
        ("STALK_CONTACT", "many of them asking her to meet him"),
        ("FIXATION", "\"never stopped thinking about\" her"),
        ("UNWANTED", "she told him in terms not to contact her again"),
        ("STALK_MONITOR", "He found her new address, which she had not given him"),
        ("STALK_TURN_UP", "attended it on four occasions between May and August"),
        ("STALK_GIFTS", "leaving flowers on the step"),
        ("STALK_LOITER", "sitting in his car at the end of the road for over two hours"),
        ("SERIOUS_IMPACT", "a second lock and a doorbell camera fitted"),
        ("SERIOUS_IMPACT", "she had changed her hours at the dental practice"),
        ("SERIOUS_IMPACT", "prescribed medication for anxiety"),
        ("DISTRESS", "lying awake listening for the car"),
    ],
)

case(
    27, "harassment_fear_of_violence", "CFD",
    voice="crime_summary", case="mixed", noise="redacted", batch="h",
    pattern="brother_in_law_inheritance_threats_fear_twice_redacted", relationship="family", occasions=3,
    text="""\
Summary (redacted copy for disclosure):
Victim [REDACTED] (V1, 56) and suspect [REDACTED] (S1, 60) are brothers-in-law; S1 is married to V1's late wife's sister. The dispute concerns the estate of V1's mother-in-law who died in 2023 - a house in XXXX which V1 is executor of. Probate solicitors [REDACTED] & Co have written to both sides; that is a civil matter and not investigated.
On [REDACTED] January S1 came to V1's home address, did not come in, and on the doorstep said he would "put you in the ground next to her if you sell that house". V1 states he closed the door and sat in the kitchen "waiting for him to come through the window", believing S1 would hurt him then. V1 is 56 and has a heart condition, S1 is a former boxer.
On [REDACTED] February S1 telephoned V1 from XXXX XXXXXX (number known) and said "I meant what I said, you're a dead man". V1 told W1 (his daughter) the same evening that he was "sure [S1] is going to kill me". W1 has provided a statement confirming this and describing V1 as white and shaking.
Third occasion [REDACTED] March, S1 drove past V1 and W1 in [REDACTED] and shouted something V1 did not hear properly. Not relied upon.
V1 has been staying at W1's address some nights. No stalking type conduct - S1 has not followed V1, no watching or monitoring reported; all contact is about the estate.
S1 interviewed [REDACTED], no comment. File to CPS for advice.""",
    spans=[
        ("THREAT_VIOLENCE", "put you in the ground next to her if you sell that house"),
        ("FEAR_OF_VIOLENCE", "\"waiting for him to come through the window\", believing S1 would hurt him"),
        ("THREAT_VIOLENCE", "I meant what I said, you're a dead man"),
        ("FEAR_OF_VIOLENCE", "sure [S1] is going to kill me"),
        ("DISTRESS", "describing V1 as white and shaking"),
        ("SERIOUS_IMPACT", "V1 has been staying at W1's address some nights"),
    ],
)

case(
    28, "aggravated_stalking", "CSR",
    voice="call_log", case="upper", noise="abbrev", batch="h",
    pattern="ex_partner_turns_up_racial_abuse_of_new_partner_victim", relationship="ex_partner", occasions=4,
    text="""\
CAD 1771 15/05
2231 CLR MS TAMARA BROWN-ELLIS 33YRS. EX P/NER JASON CRIPPS 35 IS OUTSIDE HER HOUSE 14 ORCHARD WAY AGAIN. SITTING IN HIS CAR (BLK CORSA) ACROSS THE ROAD, HAS BEEN THERE 40 MINS. CLR IS BLACK BRITISH, HER NEW P/NER IS ALSO.
2233 CLR STATES SEPARATED 8 MTHS, 1 CHILD (3) - CONTACT VIA FAMILY COURT ORDER, HANDOVERS AT CONTACT CENTRE SATURDAYS, SUSP HAS BEEN FINE WITH THOSE.
2234 SINCE SHE STARTED SEEING NEW P/NER IN MARCH SUSP HAS SAT OUTSIDE ON 3 PREV OCCASIONS (CLR HAS DATES, 04/04, 19/04, 07/05), MSGS HER ASKING WHERE SHE IS AND WHO WITH, AND ON 07/05 SHOUTED AT HER FROM CAR "GO ON THEN BACK TO YOUR OWN KIND, JUNGLE BUNNY" - CLR SAYS HE HAS NEVER SPOKEN TO HER LIKE THAT IN 6 YRS TOGETHER, SHE THINKS ITS ABOUT THE NEW P/NER.
2235 CLR NOT IN FEAR OF VIOLENCE, "HES NEVER LAID A FINGER ON ME", WANTS HIM MOVED ON, IS WORRIED ABOUT THE HANDOVERS.
2236 THRIVE: SUSP LOITERING, REPEAT, DA. G2.
2238 PNC NIL. PREV DA LOG 03/10 LAST YR - VERBAL ONLY.
2301 2D14 O/S. SUSP LEFT ON ARRIVAL. VRM NOTED.
2309 2D14 WITH CLR. DASH - MEDIUM. SCREENSHOTS OF MSGS VIEWED - 22 MSGS SINCE 01/05 "WHERE R U", "WHOS HE", "I WILL ALWAYS BE IN YOUR LIFE". CLR HAD BLOCKED HIM ON WHATSAPP, MSGS CAME VIA TEXT.
2340 CRIME RAISED. HATE FLAG. SUSP TO BE SPOKEN TO AM. LOG CLOSED.""",
    spans=[
        ("STALK_LOITER", "SITTING IN HIS CAR (BLK CORSA) ACROSS THE ROAD, HAS BEEN THERE 40 MINS"),
        ("REPETITION", "ON 3 PREV OCCASIONS"),
        ("STALK_MONITOR", "MSGS HER ASKING WHERE SHE IS AND WHO WITH"),
        ("RACIAL_HOSTILITY", "GO ON THEN BACK TO YOUR OWN KIND, JUNGLE BUNNY"),
        ("REPETITION", "22 MSGS SINCE 01/05"),
        ("FIXATION", "I WILL ALWAYS BE IN YOUR LIFE"),
        ("UNWANTED", "CLR HAD BLOCKED HIM ON WHATSAPP"),
        ("STALK_CONTACT", "MSGS CAME VIA TEXT"),
    ],
)

case(
    29, "no_offence", "",
    voice="updates", case="mixed", noise="abbrev", batch="h",
    pattern="reported_stalking_ex_denies_all_single_sighting_only", relationship="ex_partner", occasions=1,
    text="""\
19/03 1102 PC 2209 AHMED - IP Natalie CORCORAN (30) in station reporting that her ex Ryan HEWITT (32) is "stalking her again". Prev harassment on file from 2021 (NFA'd, PIN issued), split 2021. IP says she saw his van in the Asda car park in Failsworth on Sat 16/03 while she was shopping. He did not approach her, did not look at her as far as she knows, did not follow her out.
19/03 1130 - Asked IP about any other contact. She says she has had no messages, no calls, nothing on social media, no one has been to the house, nothing left at the property. Last contact of any kind was 2021. She says seeing the van "brought it all back" and she was shaking in the car for 20 mins.
20/03 PC 2209 - Spoke to HEWITT on phone. He lives in Failsworth now (confirmed by PNC / council tax), says he does his shopping at that Asda every Saturday, did not see IP, does not want anything to do with her, is with a new partner and has a baby. Offered his phone to be checked, no contact with IP.
21/03 - Checked local CCTV at Asda via store security - HEWITT's van parks, he goes in, shops 25 mins, leaves. IP's car is in a different row. No interaction.
21/03 Sgt 714 review - single sighting, suspect lives locally and has a lawful reason to be there, no conduct directed at IP. Not a crime. IP updated, DASH standard, safety advice and Paladin details given, she was relieved he hasn't been contacting her. Close.""",
    spans=[
        ("DISTRESS", "she was shaking in the car for 20 mins"),
    ],
)

case(
    30, "stalking", "CS",
    voice="third_party", case="lower", noise="typos", batch="h",
    pattern="mother_reports_daughter_ex_sending_gifts_via_friends_after_block", relationship="ex_partner", occasions=5,
    text="""\
online report form - reporting on behalf of someone else: yes
relationship to victim: mum
hi im reporting this for my daughter megan (20) shes at uni in lancaster and asked me to because shes in exams. her ex boyfriend callum riddick (21) from back home in barrow, they were together at sixth form and split up at easter, her choice. he took it badly.
she blocked him on everything in may. since then:
- he gets his mates to message her, at least 4 different lads she barely knows have sent her things like "callum just wants to talk" "give him a chance"
- a parcel came to her halls on the 2nd june with a teddy and a photo of them at prom and a letter saying he will wait for her forever. she doesnt know how he got the address
- another parcel the week after, chocolates and a necklace
- he turned up at my house on the 15th when megan was home for the weekend, I answered and told him to go and he did go, politely
- yesterday he sent a bunch of flowers to her halls again with no name but she knows its him because of the card writing
she says she isnt scared of him hes "not like that" and hes never been nasty, she just wants it to stop and she feels guilty calling the police on him. she is still going to lectures and everything. his mum is a friend of mine which makes it awkward
I have kept the parcels in my loft if you need them. please can someone just have a word with him.""",
    spans=[
        ("UNWANTED", "she blocked him on everything in may"),
        ("STALK_CONTACT", "he gets his mates to message her"),
        ("STALK_GIFTS", "a parcel came to her halls on the 2nd june with a teddy and a photo of them at prom"),
        ("FIXATION", "he will wait for her forever"),
        ("STALK_GIFTS", "another parcel the week after, chocolates and a necklace"),
        ("STALK_TURN_UP", "he turned up at my house on the 15th when megan was home"),
        ("STALK_GIFTS", "sent a bunch of flowers to her halls again"),
    ],
)

case(
    31, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="statement", case="mixed", noise="clean", batch="h",
    pattern="neighbour_threats_to_syrian_family_father_afraid_twice", relationship="neighbour", occasions=3,
    text="""\
My name is Yousef Haddad. I am 38. I came to the UK from Syria in 2017 with my wife and our three children and we were given a council house on Belmont Crescent in 2019. I now work as a forklift driver. I am giving this statement with the help of an interpreter, Mr Karim.

The man in number 22, who I know as Shane, has never liked us. For a long time it was only looks. In the summer his children and my children argued about a football going over the fence, and my wife and his partner had words. I accept that. The council came and spoke to both families and it was calm after that.

On 9 October I was getting out of my car after a night shift, about 6.30 in the morning. Shane was at his car. He said "Oi, ISIS, I'm going to cut your throat in your sleep". He walked towards me. I believed he was going to attack me there. I went into the house and I did not sleep at all.

On 17 October there was a note in our letterbox. It was a picture of a gun and it said "SYRIAN RATS OUT OR ELSE". I did not see who put it there but my son saw Shane at our gate that morning.

On 25 October he was in the street when I came home and said "you're still here? I told you, you're dead". I was sure that this time he would do it. I went inside and called the police. I am afraid that he will hurt me and I now sit up at night by the front window.

I have not had any other trouble in this country. I want to feel safe in my house.""",
    spans=[
        ("RELIGIOUS_HOSTILITY", "Oi, ISIS"),
        ("THREAT_VIOLENCE", "I'm going to cut your throat in your sleep"),
        ("FEAR_OF_VIOLENCE", "I believed he was going to attack me there"),
        ("THREAT_VIOLENCE", "It was a picture of a gun"),
        ("RACIAL_HOSTILITY", "SYRIAN RATS OUT OR ELSE"),
        ("THREAT_VIOLENCE", "I told you, you're dead"),
        ("FEAR_OF_VIOLENCE", "I was sure that this time he would do it"),
        ("FEAR_OF_VIOLENCE", "I am afraid that he will hurt me"),
        ("SERIOUS_IMPACT", "I now sit up at night by the front window"),
    ],
)

case(
    32, "harassment", "C",
    voice="result_note", case="mixed", noise="abbrev", batch="h",
    pattern="parish_councillor_abusive_letters_and_posts_about_issue", relationship="acquaintance", occasions=5,
    text="""\
Finalisation - OIC DC 6021 PEMBERTON - 03/09
Victim Mr Colin YATES (63) is chair of Much Marcle parish council. Suspect Mrs Bernadette QUIRKE (58) is a resident who opposes the council's decision to sell the old village hall car park for housing. Long history of correspondence, FOIs and a complaint to the monitoring officer (not upheld) - all legitimate and not investigated.
The offence relates to 5 items between 02/05 and 11/07: 3 letters hand-delivered to IP's home (not the council office), calling him "a crook", "a liar who has lined his pockets", "a disgrace to the village", and 2 posts in the village Facebook group naming him and saying similar. IP was asked to check - the posts contain no personal information about him beyond his council role. No threats. IP says it has made him anxious and embarrassed, his wife has been upset, he considered resigning.
Suspect interviewed 18/08 - accepts writing all 5, says she was "exercising her right to free speech". Advised that criticism of a councillor's decisions is legitimate but the repeated personal abuse at his home address is not. She has agreed to direct all future correspondence to the clerk.
Outcome: Community resolution with IP's agreement - written apology and undertaking. IP satisfied. Finalised outcome 8. No further reports since 11/07.""",
    spans=[
        ("REPETITION", "5 items between 02/05 and 11/07"),
        ("DISTRESS", "it has made him anxious and embarrassed"),
    ],
)

case(
    33, "stalking_fear_alarm_distress", "CSD",
    voice="updates", case="mixed", noise="heavy", batch="h",
    pattern="colleague_waits_at_station_moves_job_late_reveal", relationship="colleague", occasions=6,
    text="""\
upd 1 22/01 PC 7731 DOYLE - IP Priyanka MEHTA (28) reports colleague Alistair GRANT (45) at the insurance firm (Temple Quay office) has been "weird" with her since xmas party. At the party he tried to kiss her, she pushed him away, HR informed, he got a written warning in Dec. IP didnt want police involved at that point.
upd 2 22/01 - since the warning: he has been at Bristol Temple Meads on the platform for her train home (she gets the 1748 to Keynsham) on at least 5 evenings in Jan, he lives in Clifton and has no need to be there. does not speak to her, just stands near, gets in the same carriage, gets off when she gets off and then gets back on the next train back. 13/01 he said to her on the platform "we're on the same journey you and me" . IP has also noticed he "likes" every single one of her insta posts within mins even tho she has her acct private and never accepted him - she thinks he has another acct she did accept, checking.
upd 3 24/01 - HR statement obtained. They moved him to other floor 02/01, didnt stop anything.
upd 4 29/01 PC 7731 TT IP - IP says she is not afraid hes going to hurt her, "its not that kind of scared". BUT: she handed her notice in on fri and starts at a firm in Bath next month, takes a lower salary, and has been driving in to avoid the train since 16/01 which she cant really afford. has been off sick 4 days with anxiety, GP fit note seen.
upd 5 29/01 - S-DASH done. crime raised. BTP informed re station. susp to be arrested by appt.""",
    spans=[
        ("STALK_LOITER", "he has been at Bristol Temple Meads on the platform for her train home"),
        ("REPETITION", "on at least 5 evenings in Jan"),
        ("STALK_FOLLOW", "gets in the same carriage, gets off when she gets off"),
        ("FIXATION", "we're on the same journey you and me"),
        ("STALK_MONITOR", "\"likes\" every single one of her insta posts within mins"),
        ("SERIOUS_IMPACT", "she handed her notice in on fri and starts at a firm in Bath next month"),
        ("SERIOUS_IMPACT", "has been driving in to avoid the train since 16/01"),
        ("SERIOUS_IMPACT", "has been off sick 4 days with anxiety"),
    ],
)

case(
    34, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="crime_summary", case="mixed", noise="abbrev", batch="h",
    pattern="ex_partner_roma_victim_tracked_threats_nationality_slurs", relationship="ex_partner", occasions=5,
    text="""\
IP Denisa BALOGOVA (26, Slovak national, Roma) lives in Sheffield with her 2 children. Susp is her ex-partner Kevin STRINGER (34), father of younger child. Rel ended Jan after about 3 yrs. There are family court proceedings re the youngest, next hearing July, Cafcass involved; IP's solicitor is Ms Lee at Banner Jones. IP also has an unrelated housing disrepair complaint ongoing with the council (damp) which she mentioned at length - not relevant.
Since Feb: susp has repeatedly appeared where IP is - outside the children's nursery on Page Hall Rd (4 times per nursery staff), at the bus stop outside her English class at the college, and once in the Lidl where she shops. IP says he always knows where she is. She has found that her old phone (which he set up for her) had location sharing to his Google account - switched off 10/04 with PC 1840's help.
On 02/03 at the nursery gate he said "you gypsy bitch, I'll make sure you go back to Slovakia in a box". IP says she thought he would kill her and she went to stay with her cousin for a week. 
On 18/04 outside the college he said "dirty gyppo, nobody will miss you". IP states she believed he was going to hurt her then, he had his hand in his pocket and she thought knife.
IP has stopped attending her English classes and now only takes children to nursery with her cousin. She has had locks changed through Sanctuary scheme.
DASH high. MARAC referral. Interpreter used (Slovak) for account - IP's English limited. Crime raised, hate crime marker. Susp not yet located.""",
    spans=[
        ("STALK_TURN_UP", "susp has repeatedly appeared where IP is"),
        ("STALK_LOITER", "outside the children's nursery on Page Hall Rd (4 times per nursery staff)"),
        ("FIXATION", "he always knows where she is"),
        ("STALK_MONITOR", "had location sharing to his Google account"),
        ("RACIAL_HOSTILITY", "you gypsy bitch"),
        ("THREAT_VIOLENCE", "I'll make sure you go back to Slovakia in a box"),
        ("FEAR_OF_VIOLENCE", "IP says she thought he would kill her"),
        ("RACIAL_HOSTILITY", "dirty gyppo"),
        ("THREAT_VIOLENCE", "nobody will miss you"),
        ("FEAR_OF_VIOLENCE", "she believed he was going to hurt her then"),
        ("SERIOUS_IMPACT", "IP has stopped attending her English classes"),
        ("SERIOUS_IMPACT", "She has had locks changed through Sanctuary scheme"),
    ],
)

case(
    35, "harassment_fear_of_violence", "CF",
    voice="notebook", case="mixed", noise="abbrev", batch="h",
    pattern="pub_landlord_barred_customer_threats_twice_feared", relationship="customer", occasions=2,
    text="""\
SATURDAY 8th NOVEMBER
2245 Attended The Wheatsheaf, High St, Kington with PC 419 DALE. Raining heavily. Spoke to licensee Mrs Carol BOWEN (55).
Mrs BOWEN states she barred a customer Mr Ashley PRICHARD (30s) on 25/10 for fighting. PRICHARD did not take it well.
On Sun 02/11 approx 2200 PRICHARD came to the side door as she was putting bottles out, alone, and said "you've had it, I'm going to batter you when you least expect it". She states "I was convinced he'd go for me on the step, I dropped the crate". She locked up and got her son to stay over.
Tonight approx 2215 PRICHARD came into the bar, stood at the end, glared down the bar at her and said "told you, I'll be waiting for you after you lock up". Customers ushered him out. Mrs BOWEN states "he will do me, it's not if it's when". She was visibly upset, hands shaking. Son (Rhys) present, confirms tonight's words.
CCTV in bar - to be downloaded by licensee, system is old. Asked for tonight 2200-2230.
PRICHARD not present, believed to live on Mill St. No other contact per Mrs BOWEN, no messages, he doesn't know where she lives (she lives on the premises).
2320 Resumed. Crime to be raised. Statement appt Mon.
PC 2862 RUSSELL""",
    spans=[
        ("THREAT_VIOLENCE", "you've had it, I'm going to batter you when you least expect it"),
        ("FEAR_OF_VIOLENCE", "I was convinced he'd go for me on the step"),
        ("THREAT_VIOLENCE", "I'll be waiting for you after you lock up"),
        ("FEAR_OF_VIOLENCE", "he will do me, it's not if it's when"),
        ("DISTRESS", "She was visibly upset, hands shaking"),
    ],
)

case(
    36, "no_offence", "",
    voice="crime_summary", case="mixed", noise="typos", batch="h",
    pattern="neighbour_noise_and_parking_dispute_not_targeted", relationship="neighbour", occasions=7,
    text="""\
Reporting person Mr Terrence OKAFOR (45) called to report he is being "harassed" by the occupants of the flat upstairs, 23B Cavendish Rd, a young couple he knows only as Jade and Kane. He has lived in 23A for 11 years, they moved in in the spring.
His complaints, in the order he gave them: loud music most weekends until 1-2am (he has logged 7 nights since July); they park their work van across his drive "about twice a week" so he has to knock to get out; their bins are left in the shared side passage; there is a smell of cannabis some evenings; and their dog barks when they are out. He has spoken to them twice about the van, once they moved it and once Kane told him to "do one".
Asked if they have ever threatened him, followed him, said anything about him personally or about his race, damaged his property or done anything directed at him - he says no, it's just that they are "inconsiderate and noisy" and treat the place like they own it. He also says they are the same with the lady at 25. He has not contacted the landlord or the council yet.
He states he is tired and fed up and has been sleeping badly on weekends.
Outcome: No offences disclosed - noise and parking nuisance not directed at RP. Referred to council Environmental Health (noise app details given) and to the housing association that owns both flats. Neighbourhood PCSO to do a visit to the upstairs flat re parking and cannabis. ASB incident recorded. RP happy with this.""",
    spans=[
        ("DISTRESS", "he is tired and fed up and has been sleeping badly on weekends"),
    ],
)

case(
    37, "aggravated_harassment", "CR",
    voice="call_log", case="mixed", noise="abbrev", batch="h",
    pattern="bus_driver_repeat_passenger_racial_abuse_depot_report", relationship="customer", occasions=3,
    text="""\
Log 0688 11/12 1402 - Rpt by depot manager Mr Gavin SHORT, Arriva depot Wavertree, re one of his drivers, Mr Emeka NWACHUKWU (51).
1404 Per mgr: regular passenger on the 86 route, white male approx 60, walking stick, known to drivers as "the Colonel", has racially abused Mr N on 3 occasions - 25/11, 02/12 and this morning 11/12 approx 0920. Each time refuses to show pass to Mr N (shows it to other drivers), says "I'm not showing it to a monkey", "should have stayed in Africa" and today "they'll let any wog drive a bus now". Passengers heard today, one complained to the company.
1406 Mr N does not feel threatened, male is elderly and frail, but he is "sick of it" and upset and does not want to drive that route. Company have moved him to a different route for now.
1407 Bus CCTV with audio available for all 3 dates per mgr, retained.
1409 Male ID'd from concessionary pass data by company as Reginald HOLLIS, Allerton.
1412 THRIVE - no immediate risk, G3 appt. Crime raised, hate crime. OIC to obtain statement from Mr N + CCTV.""",
    spans=[
        ("REPETITION", "on 3 occasions - 25/11, 02/12 and this morning 11/12"),
        ("RACIAL_HOSTILITY", "I'm not showing it to a monkey"),
        ("RACIAL_HOSTILITY", "should have stayed in Africa"),
        ("RACIAL_HOSTILITY", "they'll let any wog drive a bus now"),
        ("DISTRESS", "he is \"sick of it\" and upset"),
    ],
)

case(
    38, "stalking", "CS",
    voice="supervisor_review", case="mixed", noise="clean", batch="h",
    pattern="supervisor_corrects_nfa_neighbour_watching_through_window", relationship="neighbour", occasions=5,
    text="""\
Supervisor review, Sgt 903 LINDQVIST, 06/06:
The attending officer has proposed NFA on the basis that "suspect lives opposite and is entitled to look out of his own window". I have read the whole log and the victim's diary and I am not going to agree that.
The victim, Ms Eleanor HARDCASTLE (40), works from home as a translator. The suspect, Mr Brian TOPPING (62), lives opposite. Until March they had a nodding acquaintance. In March he asked her to the pub quiz, she declined. Since then her diary records him standing at his upstairs window facing her study on most weekdays, including with what she believes are binoculars on 14/04 and 29/04. On 03/05 he crossed the road and told her he "liked the green jumper" she had worn the previous day, indoors. On 17/05 and 24/05 he was standing at the end of her drive when she came back from her run, having never previously had reason to be there. On 30/05 a note was left on her car: "You shouldn't close the blinds Eleanor, I like seeing you work". She has put up net curtains and moved her desk to the back bedroom, but says she is "not frightened, just creeped out" and is otherwise carrying on as normal.
Whatever his rights regarding his own window, this is a pattern of watching, loitering and commenting on what he has seen, directed at her and continuing after she turned him down. Reclassify as stalking and allocate to the PPU. Early contact with the suspect, statement from the victim and a neighbour (Mr Singh at no. 4 has also noticed him at the window).""",
    spans=[
        ("UNWANTED", "she declined"),
        ("STALK_WATCH", "standing at his upstairs window facing her study on most weekdays"),
        ("STALK_WATCH", "with what she believes are binoculars on 14/04 and 29/04"),
        ("STALK_MONITOR", "he \"liked the green jumper\" she had worn the previous day, indoors"),
        ("STALK_LOITER", "standing at the end of her drive when she came back from her run"),
        ("FIXATION", "You shouldn't close the blinds Eleanor, I like seeing you work"),
        ("DISTRESS", "\"not frightened, just creeped out\""),
    ],
)

case(
    39, "aggravated_stalking", "CSR",
    voice="victim_diary", case="lower", noise="typos", batch="h",
    pattern="online_fixated_follower_chinese_student_slurs_new_accounts", relationship="online", occasions=5,
    text="""\
notes for police - Wen Li (the officer said to write everything down)

mon 4 march - got a DM on instagram from "brit_bulldog_77", i dont know him, saying i was "pretty for a chinese" and asking where i study. ignored.
thurs 7 march - same account, 6 messages in an hour. knows i go to the cafe on Hope St (i posted a coffee there once, ages ago). asked if i would meet him. i said no please stop messaging me and blocked him.
sun 10 march - new account "bulldog_returns" - "you cant block me, i see everything you post". then "you lot come here eating bats and spreading disease and then act too good to talk to an englishman". i blocked that too.
wed 13 march - third account. this one has comments on my public posts, mostly the same thing, and he had downloaded a photo of me and my flatmate and posted it on his own page with "chinky girls who think they're better than us". my flatmate is korean and was very upset
sat 16 march - someone left a note on the door of our building with my instagram handle on it and a heart drawn on it. dont know if it was him. 
i am not really scared for my safety as i think he is a keyboard warrior but it makes me sad and angry. i am still going to lectures. my flatmate made her account private. i reported all the accounts to instagram, 2 have gone.""",
    spans=[
        ("STALK_CONTACT", "got a DM on instagram"),
        ("REPETITION", "6 messages in an hour"),
        ("STALK_MONITOR", "knows i go to the cafe on Hope St"),
        ("UNWANTED", "i said no please stop messaging me and blocked him"),
        ("STALK_CONTACT", "new account \"bulldog_returns\""),
        ("FIXATION", "you cant block me, i see everything you post"),
        ("RACIAL_HOSTILITY", "you lot come here eating bats and spreading disease"),
        ("STALK_CONTACT", "third account"),
        ("STALK_PUBLISH", "posted it on his own page"),
        ("RACIAL_HOSTILITY", "chinky girls who think they're better than us"),
        ("DISTRESS", "it makes me sad and angry"),
    ],
)

case(
    40, "stalking_fear_alarm_distress", "CSF",
    voice="crime_summary", case="mixed", noise="redacted", batch="h",
    pattern="former_partner_breaches_nmo_turns_up_threats_feared", relationship="ex_partner", occasions=4,
    text="""\
Crime ref [REDACTED]. Victim: Person A (F, 44). Suspect: Person B (M, 47), former partner of 9 years, separated 2023. Non-molestation order made at [REDACTED] Family Court on XX/XX/2024, prohibiting contact and attendance within 100m of Person A's address; served personally (copy on file).
Person A and Person B also jointly own a static caravan at [REDACTED] which is up for sale through the site office - Person A has said she is happy for the site office to deal with Person B about that and has no objection to emails about the sale via the site office, those are not complained of.
Complaint: on XX/09 Person B attended Person A's home at night, knocked repeatedly and shouted "open the door or I'll kick it in and then you'll see". Person A hid upstairs and phoned her daughter; she says she was "certain he was going to beat me". On XX/09 (a week later) he was seen by Person A's neighbour [REDACTED] sitting in a car outside for over an hour. On XX/10 he approached her at the petrol station on [REDACTED] Road, said "you can't hide behind a bit of paper, I'll get you on your own". Person A says she felt he would attack her right then and she drove off without paying; the garage has been contacted and there is no issue. On XX/10 flowers were left on her doorstep with a card "still yours, B".
Person A has asked for a panic alarm. Breach of NMO x4 to be recorded alongside. Suspect arrested XX/10, interviewed, denies attendance; phone download requested.""",
    spans=[
        ("STALK_TURN_UP", "attended Person A's home at night, knocked repeatedly"),
        ("THREAT_VIOLENCE", "open the door or I'll kick it in and then you'll see"),
        ("FEAR_OF_VIOLENCE", "\"certain he was going to beat me\""),
        ("STALK_LOITER", "sitting in a car outside for over an hour"),
        ("STALK_TURN_UP", "he approached her at the petrol station"),
        ("THREAT_VIOLENCE", "I'll get you on your own"),
        ("FEAR_OF_VIOLENCE", "she felt he would attack her right then"),
        ("STALK_GIFTS", "flowers were left on her doorstep"),
        ("FIXATION", "still yours, B"),
    ],
)

case(
    41, "harassment", "C",
    voice="statement", case="mixed", noise="clean", batch="h",
    pattern="sister_in_law_abusive_voicemails_after_funeral_within_minutes", relationship="family", occasions=4,
    text="""\
I am the above named and I live in Kettering with my husband Paul and our daughter. This statement is about my sister-in-law, Louise HARTLEY, who is Paul's older sister.

Paul's father died in January and there has been a lot of bad feeling in the family since the funeral about who organised what and about his watch, which Louise says was promised to her. I do not want to go into all of that, it is between the family. Paul and Louise do not speak now.

On the evening of Tuesday 19th March I was at work until 8pm (I am a pharmacist at the Boots on Gold Street) and my phone was in my locker. When I got it out I had four voicemails from Louise's number, all left between 7.12pm and 7.25pm. In the first she calls me a "gold-digging witch". In the second she says I have "poisoned Paul against his own family" and that I am a "nasty, two-faced cow". The third is mostly screaming and swearing. In the fourth she says everybody at the funeral was talking about how I "couldn't even cry" and that I am "a disgrace". She does not threaten me and I am not frightened of her; she has never been violent.

I listened to all four in the car park one after the other. I was shaking and crying and I could not drive for about twenty minutes. I have kept them and played them to PC Adeyemi.

She has not contacted me since then. I have not replied to her. I want her to be spoken to so that it does not happen again.""",
    spans=[
        ("REPETITION", "four voicemails from Louise's number, all left between 7.12pm and 7.25pm"),
        ("DISTRESS", "I was shaking and crying and I could not drive for about twenty minutes"),
    ],
)

case(
    42, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="updates", case="mixed", noise="abbrev", batch="h",
    pattern="work_van_colleague_threats_irish_traveller_slurs_fear_twice", relationship="colleague", occasions=3,
    text="""\
OEL 1 14/02 PC 8815 KHALID - IP Patrick McDONAGH (33) reports colleague at the scaffolding firm, Lewis TRENT (29). Both work out of the yard in Basildon. IP is from an Irish Traveller family, lives in a house in Wickford with partner, says this is known at work. There is also a grievance at work about overtime allocation which IP has raised with the boss, IP thinks that is what set TRENT off - company HR (Mrs Gill) dealing.
OEL 2 14/02 - 1st incident 31/01 in the works van: TRENT said "you pikeys are all thieves, if anything goes missing off this job I'll break your jaw". IP states he believed TRENT would hit him, TRENT is bigger and had been drinking the night before, IP asked to get out at the next job.
OEL 3 - 2nd incident 07/02 at the yard, TRENT threw a scaffold clip at the cabin wall next to IP's head and said "next one's in your face, gyppo". IP "genuinely thought he would kill me with one of those", left work early.
OEL 4 - 3rd 12/02 text from TRENT "watch yourself on the tower tomorrow tinker, long way down". IP did not go in the next day. IP states he is scared of being on any job with TRENT and believes he will be hurt.
OEL 5 15/02 - boss Mr Dean CARVER spoken to, has now put them on separate crews. Confirms 07/02 clip incident (he saw the mark on the cabin). 
OEL 6 - crime raised, hate crime flag. TRENT to be interviewed.""",
    spans=[
        ("RACIAL_HOSTILITY", "you pikeys are all thieves"),
        ("THREAT_VIOLENCE", "I'll break your jaw"),
        ("FEAR_OF_VIOLENCE", "IP states he believed TRENT would hit him"),
        ("THREAT_VIOLENCE", "threw a scaffold clip at the cabin wall next to IP's head"),
        ("RACIAL_HOSTILITY", "gyppo"),
        ("FEAR_OF_VIOLENCE", "genuinely thought he would kill me with one of those"),
        ("RACIAL_HOSTILITY", "tinker"),
        ("THREAT_VIOLENCE", "long way down"),
        ("SERIOUS_IMPACT", "IP did not go in the next day"),
        ("FEAR_OF_VIOLENCE", "believes he will be hurt"),
    ],
)

case(
    43, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="crime_summary", case="mixed", noise="abbrev", batch="h",
    pattern="landlord_enters_flat_repeatedly_anti_muslim_notes_tenant_moves", relationship="landlord", occasions=5,
    text="""\
IP Ms Safiya BAKARI (35) and her 2 children rent a 2-bed flat above a launderette in Leyton from private landlord Mr Graham PEARCE (66), who lives in Chelmsford. Tenancy started Sept 2023, rent paid up to date (bank statements seen), no arrears, no outstanding disrepair claims. IP is Somali heritage, Muslim.
Since Jan IP has noticed things moved in the flat when she comes back from work - her prayer mat folded and put on top of the wardrobe (3 times), the kitchen bin emptied, the bathroom cabinet open. She asked PEARCE by text if he had been in and he replied "it's my property I'll go in when I like". No notice ever given for any visit. On 02/02 he left a note on her kitchen table: "NO MORE OF THAT WAILING, THIS IS A CHRISTIAN COUNTRY". On 11/02 she came home at lunch and found him in the children's bedroom going through drawers; he said he was "checking for damp". He has also been seen by the launderette owner standing in the shop downstairs for long periods watching the flat door.
IP has not been threatened and does not believe he will harm her. However she has taken the children to stay with her sister in Walthamstow since 12/02, has reduced her hours at work to be able to go back to the flat only when her brother can come with her, and is now on the council list for emergency rehousing. Children's school (Mrs Ahmed, DSL) aware - says eldest's attendance has dropped.
Enquiries: locks - PEARCE has keys and IP not permitted to change them under the tenancy; advised she can, council private sector housing team informed (illegal entry / harassment of occupier is a separate matter for them). Statements from IP and launderette owner to be obtained. Crime raised, hate crime flag.""",
    spans=[
        ("STALK_PROPERTY", "her prayer mat folded and put on top of the wardrobe (3 times)"),
        ("STALK_PROPERTY", "the bathroom cabinet open"),
        ("FIXATION", "it's my property I'll go in when I like"),
        ("RELIGIOUS_HOSTILITY", "NO MORE OF THAT WAILING, THIS IS A CHRISTIAN COUNTRY"),
        ("STALK_PROPERTY", "found him in the children's bedroom going through drawers"),
        ("STALK_WATCH", "standing in the shop downstairs for long periods watching the flat door"),
        ("SERIOUS_IMPACT", "she has taken the children to stay with her sister in Walthamstow since 12/02"),
        ("SERIOUS_IMPACT", "has reduced her hours at work"),
        ("SERIOUS_IMPACT", "is now on the council list for emergency rehousing"),
    ],
)

case(
    44, "stalking", "CS",
    voice="call_log", case="upper", noise="abbrev", batch="h",
    pattern="mundane_lost_property_call_reveals_ex_collecting_post_and_watching", relationship="ex_partner", occasions=4,
    text="""\
LOG 2290 08/08 1115 - 101 CALL. CLR MR OLIVER BANNERMAN 52. INITIALLY REPORTING MISSING POST - BANK CARD NOT ARRIVED, BANK SAY IT WAS DELIVERED. ADVISED RE ACTION FRAUD / ROYAL MAIL.
1118 CLR THEN ADDS: HIS EX-WIFE SUSAN BANNERMAN (50) STILL HAS A KEY TO THE COMMUNAL LOBBY OF HIS BLOCK (THEY SOLD THE MARITAL HOME 2022, HE MOVED TO THESE FLATS). NEIGHBOUR IN FLAT 2 HAS SEEN HER IN THE LOBBY TAKING LETTERS FROM HIS PIGEONHOLE ON 2 OCCASIONS IN JULY.
1120 CLR STATES SHE ALSO TURNS UP AT HIS BADMINTON CLUB ON TUES NIGHTS SINCE JUNE - SHE HAS NEVER PLAYED - AND SITS IN THE CAFE WATCHING HIM. SHE SENT HIM A TEXT 30/07 "SAW YOUR LETTER FROM THE HOSPITAL, WHY DIDNT YOU TELL ME". CLR SAYS HE HAS TOLD HER SEVERAL TIMES HE WANTS NO CONTACT, SHE SAYS "WE'LL ALWAYS BE MARRIED IN GODS EYES".
1122 CLR "NOT WORRIED FOR HIS SAFETY", SAYS SHES "HARMLESS REALLY", JUST WANTS HIS POST TO STOP GOING MISSING. NO THREATS. GOING TO BADMINTON AS NORMAL.
1124 CLR ADVISED LOCKS / ASK MGMT CO TO CHANGE LOBBY CODE. CALL TAKER NOTE: CONSIDER STALKING - EX-PARTNER, TAKING POST, TURNING UP, WATCHING. PASSED TO SGT FOR CRIME DECISION. G3 APPT BOOKED 10/08.""",
    spans=[
        ("STALK_PROPERTY", "TAKING LETTERS FROM HIS PIGEONHOLE ON 2 OCCASIONS IN JULY"),
        ("STALK_TURN_UP", "TURNS UP AT HIS BADMINTON CLUB ON TUES NIGHTS SINCE JUNE"),
        ("STALK_WATCH", "SITS IN THE CAFE WATCHING HIM"),
        ("STALK_MONITOR", "SAW YOUR LETTER FROM THE HOSPITAL, WHY DIDNT YOU TELL ME"),
        ("UNWANTED", "HE HAS TOLD HER SEVERAL TIMES HE WANTS NO CONTACT"),
        ("FIXATION", "WE'LL ALWAYS BE MARRIED IN GODS EYES"),
    ],
)
