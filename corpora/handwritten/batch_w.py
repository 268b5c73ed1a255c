# ruff: noqa: E501
"""Hand-written narratives, writer w: forms and field-structured records."""

from corpora.handwritten import case

case(
    1, "stalking", "CS",
    voice="crime_summary", case="mixed", noise="abbrev", batch="w",
    pattern="form_fields_ex_waits_outside_gym", relationship="ex_partner", occasions=4,
    text="""\
Location: Carrow Road car park, Thetford
Victim: Priya NAIRN (34)
Suspect: Dominic ELSWORTH (37) - ex partner, sep Jan
Injuries: nil   Weapons: none
MO: Susp has attended IP's gym on Station Rd on 4 occasions since 02/03, sits in his van opposite the entrance until she comes out then drives off. No words spoken on any occ. IP only knows he is there bc she recognises the van (silver Transit, reg partial YK1-). Gym staff confirmed a van matching parked there x2 last wk. IP states she is 'not scared of him, just fed up' and wants it to stop. No change to routine.
Repeat victim: N   DA marker: Y""",
    spans=[
        ("STALK_TURN_UP", "attended IP's gym on Station Rd"),
        ("REPETITION", "on 4 occasions since 02/03"),
        ("STALK_LOITER", "sits in his van opposite the entrance until she comes out"),
        ("REPETITION", "parked there x2 last wk"),
        ("UNWANTED", "wants it to stop"),
    ],
)

case(
    2, "no_offence", "",
    voice="call_log", case="upper", noise="abbrev", batch="w",
    pattern="single_doorstep_threat_neighbour", relationship="neighbour", occasions=1,
    text="""\
CAD 0417 14/06
CLR: MR GARETH OYELARAN, 12 FENWICK CL, BARNSLEY
OPENING CODE: ASB / NEIGHBOUR
18:52 CLR STATES NEXT DOOR (MALE, 50S) CAME TO HIS DOOR RE HEDGE CUTTINGS ON HIS DRIVE, SHOUTED AND SAID "ILL PUT YOU THROUGH THAT WINDOW". CLR SHAKEN. NO PREVIOUS ISSUES WITH HIM, FIRST TIME THEY HAVE EVER ARGUED.
18:55 THRIVE - LOW. NO WEAPONS SEEN. MALE NOW BACK IN OWN ADDRESS.
19:40 PC 2281 ATTENDED, WORDS OF ADVICE BOTH PARTIES. CLR SATISFIED.
RESULT: ADVICE GIVEN / NO CRIME - SINGLE INCIDENT""",
    spans=[
        ("THREAT_VIOLENCE", "ILL PUT YOU THROUGH THAT WINDOW"),
        ("DISTRESS", "CLR SHAKEN"),
    ],
)

case(
    3, "harassment_fear_of_violence", "CF",
    voice="dash_note", case="mixed", noise="abbrev", batch="w",
    pattern="sdash_questions_threats_from_brother_in_law", relationship="family", occasions=3,
    text="""\
S-DASH completed with IP (Mrs Kalsoom Rafiq) at home address, 11:20hrs.
Q1 Is the victim very frightened? YES - 'every time he rings I think this is the day he does it'
Q2 What is the victim afraid of? Being beaten up by susp (brother in law Tariq) over the inheritance
Q3 Does the victim feel isolated? No, husband supportive
Q4 Is the victim feeling depressed? Some
Q5 Are there issues with drink/drugs? Unknown
Q6 Has the susp threatened to kill/harm the victim? YES - 3 calls (09/10, 15/10, 21/10) 'I'll break your legs', 'you won't walk out of that house'. IP says after the 2nd call she was shaking and kept the chain on the door; after the 3rd she rang us.
Q7 Weapons? Not known
Score: 9 - MEDIUM. Referred to IDVA n/a (not intimate). Family liaison advised.""",
    spans=[
        ("FEAR_OF_VIOLENCE", "every time he rings I think this is the day he does it"),
        ("FEAR_OF_VIOLENCE", "Being beaten up by susp"),
        ("REPETITION", "3 calls (09/10, 15/10, 21/10)"),
        ("THREAT_VIOLENCE", "'I'll break your legs'"),
        ("THREAT_VIOLENCE", "'you won't walk out of that house'"),
        ("FEAR_OF_VIOLENCE", "she was shaking and kept the chain on the door"),
    ],
)

case(
    4, "stalking_fear_alarm_distress", "CSD",
    voice="crime_summary", case="mixed", noise="clean", batch="w",
    pattern="colleague_follows_home_victim_moves_shift", relationship="colleague", occasions=6,
    text="""\
Offence location: Various, Kettering / Corby
Aggrieved: Shona MacALLISTER, 29, warehouse supervisor
Offender: Lewis PARTRIDGE, 41, forklift driver, same site
Summary: Since the Christmas party the suspect has taken an interest in the aggrieved that she has repeatedly told him she does not want. He has followed her car from the depot to her home in Corby on at least three evenings, once pulling up behind her on her drive and sitting there with the engine running. He leaves notes in her locker. He has messaged her Instagram from a second account after she blocked the first one.
Impact: The aggrieved has moved from nights to the early shift so she is not leaving at the same time as him, and now has her partner collect her. She describes not sleeping. She is not afraid he will hurt her ('he's not like that') but says it is 'taking over my life'.
Witnesses: HR manager (Mr D Quarshie) aware of locker notes.
Previous: nil""",
    spans=[
        ("UNWANTED", "she has repeatedly told him she does not want"),
        ("STALK_FOLLOW", "followed her car from the depot to her home"),
        ("REPETITION", "on at least three evenings"),
        ("STALK_TURN_UP", "pulling up behind her on her drive"),
        ("STALK_CONTACT", "leaves notes in her locker"),
        ("STALK_CONTACT", "messaged her Instagram from a second account after she blocked the first one"),
        ("SERIOUS_IMPACT", "moved from nights to the early shift"),
        ("SERIOUS_IMPACT", "now has her partner collect her"),
        ("DISTRESS", "not sleeping"),
    ],
)

case(
    5, "aggravated_harassment", "CR",
    voice="mo_field", case="mixed", noise="abbrev", batch="w",
    pattern="mo_field_racial_abuse_shopkeeper", relationship="customer", occasions=3,
    text="""\
MO: Susp, regular customer at IP's convenience store (Londis, High St, Wisbech), has on 3 occ over 2 wks made racially abusive remarks to IP at the till - called him a 'P***' and told him to 'go back to your own country' - then left without paying for items (see separate theft refs). IP not in fear, states he is used to it but wants it recorded. CCTV seized (exhibit MK/1).
Hate crime flag: Y (race)""",
    spans=[
        ("REPETITION", "on 3 occ over 2 wks"),
        ("RACIAL_HOSTILITY", "called him a 'P***'"),
        ("RACIAL_HOSTILITY", "'go back to your own country'"),
    ],
)

case(
    6, "harassment", "C",
    voice="updates", case="mixed", noise="typos", batch="w",
    pattern="abusive_texts_over_debt_between_friends", relationship="acquaintance", occasions=5,
    text="""\
Update 1 (PC 4410 Yardley) 03/05 - Spoke to IP Martin Kowalczyk by phone. He lent susp (Craig Dunmore) £300 in Feb, asked for it back, since then susp has sent abusive texts calling him a 'grass', 'pathetic little man' and 'nonce'. Screenshots recieved, 5 msgs between 20/04 and 01/05. No threats. IP has not blocked him as wants his money back.
Update 2 03/05 - Susp not known to police. PNC nil trace.
Update 3 06/05 - IP reports another msg last night, same kind of thing, 'everyone knows what you are'. IP states its embarassing as susp posted nothing publicly but he worries he will. No change to daily life.
Update 4 - Plan: interview susp voluntary.""",
    spans=[
        ("REPETITION", "5 msgs between 20/04 and 01/05"),
        ("REPETITION", "another msg last night"),
        ("DISTRESS", "its embarassing"),
    ],
)

case(
    7, "aggravated_stalking", "CSR",
    voice="crime_summary", case="mixed", noise="redacted", batch="w",
    pattern="online_fake_profiles_religious_abuse", relationship="online", occasions=7,
    text="""\
Victim: [REDACTED] (F, 26)   Suspect: unknown - believed [REDACTED], former online gaming contact
Method of contact: Instagram, TikTok, email
Details: IP blocked the susp's account in Sept after he asked to meet. Since then he has created at least 7 new accounts to message her, each time within a day of the last being blocked. Messages mock her hijab and call Muslims 'r*g heads' and 'terrorists'. He has commented on her posts with screenshots of where she works, so IP believes he has been looking through her tagged photos. IP says she is annoyed rather than frightened and has not changed anything - 'I'm not letting him win'.
OIC: DC XXXX""",
    spans=[
        ("UNWANTED", "IP blocked the susp's account in Sept"),
        ("STALK_CONTACT", "created at least 7 new accounts to message her"),
        ("REPETITION", "each time within a day of the last being blocked"),
        ("RELIGIOUS_HOSTILITY", "mock her hijab and call Muslims 'r*g heads' and 'terrorists'"),
        ("STALK_PUBLISH", "commented on her posts with screenshots of where she works"),
        ("STALK_MONITOR", "looking through her tagged photos"),
    ],
)

case(
    8, "aggravated_harassment_fear_of_violence", "CFR",
    voice="call_log", case="upper", noise="heavy", batch="w",
    pattern="neighbour_racial_threats_two_calls", relationship="neighbour", occasions=2,
    text="""\
INC 1193 22/08 CLR MRS ADEBAYO FLAT 4 HALCYON HSE
21:14 CLR SAYS MALE IN FLAT 6 BANGING ON HER DOOR SHOUTING "BLACK B***H IM GONNA STAB YOU". CLR HIDING IN BATHRM W/ KIDS. V SCARED
21:15 G1 ASSIGNED
21:31 O/S. MALE NOT AT DOOR. CLR STATES SAME MALE DID SAME LAST SAT (18/08) - SAID HED "CUT HER" AND CALLED HER A MONKEY, SHE DIDNT CALL THEN AS WAS TOO FRIGHTENED HE WD COME BACK
21:50 MALE ARR'D INSIDE FLAT 6. RACIALLY AGG FLAG ADDED""",
    spans=[
        ("RACIAL_HOSTILITY", "BLACK B***H"),
        ("THREAT_VIOLENCE", "IM GONNA STAB YOU"),
        ("FEAR_OF_VIOLENCE", "CLR HIDING IN BATHRM W/ KIDS. V SCARED"),
        ("REPETITION", "SAME MALE DID SAME LAST SAT"),
        ("THREAT_VIOLENCE", "HED \"CUT HER\""),
        ("RACIAL_HOSTILITY", "CALLED HER A MONKEY"),
        ("FEAR_OF_VIOLENCE", "TOO FRIGHTENED HE WD COME BACK"),
    ],
)

case(
    9, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="vps", case="mixed", noise="clean", batch="w",
    pattern="vps_form_landlord_watching_antisemitic", relationship="landlord", occasions=6,
    text="""\
VICTIM PERSONAL STATEMENT (MG11 continuation)
Name: Rebecca Lowenthal   DOB: 14/02/1988
Would you like to read your statement in court? Yes / No (circled: Not sure)

Since I complained to the council about the damp, Mr Halloran, who owns the building, has been at the window of the flat opposite mine almost every evening, watching my door. He has let himself into my flat twice when I was out and moved things around so I would know he had been. He left a note under the door with a star of David drawn on it and the words 'your lot always want something for nothing'. He has said things about Jews to my face on the stairs.

How this has affected me: I have had a locksmith change the locks at my own cost and I now stay at my sister's in Salford three or four nights a week. I have been signed off work for two weeks with anxiety. I feel like he is always there.""",
    spans=[
        ("STALK_WATCH", "at the window of the flat opposite mine almost every evening, watching my door"),
        ("STALK_PROPERTY", "let himself into my flat twice when I was out and moved things around"),
        ("RELIGIOUS_HOSTILITY", "a star of David drawn on it and the words 'your lot always want something for nothing'"),
        ("RELIGIOUS_HOSTILITY", "said things about Jews to my face"),
        ("SERIOUS_IMPACT", "had a locksmith change the locks"),
        ("SERIOUS_IMPACT", "stay at my sister's in Salford three or four nights a week"),
        ("SERIOUS_IMPACT", "signed off work for two weeks with anxiety"),
        ("FIXATION", "I feel like he is always there"),
    ],
)

case(
    10, "no_offence", "",
    voice="result_note", case="mixed", noise="abbrev", batch="w",
    pattern="lawful_debt_collection_letters", relationship="business", occasions=5,
    text="""\
Result: NFA - no crime
Reason: IP (Mr Anil Bhardwaj) reported 'harassment' by Castleton Credit Recoveries - 5 letters and approx 10 calls since March re unpaid catalogue account (£412). Letters viewed, standard arrears wording, no threats, calls during office hours. Conduct is pursuit of a legit debt. IP advised re FCA complaint route and Citizens Advice. IP accepted.
Crime recorded: N   Vulnerability: N""",
    spans=[],
)

case(
    11, "stalking", "CS",
    voice="statement", case="mixed", noise="typos", batch="w",
    pattern="mg11_gifts_from_customer", relationship="customer", occasions=5,
    text="""\
Statement of: Olivia Mensah-Clarke   Occupation: Hairdresser   Age: over 18
This statement (consisting of 1 page) is true to the best of my knowledge and belief...

I work at Snip & Style on Bridge Street, Llanelli. A man I know as Kev has been a customer since last summer. In October he asked me out and I said no, I have a boyfriend. Since then flowers have been delivered to the salon for me four times with cards saying things like 'I know your the one' and 'he doesnt deserve you'. He booked under diffrent names so I would end up doing his hair, my manager now checks the bookings. Two weeks ago a box of chocolates was left on my car windscreen in the Asda car park on a Saturday, which I never told him I go to. I am not scared as such, its more that its weird and I want him to leave me alone.""",
    spans=[
        ("UNWANTED", "asked me out and I said no"),
        ("STALK_GIFTS", "flowers have been delivered to the salon for me four times"),
        ("FIXATION", "'I know your the one'"),
        ("STALK_CONTACT", "booked under diffrent names so I would end up doing his hair"),
        ("STALK_GIFTS", "box of chocolates was left on my car windscreen"),
        ("UNWANTED", "I want him to leave me alone"),
    ],
)

case(
    12, "harassment_fear_of_violence", "CFD",
    voice="crime_summary", case="mixed", noise="abbrev", batch="w",
    pattern="road_rage_rival_repeated_threats_work", relationship="business", occasions=3,
    text="""\
Crime type (initial): Malicious comms - amended, see supervisor
Loc: Unit 7, Ferrybridge Ind Est
IP: Nathan BOATENG, owner, B&B Scaffolding Ltd
Susp: Aiden CRUMP, owner of rival firm
Circs: Susp lost contract to IP's firm in July. 28/07 susp drove onto IP's yard, got out with a scaffold pole, told IP 'next time I'll use this on your head'. IP locked himself in the portakabin and rang 999 (ref 28/07-0533). 04/08 susp rang IP's mobile, 'you're getting done in, watch your back'. IP states he now carries a personal alarm and has CCTV fitted at the yard; says he genuinely thinks susp will attack him. 10/08 voicemail, similar. Weapons: scaffold pole (first occ only). Injuries: nil.""",
    spans=[
        ("THREAT_VIOLENCE", "'next time I'll use this on your head'"),
        ("FEAR_OF_VIOLENCE", "IP locked himself in the portakabin and rang 999"),
        ("THREAT_VIOLENCE", "'you're getting done in, watch your back'"),
        ("SERIOUS_IMPACT", "now carries a personal alarm and has CCTV fitted at the yard"),
        ("FEAR_OF_VIOLENCE", "genuinely thinks susp will attack him"),
        ("REPETITION", "10/08 voicemail, similar"),
    ],
)

case(
    13, "harassment", "CD",
    voice="notebook", case="lower", noise="heavy", batch="w",
    pattern="pocket_notebook_abusive_calls_to_ex_mother_in_law", relationship="family", occasions=4,
    text="""\
0915 att 22 ashgrove ave, rhyl. ip mrs glenys pritchard (68). rp = ip.
ip states ex son in law (lee vaughan) rings landline most nights abt 11pm since 3 wks, drunk, shouting she turned her daughter against him, calls her 'old witch', 'interfering cow'. 4 calls logged on her itemised bill, more she didnt answer. no threats made. ip has unplugged the landline at night and now cant sleep worrying it will ring, gp gave her tablets.
weather dry. no damage. ip happy for wol to susp. trace/interview.""",
    spans=[
        ("REPETITION", "rings landline most nights abt 11pm since 3 wks"),
        ("REPETITION", "4 calls logged on her itemised bill"),
        ("SERIOUS_IMPACT", "unplugged the landline at night"),
        ("DISTRESS", "cant sleep worrying it will ring"),
        ("SERIOUS_IMPACT", "gp gave her tablets"),
    ],
)

case(
    14, "stalking_fear_alarm_distress", "CSF",
    voice="dash_note", case="mixed", noise="abbrev", batch="w",
    pattern="dash_ex_tracker_on_car", relationship="ex_partner", occasions=5,
    text="""\
DASH RIC - Victim: Chloe FAIRWEATHER  Perp: Ryan STOCKDALE (ex, 4 yrs, sep 6 wks)
1. Current situation - injury? N
2. Very frightened? Y. IP says 'he knows where I am all the time, he's going to hurt me'.
3. What afraid of? That he will turn up and assault her like he did in 2022 (PNC - caution ABH).
5. Separation in last year? Y
11. Constantly texts/calls/contacts, follows, stalks or harasses? Y - appeared at Tesco Extra and at her mum's within 20 mins of her arriving on both occ. AirTag found by garage taped inside rear bumper 19/11. 40+ texts a day, numbers blocked, new numbers used.
14. Threatened to kill? N (not in words)
Additional: IP sleeping with a knife under the pillow, terrified each time her phone lights up.
Total Y: 12 - HIGH. MARAC referral made. IDVA informed.""",
    spans=[
        ("FEAR_OF_VIOLENCE", "'he knows where I am all the time, he's going to hurt me'"),
        ("FEAR_OF_VIOLENCE", "That he will turn up and assault her"),
        ("STALK_TURN_UP", "appeared at Tesco Extra and at her mum's"),
        ("STALK_MONITOR", "AirTag found by garage taped inside rear bumper"),
        ("STALK_CONTACT", "40+ texts a day, numbers blocked, new numbers used"),
        ("FEAR_OF_VIOLENCE", "terrified each time her phone lights up"),
    ],
)

case(
    15, "aggravated_harassment", "CR",
    voice="third_party", case="mixed", noise="clean", batch="w",
    pattern="online_report_form_school_parent_abuse", relationship="acquaintance", occasions=3,
    text="""\
Online report form - Report submitted on behalf of someone else
Your relationship to the victim: Headteacher
Victim name: Mr Jakub Nowicki (parent)
What happened? At the school gate on three mornings this half term another parent, Mrs Sharon Kettle, has shouted at Mr Nowicki that 'Polish scroungers' are taking school places and that he should 'go back to Poland where you belong'. She said it again on Tuesday in front of both their children. Mr Nowicki asked me to report it as he does not speak much English. He is not frightened of her but is upset that his son heard.
Was anyone hurt? No
Do you know the suspect? Yes (parent at the school)""",
    spans=[
        ("REPETITION", "on three mornings this half term"),
        ("RACIAL_HOSTILITY", "'Polish scroungers'"),
        ("RACIAL_HOSTILITY", "'go back to Poland where you belong'"),
        ("REPETITION", "She said it again on Tuesday"),
        ("DISTRESS", "upset that his son heard"),
    ],
)

case(
    16, "aggravated_stalking", "CSR",
    voice="call_log", case="inconsistent", noise="abbrev", batch="w",
    pattern="loitering_outside_mosque_house_watching", relationship="neighbour", occasions=4,
    text="""\
Ref 20231104-0211  Grade: scheduled
Caller: Imam Yusuf HAQUE (RP), 9 Clement St, Blackburn
10:02 RP states male from end of the street stands opposite his house most mornings at 0600 when he leaves for fajr, just watching. 4 times this month. Has shouted 'Islam is a cancer' once and 'we know where you pray'.
10:04 RP not scared, more concerned for wife. Says male also photographed his front door on Thurs.
10:10 THRIVE done: T-low H-med. Hate incident flag - RELIGION. Appt booked PCSO 7714.""",
    spans=[
        ("STALK_WATCH", "stands opposite his house most mornings at 0600"),
        ("STALK_WATCH", "just watching"),
        ("REPETITION", "4 times this month"),
        ("RELIGIOUS_HOSTILITY", "'Islam is a cancer'"),
        ("RELIGIOUS_HOSTILITY", "'we know where you pray'"),
        ("STALK_WATCH", "photographed his front door on Thurs"),
    ],
)

case(
    17, "no_offence", "",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="w",
    pattern="mutual_row_ex_partners_both_abusive", relationship="ex_partner", occasions=3,
    text="""\
Sgt 1902 review: Crime recorded as harassment v Mr KELLY. Having read the WhatsApp download (exh JF/2) this is a two-way exchange over child contact - both IP (Ms Delaney) and Mr Kelly trade insults across 3 evenings, IP's msgs as abusive as his ('scumbag', 'waste of space' from her; 'psycho' from him). Neither threatens the other, both keep replying. Not a course of conduct by one party against the other. Reclassify to non-crime DA incident. Both signposted to family mediation. NFA.""",
    spans=[],
)

case(
    18, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="statement", case="mixed", noise="clean", batch="w",
    pattern="taxi_driver_racist_threats_regular_passenger", relationship="customer", occasions=3,
    text="""\
I am a private hire driver with Swift Cars in Luton. I have driven the man I now know as Barry Townsend home from the Crown pub three times in the last month. The first time he sat behind me and said 'you lot should all be shipped back, I'd happily do it myself with a bat'. I was frightened he would hit me from behind and I drove with my hand ready on the door. The second time, on the 12th, he said he knew which rank I worked from and that 'Pakis get what's coming'. I stopped the car at a petrol station and refused to go on because I thought he was going to attack me. On the third occasion the controller sent me without telling me it was him. He laughed and said 'told you I'd find you'. I now refuse all jobs from the Crown.""",
    spans=[
        ("REPETITION", "three times in the last month"),
        ("RACIAL_HOSTILITY", "'you lot should all be shipped back"),
        ("THREAT_VIOLENCE", "I'd happily do it myself with a bat'"),
        ("FEAR_OF_VIOLENCE", "I was frightened he would hit me from behind"),
        ("RACIAL_HOSTILITY", "'Pakis get what's coming'"),
        ("FEAR_OF_VIOLENCE", "I thought he was going to attack me"),
        ("SERIOUS_IMPACT", "I now refuse all jobs from the Crown"),
    ],
)

case(
    19, "stalking", "CS",
    voice="crime_summary", case="upper", noise="abbrev", batch="w",
    pattern="short_fields_ex_monitors_email", relationship="ex_partner", occasions=3,
    text="""\
VICTIM: SAMIRA ODUYA   SUSPECT: JOEL HART (EX)
MO: SUSP HAS CONTINUED TO LOG INTO IP'S GMAIL + ICLOUD AFTER SEP, READING HER EMAILS. IP GOT LOGIN ALERTS 3 TIMES (LOCATION = SUSP'S TOWN). SUSP QUOTED HER EMAILS BACK TO HER BY TEXT. IP NOT IN FEAR. PASSWORDS NOW CHANGED.""",
    spans=[
        ("STALK_MONITOR", "CONTINUED TO LOG INTO IP'S GMAIL + ICLOUD AFTER SEP, READING HER EMAILS"),
        ("REPETITION", "LOGIN ALERTS 3 TIMES"),
        ("STALK_CONTACT", "QUOTED HER EMAILS BACK TO HER BY TEXT"),
    ],
)

case(
    20, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="updates", case="mixed", noise="heavy", batch="w",
    pattern="updates_stranger_follows_sikh_student", relationship="stranger", occasions=5,
    text="""\
12/02 18:40 PC 551 - IP (Harpreet Sandhu, 19, student) into front counter Coventry Central. States white male approx 40 has followed her from the bus stop on Far Gosford St to her halls 3x in 2 wks. Last night he came right up and said her turban 'makes me sick' and he'd 'rip it off'. IP v frightened, thinks he wil grab her.
13/02 09:15 DC Ahmed - CCTV req'd from halls. uni security informed.
15/02 - IP rang, male stood outside halls entrance 2 hrs this am, she didnt go to lectures. Says she's 'scared to death he'll hurt me'. Now getting taxi everywhere.
16/02 - susp ID'd via CCTV, Terence COLE. Arrest plan.""",
    spans=[
        ("STALK_FOLLOW", "followed her from the bus stop on Far Gosford St to her halls"),
        ("REPETITION", "3x in 2 wks"),
        ("RELIGIOUS_HOSTILITY", "her turban 'makes me sick'"),
        ("THREAT_VIOLENCE", "he'd 'rip it off'"),
        ("FEAR_OF_VIOLENCE", "IP v frightened, thinks he wil grab her"),
        ("STALK_LOITER", "male stood outside halls entrance 2 hrs this am"),
        ("SERIOUS_IMPACT", "she didnt go to lectures"),
        ("FEAR_OF_VIOLENCE", "'scared to death he'll hurt me'"),
        ("SERIOUS_IMPACT", "Now getting taxi everywhere"),
    ],
)

case(
    21, "harassment_fear_of_violence", "CF",
    voice="call_log", case="mixed", noise="abbrev", batch="w",
    pattern="short_log_repeat_threats_ex_flatmate", relationship="acquaintance", occasions=2,
    text="""\
Inc 0882 07/01. Clr Ewan Strachan. Ex flatmate (Josh Pell) sent VN today 'I'm coming round with a hammer'. 2nd one this wk, Clr hid at friend's Tues night as thought he'd actually come. Now terrified again, doors locked. G2.""",
    spans=[
        ("THREAT_VIOLENCE", "'I'm coming round with a hammer'"),
        ("REPETITION", "2nd one this wk"),
        ("FEAR_OF_VIOLENCE", "hid at friend's Tues night as thought he'd actually come"),
        ("FEAR_OF_VIOLENCE", "Now terrified again, doors locked"),
    ],
)

case(
    22, "stalking_fear_alarm_distress", "CSD",
    voice="victim_diary", case="mixed", noise="typos", batch="w",
    pattern="diary_log_sheet_ex_partner_turning_up", relationship="ex_partner", occasions=5,
    text="""\
INCIDENT DIARY - give to OIC at each visit
Date | Time | What happened | Witness
3 Apr | 07:50 | Car (Craig's black Golf) parked at end of road when I left for work | none
5 Apr | 17:30 | He was at the school gates at pick up, didnt speak, just stared at me | Mrs Adu (other mum)
6 Apr | 22:10 | Rang 6 times from witheld no., hung up each time | -
9 Apr | 12:00 | Turned up at my work (Boots, Market Sq) asked colleagues what shift I'm on | Dev (manager)
11 Apr | - | Started using the back door + parking at my brothers. Ive asked work to move me to the Stafford branch. Cant eat properly.""",
    spans=[
        ("STALK_LOITER", "parked at end of road when I left for work"),
        ("STALK_TURN_UP", "He was at the school gates at pick up"),
        ("STALK_WATCH", "just stared at me"),
        ("STALK_CONTACT", "Rang 6 times from witheld no., hung up each time"),
        ("STALK_TURN_UP", "Turned up at my work"),
        ("STALK_MONITOR", "asked colleagues what shift I'm on"),
        ("SERIOUS_IMPACT", "Started using the back door + parking at my brothers"),
        ("SERIOUS_IMPACT", "asked work to move me to the Stafford branch"),
        ("DISTRESS", "Cant eat properly"),
    ],
)

case(
    23, "harassment", "C",
    voice="mo_field", case="mixed", noise="clean", batch="w",
    pattern="mo_field_nuisance_deliveries_ex_colleague", relationship="colleague", occasions=4,
    text="""\
MO: Following a dispute at work, suspect has on four occasions ordered pizzas and takeaways cash-on-delivery to the victim's home in the victim's name, and once booked a skip to be delivered to his drive. Suspect admitted it by text ('enjoy your dinner'). No threats. Victim finds it a nuisance and is out of pocket £18; no other effect.
Property: n/a   Injuries: none""",
    spans=[
        ("REPETITION", "on four occasions"),
        ("STALK_ORDERS", "ordered pizzas and takeaways cash-on-delivery to the victim's home"),
        ("STALK_ORDERS", "booked a skip to be delivered to his drive"),
    ],
)

case(
    24, "no_offence", "",
    voice="crime_summary", case="mixed", noise="abbrev", batch="w",
    pattern="two_incidents_months_apart_reconciled", relationship="partner", occasions=2,
    text="""\
Location: 41 Marlowe Gdns, Ipswich
IP: Toby ARCHER   Susp: Leanne MOSS (partner, cohabiting)
Circs: IP reports susp sent abusive texts after an argument on 14/02. Separate incident 09/09 (nearly 7 months later) - susp shouted at IP in the street re his drinking. In between the couple reconciled and were living together happily per IP. No link between the two beyond the relationship. No threats. IP doesn't want action, just wanted it logged for custody purposes.
DA: Y   Risk: standard   Outcome: non-crime DA incident""",
    spans=[],
)

case(
    25, "aggravated_stalking", "CSR",
    voice="crime_summary", case="mixed", noise="abbrev", batch="w",
    pattern="fake_profile_publishing_racial", relationship="online", occasions=4,
    text="""\
Victim: Dr Chidi OKAFOR   Suspect: Glen ASHWORTH (former patient)
Details: After complaint about his care was rejected, susp set up a Facebook page in IP's name with his photo, posting racist 'jokes' about Africans as if written by IP, and a 2nd page calling him an 'African quack who should be deported'. Also emailed IP's NHS address 4 times from different accounts. Pages reported + removed, susp recreated them twice. IP says he's irritated, not worried for his safety; carrying on as normal.
Racial hostility: Y""",
    spans=[
        ("STALK_PUBLISH", "set up a Facebook page in IP's name with his photo"),
        ("RACIAL_HOSTILITY", "posting racist 'jokes' about Africans"),
        ("RACIAL_HOSTILITY", "'African quack who should be deported'"),
        ("STALK_CONTACT", "emailed IP's NHS address 4 times from different accounts"),
        ("REPETITION", "susp recreated them twice"),
    ],
)

case(
    26, "aggravated_harassment", "CR",
    voice="result_note", case="mixed", noise="clean", batch="w",
    pattern="result_note_charge_neighbour_racist_notes", relationship="neighbour", occasions=3,
    text="""\
Result: CHARGED - CPS authority (ref 44XX1234523)
Summary for file: Between May and July the defendant, Mrs Pamela Horrocks, put three notes through the letterbox of her neighbours Mr and Mrs Lin complaining about their bins and calling them 'dirty Chinese' and 'Covid carriers'. Handwriting matched; defendant admitted in interview, said she 'didn't mean it racially'. Victims not in fear; upset and embarrassed.
Bail: unconditional   First hearing: Tameside MC""",
    spans=[
        ("REPETITION", "three notes through the letterbox"),
        ("RACIAL_HOSTILITY", "'dirty Chinese'"),
        ("RACIAL_HOSTILITY", "'Covid carriers'"),
        ("DISTRESS", "upset and embarrassed"),
    ],
)

case(
    27, "stalking", "CS",
    voice="third_party", case="lower", noise="typos", batch="w",
    pattern="neighbour_reports_man_loitering_for_woman", relationship="stranger", occasions=4,
    text="""\
reporter: mr f dos santos (neighbour of victim, flat 2)
victim: ms aoife brennan flat 3
i have seen a man sat on the wall opposite our block at least 4 evenings this week, he watches her window and when she comes home he walks behind her to the door. she says she dosent know him but he has started leaving drawings of her on the doorstep. she is more freaked out than scared. shes asked me to report as she works nights.""",
    spans=[
        ("STALK_LOITER", "sat on the wall opposite our block"),
        ("REPETITION", "at least 4 evenings this week"),
        ("STALK_WATCH", "he watches her window"),
        ("STALK_FOLLOW", "walks behind her to the door"),
        ("STALK_GIFTS", "leaving drawings of her on the doorstep"),
        ("DISTRESS", "more freaked out than scared"),
    ],
)

case(
    28, "aggravated_harassment_fear_of_violence", "CFR",
    voice="judgment", case="mixed", noise="clean", batch="w",
    pattern="sentencing_remarks_antisemitic_threats_shop", relationship="business", occasions=3,
    text="""\
R v DANIEL FERRIS - Sentencing remarks (extract), Crown Court at Bournemouth
You pleaded guilty on the basis that on three occasions in March you entered Mr Abrahams' bakery. On the first you told him that 'Jews like you should be burnt out' and that you would 'come back with petrol'. His evidence, which I accept, is that he was terrified that you would set fire to the shop with him inside it. On the second, you stood at the counter and mimed striking a match. On the third you told his assistant to pass on that 'the Jew's time is up'. He again believed you would carry out the threat and kept a fire extinguisher by the till thereafter. Your hostility to his religion was plain throughout.""",
    spans=[
        ("REPETITION", "on three occasions in March"),
        ("RELIGIOUS_HOSTILITY", "'Jews like you should be burnt out'"),
        ("THREAT_VIOLENCE", "'come back with petrol'"),
        ("FEAR_OF_VIOLENCE", "he was terrified that you would set fire to the shop with him inside it"),
        ("THREAT_VIOLENCE", "mimed striking a match"),
        ("RELIGIOUS_HOSTILITY", "'the Jew's time is up'"),
        ("FEAR_OF_VIOLENCE", "He again believed you would carry out the threat"),
    ],
)

case(
    29, "stalking_fear_alarm_distress", "CSD",
    voice="crime_summary", case="mixed", noise="redacted", batch="w",
    pattern="redacted_fields_fixated_ex_colleague_moved_home", relationship="colleague", occasions=6,
    text="""\
Victim: XXXX (F)   Suspect: XXXX, former colleague at [REDACTED] Ltd
Details: Susp became fixated on IP after she left the firm - 'obsessed' per IP's new manager. Sent 30+ letters to her home, then to her new work after she stopped opening them. Seen outside her address on 6 dates Oct-Dec. IP has since moved to [REDACTED] and is on anti-anxiety medication. Repeat victim: Y.""",
    spans=[
        ("FIXATION", "Susp became fixated on IP after she left the firm"),
        ("STALK_CONTACT", "Sent 30+ letters to her home, then to her new work"),
        ("STALK_LOITER", "Seen outside her address on 6 dates Oct-Dec"),
        ("SERIOUS_IMPACT", "IP has since moved to [REDACTED]"),
        ("SERIOUS_IMPACT", "on anti-anxiety medication"),
    ],
)

case(
    30, "harassment_fear_of_violence", "CF",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="w",
    pattern="supervisor_upgrades_mal_comms_to_s4", relationship="neighbour", occasions=2,
    text="""\
Supervisor review (A/Insp 3320): Recorded as 2x malicious comms. Disagree. Same susp (next door, Mr Peploe) threatened IP over the boundary fence on 02/06 ('I'll glass you') and again 16/06 ('you're getting a kicking'). Both times IP went inside, rang her son to come and stay, and says she believed he would do it. That is fear of violence on two occasions. Reclassify, one crime. Please obtain MG11 covering both dates.""",
    spans=[
        ("THREAT_VIOLENCE", "('I'll glass you')"),
        ("THREAT_VIOLENCE", "('you're getting a kicking')"),
        ("FEAR_OF_VIOLENCE", "Both times IP went inside, rang her son to come and stay"),
        ("FEAR_OF_VIOLENCE", "believed he would do it"),
    ],
)

case(
    31, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="statement", case="mixed", noise="clean", batch="w",
    pattern="statement_ex_tracks_via_family_racial", relationship="ex_partner", occasions=5,
    text="""\
Witness statement - Jasmine Ferreira-Obi
Since I ended things with Kyle Morton in August, he has found out where I am every weekend by watching my Snapchat map, and has turned up at my friend's in Hackney and at a bar in Shoreditch. When I told him to leave me alone he called me a 'n***** b***h' and said no one else would want a 'half-breed'. He messages my mum asking where I am. I have turned location sharing off, deleted Snapchat, and I don't go out at weekends anymore. I have started seeing a counsellor.""",
    spans=[
        ("STALK_MONITOR", "watching my Snapchat map"),
        ("STALK_TURN_UP", "turned up at my friend's in Hackney and at a bar in Shoreditch"),
        ("UNWANTED", "told him to leave me alone"),
        ("RACIAL_HOSTILITY", "called me a 'n***** b***h'"),
        ("RACIAL_HOSTILITY", "'half-breed'"),
        ("STALK_CONTACT", "messages my mum asking where I am"),
        ("SERIOUS_IMPACT", "I don't go out at weekends anymore"),
        ("SERIOUS_IMPACT", "started seeing a counsellor"),
    ],
)

case(
    32, "no_offence", "",
    voice="call_log", case="upper", noise="abbrev", batch="w",
    pattern="landlord_notice_visits_lawful", relationship="landlord", occasions=3,
    text="""\
LOG 0321 CLR MS ZARA BELLINGHAM. STATES LANDLORD HARASSING HER - HAS SERVED S21 NOTICE AND BEEN 3 TIMES WITH 24HR WRITTEN NOTICE TO DO GAS SAFETY CHECK + VIEWINGS. NO ABUSE, POLITE, NEVER ENTERED WITHOUT NOTICE. CIVIL MATTER. ADV SHELTER/COUNCIL HOUSING TEAM. CLOSE.""",
    spans=[],
)

case(
    33, "harassment", "C",
    voice="call_log", case="mixed", noise="typos", batch="w",
    pattern="short_log_abusive_voicemails_customer", relationship="customer", occasions=3,
    text="""\
Inc 1540. Clr (Hollie Verma, manages nail bar) says unhappy customer has left 3 voicemails since Fri calling her a 'fat cow' and 'con artist'. No threats. Clr annoyed. Adv, WOA to be given.""",
    spans=[
        ("REPETITION", "3 voicemails since Fri"),
    ],
)

case(
    34, "stalking", "CS",
    voice="mo_field", case="upper", noise="abbrev", batch="w",
    pattern="mo_field_ex_letters_despite_block", relationship="ex_partner", occasions=5,
    text="""\
MO: SUSP (EX, SEP 2021) HAS WRITTEN 5 LETTERS + SENT CARDS TO IP'S NEW ADDRESS DESPITE IP BLOCKING HIM ON ALL APPS & ASKING HIM VIA SOLICITOR TO STOP. LETTERS SAY 'WE ARE MEANT TO BE TOGETHER'. IP NOT IN FEAR, NO IMPACT STATED.""",
    spans=[
        ("STALK_CONTACT", "WRITTEN 5 LETTERS + SENT CARDS TO IP'S NEW ADDRESS"),
        ("UNWANTED", "ASKING HIM VIA SOLICITOR TO STOP"),
        ("FIXATION", "'WE ARE MEANT TO BE TOGETHER'"),
    ],
)

case(
    35, "aggravated_stalking", "CSR",
    voice="updates", case="mixed", noise="abbrev", batch="w",
    pattern="updates_neighbour_filming_gypsy_family", relationship="neighbour", occasions=4,
    text="""\
Upd 1 - IP Mr Patrick Doherty (Irish Traveller, resident at Greenacre site) reports man from the new estate films his family on his phone from the lane most days, has done so 4 times this wk, shouting 'p***y thieves'.
Upd 2 - IP found same male going through the bins at his plot.
Upd 3 - IP not scared, 'seen worse', wants him stopped. Hate flag - race (ethnicity).""",
    spans=[
        ("STALK_WATCH", "films his family on his phone from the lane most days"),
        ("REPETITION", "4 times this wk"),
        ("RACIAL_HOSTILITY", "'p***y thieves'"),
        ("STALK_PROPERTY", "going through the bins at his plot"),
    ],
)

case(
    36, "stalking_fear_alarm_distress", "CSF",
    voice="call_log", case="mixed", noise="heavy", batch="w",
    pattern="log_ex_at_window_twice_fear", relationship="ex_partner", occasions=3,
    text="""\
Inc 2207 clr Nadia Volkova. 23:48 ex (Stefan Rusu) at her bedroom windw AGAIN tapping, 2nd night running, bail conds say no contact. clr screaming on line 'hes going to kill me', kids crying. last nite she barricaded door w/ chest of drawers as sure he'd get in and hurt her. also been sending msgs from new nos. G1.""",
    spans=[
        ("STALK_TURN_UP", "at her bedroom windw"),
        ("REPETITION", "2nd night running"),
        ("FEAR_OF_VIOLENCE", "clr screaming on line 'hes going to kill me'"),
        ("FEAR_OF_VIOLENCE", "barricaded door w/ chest of drawers as sure he'd get in and hurt her"),
        ("STALK_CONTACT", "sending msgs from new nos"),
    ],
)

case(
    37, "aggravated_harassment", "CR",
    voice="crime_summary", case="mixed", noise="abbrev", batch="w",
    pattern="colleague_repeated_anti_polish_remarks", relationship="colleague", occasions=4,
    text="""\
Loc: Meadowbank Foods, Boston, Lincs (packing line 3)
IP: Katarzyna ZIELINSKA   Susp: Darren FROST (team leader)
Circs: Over Jan-Feb susp made remarks to IP on at least 4 shifts - 'Eastern European rubbish', 'learn English or get out'. Witnessed by 2 colleagues (MG11s to follow). IP reported to HR first, no action, so came to police. IP upset, no fear, still at work.
Injuries: nil. Weapons: none. Hate flag: race/nationality.""",
    spans=[
        ("REPETITION", "on at least 4 shifts"),
        ("RACIAL_HOSTILITY", "'Eastern European rubbish'"),
        ("RACIAL_HOSTILITY", "'learn English or get out'"),
        ("DISTRESS", "IP upset"),
    ],
)

case(
    38, "aggravated_harassment_fear_of_violence", "CFR",
    voice="dash_note", case="mixed", noise="abbrev", batch="w",
    pattern="risk_form_hindu_temple_volunteer_threats", relationship="acquaintance", occasions=2,
    text="""\
Risk ax (non-DA) - IP: Mr Vikram Joshi, temple volunteer, Leicester
Threats made? Y - 01/09 & 08/09 by Gary Lamb, ex volunteer; told IP 'you cow worshippers, I'll smash your face in'.
Victim fearful? Y - after each, IP says he was shaking and afraid to walk to his car; waits now for others.
Previous? N. Score: medium.""",
    spans=[
        ("REPETITION", "01/09 & 08/09"),
        ("RELIGIOUS_HOSTILITY", "'you cow worshippers"),
        ("THREAT_VIOLENCE", "I'll smash your face in'"),
        ("FEAR_OF_VIOLENCE", "after each, IP says he was shaking and afraid to walk to his car"),
    ],
)

case(
    39, "harassment_fear_of_violence", "CF",
    voice="statement", case="mixed", noise="clean", batch="w",
    pattern="statement_debt_of_friend_threats_twice", relationship="acquaintance", occasions=2,
    text="""\
I have known Kieran Baird from the five-a-side for about two years. On Sunday 4th he came to my door saying I owed his cousin money and that if he didn't get it he would 'stab me up'. I was properly scared he would do it there and then. On Wednesday he stopped me outside Greggs and said 'Friday, or you're getting cut'. I believed him and I was scared for the rest of the week that he'd come for me.""",
    spans=[
        ("THREAT_VIOLENCE", "he would 'stab me up'"),
        ("FEAR_OF_VIOLENCE", "I was properly scared he would do it there and then"),
        ("THREAT_VIOLENCE", "'Friday, or you're getting cut'"),
        ("FEAR_OF_VIOLENCE", "scared for the rest of the week that he'd come for me"),
    ],
)

case(
    40, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="crime_summary", case="upper", noise="abbrev", batch="w",
    pattern="upper_form_sikh_shop_owner_watched", relationship="stranger", occasions=5,
    text="""\
VICTIM: MR JASWINDER GILL   SUSPECT: UNKNOWN W/M 30S
MO: SUSP SITS IN CAR OUTSIDE IP'S SHOP 5 DAYS IN A ROW, FOLLOWED IP HOME ONCE. LEFT NOTE 'NO TURBANS HERE'. IP HAS CLOSED SHOP EARLY ALL WEEK + FITTED CCTV AT HOME. NOT IN FEAR OF VIOLENCE.""",
    spans=[
        ("STALK_LOITER", "SITS IN CAR OUTSIDE IP'S SHOP"),
        ("REPETITION", "5 DAYS IN A ROW"),
        ("STALK_FOLLOW", "FOLLOWED IP HOME ONCE"),
        ("RELIGIOUS_HOSTILITY", "'NO TURBANS HERE'"),
        ("SERIOUS_IMPACT", "CLOSED SHOP EARLY ALL WEEK + FITTED CCTV AT HOME"),
    ],
)

case(
    41, "no_offence", "",
    voice="crime_summary", case="mixed", noise="abbrev", batch="w",
    pattern="negated_contact_after_single_message", relationship="online", occasions=1,
    text="""\
IP: Freya LINDQVIST   Susp: unknown (Hinge match)
Circs: Match sent 1 abusive msg after IP cancelled a date. IP blocked him. No further contact since, no other accounts, no sightings. IP reassured. No crime.""",
    spans=[],
)

case(
    42, "harassment", "CD",
    voice="vps", case="mixed", noise="clean", batch="w",
    pattern="vps_insulting_emails_changed_job", relationship="colleague", occasions=6,
    text="""\
Impact statement - Grace Obuya
The six emails from my former supervisor calling me useless, stupid and a disgrace have been horrible. He never threatened me. I have handed in my notice at the council because I cannot face the office, and I am on antidepressants.""",
    spans=[
        ("REPETITION", "The six emails"),
        ("SERIOUS_IMPACT", "handed in my notice at the council"),
        ("SERIOUS_IMPACT", "I am on antidepressants"),
    ],
)

case(
    43, "stalking", "CS",
    voice="third_party", case="mixed", noise="abbrev", batch="w",
    pattern="school_reports_parent_following_teacher", relationship="acquaintance", occasions=3,
    text="""\
Referral from: Deputy Head, St Anselm's RC Primary
Subject: Mrs L. Ogunleye (Yr2 teacher)
A parent (Mr Callum Reeve) has followed Mrs Ogunleye to the staff car park 3x this term and once to the Co-op after school. He has emailed her personal account which she never gave out. She is uneasy but not frightened. School has issued a site ban letter.""",
    spans=[
        ("STALK_FOLLOW", "followed Mrs Ogunleye to the staff car park"),
        ("REPETITION", "3x this term"),
        ("STALK_FOLLOW", "once to the Co-op after school"),
        ("STALK_CONTACT", "emailed her personal account which she never gave out"),
        ("DISTRESS", "She is uneasy"),
    ],
)

case(
    44, "stalking_fear_alarm_distress", "CSD",
    voice="result_note", case="mixed", noise="abbrev", batch="w",
    pattern="result_note_charge_tracking_ex", relationship="ex_partner", occasions=6,
    text="""\
Outcome: Charge. SPO applied for.
Basis: Susp (Mark Tennant) used shared Google acc to track IP's location for 3 months after sep, turned up at her gym, her parents' and her new job (6 occ). IP moved to a refuge, changed phone, off work sick 5 wks.""",
    spans=[
        ("STALK_MONITOR", "used shared Google acc to track IP's location for 3 months"),
        ("STALK_TURN_UP", "turned up at her gym, her parents' and her new job"),
        ("REPETITION", "(6 occ)"),
        ("SERIOUS_IMPACT", "IP moved to a refuge, changed phone, off work sick 5 wks"),
    ],
)
