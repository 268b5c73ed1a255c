# ruff: noqa: E501
"""Hand-written narratives, writer d: supervisor reviews, crime registrar decisions and result notes."""

from corpora.handwritten import case

case(
    1, "stalking_fear_alarm_distress", "CSD",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="d",
    pattern="ex_partner_car_park_waits_victim_changes_shift_pattern", relationship="ex_partner", occasions=6,
    text="""\
PS 2291 REVIEW 14/03 - Have read through the OEL and the IP's MG11 (taken by PC ORMEROD on 11/03).

Summary for my own benefit: IP Kerry-Ann WHITTLE (34) split from susp Dale FAIRCLOUGH (38) end of Nov after 6 yrs together. No children. Since early Jan susp has been in the staff car park at Brindley Foods on at least 5 mornings when IP arrives for her 0600 start, sits in his silver Astra and doesn't get out. On 02/03 he was stood by her car when she finished at 1430 and asked "who's the lad you're getting lifts off". IP has not told him about any lifts - she thinks he has been watching from the road opposite. Also 2 letters put through her mum's door addressed to IP.

No threats in any of it and IP is clear she doesn't think he'd hurt her - "it's not that, it's that he's always there". But she has swapped onto lates so she isn't arriving in the dark, gets her brother to drive her in, and GP has put her on sertraline. Employer has confirmed the shift change in writing (exhibit KW/3).

This has been crimed as harassment 8L. I don't agree - ex-partner, turning up at workplace repeatedly, watching, and the effect on her working pattern is exactly the substantial adverse effect we need. Re-classify to stalking s.4A (serious alarm/distress limb). DASH was standard - re-do with S-DASH qs, I'd expect medium at least.

Actions: 1) OIC to obtain car park CCTV from site security before it overwrites (28 day cycle) 2) arrest interview susp 3) consider SPO application, speak to PPU. 4) Update IP.""",
    spans=[
        ("STALK_LOITER", "has been in the staff car park at Brindley Foods"),
        ("REPETITION", "on at least 5 mornings"),
        ("STALK_TURN_UP", "he was stood by her car when she finished at 1430"),
        ("STALK_MONITOR", "asked \"who's the lad you're getting lifts off\""),
        ("STALK_WATCH", "he has been watching from the road opposite"),
        ("STALK_GIFTS", "2 letters put through her mum's door addressed to IP"),
        ("DISTRESS", "\"it's not that, it's that he's always there\""),
        ("SERIOUS_IMPACT", "has swapped onto lates so she isn't arriving in the dark"),
        ("SERIOUS_IMPACT", "gets her brother to drive her in"),
        ("SERIOUS_IMPACT", "GP has put her on sertraline"),
    ],
)

case(
    2, "no_offence", "",
    voice="result_note", case="mixed", noise="clean", batch="d",
    pattern="lawful_debt_recovery_letters_and_visits", relationship="business", occasions=4,
    text="""\
Result: NFA - no offence disclosed. Crime record cancelled (N100 retained, incident only).

Mr Ranjit Sahota reported being harassed by Northgate Credit Solutions over an outstanding energy account of £1,214. He has received three letters since October and one doorstep visit by a field agent on 21/11, who left a calling card when nobody answered. Mr Sahota says the visit left him embarrassed in front of his neighbours and he finds the letters stressful.

I have viewed the letters (photographed on his phone). They are standard arrears notices, set out the balance and a payment plan option, and contain no threats beyond noting that the matter may be referred to court. The agent did not enter the property or speak to anyone. The company has confirmed the account is genuinely in arrears and that Mr Sahota has not disputed it with them.

This is a lawful attempt to recover a debt and the frequency is not oppressive. Not a matter for police. Mr Sahota given the details of StepChange and advised he can complain to the creditor or the Financial Ombudsman if he thinks the contact is excessive. He accepted this. Closed.""",
    spans=[
        ("DISTRESS", "he finds the letters stressful"),
    ],
)

case(
    3, "aggravated_harassment", "CR",
    voice="result_note", case="mixed", noise="abbrev", batch="d",
    pattern="shop_customer_repeated_nationality_abuse_at_counter", relationship="customer", occasions=3,
    text="""\
OUTCOME 19/06: Charge authorised by CPS (direct) - racially aggravated harassment, CDA s.32(1)(a). Remanded on bail to Wrexham Mags 03/07, condition not to enter Mold Rd Express or contact IP.

Brief facts for the file: IP Lukasz WIECZOREK runs the counter at Mold Rd Express. Susp Terence PRYCE (61), local, regular customer. Three dates - 22/05, 29/05 and 10/06 - susp has come to the counter and made remarks about IP being Polish: "you lot came here for our benefits", "go back to Poland and take your sausages", and on the last date told him nobody wanted "eastern European scum" serving in a British shop. Each time he bought his lottery ticket and paper as normal. CCTV with audio from the shop covers 29/05 and 10/06 (exhibits DMJ/1 and DMJ/2). Shop assistant W1 Bethan HUGHES heard 22/05.

IP told officers he now dreads Thursday afternoons and has asked his cousin to cover the counter when he can. Susp in interview accepted the words, said it was "banter" and that IP "can't take a joke". No previous convictions.""",
    spans=[
        ("REPETITION", "Three dates - 22/05, 29/05 and 10/06"),
        ("RACIAL_HOSTILITY", "\"you lot came here for our benefits\""),
        ("RACIAL_HOSTILITY", "\"go back to Poland and take your sausages\""),
        ("RACIAL_HOSTILITY", "\"eastern European scum\""),
        ("DISTRESS", "he now dreads Thursday afternoons"),
    ],
)

case(
    4, "harassment_fear_of_violence", "CF",
    voice="updates", case="lower", noise="typos", batch="d",
    pattern="neighbour_repeated_threats_with_machete_gesture", relationship="neighbour", occasions=3,
    text="""\
update 08/09 1612 pc 4471 - spoke to ip mr owusu at home, 14 Larchfield Close. ip states the male at no. 16 (known as gaz, believe gary tolland) has threatened him again this morning over the hedge, said "ill cut ur head off if u touch my van again". ip has not touched the van, says its about the parking and the shared drive. this is the 3rd time in a fortnight, previous 27/08 (log 0388) and 02/09 (log 0941) where susp said he'd "do him in" and waved what ip thinks was a machete or large knife from his doorstep.

ip v shaken, says hes genuinely frightened gaz will come round and attack him, after the 02/09 one he didnt sleep and he is scared to go out to his car in the mornings now untill he sees the van has gone. wife confirms.

update 09/09 0930 - house to house, no. 18 heard shouting on 02/09 but didnt see a knife. no cctv on close. susp not at home, card left. ip advised re 999 if susp approaches. harassment crime raised.""",
    spans=[
        ("REPETITION", "has threatened him again this morning"),
        ("THREAT_VIOLENCE", "\"ill cut ur head off if u touch my van again\""),
        ("REPETITION", "this is the 3rd time in a fortnight"),
        ("THREAT_VIOLENCE", "said he'd \"do him in\""),
        ("THREAT_VIOLENCE", "waved what ip thinks was a machete or large knife"),
        ("FEAR_OF_VIOLENCE", "hes genuinely frightened gaz will come round and attack him"),
        ("FEAR_OF_VIOLENCE", "he is scared to go out to his car in the mornings"),
    ],
)

case(
    5, "stalking", "CS",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="d",
    pattern="gym_acquaintance_fake_accounts_after_blocking", relationship="acquaintance", occasions=7,
    text="""\
Sgt review - crime ref 22/40917/24. IP Niamh GALLAGHER (27). Susp Callum RIDDOCH (30), they met through a climbing wall in Sept and had one drink together. IP says that was it, she told him on 04/10 by text she wasn't interested in anything more, and he replied "fair enough".

Then from mid Oct: messages on Insta, blocked; new account "c.r_climbs2" follows her, blocked; then a third account. 7 accounts in total now per IP's screenshots, all blocked one after the other. He also messaged her sister asking whether Niamh was "seeing anyone". Messages are not abusive, mostly asking to meet and saying he "can't stop thinking about her" and that they "had something". IP says she isn't frightened, just fed up, and wants it to stop.

I note OIC has put a PIN-style words of advice note on and proposed closing as non-crime. Disagree. She has been explicit, he accepted it and then carried on through new accounts and via a family member - that's persistent unwanted contact and he clearly isn't letting it go. Record as stalking. OIC to seek IP's consent to download, obtain subscriber info for the accounts, then voluntary interview for susp. Review again 14 days.""",
    spans=[
        ("UNWANTED", "she told him on 04/10 by text she wasn't interested in anything more"),
        ("STALK_CONTACT", "new account \"c.r_climbs2\" follows her"),
        ("REPETITION", "7 accounts in total now"),
        ("UNWANTED", "all blocked one after the other"),
        ("STALK_CONTACT", "messaged her sister asking whether Niamh was \"seeing anyone\""),
        ("FIXATION", "\"can't stop thinking about her\""),
        ("FIXATION", "they \"had something\""),
        ("DISTRESS", "just fed up, and wants it to stop"),
    ],
)

case(
    6, "harassment", "C",
    voice="result_note", case="mixed", noise="clean", batch="d",
    pattern="former_colleague_abusive_emails_and_review_posts_over_dismissal", relationship="colleague", occasions=5,
    text="""\
Closing note (DC Amira Shah). Outcome 21 - CPS not in the public interest? No: outcome is a simple caution, administered 12/02 at Halesowen custody, suspect admitted the offence in interview and signed the caution.

Suspect Gareth Linley was dismissed from Pemberton Lettings in August. Between September and mid-November he sent the branch manager, Mrs Joanne Fenwick, five emails to her work address calling her a "bent cow", a "liar" and "the worst manager in the Midlands", and saying he would make sure "everyone knows what you are". The last two were copied to the company directors. He did not go to the office or her home and did not contact her on any other channel. His grievance throughout was the dismissal.

Mrs Fenwick described herself as upset and embarrassed, particularly by the emails to the directors, but she has carried on working as normal. She was content with a caution and with the suspect signing an undertaking not to email her. Victim updated by phone 12/02, she is satisfied. Filed.""",
    spans=[
        ("REPETITION", "five emails to her work address"),
        ("STALK_CONTACT", "calling her a \"bent cow\", a \"liar\""),
        ("DISTRESS", "upset and embarrassed"),
    ],
)

case(
    7, "aggravated_stalking", "CSR",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="d",
    pattern="stranger_films_muslim_woman_school_gate_posts_videos", relationship="stranger", occasions=5,
    text="""\
DS review (Hate Crime SPOC) - 30/01

I've been asked to look at this one because it came in as a "malicious comms x3" and was about to be filed. IP is Mrs Sumaya HIRSI (41), wears a niqab, does the school run at St Aidan's Primary, Bletchley. Male now identified via the TikTok account as Kieran DOWD (35), no known link to IP.

Facts as I understand them from the OIC's entries + the IP's account:
- 13/01 male filming IP on his phone at the school gate, IP asked him to stop, he laughed.
- 15/01 same male stood across the road from the gate at drop off and pick up, filming.
- 17/01 video of IP walking her kids in posted to his account with caption "walking letterbox on the school run #banthe burka", and a comment under it from him saying Islam is "a cancer" and she "shouldnt be allowed near kids".
- 20/01 and 24/01 two more videos of IP, one clearly taken outside her own front door on Tanfield Rd, so he has found out where she lives.
IP is upset and embarrassed, her husband has started doing the school run with her. She says she is not scared of him physically, more humiliated.

This is not three separate comms offences. It is one course of conduct - filming, waiting at the school, finding her address, publishing material about her - and the hostility to her religion is expressed in the captions themselves. Reclassify to religiously aggravated stalking. Actions: preserve the account (request to platform via SPOC), screenshots exhibited, arrest. Hate crime flag on.""",
    spans=[
        ("STALK_WATCH", "male filming IP on his phone at the school gate"),
        ("UNWANTED", "IP asked him to stop, he laughed"),
        ("STALK_LOITER", "same male stood across the road from the gate at drop off and pick up"),
        ("STALK_PUBLISH", "video of IP walking her kids in posted to his account"),
        ("RELIGIOUS_HOSTILITY", "\"walking letterbox on the school run #banthe burka\""),
        ("RELIGIOUS_HOSTILITY", "Islam is \"a cancer\""),
        ("REPETITION", "20/01 and 24/01 two more videos of IP"),
        ("STALK_WATCH", "one clearly taken outside her own front door on Tanfield Rd"),
        ("DISTRESS", "IP is upset and embarrassed"),
    ],
)

case(
    8, "aggravated_harassment_fear_of_violence", "CFR",
    voice="statement", case="mixed", noise="clean", batch="d",
    pattern="neighbour_racial_threats_burn_out_family_afraid", relationship="neighbour", occasions=4,
    text="""\
Our family moved into 7 Gorsey Bank, Walsall in April - me, my wife Grace and the three kids. My mum and dad came over from Kumasi in the seventies, I was born in Dudley. Next door at number 9 is a man I've since been told is called Stephen BRINDLEY. Before April I had never met him.

Round about the end of May, I'm out front with the hose on the car and he comes to his gate and says "didn't know they'd started letting your sort in round here". I let it go.

Saturday 15th June, early evening, maybe 7. Me and my eldest are in the front garden. Over the fence BRINDLEY shouts "I'll burn you out, you and your monkeys". Face all red, stinking of lager. I brought my lad in. That night I really believed he was going to set light to us and I stayed up by the bay window till gone three.

22nd June, I've just parked, and he marches straight over and gets right in my face, so close I could feel his breath, and says "next time I see you I'm going to batter you". Then he called me a black b*****d. I was certain he was about to punch me. I jumped back in the car, locked it and dialled 999.

Now I won't go out to the car without Grace stood at the window keeping an eye. I'm scared he is going to come for me. Each time, I wrote his words on the back of an envelope straight after, which I have handed to PC Dyer. I will go to court if needed.""",
    spans=[
        ("RACIAL_HOSTILITY", "\"didn't know they'd started letting your sort in round here\""),
        ("THREAT_VIOLENCE", "\"I'll burn you out"),
        ("RACIAL_HOSTILITY", "you and your monkeys\""),
        ("FEAR_OF_VIOLENCE", "I really believed he was going to set light to us"),
        ("THREAT_VIOLENCE", "\"next time I see you I'm going to batter you\""),
        ("RACIAL_HOSTILITY", "called me a black b*****d"),
        ("FEAR_OF_VIOLENCE", "I was certain he was about to punch me"),
        ("FEAR_OF_VIOLENCE", "I'm scared he is going to come for me"),
    ],
)

case(
    9, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="result_note", case="mixed", noise="abbrev", batch="d",
    pattern="ex_partner_racial_slurs_follows_victim_moves_home", relationship="ex_partner", occasions=6,
    text="""\
RESULT - CHARGED 07/11 1840hrs. Racially agg stalking causing serious alarm/distress (CDA s.32(1)(b) / PHA s.4A). Remanded in custody to appear Leeds MC 08/11. Bail objections: repeated breaches, IP has had to relocate.

Registrar note on classification: originally recorded as 8Q stalking + separate 9B public order for the 21/10 incident. Merged - the 21/10 abuse was part of the same course, not separate. R/R flag confirmed by DS HARGREAVES.

Background: IP Zainab AKHTAR (29) in relationship with susp Lewis CROWTHER (31) approx 18 months, ended by IP in Aug. Since 01/09: susp waited outside her flat on Harehills Lane 4 times (IP's diary + neighbour W2), followed her onto the no. 49 bus on 14/10 and sat behind her, and on 21/10 outside Morrisons shouted at her "you're just a P*** slag, go back to your own lot" in front of her younger brother. Numerous texts in between, 60+ from 3 numbers, several referring to her family as "your lot" and "your people".

IP has moved out of the flat to her aunt's in Bradford, has dropped her evening college course and has been signed off work for 3 wks (fit note exhibited). She states she does not think he would hurt her, she just "can't live like this".

Susp no comment interview. CCTV from bus (First) shows him getting on 2 stops after IP.""",
    spans=[
        ("STALK_LOITER", "susp waited outside her flat on Harehills Lane 4 times"),
        ("STALK_FOLLOW", "followed her onto the no. 49 bus on 14/10 and sat behind her"),
        ("RACIAL_HOSTILITY", "\"you're just a P*** slag, go back to your own lot\""),
        ("REPETITION", "60+ from 3 numbers"),
        ("RACIAL_HOSTILITY", "referring to her family as \"your lot\" and \"your people\""),
        ("SERIOUS_IMPACT", "IP has moved out of the flat to her aunt's in Bradford"),
        ("SERIOUS_IMPACT", "has dropped her evening college course"),
        ("SERIOUS_IMPACT", "has been signed off work for 3 wks"),
        ("DISTRESS", "\"can't live like this\""),
    ],
)

case(
    10, "no_offence", "",
    voice="call_log", case="upper", noise="heavy", batch="d",
    pattern="single_road_rage_threat_stranger", relationship="stranger", occasions=1,
    text="""\
1732 CLR MRS DEBORAH OKAFOR-LANE STATES MALE IN BLK TRANSIT VAN VRM PART KN19 ... JUST CUT HER UP AT ROUNDABOUT BY ASDA CHAPEL ST AND WHEN SHE BEEPED HE GOT OUT AT LIGHTS BANGED ON HER WINDOW + SAID "ILL F***ING KILL YOU" THEN DROVE OFF TWDS A41
1733 CLR V SHAKEN, NOW PARKED IN ASDA CP. NO INJ. NO DAMAGE TO VEH. KIDS IN BACK
1734 CLR HAS NEVER SEEN MALE BEFORE, NOT KNOWN TO HER. NOTHING PRIOR
1735 ANPR REQ SENT PART VRM
1741 G2 - THRIVE: THREAT SINGLE INCIDENT, SUSP LEFT SCENE, CLR SAFE
1803 ANPR NO TRACE ON PART. CLR ADV DASHCAM? - NONE
1955 PC 3318 TT CLR, STATEMENT ARRANGED FOR 12/06. POSS S4 POA. NOT A PHA MATTER - ONE OFF""",
    spans=[
        ("THREAT_VIOLENCE", "\"ILL F***ING KILL YOU\""),
        ("DISTRESS", "CLR V SHAKEN"),
    ],
)

case(
    11, "stalking_fear_alarm_distress", "CSF",
    voice="supervisor_review", case="inconsistent", noise="typos", batch="d",
    pattern="former_partner_tracker_on_car_threats_victim_afraid_twice", relationship="ex_partner", occasions=5,
    text="""\
INSP review (DA high risk, MARAC ref 0412).

Reading the crime as it stands I think the recording has undersold this. ip ELAINE TREVASKIS (45) seperated from susp Martin TREVASKIS (49) in Feb, she is in the process of divorce. Since April:
 - 3 occasions susp has turned up at places ip was that he should not have known about - her friends house in St Austell, a garden centre, the car park at her solicitors. Each time he approached her.
 - 29/04 ip took her car to a garage for a noise, mechanic found a GPS tracker taped inside the rear bumper (exhibit PR/1, now with DFU).
 - at the garden centre on 12/05 he said to her quietly "you do this divorce and you wont see christmas". IP says she went cold and believed he meant it - she left her trolley and went straight to her car.
 - 20/05 text from susp: "I know where you are every minute of every day". IP told PC LANGDON she is terrified he is going to kill her, she has a history with him of DV (2 prev reports 2019, no further action at her request)

Clearly stalking, and there is fear of violence on at least two occasions (12/05 and 20/05) - should be s4A(1)(b)(i), not the s2A currently on the record. Also CCB in the period before seperation, OIC to scope. Actions - DVPN considered, not appropriate as susp not living there. SPO app to be drafted today. Susp to be arrested, search for receiver devices/phone.""",
    spans=[
        ("REPETITION", "3 occasions susp has turned up at places ip was"),
        ("STALK_MONITOR", "he should not have known about"),
        ("STALK_TURN_UP", "Each time he approached her"),
        ("STALK_MONITOR", "found a GPS tracker taped inside the rear bumper"),
        ("THREAT_VIOLENCE", "\"you do this divorce and you wont see christmas\""),
        ("FEAR_OF_VIOLENCE", "believed he meant it"),
        ("STALK_MONITOR", "\"I know where you are every minute of every day\""),
        ("FEAR_OF_VIOLENCE", "she is terrified he is going to kill her"),
    ],
)

case(
    12, "harassment_fear_of_violence", "CF",
    voice="result_note", case="mixed", noise="abbrev", batch="d",
    pattern="drug_debt_threats_to_victim_over_unpaid_money", relationship="acquaintance", occasions=4,
    text="""\
Case closed - Outcome 16 (victim declines/unable to support further action, suspect identified).

For the record: IP Jordan McALLISTER (22) owes susp, known only as "Dex", approx £300 for cannabis. Over 3 wks in March Dex sent voice notes on Snapchat (4 that IP saved): "pay up or I'm breaking your legs", "I know your mum's house, I'll be there with the boys". Dex also turned up at IP's work (Pizza Hut, Crown Pt) on 19/03 and told him in the car park he had till Friday "or you're getting stabbed". IP said at the time he was scared stiff and was sure he was going to get "done in", and after the car park he asked to be taken off late shifts as he thought Dex would be waiting for him.

Susp believed to be Dexter ROWE (24) - PNC shows prev for PWITS. IP identified him from Snapchat profile but on 02/04 IP rang OIC and said he has now paid the money, the threats have stopped, and he won't give a statement or go to court. Does not want to be seen as a grass. Tried twice more to engage - declined. Intel submission done (ref 3381/24). NFA pending fresh evidence.""",
    spans=[
        ("REPETITION", "Over 3 wks in March"),
        ("THREAT_VIOLENCE", "\"pay up or I'm breaking your legs\""),
        ("THREAT_VIOLENCE", "\"I know your mum's house, I'll be there with the boys\""),
        ("STALK_TURN_UP", "turned up at IP's work"),
        ("THREAT_VIOLENCE", "\"or you're getting stabbed\""),
        ("FEAR_OF_VIOLENCE", "was sure he was going to get \"done in\""),
        ("FEAR_OF_VIOLENCE", "he thought Dex would be waiting for him"),
    ],
)

case(
    13, "stalking", "CS",
    voice="result_note", case="mixed", noise="clean", batch="d",
    pattern="colleague_gifts_and_waiting_at_car_no_threats", relationship="colleague", occasions=6,
    text="""\
Outcome: Suspect charged (postal requisition issued 03/04). Stalking, Protection from Harassment Act s.2A. First hearing Chelmsford Magistrates 24/04.

Summary. The victim, Ms Priya Venkatesan, and the suspect, Adrian Cole, both work in the claims department of an insurance firm in Chelmsford. From early January he left items on her desk - a card, chocolates, a framed photo of the two of them cropped from a team night out - and on three evenings he was sitting in his car next to hers in the multi-storey when she finished, although his own shift had ended two hours earlier. She told him plainly on 17 January that she was not interested and asked him to leave her alone, and she reported it to HR. HR moved him to another floor. After that he sent her a LinkedIn message and two handwritten letters to her home address, which he had not been given, telling her they were "meant to be" and that he would "wait as long as it takes".

No threats were made at any stage and Ms Venkatesan is clear she is not afraid he will hurt her. She found it unsettling. The letters and photo frame are exhibited. Interview: suspect accepted all of the conduct and said he believed she was "playing hard to get".""",
    spans=[
        ("STALK_GIFTS", "he left items on her desk"),
        ("STALK_GIFTS", "a framed photo of the two of them cropped from a team night out"),
        ("REPETITION", "on three evenings"),
        ("STALK_LOITER", "sitting in his car next to hers in the multi-storey"),
        ("UNWANTED", "asked him to leave her alone"),
        ("STALK_CONTACT", "sent her a LinkedIn message"),
        ("STALK_GIFTS", "two handwritten letters to her home address"),
        ("FIXATION", "they were \"meant to be\""),
        ("FIXATION", "he would \"wait as long as it takes\""),
        ("DISTRESS", "She found it unsettling"),
        ("FIXATION", "she was \"playing hard to get\""),
    ],
)

case(
    14, "harassment", "C",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="d",
    pattern="neighbour_banging_and_insults_targeted_after_complaint", relationship="neighbour", occasions=6,
    text="""\
PS review 02/07 (crime 44/11820/25).

This was logged as ASB / neighbour dispute by the SNT and passed to us after the 6th call. I've listened to the 999 audio from 28/06 and read the PCSO notes. It is more than a noise dispute.

Facts: IP Mr Anthony Kuznetsov-Reid (67), lives alone, ground floor flat, Ravenscroft Court. Susp Shannon BELL (33) lives in the flat above. IP complained to the housing assoc about loud music in April. Since then, per IP and PCSO visits: susp has put notes under his door calling him a "nosy old pervert" and "grass" (2 notes retained), shouted "paedo" at him across the car park on 3 occasions in front of other residents, and written GRASS on his door in marker on 26/06. IP v distressed, says he is embarrassed to go to the community room now.

No threats of violence reported and IP doesn't suggest he is frightened of her in that way. The music complaint and the calls back and forth were the civil dispute part; the notes, the name-calling and the door are targeted at him and follow on from the complaint. Course of conduct and harassment s.2 - happy with the recording now. OIC - statement from W Mrs Dunleavy (flat 3) who heard 2 of the car park incidents. Interview susp under caution. Housing assoc informed.""",
    spans=[
        ("STALK_CONTACT", "put notes under his door calling him a \"nosy old pervert\" and \"grass\""),
        ("REPETITION", "on 3 occasions"),
        ("STALK_PROPERTY", "written GRASS on his door in marker on 26/06"),
        ("DISTRESS", "IP v distressed"),
        ("DISTRESS", "he is embarrassed to go to the community room now"),
    ],
)

case(
    15, "aggravated_harassment", "CR",
    voice="supervisor_review", case="lower", noise="typos", batch="d",
    pattern="taxi_driver_abusive_calls_religious_slurs_from_passenger", relationship="customer", occasions=4,
    text="""\
sgt rv. 11/12 - have spoken to OIC pc fairbrother re this one.

ip mr harjit dhillon, drives for Castle Cars. on 29/11 he refused to carry the susp (identified from the booking as lee MARSDEN, 40) as he was being sick in the back. susp then rang castle cars office the same night and asked for "the turban driver", and when put through told ip "your sort shouldnt be driving decent people". on 01/12 and 04/12 susp rang the office again asking for ip by name and left messages for him with the controller calling him "a bin-head" and saying sikhs "stink the cab out". controller (W1 mrs paula O'NEILL) has written these down with times and will give a statment.

ip is angry more than anything, he says he is used to comments but this is the same man over and over and it is wearing him down. no threats.

I agree with the recording as religious/racially aggravated harassment - targeted at ip, repeated, and the hostility is in the words. note castle cars call recording should hold 01/12 and 04/12 - pls get this asap they only keep 30 days. susp to be interviewed, nil prev.""",
    spans=[
        ("RACIAL_HOSTILITY", "asked for \"the turban driver\""),
        ("RACIAL_HOSTILITY", "\"your sort shouldnt be driving decent people\""),
        ("REPETITION", "on 01/12 and 04/12 susp rang the office again"),
        ("RELIGIOUS_HOSTILITY", "calling him \"a bin-head\""),
        ("RELIGIOUS_HOSTILITY", "sikhs \"stink the cab out\""),
        ("DISTRESS", "it is wearing him down"),
    ],
)

case(
    16, "aggravated_stalking", "CSR",
    voice="crime_summary", case="mixed", noise="redacted", batch="d",
    pattern="online_fixated_antisemitic_messages_and_photos_of_home", relationship="online", occasions=8,
    text="""\
IP [REDACTED] (female, 52) is a rabbi at [REDACTED] Synagogue and writes a weekly column in the local paper. From approx July an account "truthseeker_XXXX" began replying to every post IP made on X/Twitter, and then sending her DMs, 40+ in total by 09/09. IP blocked the account on 14/08. Two days later a new account "ts_XXXX_2" started the same. Messages say she is "part of the tribe that runs everything", refer to "your kind" controlling the media, and on 3 occasions state he "would like to meet her to discuss her lies properly". On 02/09 he posted a photo of her front door at [REDACTED] Road with the caption "nice house for a [REDACTED]".

Account holder traced via subscriber checks to a male [REDACTED] (38) living approx 20 miles away. No previous contact between them. Photo of front door believed to be taken by him, as metadata shows the phone model matches.

IP has not been directly threatened. She has asked the synagogue security team to be aware, but says she is carrying on as normal and she "will not be chased off". Shul security have added his image to their briefing.""",
    spans=[
        ("STALK_CONTACT", "began replying to every post IP made on X/Twitter"),
        ("REPETITION", "40+ in total by 09/09"),
        ("UNWANTED", "IP blocked the account on 14/08"),
        ("STALK_CONTACT", "a new account \"ts_XXXX_2\" started the same"),
        ("RELIGIOUS_HOSTILITY", "\"part of the tribe that runs everything\""),
        ("RELIGIOUS_HOSTILITY", "refer to \"your kind\" controlling the media"),
        ("FIXATION", "\"would like to meet her to discuss her lies properly\""),
        ("STALK_PUBLISH", "posted a photo of her front door at [REDACTED] Road"),
        ("RELIGIOUS_HOSTILITY", "\"nice house for a [REDACTED]\""),
    ],
)

case(
    17, "no_offence", "",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="d",
    pattern="two_rows_months_apart_couple_reconciled_between", relationship="partner", occasions=2,
    text="""\
Crime Registrar decision - 8L harassment, crime ref 19/7703/25. DECISION: cancel, transfer to non-crime DA incident (C1 criteria not met for PHA).

Reason. The record was raised by the response officer on the basis of "two incidents = course of conduct". The two incidents are:
(a) 17/01 - argument at home address between IP Chantelle OYELARAN-BROOKS and partner Jamal BROOKS, both shouting, neighbour called police, IP said he called her "a useless cow" and she threw his phone at the wall. Both refused to give accounts. No offences identified at the time.
(b) 09/06 - argument in the street outside the Horse & Jockey, Jamal told her to "f*** off home", IP said she felt humiliated.

Between the two the couple were living together and went on holiday to Tenerife in April (IP's own account). The officer's note for (b) says IP "doesn't want him arrested, just wanted him to go home". Nearly 5 months apart, relationship continued throughout, (a) was a mutual row. No connecting thread beyond them being a couple. I am not satisfied there is a course of conduct. DASH completed (standard, 3 ticks), DA referral done, IDVA details offered. No further crime to record.""",
    spans=[
        ("DISTRESS", "IP said she felt humiliated"),
    ],
)

case(
    18, "stalking_fear_alarm_distress", "CSD",
    voice="vps", case="mixed", noise="clean", batch="d",
    pattern="landlord_entering_flat_watching_tenant_moves_out", relationship="landlord", occasions=7,
    text="""\
This statement has been explained to me and I understand it may be used in court.

I want the court to know what the last six months have been like. When I first rented the flat on Dryden Street from Mr Halloran he seemed friendly. After I turned down his offer to take me for dinner in March, things changed. I would come home and find things moved - my laundry folded on the bed, the bathroom cabinet open, once a pair of my knickers laid out on the pillow. I have never given him permission to come in except for the boiler service. He started texting me late at night about "checking on his favourite tenant". Twice I saw his car parked on the corner for over an hour while I was at home with the lights off.

I stopped sleeping there. For the last two months of the tenancy I slept on my friend Laura's sofa most nights and only went back to the flat in daylight. I lost my deposit because I left before the end of the fixed term. I now live in Cardiff, an hour from my job, and I drive there every day rather than stay near where he lives. I have had panic attacks and I started counselling through my GP in August. I check my locks three or four times every night before bed.

I do not feel safe anywhere that he knows about.""",
    spans=[
        ("STALK_PROPERTY", "I would come home and find things moved"),
        ("STALK_PROPERTY", "once a pair of my knickers laid out on the pillow"),
        ("STALK_CONTACT", "texting me late at night about \"checking on his favourite tenant\""),
        ("STALK_LOITER", "Twice I saw his car parked on the corner for over an hour"),
        ("SERIOUS_IMPACT", "I stopped sleeping there"),
        ("SERIOUS_IMPACT", "slept on my friend Laura's sofa most nights"),
        ("SERIOUS_IMPACT", "I now live in Cardiff, an hour from my job"),
        ("SERIOUS_IMPACT", "I started counselling through my GP in August"),
        ("SERIOUS_IMPACT", "I check my locks three or four times every night before bed"),
    ],
)

case(
    19, "stalking", "CS",
    voice="result_note", case="mixed", noise="abbrev", batch="d",
    pattern="ex_girlfriend_repeated_doorstep_visits_victim_withdraws", relationship="ex_partner", occasions=5,
    text="""\
NFA - evidential difficulties. Outcome 16. Reviewed and agreed by PS 1187 ATHERTON 28/08.

IP Declan MORRISSEY (26) reported on 04/08 that his ex-gf Sophie KENNAWAY (25) (split June, 2 yrs together, he ended it) has been coming to his mum's house where he now lives - 5 times in July, usually late evening, knocking and asking to "just talk for 5 mins". On 2 of those she sat on the garden wall for about an hour when he wouldn't come out (mum has Ring doorbell footage of one, 23/07). She also sent a card and a long letter saying she'd "never love anyone else" and would "keep coming till you listen". IP had told her by text on 30/06 not to come round.

IP was embarrassed more than anything, "I don't want her in trouble, I just want her to stop". On 19/08 IP emailed OIC to say he and Sophie had met in a cafe, she has agreed to leave him alone, and he withdraws his complaint and will not provide a statement. No contact since per IP (checked 27/08). Words of advice given to susp by phone. Ring footage retained on file.""",
    spans=[
        ("STALK_TURN_UP", "has been coming to his mum's house where he now lives"),
        ("REPETITION", "5 times in July"),
        ("STALK_LOITER", "she sat on the garden wall for about an hour"),
        ("STALK_GIFTS", "sent a card and a long letter"),
        ("FIXATION", "she'd \"never love anyone else\""),
        ("FIXATION", "would \"keep coming till you listen\""),
        ("UNWANTED", "IP had told her by text on 30/06 not to come round"),
        ("DISTRESS", "\"I don't want her in trouble, I just want her to stop\""),
    ],
)

case(
    20, "harassment_fear_of_violence", "CF",
    voice="supervisor_review", case="mixed", noise="clean", batch="d",
    pattern="brother_in_law_threats_over_inheritance_victim_afraid", relationship="family", occasions=3,
    text="""\
Supervisor's review, Sgt Obi - 16 October.

The IP, Mrs Lorraine Pettifer (58), and her brother-in-law Graham Pettifer (63) are in dispute over her late husband's share of the family smallholding at Crowan. I have read the statement and listened to the two voicemails.

On 22 September Graham came to the farm gate and told her that if she went ahead with the sale he would "put her in the ground next to Rob". She says she went inside and locked the back door and was shaking for hours, believing he was capable of it. On 4 October two voicemails within twenty minutes, the second one saying "I'll be round and you won't see me coming". She has been frightened since then that he is going to turn up and hurt her - she sleeps with her phone and the landline by the bed and has asked her son to stay.

This is about the land. He has not followed her, hung about or tried to get into her life in any other way, so I don't see stalking here. But she has been put in fear of violence on two separate occasions and he must have known how those words would land. Record under s.4. OIC to take a statement from the son, arrest Graham and seize his phone. Consider bail conditions not to attend the farm.""",
    spans=[
        ("THREAT_VIOLENCE", "would \"put her in the ground next to Rob\""),
        ("FEAR_OF_VIOLENCE", "was shaking for hours, believing he was capable of it"),
        ("REPETITION", "two voicemails within twenty minutes"),
        ("THREAT_VIOLENCE", "\"I'll be round and you won't see me coming\""),
        ("FEAR_OF_VIOLENCE", "frightened since then that he is going to turn up and hurt her"),
    ],
)

case(
    21, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="dash_note", case="mixed", noise="abbrev", batch="d",
    pattern="ex_partner_traveller_slurs_following_threats_fear_twice", relationship="ex_partner", occasions=5,
    text="""\
DASH - HIGH (16 yes). S-DASH completed. MARAC referral sent 05/03 1410.

Q1 frightened? YES - "he's going to kill me one of these days, I know it". IP Bridget WARD (24), Irish Traveller, living on council site at Tilehurst. Ex-p Ryan COOMBES (28), split Dec.
Q3 feels isolated? YES - family have moved on to Appleby for part of the yr.
Q8 texting/calling/following? YES - follows her car from the site entrance to Tesco and to her nan's, IP counted 4 times in Feb. Texts constantly, calls her a "dirty p***y" and "gyppo scum", says her "lot are all thieves".
S-DASH: visits >3 times a wk - YES, parks in the lay-by facing the site most evenings. Threats - YES, 14/02 "I'll slit your throat you p***y b***h", 26/02 said he'd run her off the road. Frightened each time - IP says on 14/02 she hid in the caravan with the door wedged all night, and after 26/02 she was scared to drive at all and has not driven since.
Q: has he hurt you before? YES - slapped her Nov (not reported).

Rationale: escalating, ex-partner, following + loitering + threats, racial abuse about her Traveller background in most messages, IP genuinely terrified. Graded HIGH on professional judgement even without the count. Safety plan agreed, TecSOS phone issued, site warden aware.""",
    spans=[
        ("FEAR_OF_VIOLENCE", "\"he's going to kill me one of these days, I know it\""),
        ("STALK_FOLLOW", "follows her car from the site entrance to Tesco and to her nan's"),
        ("REPETITION", "IP counted 4 times in Feb"),
        ("STALK_CONTACT", "Texts constantly"),
        ("RACIAL_HOSTILITY", "calls her a \"dirty p***y\" and \"gyppo scum\""),
        ("RACIAL_HOSTILITY", "her \"lot are all thieves\""),
        ("STALK_LOITER", "parks in the lay-by facing the site most evenings"),
        ("THREAT_VIOLENCE", "\"I'll slit your throat you p***y b***h\""),
        ("THREAT_VIOLENCE", "said he'd run her off the road"),
        ("FEAR_OF_VIOLENCE", "she hid in the caravan with the door wedged all night"),
        ("FEAR_OF_VIOLENCE", "she was scared to drive at all"),
        ("SERIOUS_IMPACT", "has not driven since"),
        ("ESCALATION", "escalating"),
    ],
)

case(
    22, "harassment", "C",
    voice="judgment", case="mixed", noise="clean", batch="d",
    pattern="appeal_retelling_letters_to_councillor_over_planning", relationship="acquaintance", occasions=4,
    text="""\
1. The appellant appeals against his conviction by the justices sitting at Taunton on 14 March for an offence of harassment contrary to section 2 of the 1997 Act.

2. The complainant is an elected member of the district council who sat on the planning committee which, in the summer of the previous year, refused the appellant's application for a dwelling on land at Hatch Green. Between 2 October and 19 December the appellant delivered four letters by hand to the complainant's home. The justices found that the letters went well beyond complaint about the decision. The second described the complainant as "a corrupt little Hitler"; the third accused her, without any basis, of taking bribes from a developer and said that "everyone in the village will hear about your filthy habits"; the fourth repeated those allegations and was copied to her employer. None contained a threat of violence.

3. The complainant gave evidence that she found the letters upsetting and was anxious each time she saw the appellant's handwriting on an envelope. She continued to attend council meetings.

4. It is argued for the appellant that his conduct was a legitimate, if intemperate, exercise of his right to complain about a public decision. We do not accept that submission. The justices were entitled to find that the letters were oppressive and targeted at the complainant personally.""",
    spans=[
        ("REPETITION", "delivered four letters by hand to the complainant's home"),
        ("STALK_CONTACT", "described the complainant as \"a corrupt little Hitler\""),
        ("STALK_ORDERS", "was copied to her employer"),
        ("DISTRESS", "she found the letters upsetting"),
        ("DISTRESS", "anxious each time she saw the appellant's handwriting"),
    ],
)

case(
    23, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="result_note", case="upper", noise="abbrev", batch="d",
    pattern="takeaway_owner_anti_chinese_threats_fear_twice", relationship="customer", occasions=3,
    text="""\
RESULT: CHARGED 14/05 - RACIALLY AGG S.4 PHA (CDA S.32(1)(B)). BAILED COND NOT TO ENTER PARK LANE, NOT TO CONTACT IP. NEXT HRG BARNSLEY MC 29/05.

IP MRS MEI LING TSANG (49) OWNS GOLDEN BOWL T/A, PARK LANE. SUSP WAYNE ASPINALL (37) LIVES 3 DOORS UP.
- 18/04 SUSP CAME IN, CALLED IP A "DIRTY CHINKY", SAID HER FOOD WAS "COVID IN A BOX" AND LEFT.
- 27/04 SUSP CAME IN AT 2245 AS SHE WAS CLOSING, LEANT OVER COUNTER AND SAID "I'LL SMASH YOUR FACE IN YOU CHINESE B***H". IP PRESSED PANIC ALARM. IP SAYS SHE WAS CERTAIN HE WAS GOING TO HIT HER.
- 06/05 SUSP STOOD IN DOORWAY, DREW FINGER ACROSS THROAT AT IP, SAID "GO HOME OR YOU'RE DEAD". IP LOCKED HERSELF IN THE KITCHEN, TOLD OFFICERS SHE BELIEVED HE WOULD KILL HER.
CCTV INSIDE SHOP COVERS 27/04 + 06/05 (EXHIBITS RJ/1, RJ/2). SON (W1) PRESENT 06/05.
IP NOW CLOSES AT 2100 INSTEAD OF 2300.
INTERVIEW - ADMITTED BEING IN SHOP, DENIED WORDS UNTIL SHOWN CCTV, THEN NO COMMENT. PREVS FOR S.4A POA 2019.""",
    spans=[
        ("RACIAL_HOSTILITY", "CALLED IP A \"DIRTY CHINKY\""),
        ("RACIAL_HOSTILITY", "\"COVID IN A BOX\""),
        ("THREAT_VIOLENCE", "\"I'LL SMASH YOUR FACE IN"),
        ("RACIAL_HOSTILITY", "YOU CHINESE B***H\""),
        ("FEAR_OF_VIOLENCE", "SHE WAS CERTAIN HE WAS GOING TO HIT HER"),
        ("THREAT_VIOLENCE", "DREW FINGER ACROSS THROAT AT IP"),
        ("THREAT_VIOLENCE", "\"GO HOME OR YOU'RE DEAD\""),
        ("FEAR_OF_VIOLENCE", "SHE BELIEVED HE WOULD KILL HER"),
        ("SERIOUS_IMPACT", "IP NOW CLOSES AT 2100 INSTEAD OF 2300"),
    ],
)

case(
    24, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="supervisor_review", case="mixed", noise="typos", batch="d",
    pattern="former_colleague_islamophobic_fixation_victim_changes_job", relationship="colleague", occasions=6,
    text="""\
DI review - Op LANTERN tasking, 03/04.

Recieved this from the IMU as a possible 8L. IP Mr Bilal Chaudhry (31), pharmacist. Susp Nathan Greaves (44), a former pharmacy tech at the same branch in Stockport, dismissed in Nov after a complaint by IP about drug discrepancies.

Since Dec, per the OIC's chronology: susp has been seen by staff sat in his van in the retail park opposite the pharmacy on at least 6 days, usualy around IP's lunch break. IP has twice found his tyres let down in the staff bay. Susp set up a Facebook page "Stockport's terrorist pharmacist" with a photo of IP taken through the shop window, and comments calling him a "jihadi" and saying Muslims "shouldn't be handing out medicine". He also phoned the GPhC twice making complaints about IP that were investigated and found to be unfounded.

Impact - IP has moved to a branch in Macclesfield, 40 mins further each way, and his wife now drops him off and collects him. He told OIC he has lost a stone and isn't sleeping. He does not describe being afraid of physical harm.

This is not a simple harassment. Watching, loitering at work, property, publishing about him and vexatious complaints, all driven by hostility to IP personally and to his faith. Re-record as religiously aggravated stalking (serious alarm/distress). Facebook preservation request to go today.""",
    spans=[
        ("STALK_LOITER", "sat in his van in the retail park opposite the pharmacy"),
        ("REPETITION", "on at least 6 days"),
        ("FIXATION", "usualy around IP's lunch break"),
        ("STALK_PROPERTY", "twice found his tyres let down in the staff bay"),
        ("STALK_PUBLISH", "set up a Facebook page \"Stockport's terrorist pharmacist\""),
        ("STALK_WATCH", "a photo of IP taken through the shop window"),
        ("RELIGIOUS_HOSTILITY", "calling him a \"jihadi\""),
        ("RELIGIOUS_HOSTILITY", "Muslims \"shouldn't be handing out medicine\""),
        ("STALK_ORDERS", "phoned the GPhC twice making complaints about IP"),
        ("SERIOUS_IMPACT", "IP has moved to a branch in Macclesfield"),
        ("SERIOUS_IMPACT", "his wife now drops him off and collects him"),
        ("SERIOUS_IMPACT", "he has lost a stone and isn't sleeping"),
    ],
)

case(
    25, "no_offence", "",
    voice="result_note", case="mixed", noise="abbrev", batch="d",
    pattern="alleged_following_disproved_single_text_only", relationship="ex_partner", occasions=1,
    text="""\
Finalised 12/10 - NO CRIME (additional verifiable information). Authorised by FCIR.

IP Hollie STANNARD reported on 26/09 that her ex Kyle MBEKI-JONES had followed her home from the Gala bingo, Fore St, and then sent a text. Enquiries:
- Gala CCTV (viewed 29/09) shows IP leaving alone at 2214, nobody leaving after her for 10 mins. The man she saw was a member of staff going to his car (ID'd, statement taken, no connection to either party).
- Kyle was on shift at Amazon, Thurrock 1800-0400 - clocking records + shift manager confirm.
- The text (received 26/09 2305): "hope ur ok, heard u were upset". Kyle says a mutual friend told him IP had been crying in the bingo. This is the only message since they split in May; he has not been to her address and IP accepts there has been nothing else.
IP has been told of the findings. She accepts it wasn't him and was relieved. Kyle has agreed not to message her again. Advice given to IP re reporting any future contact.""",
    spans=[
        ("STALK_CONTACT", "\"hope ur ok, heard u were upset\""),
    ],
)

case(
    26, "stalking_fear_alarm_distress", "CSFD",
    voice="updates", case="inconsistent", noise="typos", batch="d",
    pattern="stranger_commuter_follows_from_station_fear_twice", relationship="stranger", occasions=5,
    text="""\
OIC update 11/11 0915 - DC 7723 Pearce
Spoke to ip Hannah WOOLLEY by phone. she says the same male from the 0712 from Redhill was on the platform again this morning and got into her carriage, stood by the door staring at her the whole way to London Bridge. this is the 5th time since 21/10 she has seen him. on 30/10 he followed her out of the station at London Bridge and along Tooley St to her office, she went into the building and he stood outside for approx 10 mins. ip says at the time she thought he was going to grab her and she was terrfied.

update 13/11 1400 - ip emailed pic of male taken discretely on train (exhibit HW/1). circulated internally.

update 18/11 1030 - ip reports that yesterday evening (17/11) male got off at Redhill behind her and walked behind her to the bottom of her road, she rang her husband who came out. male said to her as she turned in "see you tomorrow Hannah". she has never told him her name. IP "absolutely convinced" he means to hurt her, is getting lifts to work now and has started working from home 3 days. 

update 19/11 - BTP informed and joint working agreed. CCTV reqs for Redhill + London Bridge submitted for 30/10 and 17/11.""",
    spans=[
        ("STALK_WATCH", "stood by the door staring at her the whole way to London Bridge"),
        ("REPETITION", "this is the 5th time since 21/10"),
        ("STALK_FOLLOW", "he followed her out of the station at London Bridge and along Tooley St"),
        ("STALK_LOITER", "he stood outside for approx 10 mins"),
        ("FEAR_OF_VIOLENCE", "she thought he was going to grab her and she was terrfied"),
        ("STALK_FOLLOW", "walked behind her to the bottom of her road"),
        ("STALK_MONITOR", "\"see you tomorrow Hannah\""),
        ("FIXATION", "she has never told him her name"),
        ("FEAR_OF_VIOLENCE", "\"absolutely convinced\" he means to hurt her"),
        ("SERIOUS_IMPACT", "is getting lifts to work now"),
        ("SERIOUS_IMPACT", "has started working from home 3 days"),
    ],
)

case(
    27, "stalking", "CS",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="d",
    pattern="neighbour_watches_and_leaves_notes_for_young_woman", relationship="neighbour", occasions=6,
    text="""\
Review (PS 884) - I've gone back through the SNT's 3 logs (CAD 1140 of 02/05, 0617 of 19/05, 2203 of 04/06) which were each closed as "neighbour concern, advice given". Read together they show something else.

IP Ella FITZGERALD-NUNN (21), student, top flat 22 Marlowe Rd. Susp Bernard KEYS (68) lives in the bungalow opposite. No dispute between them, no shared boundary. From IP's accounts over the three logs: KEYS stands at his front window with the nets pulled back whenever she leaves or gets home (her housemate confirms, and took a video on 19/05); has left 4 notes in her letterbox - one commenting on "the blue dress you wore Saturday", one asking why she "came home so late on Thursday", two asking her to come over for tea; and on 04/06 he was waiting at the bus stop when she got off and walked alongside her to her door chatting. She has asked him directly to stop leaving notes (02/05).

She says he's "creepy but probably harmless", she isn't afraid of him and hasn't changed anything yet. 

These logs should have been linked. Record as stalking, link all 3 CADs. OIC - MG11 from housemate and seize the video, retain the notes (IP has them). Words from me to the SNT re linking repeat calls.""",
    spans=[
        ("STALK_WATCH", "stands at his front window with the nets pulled back whenever she leaves or gets home"),
        ("STALK_GIFTS", "has left 4 notes in her letterbox"),
        ("STALK_MONITOR", "commenting on \"the blue dress you wore Saturday\""),
        ("STALK_MONITOR", "asking why she \"came home so late on Thursday\""),
        ("STALK_LOITER", "he was waiting at the bus stop when she got off"),
        ("STALK_FOLLOW", "walked alongside her to her door"),
        ("UNWANTED", "She has asked him directly to stop leaving notes"),
        ("DISTRESS", "\"creepy but probably harmless\""),
    ],
)

case(
    28, "harassment_fear_of_violence", "CFD",
    voice="notebook", case="mixed", noise="abbrev", batch="d",
    pattern="former_friend_threatens_over_facebook_post_fear_twice", relationship="acquaintance", occasions=3,
    text="""\
SUNDAY 06/04/25. 1540. Attended 31 Gladstone Terr, Consett re call from Miss Tegan ROBSON (19). Spoke to her in kitchen, mother present.

States former friend Jade MILBURN (20) fell out with her 3 wks ago over a FB post. Since then:
- 23/03 Jade came to door, said "WHEN I SEE YOU I'M GOING TO GLASS YOU". Tegan states "I was terrified she'd do it, she's done it before to someone".
- 30/03 voice note (played to me, on her phone, 0213hrs): "ur getting ur face cut up".
- today 1455 Jade and 2 other females outside the house shouting, Jade shouted "YOU'RE DEAD WHEN YOU COME OUT". Left before police arrival.
Tegan v tearful, shaking. States "I know she's going to hurt me, I'm not leaving the house". Mother confirms Tegan has not been out since 23rd except to work with a lift.
Jade MILBURN - PNC check via radio 1551, prev wounding 2022.
Advised re 999, bwv on throughout (ref 60072). 1610 resumed.""",
    spans=[
        ("THREAT_VIOLENCE", "\"WHEN I SEE YOU I'M GOING TO GLASS YOU\""),
        ("FEAR_OF_VIOLENCE", "\"I was terrified she'd do it, she's done it before to someone\""),
        ("THREAT_VIOLENCE", "\"ur getting ur face cut up\""),
        ("THREAT_VIOLENCE", "\"YOU'RE DEAD WHEN YOU COME OUT\""),
        ("DISTRESS", "Tegan v tearful, shaking"),
        ("FEAR_OF_VIOLENCE", "\"I know she's going to hurt me, I'm not leaving the house\""),
        ("SERIOUS_IMPACT", "Tegan has not been out since 23rd except to work with a lift"),
    ],
)

case(
    29, "aggravated_stalking", "CSR",
    voice="third_party", case="mixed", noise="typos", batch="d",
    pattern="mother_reports_fake_profiles_of_polish_daughter", relationship="online", occasions=5,
    text="""\
Online report form - submitted by Mrs Agnieszka NOWAK on behalf of daughter Zofia NOWAK (17).

I am writing because my daughter will not. Since the start of the summer holidays someone has been making fake accounts pretending to be Zofia. First one on Instagram in July using her school photo, saying she was "a cheap polish girl, message for prices". We reported it and it was taken down and then another one appeared 3 days later, and then 2 more on TikTok. The last one had her real school and her bus route on it. Some of her freinds got messages from these accounts saying things like "all polish girls are sl*gs" and "my family should go back to Warsaw where we belong".

Zofia thinks it is a boy from her year, Ellis, who she fell out with in June after she wouldnt go out with him. He has said to her friends he will "make her sorry". He also comments on her real posts all the time even though she has blocked him twice.

She is embarassed and upset but she still goes to school and she says she is not scared of him, she just wants it to stop. Please can someone contact me not her.""",
    spans=[
        ("STALK_PUBLISH", "making fake accounts pretending to be Zofia"),
        ("RACIAL_HOSTILITY", "\"a cheap polish girl, message for prices\""),
        ("REPETITION", "then 2 more on TikTok"),
        ("STALK_PUBLISH", "had her real school and her bus route on it"),
        ("RACIAL_HOSTILITY", "\"all polish girls are sl*gs\""),
        ("RACIAL_HOSTILITY", "\"my family should go back to Warsaw where we belong\""),
        ("FIXATION", "after she wouldnt go out with him"),
        ("STALK_CONTACT", "comments on her real posts all the time"),
        ("UNWANTED", "she has blocked him twice"),
        ("DISTRESS", "She is embarassed and upset"),
    ],
)

case(
    30, "harassment", "C",
    voice="supervisor_review", case="lower", noise="abbrev", batch="d",
    pattern="brother_abusive_texts_over_mothers_care_home_fees", relationship="family", occasions=9,
    text="""\
sup review 21/02 - ps 2050 hamid.

family dispute but I don't think it's purely civil. ip is Mrs Rachel DONOVAN (54), susp is her brother Paul TILLING (57). their mum went into a care home in Nov and ip, who has LPA, sold mum's house to pay fees. susp objects.

since 02/12 susp has sent ip 9 texts and 2 emails (screenshots on file), most late at night, calling her a "thieving b*tch", "a leech", saying she "killed mum off for the money" (mum is alive) and that she'll "rot in hell". none of it mentions violence and ip says she is not frightened of paul, he lives in Spain. she says it is "grinding her down", she cries after each one.

all about the house/money - no following or watching, he's not been to the UK. but 11 messages in 11 wks of that kind of abuse after she asked him to communicate via solicitors only (email 05/12) is oppressive. harassment s.2 correct. OIC to obtain statement re impact, then consider whether susp can be interviewed (spain - voluntary via video? speak to CPS re realistic prospects).""",
    spans=[
        ("REPETITION", "9 texts and 2 emails"),
        ("STALK_CONTACT", "calling her a \"thieving b*tch\", \"a leech\""),
        ("STALK_CONTACT", "she \"killed mum off for the money\""),
        ("DISTRESS", "it is \"grinding her down\", she cries after each one"),
        ("UNWANTED", "she asked him to communicate via solicitors only"),
    ],
)

case(
    31, "aggravated_harassment", "CR",
    voice="result_note", case="mixed", noise="abbrev", batch="d",
    pattern="neighbour_repeated_racist_shouting_over_fence_community_resolution", relationship="neighbour", occasions=4,
    text="""\
Finalisation 30/08 - Outcome 8 (Community Resolution), victim consulted and agreed. Approved by PS LAMBERT.

IP Mr Imran BASHIR (45) and susp Kevin DOYLE (66), next door neighbours, Oakfield Ave. On 4 occasions across Jul/Aug (IP's diary: 06/07, 19/07, 28/07, 11/08) DOYLE shouted over the fence at IP while he was in the garden - "P*** go home", "you people stink the street out with your cooking", "this was a white street before you lot". W1 Mrs BASHIR heard 3 of them, Ring doorbell audio for 11/08 clearly picks it up.

IP describes feeling upset and humiliated in front of his children, not scared. Susp 66, no prevs, in interview admitted the remarks, said he'd been drinking and was "ashamed". IP did not want court, wanted an apology and for it to stop. CR: written apology (delivered 29/08), agreement to attend restorative session via Remedi. Hate crime flag retained.""",
    spans=[
        ("REPETITION", "On 4 occasions across Jul/Aug"),
        ("RACIAL_HOSTILITY", "\"P*** go home\""),
        ("RACIAL_HOSTILITY", "\"you people stink the street out with your cooking\""),
        ("RACIAL_HOSTILITY", "\"this was a white street before you lot\""),
        ("DISTRESS", "upset and humiliated in front of his children"),
    ],
)

case(
    32, "aggravated_harassment_fear_of_violence", "CFR",
    voice="supervisor_review", case="mixed", noise="heavy", batch="d",
    pattern="landlord_anti_romanian_threats_to_tenant_fear_twice", relationship="landlord", occasions=3,
    text="""\
SGT REVEIW - 17/01 - this came in as a civil/tenancy dispute and was nearly closed, pls dont.

ip Mr Florin DUMITRU (33) rents rm at 44 Cobden St from susp Mr Philip ASHWORTH (59). ip is 2 wks behind on rent, says there was a disagreement abt the boiler.
04/01 susp let himself in, stood in ip's room doorway and said "you romanian gypsies are all the same, pay or I'll break every bone in your body" - ip says he thought susp was going to go for him there + then, he backed into the corner.
09/01 susp txt "last chance romanian scum, I've got lads who'll sort you". ip stayed at a friends that night bcos he believed they would come + beat him.
12/01 susp rang ip's work and told the supervisor ip was a thief "like all his lot".

The rent issue may be civil but that doesn't cover threats + racial abuse. ip afraid on 04/01 and again 09/01 - s.4 racially agg. Also note possible illegal eviction / Protection from Eviction Act - pass to council TSO. Susp to be interviewed, IP to be given Shelter details.""",
    spans=[
        ("RACIAL_HOSTILITY", "\"you romanian gypsies are all the same"),
        ("THREAT_VIOLENCE", "pay or I'll break every bone in your body\""),
        ("FEAR_OF_VIOLENCE", "he thought susp was going to go for him there + then"),
        ("RACIAL_HOSTILITY", "\"last chance romanian scum"),
        ("THREAT_VIOLENCE", "I've got lads who'll sort you\""),
        ("FEAR_OF_VIOLENCE", "he believed they would come + beat him"),
        ("RACIAL_HOSTILITY", "a thief \"like all his lot\""),
    ],
)

case(
    33, "no_offence", "",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="d",
    pattern="neighbour_boundary_fence_dispute_mutual_and_civil", relationship="neighbour", occasions=3,
    text="""\
PS review - 4th call from this pair in 2 months (CADs 0221, 1904, 0733, 1559). Both parties ring in alleging harassment by the other.

Mr Desmond ABERNETHY (72) and Mr & Mrs KOWALCZYK, semi-detached, Fernhill Rd. Dispute is over where the boundary runs - the K's put a new fence up in Sept ABERNETHY says is 30cm onto his land. Since then: ABERNETHY has taken photos of the fence from his garden and written to them twice via his solicitor; the K's have put a CCTV camera up covering their drive which ABERNETHY says points at his kitchen (attending officer checked the view, it doesn't). Words exchanged over the fence on 14/10 - both sides agree both were swearing, Mr K called ABERNETHY "a miserable old git", ABERNETHY called Mr K "an idiot". No threats either way, no damage, nobody is saying they're scared.

This is a civil boundary dispute with both sides as bad as each other. Nothing targeted, no conduct that gets over the harassment threshold. Non-crime. Both advised re Land Registry / mediation (Resolve leaflet given), SNT to do a joint visit. Flag address for repeat calls. If anything changes (threats, damage) new log.""",
    spans=[],
)

case(
    34, "stalking_fear_alarm_distress", "CSD",
    voice="result_note", case="mixed", noise="clean", batch="d",
    pattern="ex_wife_stalks_male_victim_installs_cctv_changes_gym", relationship="ex_partner", occasions=8,
    text="""\
Outcome: Guilty plea at Swindon Magistrates' Court, 9 December. Stalking involving serious alarm or distress. Twelve-month community order with rehabilitation activity requirement, five-year restraining order. Victim informed by OIC the same day.

Background for the registrar. The victim, Mr Thomas Achterberg (41), divorced the defendant, Louise Achterberg (39), in 2022. From March this year she repeatedly drove past his house in Old Town, sometimes several times an evening, and on eight dates logged by him she parked across his drive and sat there. She turned up at his gym on three mornings and at his new partner's workplace once. She emailed his employer alleging he was drinking at work, which was investigated and found untrue.

He told officers he was never in fear that she would assault him. The effect on him was nonetheless serious: he installed CCTV and a video doorbell, cancelled his gym membership, started parking at a friend's house so she wouldn't know when he was in, and was signed off for two weeks with stress in July. His new partner has moved out for the time being. The court accepted the prosecution's summary of the impact.""",
    spans=[
        ("STALK_LOITER", "repeatedly drove past his house in Old Town"),
        ("REPETITION", "sometimes several times an evening"),
        ("STALK_LOITER", "she parked across his drive and sat there"),
        ("REPETITION", "on eight dates logged by him"),
        ("STALK_TURN_UP", "She turned up at his gym on three mornings"),
        ("STALK_TURN_UP", "at his new partner's workplace once"),
        ("STALK_ORDERS", "emailed his employer alleging he was drinking at work"),
        ("SERIOUS_IMPACT", "he installed CCTV and a video doorbell"),
        ("SERIOUS_IMPACT", "cancelled his gym membership"),
        ("SERIOUS_IMPACT", "started parking at a friend's house"),
        ("SERIOUS_IMPACT", "was signed off for two weeks with stress in July"),
    ],
)

case(
    35, "stalking", "CS",
    voice="mo_field", case="upper", noise="abbrev", batch="d",
    pattern="mo_ex_partner_repeat_calls_and_attendance", relationship="ex_partner", occasions=4,
    text="""\
SUSP EX-P OF IP. AFTER SEPARATION HAS REPEATEDLY ATTENDED IP HOME ADDRESS UNINVITED (X3) + CALLED 30+ TIMES FROM WITHHELD AFTER BEING BLOCKED, STATING "WE'RE NOT FINISHED TILL I SAY". NO THREATS. IP ANNOYED NOT FEARFUL.""",
    spans=[
        ("STALK_TURN_UP", "REPEATEDLY ATTENDED IP HOME ADDRESS UNINVITED"),
        ("REPETITION", "(X3)"),
        ("STALK_CONTACT", "CALLED 30+ TIMES FROM WITHHELD"),
        ("UNWANTED", "AFTER BEING BLOCKED"),
        ("FIXATION", "\"WE'RE NOT FINISHED TILL I SAY\""),
        ("DISTRESS", "IP ANNOYED"),
    ],
)

case(
    36, "harassment_fear_of_violence", "CFD",
    voice="victim_diary", case="lower", noise="typos", batch="d",
    pattern="victim_diary_neighbours_son_threats_with_dog", relationship="neighbour", occasions=4,
    text="""\
diary kept for pc jenkins - Margaret (Peggy) O'Hare, 3 Willow Walk

mon 2nd sept - approx 4pm. the lad from no.5 (Connor, the son) let his dog off at me on the path again and laughed when I went to the floor. said "next time il let him have ur throat you old witch". I was shaking like a leaf i really thought he'd set it on me properly. my daughter came round.

thurs 5th - he put a dead bird on my step. no one saw.

sat 7th sept - 11pm ish banging on my window. connor shouted "ur getting burnt out tonight grass". i rang 999 (ref given 1187). sat up all night in the chair by the phone, i was sure he was going to come in and do me harm.

sun 8th - daughter has took me to hers for a few nights.

its since i complained to the council about the dog mess on the path in the summer.""",
    spans=[
        ("REPETITION", "on the path again"),
        ("THREAT_VIOLENCE", "\"next time il let him have ur throat you old witch\""),
        ("FEAR_OF_VIOLENCE", "i really thought he'd set it on me properly"),
        ("STALK_PROPERTY", "he put a dead bird on my step"),
        ("THREAT_VIOLENCE", "\"ur getting burnt out tonight grass\""),
        ("FEAR_OF_VIOLENCE", "i was sure he was going to come in and do me harm"),
        ("SERIOUS_IMPACT", "daughter has took me to hers for a few nights"),
    ],
)

case(
    37, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="supervisor_review", case="mixed", noise="redacted", batch="d",
    pattern="stranger_follows_hijab_wearing_student_threats_fear_twice", relationship="stranger", occasions=4,
    text="""\
Supervisor review [REDACTED] - 22/02. Crime was recorded as 2 x religiously agg s.5 POA. I am changing it.

IP XXXX (19), university student, wears hijab. Male (IP does not know him, description IC1, 40s, grey beard, green parka) has:
- 03/02 followed her from the mosque on XXXX St to the bus stop saying "terrorist", "go back to the desert".
- 10/02 been waiting at the same bus stop when she came out, followed her onto the bus and got off at her stop.
- 15/02 followed her from the bus stop to the end of her road, told her "I know where you live now, I'll rip that rag off your head and strangle you with it". IP ran home, believed he would attack her there and then.
- 19/02 standing across from her halls at 0730 when she left. IP says she is now certain he is going to hurt her.
IP has stopped attending Friday prayers and is getting a taxi to lectures.

This is one man, one target, a pattern of following and loitering with anti-Muslim abuse and threats. Two clear occasions of fear of violence (15/02 and 19/02). Religiously agg stalking, fear of violence. CCTV request for bus (XXXX route) and halls entrance, E-fit with IP.""",
    spans=[
        ("STALK_FOLLOW", "followed her from the mosque on XXXX St to the bus stop"),
        ("RELIGIOUS_HOSTILITY", "saying \"terrorist\""),
        ("RACIAL_HOSTILITY", "\"go back to the desert\""),
        ("STALK_LOITER", "been waiting at the same bus stop when she came out"),
        ("STALK_FOLLOW", "followed her onto the bus and got off at her stop"),
        ("STALK_FOLLOW", "followed her from the bus stop to the end of her road"),
        ("STALK_MONITOR", "\"I know where you live now"),
        ("THREAT_VIOLENCE", "I'll rip that rag off your head and strangle you with it\""),
        ("FEAR_OF_VIOLENCE", "believed he would attack her there and then"),
        ("STALK_LOITER", "standing across from her halls at 0730"),
        ("FEAR_OF_VIOLENCE", "she is now certain he is going to hurt her"),
        ("SERIOUS_IMPACT", "IP has stopped attending Friday prayers"),
        ("SERIOUS_IMPACT", "is getting a taxi to lectures"),
    ],
)

case(
    38, "harassment", "C",
    voice="crime_summary", case="mixed", noise="typos", batch="d",
    pattern="parent_abusive_voicemails_to_football_coach", relationship="acquaintance", occasions=3,
    text="""\
Between 1910 and 1925hrs on Tues 14/05 IP Mr Craig Oduya (coach, Millfield Colts U12s) recieved 3 voicemails from a parent, Darren Stokes, after Stokes' son was dropped from the team. IP played them to PC 6610 at front counter. 1st - calls IP a "useless f***ing clown". 2nd - "you're a nonce and everyone's going to know". 3rd - similiar, says he will be "reporting you to every parent in the club". No threat of violence in any of them. IP says he was upset, especially the nonce remark, and is worried what other parents think, but is carrying on coaching. Stokes rang club chairman next day and repeated the allegation. No previous issues between them.""",
    spans=[
        ("REPETITION", "recieved 3 voicemails from a parent"),
        ("STALK_CONTACT", "calls IP a \"useless f***ing clown\""),
        ("STALK_CONTACT", "\"you're a nonce and everyone's going to know\""),
        ("STALK_ORDERS", "rang club chairman next day and repeated the allegation"),
        ("DISTRESS", "IP says he was upset"),
    ],
)

case(
    39, "aggravated_harassment", "CR",
    voice="result_note", case="lower", noise="abbrev", batch="d",
    pattern="antisemitic_letters_to_shop_owner_nfa_suspect_unknown", relationship="stranger", occasions=3,
    text="""\
result - outcome 18 (investigation complete, no suspect identified). filed 02/12 by ds kemp.

three typed letters posted through door of ip mr saul abrahams' jewellers, high st, over 6 wks (13/10, 30/10, 21/11), all addressed to him by name. content - "jew thief", "hitler had the right idea about your lot", and the last one a star of david drawn with a line through it. no threats. ip upset, says his father's generation went through this and he never thought he'd see it. fingerprints on letters - negative. no cctv covers letterbox. house to house neg. hate crime flag on, community liaison informed.""",
    spans=[
        ("REPETITION", "over 6 wks (13/10, 30/10, 21/11)"),
        ("RELIGIOUS_HOSTILITY", "\"jew thief\""),
        ("RELIGIOUS_HOSTILITY", "\"hitler had the right idea about your lot\""),
        ("RELIGIOUS_HOSTILITY", "a star of david drawn with a line through it"),
        ("DISTRESS", "ip upset"),
    ],
)

case(
    40, "aggravated_stalking", "CSR",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="d",
    pattern="ex_partner_monitors_account_posts_racist_content_about_victim", relationship="ex_partner", occasions=5,
    text="""\
Review 09/06 - PS WOJCIK. Crime currently 8R malicious comms.

IP Abena MENSAH-HOLT (30), split from susp Liam HOLT (32) Jan. Since Feb susp has logged into her Amazon and Gmail accounts (she never changed passwords - Google security alerts show logins from his IP address on 5 dates), read her emails and then messaged her about who she'd been emailing. He posted on a local FB group a photo of her with "look at this African gold-digger, took me for every penny, back to the jungle with her". Comments tagging her. He has texted her 20+ times despite her telling him via her solicitor not to contact her.

IP says she is angry and embarrassed at work (colleagues saw the post) but not scared, no change to her routine.

Not just malicious comms - ex-partner, account monitoring, publishing about her and persistent contact, with racial hostility in the FB post. Re-record as racially agg stalking. Actions: Google/Amazon login data via SPOC, FB preservation, arrest + phone seizure.""",
    spans=[
        ("STALK_MONITOR", "susp has logged into her Amazon and Gmail accounts"),
        ("REPETITION", "on 5 dates"),
        ("STALK_MONITOR", "messaged her about who she'd been emailing"),
        ("STALK_PUBLISH", "posted on a local FB group a photo of her"),
        ("RACIAL_HOSTILITY", "\"look at this African gold-digger"),
        ("RACIAL_HOSTILITY", "back to the jungle with her\""),
        ("STALK_CONTACT", "texted her 20+ times"),
        ("UNWANTED", "despite her telling him via her solicitor not to contact her"),
        ("DISTRESS", "angry and embarrassed at work"),
    ],
)

case(
    41, "no_offence", "",
    voice="result_note", case="mixed", noise="abbrev", batch="d",
    pattern="school_attendance_letters_and_home_visits_lawful", relationship="business", occasions=4,
    text="""\
Closure 03/03 - non-crime, no offence disclosed. Complainant informed by phone, not happy with outcome, given force complaints info.

Ms Donna KILBRIDE complained that Hollins Park Academy are "harassing" her over her son's attendance. Since Jan she has had 2 letters, a phone call from the attendance officer and one home visit by the education welfare officer (Mr SINGH) on 20/02, who left when she asked him to. She says she finds it intimidating and is "sick of being hounded".

Checked with school: son's attendance 61% this term, the contact follows their statutory attendance procedure and the LA have now issued a formal notice. Nothing abusive or personal in any of it. This is the school and council doing their job. No further police action.""",
    spans=[
        ("DISTRESS", "she finds it intimidating"),
    ],
)

case(
    42, "stalking_fear_alarm_distress", "CSFD",
    voice="supervisor_review", case="mixed", noise="typos", batch="d",
    pattern="online_match_turns_up_at_home_threats_fear_twice", relationship="online", occasions=5,
    text="""\
Sgt review, 26/07. Crime recorded as 8L harassment by the night turn. Disagree - amend.

IP Rosie TAN (29) matched with susp "Aaron" (now ID'd as Aaron PRITCHARD-LOWE, 34) on Hinge in June, 2 dates. IP ended it by message on 01/07. Since then he has sent over 100 whatsapps and instagram DMs, many saying she "owes him a proper explanation" and that he "isn't going anywhere". IP never gave him her address but on 12/07 he was on her doorstep in Roath at 2230 - he must have followed her from the second date, she thinks. He told her through the door "if you don't open it I'll kick it in and you'll be sorry". IP hid upstairs and rang 999, thought he would get in and hurt her.

20/07 he was sat on the wall outside when she got home from work, said "you can't hide from me". IP says she was terrifed, convinced he would attack her, and she has since been staying at her sister's in Penarth.

Fixation, turning up, loitering, threats, fear on 12/07 and 20/07. Stalking with fear of violence. Urgent: arrest, bail conds, consider SPO. DASH updated to HIGH.""",
    spans=[
        ("UNWANTED", "IP ended it by message on 01/07"),
        ("STALK_CONTACT", "sent over 100 whatsapps and instagram DMs"),
        ("FIXATION", "she \"owes him a proper explanation\""),
        ("FIXATION", "he \"isn't going anywhere\""),
        ("STALK_TURN_UP", "he was on her doorstep in Roath at 2230"),
        ("STALK_FOLLOW", "he must have followed her from the second date"),
        ("THREAT_VIOLENCE", "\"if you don't open it I'll kick it in and you'll be sorry\""),
        ("FEAR_OF_VIOLENCE", "thought he would get in and hurt her"),
        ("STALK_LOITER", "he was sat on the wall outside when she got home from work"),
        ("THREAT_VIOLENCE", "\"you can't hide from me\""),
        ("FEAR_OF_VIOLENCE", "convinced he would attack her"),
        ("SERIOUS_IMPACT", "she has since been staying at her sister's in Penarth"),
    ],
)

case(
    43, "stalking", "CS",
    voice="result_note", case="mixed", noise="abbrev", batch="d",
    pattern="customer_fixated_on_hairdresser_repeated_bookings_and_waiting", relationship="customer", occasions=6,
    text="""\
RESULT: Stalking Protection Order granted (interim) Cheltenham MC 17/04, full hearing 15/05. Crime remains under investigation - susp RUI.

Summary: IP Freya LINDQVIST-BOWEN (26), hair stylist at Cut Above, Bath Rd. Susp Martin OGUNDIPE (50), customer. Since Jan susp has booked with IP every week, sometimes twice, and when salon manager stopped taking his bookings for her (from 14/02) he has been in the café opposite most Saturdays for 2-3 hrs looking over. He has left flowers at the salon 3 times with cards saying "my Freya" and asked other staff which gym she goes to. IP has told him to stop (witnessed by manager 14/02).

IP not frightened of violence - describes it as "really weird and uncomfortable". No change to her routine as yet. Susp in interview said he "just likes her company".""",
    spans=[
        ("STALK_CONTACT", "susp has booked with IP every week, sometimes twice"),
        ("STALK_LOITER", "he has been in the café opposite most Saturdays for 2-3 hrs looking over"),
        ("STALK_GIFTS", "left flowers at the salon 3 times"),
        ("FIXATION", "cards saying \"my Freya\""),
        ("STALK_MONITOR", "asked other staff which gym she goes to"),
        ("UNWANTED", "IP has told him to stop"),
        ("DISTRESS", "\"really weird and uncomfortable\""),
    ],
)

case(
    44, "aggravated_harassment_fear_of_violence", "CFR",
    voice="call_log", case="mixed", noise="heavy", batch="d",
    pattern="call_log_bus_driver_threatened_by_regular_passenger_racial", relationship="customer", occasions=3,
    text="""\
0712 CLR Tariq MAHMOOD bus driver Arriva rte 12, calling from depot Kingsway. States regular passenger (white male 50s, known as "Big Col") threatened him AGAIN this morn as he boarded at Fleet St stop - "ill knife u one of these days u p***" - 3rd time this month. prev 04/03 + 11/03, said "ill do u in" and spat at cab screen.
0714 CLR states hes scared stiff of this man, genuinely thinks he'll stab him, on 11/03 he had to stop the bus and lock cab as he thought he was going to be attacked.
0716 CLR has told depot mgr, asking not to drive rte 12. Arriva CCTV on bus - CLR to ask depot to preserve
0720 G2 THRIVE done - susp not on scene. Crime raised. Racist language noted
0755 PC 4902 ETA 10""",
    spans=[
        ("REPETITION", "threatened him AGAIN this morn"),
        ("THREAT_VIOLENCE", "\"ill knife u one of these days"),
        ("RACIAL_HOSTILITY", "u p***\""),
        ("REPETITION", "3rd time this month"),
        ("THREAT_VIOLENCE", "said \"ill do u in\""),
        ("FEAR_OF_VIOLENCE", "genuinely thinks he'll stab him"),
        ("FEAR_OF_VIOLENCE", "he thought he was going to be attacked"),
    ],
)
