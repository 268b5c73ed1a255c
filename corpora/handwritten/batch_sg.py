# ruff: noqa: E501
"""Hand-written narratives, writer sg: shift workers and large workplaces."""

from corpora.handwritten import case

case(
    1, "no_offence", "",
    voice="call_log", case="upper", noise="abbrev", batch="sg",
    pattern="agency_worker_let_go_threatens_team_leader_once_in_car_park", relationship="colleague", occasions=1,
    text="""\
CALLER IS TEAM LEADER AT BRACKLEY CONTACT CENTRE, UNIT 4 HAWTHORN WAY. STATES AGENCY STAFF MEMBER WAS STOOD DOWN AT 1400 TODAY BY AGENCY (NOT CALLERS DECISION). AT APPROX 1425 IN STAFF CAR PARK SUSP APPROACHED CALLER AT HER CAR AND SAID "YOU'LL GET YOURS, I'LL BREAK YOUR JAW" THEN DROVE OFF. NO PREV ISSUES, SUSP ONLY STARTED 3 WKS AGO AND NO CONTACT SINCE. CALLER SHAKEN BUT OK. SITE SECURITY HAVE CCTV OF CAR PARK. VRM PART ONLY ?KX19. ADV RE 101 IF ANY FURTHER. INCIDENT LOGGED AS HARASSMENT BY CALLER - ONE INCIDENT ONLY, CREATE AS PUBLIC ORDER FOR OIC REVIEW.""",
    spans=[
        ("THREAT_VIOLENCE", "\"YOU'LL GET YOURS, I'LL BREAK YOUR JAW\""),
        ("DISTRESS", "CALLER SHAKEN BUT OK"),
    ],
)

case(
    2, "harassment", "C",
    voice="crime_summary", case="mixed", noise="clean", batch="sg",
    pattern="shift_swap_dispute_colleague_sends_abusive_texts_over_week", relationship="colleague", occasions=5,
    text="""\
The IP works nights as a picker at the Dunmore Road fulfilment centre. In early March she refused to swap her Saturday shift with a colleague, Kieran OSTLER, as she had childcare. Since 4th March OSTLER has sent her a run of abusive texts calling her a "lazy selfish cow" and saying she has "ruined his weekend". He also left two voicemails the same night shouting about the rota. On 9th March he messaged again telling her everyone on the shift hates her. The IP has screenshots of 11 messages across five days. She says it is all about the shift and he has not turned up anywhere or followed her; they were on friendly terms before. She is fed up and wants it to stop. Site HR (Mrs Achebe) aware and has moved OSTLER to a different team pending their own process. Suspect to be interviewed voluntarily.""",
    spans=[
        ("STALK_CONTACT", "OSTLER has sent her a run of abusive texts"),
        ("STALK_CONTACT", "left two voicemails the same night shouting about the rota"),
        ("REPETITION", "messaged again"),
        ("STALK_CONTACT", "telling her everyone on the shift hates her"),
        ("REPETITION", "11 messages across five days"),
        ("DISTRESS", "She is fed up and wants it to stop"),
    ],
)

case(
    3, "harassment", "C",
    voice="updates", case="mixed", noise="abbrev", batch="sg",
    pattern="depot_parking_dispute_colleague_photographs_victims_van_repeatedly", relationship="colleague", occasions=4,
    text="""\
Update 1 - 12/10 PC 4471 spoke to IP by phone. IP is a multi-drop driver based at Kestrel Lane depot. Ongoing dispute with another driver (SUSP) about IP parking his own car in the bay by the loading door, which SUSP says is reserved for early starts.
Update 2 - SUSP has photographed IP's car on at least 4 dates (3/10, 5/10, 6/10, 10/10) and each time emailed the photos to the transport manager. On 6/10 SUSP stood by the bay filming IP as he got out of his car. IP describes feeling "constantly watched" and is stressed but still doing his normal shifts and parking in the same place.
Update 3 - Transport mgr confirms the bay is not actually reserved. No threats, nothing outside work. SUSP's issue is the parking bay only.
Update 4 - Words of advice to SUSP by phone, he accepts he has "gone over the top". IP happy with that outcome for now. Crime remains harassment, to be filed pending any repeat.""",
    spans=[
        ("STALK_WATCH", "SUSP has photographed IP's car"),
        ("REPETITION", "on at least 4 dates (3/10, 5/10, 6/10, 10/10)"),
        ("STALK_WATCH", "SUSP stood by the bay filming IP as he got out of his car"),
        ("DISTRESS", "feeling \"constantly watched\" and is stressed"),
    ],
)

case(
    4, "harassment_fear_of_violence", "CF",
    voice="statement", case="mixed", noise="typos", batch="sg",
    pattern="forklift_driver_threatens_colleague_on_two_shifts", relationship="colleague", occasions=2,
    text="""\
I work at Calder Cold Stores on the goods-in team, 6 till 2 shift. Darren (I dont know his surname, he drives the reach truck) has had a problem with me since I reported him to the shift manager for using his phone while driving.
On Tuesday 14th he came right up to me on the dock and said "grass, your gonna end up under one of these pallets". I laughed it off at the time but it stuck with me.
On the Friday, the 17th, he pulled up next to me in the truck in aisle 9 and said "I meant it, watch your back in the car park tonight". I was genuinly scared he was going to hurt me. I asked my supervisor to walk me to my car and I didnt sleep that night.
I am frightend of what he will do next time we are on the same shift. I want it stopped.""",
    spans=[
        ("THREAT_VIOLENCE", "\"grass, your gonna end up under one of these pallets\""),
        ("THREAT_VIOLENCE", "\"I meant it, watch your back in the car park tonight\""),
        ("FEAR_OF_VIOLENCE", "I was genuinly scared he was going to hurt me"),
        ("FEAR_OF_VIOLENCE", "I am frightend of what he will do next time"),
        ("DISTRESS", "I didnt sleep that night"),
    ],
)

case(
    5, "stalking", "CS",
    voice="victim_diary", case="lower", noise="typos", batch="sg",
    pattern="ex_partner_same_hospital_back_office_pleading_messages", relationship="ex_partner", occasions=6,
    text="""\
mon 2nd - 3 texts from j when i got to work. saying he misses me, cant stop thinking about us, begging me to have a coffee on break. he works in medical records on the floor below me so i cant avoid him.
tues 3rd - note on my desk in payroll when i came in, his writing. "please just talk to me, 5 mins". dont know how he got in before me.
wed 4th - nothing
thu 5th - he was sat in the canteen at my break time, didnt come over, just kept looking. later 2 more messages saying sorry and he will change.
fri 6th - emailed my work address from his work address. same stuff, please give us another go.
sat/sun - 14 whatsapps over the weekend, all begging. no nastiness, no threats, just wont take no. i told him on the 28th its over and i meant it.""",
    spans=[
        ("STALK_CONTACT", "3 texts from j when i got to work"),
        ("FIXATION", "cant stop thinking about us"),
        ("STALK_CONTACT", "note on my desk in payroll when i came in"),
        ("STALK_WATCH", "he was sat in the canteen at my break time, didnt come over, just kept looking"),
        ("STALK_CONTACT", "2 more messages saying sorry and he will change"),
        ("STALK_CONTACT", "emailed my work address from his work address"),
        ("REPETITION", "14 whatsapps over the weekend"),
        ("FIXATION", "just wont take no"),
    ],
)

case(
    6, "stalking_fear_alarm_distress", "CSD",
    voice="mo_field", case="upper", noise="abbrev", batch="sg",
    pattern="former_colleague_fixated_turns_up_at_call_centre_victim_changes_shifts", relationship="colleague", occasions=5,
    text="""\
SUSP (FORMER CALL CENTRE AGENT, LEFT IN JUNE) HAS ON 5 OCCS SINCE 01/08 ATTENDED OUTSIDE VIC'S WORKPLACE AT SHIFT CHANGE (2200) AND WAITED AT BUS STOP OPP MAIN GATE. HAS FOLLOWED VIC ONTO N7 BUS TWICE AND SAT BEHIND HER. NO CONVERSATION BEYOND "HIYA". TOLD SECURITY HE IS "WAITING FOR HIS GIRLFRIEND" - VIC HAS NEVER BEEN IN A RELATIONSHIP WITH HIM, ONLY WORKED ON SAME TEAM. NO THREATS. VIC HAS SWAPPED TO DAY SHIFTS AND NOW GETS A LIFT FROM HER BROTHER EVERY DAY, HAS STOPPED USING THE BUS.""",
    spans=[
        ("STALK_TURN_UP", "ATTENDED OUTSIDE VIC'S WORKPLACE AT SHIFT CHANGE (2200)"),
        ("REPETITION", "ON 5 OCCS SINCE 01/08"),
        ("STALK_LOITER", "WAITED AT BUS STOP OPP MAIN GATE"),
        ("STALK_FOLLOW", "HAS FOLLOWED VIC ONTO N7 BUS TWICE AND SAT BEHIND HER"),
        ("FIXATION", "\"WAITING FOR HIS GIRLFRIEND\""),
        ("SERIOUS_IMPACT", "VIC HAS SWAPPED TO DAY SHIFTS AND NOW GETS A LIFT FROM HER BROTHER EVERY DAY"),
        ("SERIOUS_IMPACT", "HAS STOPPED USING THE BUS"),
    ],
)

case(
    7, "aggravated_harassment", "CR",
    voice="notebook", case="lower", noise="typos", batch="sg",
    pattern="line_supervisor_racially_abuses_agency_worker_over_several_shifts", relationship="colleague", occasions=3,
    text="""\
1610 attd Pennine Packaging, Mill St. spoke w/ IP (polish national, agency staff via StaffLink) in HR office w/ HR advisor present.
IP states line supervisor [NAME 1] has on 3 shifts this month called him "fucking polack" in front of the line, told him to "go back to Poland and steal jobs there", and on sat 19th put a sign on his station saying "no english no pay".
IP says he is not scared of him, just wants it stopped. still coming in to work.
HR confirm 2 witnessess on the line. sign retained by HR - seized as exhibit JB/1.
advised re next steps.""",
    spans=[
        ("RACIAL_HOSTILITY", "called him \"fucking polack\" in front of the line"),
        ("REPETITION", "on 3 shifts this month"),
        ("RACIAL_HOSTILITY", "\"go back to Poland and steal jobs there\""),
        ("RACIAL_HOSTILITY", "put a sign on his station saying \"no english no pay\""),
    ],
)

case(
    8, "aggravated_harassment_fear_of_violence", "CFR",
    voice="third_party", case="mixed", noise="clean", batch="sg",
    pattern="hr_manager_reports_racist_threats_to_warehouse_operative_twice", relationship="colleague", occasions=3,
    text="""\
Reported by Sandra Gillow, HR Business Partner, Northgate Distribution. I am reporting on behalf of one of our warehouse operatives, Mr Adebayo, with his consent.
On 22 May a colleague, Lee Farrant, told Mr Adebayo in the locker room that "your kind" should not be working here and that he would "sort out the monkey" if he saw him in the car park. On 27 May Farrant wrote a racial slur on Mr Adebayo's locker. On 1 June he said to him on the mezzanine, "I'll put you in hospital, you black bastard".
Mr Adebayo has told me he is frightened that Farrant will attack him and has asked to leave by the front reception instead of the staff exit. Farrant is suspended. We have CCTV of the locker area for 27 May.""",
    spans=[
        ("RACIAL_HOSTILITY", "\"your kind\" should not be working here"),
        ("THREAT_VIOLENCE", "he would \"sort out the monkey\" if he saw him in the car park"),
        ("RACIAL_HOSTILITY", "wrote a racial slur on Mr Adebayo's locker"),
        ("THREAT_VIOLENCE", "I'll put you in hospital"),
        ("RACIAL_HOSTILITY", "you black bastard"),
        ("FEAR_OF_VIOLENCE", "he is frightened that Farrant will attack him"),
    ],
)

case(
    9, "aggravated_stalking", "CSR",
    voice="crime_summary", case="mixed", noise="abbrev", batch="sg",
    pattern="ex_partner_same_factory_racist_messages_and_turning_up_at_her_line", relationship="ex_partner", occasions=5,
    text="""\
IP and SUSP were together 18 months, split Jan. Both still work at Halden Foods (IP on packing line 3, SUSP maintenance fitter). Since the split SUSP has repeatedly come onto line 3 when he has no job there and stood at the end of the line watching her. Also sends msgs most nights, mix of wanting her back and abuse. Msgs seen by OIC incl. "go back to your own country u paki slag" and "no one else will want a p**i". On 14/02 he left a bunch of flowers on her car windscreen in staff car park with a card "ur still mine".
IP says she is not scared of him and has not changed anything, she is "just sick of it". No threats. Suspect known to PNC for drink drive only.""",
    spans=[
        ("STALK_TURN_UP", "repeatedly come onto line 3 when he has no job there"),
        ("STALK_WATCH", "stood at the end of the line watching her"),
        ("STALK_CONTACT", "sends msgs most nights, mix of wanting her back and abuse"),
        ("RACIAL_HOSTILITY", "\"go back to your own country u paki slag\""),
        ("RACIAL_HOSTILITY", "\"no one else will want a p**i\""),
        ("STALK_GIFTS", "left a bunch of flowers on her car windscreen"),
        ("FIXATION", "\"ur still mine\""),
        ("DISTRESS", "she is \"just sick of it\""),
    ],
)

case(
    10, "aggravated_stalking_fear_alarm_distress", "CSFR",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="sg",
    pattern="ex_partner_agency_driver_racist_threats_and_following_at_depot", relationship="ex_partner", occasions=4,
    text="""\
Sgt review 0915 08/11. Read DASH (medium) and the IP's first account. IP is a shunter at the Brampton parcel hub; SUSP is her ex (together 2 yrs, ended Aug) who now drives for an agency supplying the same hub.
Course is clear: (1) 28/10 SUSP followed her car from the hub to her home address; (2) 31/10 waited by her trailer in the yard and told her "I'll cut you, you Romanian gypsy"; (3) 03/11 sent texts calling her "gypo scum" and saying she will "get what's coming"; (4) 06/11 was parked across from the staff gate for over an hour at her finish time.
IP states she is terrified he will hurt her and is now using the night bus with a colleague rather than driving home alone. Racial hostility evident. Crime correctly recorded as racially aggravated stalking with fear. Actions: DVPN to be considered, hub security to bar SUSP from site, OIC to contact agency. Risk to be re-scored.""",
    spans=[
        ("STALK_FOLLOW", "SUSP followed her car from the hub to her home address"),
        ("STALK_LOITER", "waited by her trailer in the yard"),
        ("THREAT_VIOLENCE", "I'll cut you"),
        ("RACIAL_HOSTILITY", "you Romanian gypsy"),
        ("STALK_CONTACT", "sent texts calling her"),
        ("RACIAL_HOSTILITY", "\"gypo scum\""),
        ("THREAT_VIOLENCE", "she will \"get what's coming\""),
        ("STALK_LOITER", "was parked across from the staff gate for over an hour at her finish time"),
        ("FEAR_OF_VIOLENCE", "she is terrified he will hurt her"),
        ("SERIOUS_IMPACT", "is now using the night bus with a colleague rather than driving home alone"),
    ],
)

case(
    11, "stalking_fear_alarm_distress", "CSF",
    voice="call_log", case="mixed", noise="redacted", batch="sg",
    pattern="hospital_porter_fixated_on_records_clerk_threatens_twice", relationship="colleague", occasions=4,
    text="""\
Caller [NAME 1] is a clerk in the patient records office at XXXX General. Reports porter [NAME 2] has been "obsessed" with her since she turned down a drink in [MONTH]. He comes to the records office window 3 or 4 times a shift with no reason, has left chocolates in her pigeonhole twice, and last week was waiting at her car in staff parking level 2 at 2130.
Tonight at approx 2045 he said to her in the basement corridor "if I can't have you no one will, I'll make sure of it". Also said on [DATE] "you'll regret knocking me back, I know where you park".
Caller crying, says she is scared he will attack her on the way to her car. Security aware and escorting her out tonight. Log ref XXXX. Grade 2.""",
    spans=[
        ("FIXATION", "\"obsessed\" with her since she turned down a drink"),
        ("STALK_TURN_UP", "comes to the records office window 3 or 4 times a shift with no reason"),
        ("STALK_GIFTS", "left chocolates in her pigeonhole twice"),
        ("STALK_LOITER", "was waiting at her car in staff parking level 2 at 2130"),
        ("THREAT_VIOLENCE", "\"if I can't have you no one will, I'll make sure of it\""),
        ("THREAT_VIOLENCE", "\"you'll regret knocking me back, I know where you park\""),
        ("FEAR_OF_VIOLENCE", "she is scared he will attack her on the way to her car"),
        ("DISTRESS", "Caller crying"),
    ],
)

case(
    12, "no_offence", "",
    voice="result_note", case="mixed", noise="abbrev", batch="sg",
    pattern="bakery_plant_couple_two_incidents_months_apart_reconciled_between", relationship="partner", occasions=2,
    text="""\
Result: NFA - no crime (harassment not made out).
IP and SUSP both work at Oakfield Bakery plant, nights. Reported 2 incidents. 1st was 17/02 when, after a row at home, SUSP sent IP a string of nasty texts one evening. They reconciled within the week and were living together normally from March to Sept, booked a holiday etc. 2nd was 26/09, SUSP shouted at IP in the plant canteen during a break about money she owed him, witnessed by a line lead. Nothing since. IP says herself the two things "aren't connected really".
Two events 7 months apart with a reconciliation between, no link - not a course of conduct. Canteen incident considered for s.5 POA, IP does not support. Words of advice given, plant HR informed by IP herself. DA markers added.""",
    spans=[
        ("STALK_CONTACT", "SUSP sent IP a string of nasty texts one evening"),
        ("UNWANTED", "SUSP shouted at IP in the plant canteen during a break"),
    ],
)

case(
    13, "harassment", "CD",
    voice="judgment", case="mixed", noise="clean", batch="sg",
    pattern="packer_sends_abusive_messages_to_colleague_who_reported_him_victim_signed_off", relationship="colleague", occasions=9,
    text="""\
The defendant and the complainant both worked as packers at the Riverside distribution centre. In April the complainant reported the defendant to their manager for clocking in a friend who was not on site. The defendant was given a final written warning.
Over the following five weeks the defendant sent the complainant some nine messages by text and Facebook, calling him a snake and a rat, telling him he was "finished" at the site and that everyone knew what he had done. There were no threats of violence and the defendant did not approach him outside work. The messages were about the disciplinary matter and nothing else.
We accept the complainant's evidence that he found this very distressing. His GP signed him off work for four weeks with stress, and he has since transferred to the Wakefield site to get away from it.
We are sure this was a course of conduct amounting to harassment which the defendant knew or ought to have known amounted to harassment. Guilty under section 2.""",
    spans=[
        ("REPETITION", "Over the following five weeks"),
        ("STALK_CONTACT", "sent the complainant some nine messages by text and Facebook"),
        ("STALK_CONTACT", "calling him a snake and a rat"),
        ("DISTRESS", "he found this very distressing"),
        ("SERIOUS_IMPACT", "His GP signed him off work for four weeks with stress"),
        ("SERIOUS_IMPACT", "he has since transferred to the Wakefield site to get away from it"),
    ],
)

case(
    14, "harassment_fear_of_violence", "CF",
    voice="call_log", case="lower", noise="heavy", batch="sg",
    pattern="angry_customer_leaves_three_threatening_voicemails_on_call_centre_agent_direct_line", relationship="customer", occasions=3,
    text="""\
clr is call centre agent at energy co (LUMEN POWER, bldg 2 harbour pk). cust she dealt w/ re a disconect yday has got her DDI no. somehow + left 3 vmails betwn 0912 and 0921 tdy.
vm1 - "ur gonna pay 4 cuttin me off, i no ur name"
vm2 - swearing, says he is comin down 2 the bldg
vm3 - "ill be waitin outside when u finish n ill smash ur face in"
clr v scared he will actualy turn up n assault her, manager has put her on back office dutys for rest of day. cust acct detils + no. provided. PNC chk on name - prev 4 ABH 2019. grade 2, unit to call back""",
    spans=[
        ("REPETITION", "left 3 vmails betwn 0912 and 0921 tdy"),
        ("THREAT_VIOLENCE", "\"ur gonna pay 4 cuttin me off, i no ur name\""),
        ("STALK_CONTACT", "swearing, says he is comin down 2 the bldg"),
        ("THREAT_VIOLENCE", "\"ill be waitin outside when u finish n ill smash ur face in\""),
        ("FEAR_OF_VIOLENCE", "clr v scared he will actualy turn up n assault her"),
    ],
)

case(
    15, "harassment_fear_of_violence", "CFD",
    voice="updates", case="upper", noise="abbrev", batch="sg",
    pattern="dismissed_employee_threatens_gatehouse_security_officer_over_sacking", relationship="colleague", occasions=3,
    text="""\
16/01 1105 - IP (SECURITY OFFICER, GATEHOUSE, TRENT VALLEY STEEL) STATES FORMER EMPLOYEE SACKED 02/01 BLAMES IP FOR GIVING CCTV TO MANAGEMENT WHICH LED TO DISMISSAL.
16/01 1110 - 1ST OCC 05/01 SUSP RANG GATEHOUSE LANDLINE: "YOU'RE A DEAD MAN WHEN YOU CLOCK OFF".
16/01 1112 - 2ND OCC 09/01 SUSP STOOD AT PERIMETER FENCE SHOUTING AT IP ABOUT HIS JOB, NO THREAT THAT TIME.
16/01 1115 - 3RD OCC 14/01 SUSP RANG AGAIN: "I'LL BE WAITING, I'LL STAB YOU".
16/01 1120 - IP IN FEAR SUSP WILL CARRY OUT THREAT. HAS ASKED TO COME OFF NIGHTS AND HAS BEEN MOVED TO DAYS AT THE OTHER GATE FROM 15/01. ALL ABOUT THE DISMISSAL, SUSP HAS NO OTHER INTEREST IN IP.
17/01 0900 - OIC ALLOCATED. GATEHOUSE CALL LOG REQUESTED FROM SITE MGR.""",
    spans=[
        ("THREAT_VIOLENCE", "\"YOU'RE A DEAD MAN WHEN YOU CLOCK OFF\""),
        ("STALK_TURN_UP", "SUSP STOOD AT PERIMETER FENCE SHOUTING AT IP ABOUT HIS JOB"),
        ("REPETITION", "SUSP RANG AGAIN"),
        ("THREAT_VIOLENCE", "\"I'LL BE WAITING, I'LL STAB YOU\""),
        ("FEAR_OF_VIOLENCE", "IP IN FEAR SUSP WILL CARRY OUT THREAT"),
        ("SERIOUS_IMPACT", "HAS BEEN MOVED TO DAYS AT THE OTHER GATE FROM 15/01"),
    ],
)

case(
    16, "stalking", "CS",
    voice="updates", case="mixed", noise="typos", batch="sg",
    pattern="ex_partner_uses_warehouse_friends_to_watch_and_pass_messages", relationship="ex_partner", occasions=5,
    text="""\
Update from OIC 03/03: Spoke to IP again. She and SUSP split in Nov after 4 years. She still works as a pick team leader at the Ashcroft Road warehouse; SUSP left the site in Dec but has several friends who still work there.
Since Jan at least three of his mates on her shift have been passing her messages from him - "he wants to know if your seeing anyone", "he says call him". One of them (W1, Tasha) admitted to IP that SUSP asked her to tell him what time IP finishes and who she sits with on breaks. On 19/02 and 24/02 a car IP knows belongs to SUSP's brother was parked by the staff entrance at her clocking off time.
SUSP himself sent IP a long email on 1/03 saying he "knows everything she does at work" and wants her back.
IP is annoyed rather than scared, no threats made, working as normal. Wants him spoken to. Plan: interview SUSP, statement from W1.""",
    spans=[
        ("STALK_CONTACT", "passing her messages from him"),
        ("STALK_MONITOR", "SUSP asked her to tell him what time IP finishes and who she sits with on breaks"),
        ("STALK_LOITER", "was parked by the staff entrance at her clocking off time"),
        ("REPETITION", "On 19/02 and 24/02"),
        ("STALK_CONTACT", "SUSP himself sent IP a long email"),
        ("FIXATION", "\"knows everything she does at work\" and wants her back"),
    ],
)

case(
    17, "stalking", "CS",
    voice="statement", case="mixed", noise="clean", batch="sg",
    pattern="rota_coordinator_looks_up_colleagues_shifts_and_appears_at_her_breaks", relationship="colleague", occasions=6,
    text="""\
I am a ward clerk at St Brannock's Hospital and work a mix of early and late shifts. Gareth works in the rostering office. I have spoken to him maybe three times, always about work.
From about the middle of September I kept noticing him in the corridor outside the ward at the start of my shifts, even when my shifts had been changed at short notice. He also began appearing in the staff restaurant within a few minutes of me going on my break, on at least six occasions. He never sat with me, but he would sit where he could see me.
On 2 October he sent me a message on the staff messaging system saying "I like seeing you on the early rota, you look nicer in the mornings." I did not reply. My manager checked with IT and found he had opened my rota record 41 times in three weeks, although I am not on his list of staff to roster.
It makes me feel uneasy and I don't like it. I haven't changed anything about how I work yet. I want it to stop.""",
    spans=[
        ("STALK_TURN_UP", "I kept noticing him in the corridor outside the ward at the start of my shifts"),
        ("STALK_WATCH", "he would sit where he could see me"),
        ("REPETITION", "on at least six occasions"),
        ("STALK_CONTACT", "he sent me a message on the staff messaging system"),
        ("FIXATION", "\"I like seeing you on the early rota, you look nicer in the mornings.\""),
        ("STALK_MONITOR", "he had opened my rota record 41 times in three weeks"),
        ("DISTRESS", "It makes me feel uneasy and I don't like it"),
    ],
)

case(
    18, "aggravated_harassment", "CR",
    voice="crime_summary", case="upper", noise="typos", batch="sg",
    pattern="factory_colleague_religious_abuse_of_muslim_worker_prayer_room", relationship="colleague", occasions=4,
    text="""\
IP IS A MACHINE OPERATOR AT FENWICK PLASTICS. HE IS MUSLIM AND USES THE QUIET ROOM ON SITE TO PRAY ON HIS BREAKS. SINCE AUGUST A COLLEGUE ON THE SAME SHIFT HAS CALLED HIM "BOMBER" AND "TERRORIST" IN FRONT OF OTHERS ON SEVERAL OCASSIONS. ON 02/09 IP FOUND BACON RASHERS LEFT ON HIS PRAYER MAT IN THE QUIET ROOM. ON 11/09 SUSP SHOUTED "ALLAHU AKBAR" AND MIMED AN EXPLOSION WHEN IP WALKED ONTO THE SHOP FLOOR. IP SAYS HE IS ANGRY AND HUMILIATED. NO THREATS. SHIFT MANAGER HAS WITNESSED 11/09 INCIDENT.""",
    spans=[
        ("RELIGIOUS_HOSTILITY", "HAS CALLED HIM \"BOMBER\" AND \"TERRORIST\" IN FRONT OF OTHERS"),
        ("REPETITION", "ON SEVERAL OCASSIONS"),
        ("RELIGIOUS_HOSTILITY", "IP FOUND BACON RASHERS LEFT ON HIS PRAYER MAT"),
        ("RELIGIOUS_HOSTILITY", "SUSP SHOUTED \"ALLAHU AKBAR\" AND MIMED AN EXPLOSION"),
        ("DISTRESS", "HE IS ANGRY AND HUMILIATED"),
    ],
)

case(
    19, "aggravated_harassment_fear_of_violence", "CFR",
    voice="vps", case="mixed", noise="clean", batch="sg",
    pattern="hospital_laundry_supervisor_racist_threats_to_filipino_worker", relationship="colleague", occasions=3,
    text="""\
I have worked in the laundry at Eastmere Hospital for six years. I came here from the Philippines. Until Mr Cotter became my supervisor I was happy at work.
In the spring he started calling me names about where I am from. He said Filipinos are only good for cleaning toilets. In May he stood very close to me by the big dryers and said he would "shove my slanty face into the press". In June he said it again, the same words, and laughed with another man.
I am frightened of him. I believe he would hurt me if he had the chance. I do not want to be alone in the laundry with him. I try to stay where the other ladies are working.""",
    spans=[
        ("RACIAL_HOSTILITY", "started calling me names about where I am from"),
        ("RACIAL_HOSTILITY", "He said Filipinos are only good for cleaning toilets"),
        ("THREAT_VIOLENCE", "he would \"shove my slanty face into the press\""),
        ("REPETITION", "In June he said it again, the same words"),
        ("FEAR_OF_VIOLENCE", "I believe he would hurt me if he had the chance"),
        ("FEAR_OF_VIOLENCE", "I am frightened of him"),
    ],
)

case(
    20, "aggravated_stalking", "CSR",
    voice="result_note", case="mixed", noise="abbrev", batch="sg",
    pattern="former_depot_colleague_publishes_antisemitic_posts_about_victim_and_watches_her", relationship="colleague", occasions=5,
    text="""\
Result - charged S.2A PHA racially/religiously aggravated (s.32 CDA). Remanded to court.
Summary for file: SUSP and IP worked together at Colinsway bus depot (IP is a controller). After IP gave evidence at his disciplinary he left in March. Since then SUSP has set up a Facebook page about IP with her photo, posting about her "Jew money" and calling her a "dirty Zionist rat" (5 posts Apr-June). He has also been seen on 3 occs standing outside the depot gate at her start time, photographing her as she went in, and told a driver he "keeps an eye on her". IP reported it as she is worried it is spreading. No threats and IP has kept working normally.""",
    spans=[
        ("STALK_PUBLISH", "SUSP has set up a Facebook page about IP with her photo"),
        ("RELIGIOUS_HOSTILITY", "posting about her \"Jew money\""),
        ("RELIGIOUS_HOSTILITY", "calling her a \"dirty Zionist rat\""),
        ("REPETITION", "5 posts Apr-June"),
        ("STALK_LOITER", "standing outside the depot gate at her start time"),
        ("STALK_WATCH", "photographing her as she went in"),
        ("FIXATION", "he \"keeps an eye on her\""),
        ("DISTRESS", "she is worried it is spreading"),
    ],
)

case(
    21, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="updates", case="lower", noise="abbrev", batch="sg",
    pattern="ex_partner_call_centre_racist_abuse_and_turning_up_home_victim_moves", relationship="ex_partner", occasions=6,
    text="""\
upd 1: ip (indian heritage) + susp were in rel 1yr, both advisors at Kinross Insurance call centre, diff teams. ended 3/4.
upd 2: since then susp has turned up at ips flat 4 times (7/4, 12/4, 20/4, 2/5), knocking + shouting thru letterbox for her to let him in. on 12/4 called her a "curry muncher" thru the door. 
upd 3: at work he has been coming to her bank of desks on his breaks, stood behind her chair. sent teams msgs calling her "p*ki" and saying she "smells of spices".
upd 4: ip says no threats, she is not scared of him hurting her but she cant cope with him at the door. she has given notice on flat + moved to her sisters in Leigh, and asked HR to move her to the other floor.
upd 5: HR confirm teams msgs recovered. arrest plan for susp.""",
    spans=[
        ("STALK_TURN_UP", "susp has turned up at ips flat 4 times (7/4, 12/4, 20/4, 2/5)"),
        ("UNWANTED", "knocking + shouting thru letterbox for her to let him in"),
        ("RACIAL_HOSTILITY", "called her a \"curry muncher\" thru the door"),
        ("STALK_TURN_UP", "coming to her bank of desks on his breaks, stood behind her chair"),
        ("STALK_CONTACT", "sent teams msgs calling her \"p*ki\""),
        ("RACIAL_HOSTILITY", "she \"smells of spices\""),
        ("DISTRESS", "she cant cope with him at the door"),
        ("SERIOUS_IMPACT", "she has given notice on flat + moved to her sisters in Leigh"),
        ("SERIOUS_IMPACT", "asked HR to move her to the other floor"),
    ],
)

case(
    22, "stalking_fear_alarm_distress", "CSFD",
    voice="crime_summary", case="inconsistent", noise="abbrev", batch="sg",
    pattern="ex_partner_security_guard_uses_site_cctv_to_monitor_and_threatens", relationship="ex_partner", occasions=5,
    text="""\
VICTIM works on the tills at the staff shop within MERIDIAN retail distribution park. SUSPECT, her ex-partner (split Oct), is a security officer on the same site and has access to the site CCTV.
Since the split he has repeatedly commented in texts on what she was wearing, who she spoke to and when she went for a smoke, eg "nice chat with Dean by the bins was it". SECURITY MANAGER confirms SUSP logged into cameras covering the staff shop 60+ times on shifts when he was posted elsewhere.
On 3/12 he texted "if i see u with him again ill put u both in the ground". On 9/12 he stopped her at the barrier and said "remember what i said, i'll do you".
Victim states she is terrified of him, has left her job at the site and now works at a shop in town. Says she checks her mirrors all the time when driving.""",
    spans=[
        ("STALK_MONITOR", "repeatedly commented in texts on what she was wearing, who she spoke to and when she went for a smoke"),
        ("STALK_MONITOR", "SUSP logged into cameras covering the staff shop 60+ times"),
        ("THREAT_VIOLENCE", "\"if i see u with him again ill put u both in the ground\""),
        ("STALK_TURN_UP", "he stopped her at the barrier"),
        ("THREAT_VIOLENCE", "\"remember what i said, i'll do you\""),
        ("FEAR_OF_VIOLENCE", "she is terrified of him"),
        ("SERIOUS_IMPACT", "has left her job at the site and now works at a shop in town"),
    ],
)

case(
    23, "no_offence", "R",
    voice="dash_note", case="lower", noise="abbrev", batch="sg",
    pattern="agency_worker_racist_slur_shouted_once_from_passing_van", relationship="stranger", occasions=1,
    text="""\
not DA - note for log. ip walking from Greenacre meats to bus stop after late shift 2215. unknown male in white transit slowed + shouted "go home you fucking paki" then drove off. one off, no vrm. ip not hurt. advised.""",
    spans=[
        ("RACIAL_HOSTILITY", "\"go home you fucking paki\""),
    ],
)

case(
    24, "harassment", "C",
    voice="crime_summary", case="mixed", noise="typos", batch="sg",
    pattern="warehouse_colleagues_homophobic_abuse_over_weeks", relationship="colleague", occasions=4,
    text="""\
IP is a loader on the night shift at Brookfield parcels. He is gay and has recently told a few people at work. Since then a colleague on the same bay, Craig PAYNE, has repeatedly made comments to him - calling him a "bender" and a "batty boy", blowing kisses at him across the loading bay and asking loudly if he "takes it up the" etc. This has happened on at least 4 shifts since 10/07 and others on the shift laugh along. On 21/07 PAYNE wrote "gay boy" on the IP's hi-vis in marker pen.
No threats. IP is upset and embarrased but is still working the same shifts. Homophobic - hate crime flag added (sexual orientation). Not racially or religously aggravated. PAYNE's agency (Primo Staffing) informed.""",
    spans=[
        ("UNWANTED", "calling him a \"bender\" and a \"batty boy\""),
        ("UNWANTED", "blowing kisses at him across the loading bay"),
        ("REPETITION", "on at least 4 shifts since 10/07"),
        ("STALK_PROPERTY", "PAYNE wrote \"gay boy\" on the IP's hi-vis in marker pen"),
        ("DISTRESS", "IP is upset and embarrased"),
    ],
)

case(
    25, "harassment_fear_of_violence", "CF",
    voice="third_party", case="mixed", noise="abbrev", batch="sg",
    pattern="agency_worker_threatens_onsite_agency_coordinator_over_missing_wages", relationship="business", occasions=3,
    text="""\
Statement of W1 (Marcus Lyle, shift manager, Harrow Park Logistics):
I manage the B shift. The agency we use, Flexi Staff, has an on-site coordinator, Priya (the IP), who sorts the temps' hours. One temp, Josh, says he was underpaid 2 weeks in Feb.
On 03/03 I heard him tell Priya at her desk "sort my money or I'll knock you out". On 06/03 he came back to the agency cabin, banged on the window and shouted "last warning, I'll batter you". On 08/03 he rang her 4 times in an hour about the money.
Priya was shaking after the 06/03 one and told me she was scared he would hit her. She now keeps the cabin door locked. I have since taken Josh off the rota. He has never bothered her about anything except the pay.""",
    spans=[
        ("THREAT_VIOLENCE", "\"sort my money or I'll knock you out\""),
        ("UNWANTED", "banged on the window"),
        ("THREAT_VIOLENCE", "\"last warning, I'll batter you\""),
        ("STALK_CONTACT", "he rang her 4 times in an hour about the money"),
        ("FEAR_OF_VIOLENCE", "told me she was scared he would hit her"),
        ("DISTRESS", "Priya was shaking"),
    ],
)

case(
    26, "stalking", "CS",
    voice="call_log", case="upper", noise="abbrev", batch="sg",
    pattern="ex_partner_breaches_restraining_order_by_turning_up_at_hospital_finance_office", relationship="ex_partner", occasions=2,
    text="""\
CALLER IS SECURITY AT WESTBURY ROYAL INFIRMARY. STAFF MEMBER (IP) IN FINANCE OFFICE, ADMIN BLOCK, HAS RO IN PLACE V EX PARTNER (NO CONTACT, NOT TO ATTEND HER WORKPLACE), MADE AT TEESIDE CC 2023. EX ATTENDED ADMIN BLOCK RECEPTION 1340 TODAY ASKING FOR HER BY NAME, LEFT WHEN SECURITY CALLED. SAME MALE WAS IN ADMIN BLOCK CAFE LAST THURS AND SAT OPPOSITE FINANCE OFFICE DOOR FOR 40 MINS. NO THREATS, NO WORDS TO IP. IP STATES SHE IS CALM, WILL CARRY ON AT WORK AS NORMAL. CCTV BEING SAVED. RO CHECKED ON PNC - VALID. BREACH X2, PATROLS TO CONSIDER ARREST.""",
    spans=[
        ("STALK_TURN_UP", "EX ATTENDED ADMIN BLOCK RECEPTION 1340 TODAY ASKING FOR HER BY NAME"),
        ("STALK_LOITER", "SAT OPPOSITE FINANCE OFFICE DOOR FOR 40 MINS"),
        ("REPETITION", "BREACH X2"),
    ],
)

case(
    27, "stalking_fear_alarm_distress", "CSF",
    voice="statement", case="mixed", noise="typos", batch="sg",
    pattern="visiting_haulier_fixated_on_gatehouse_receptionist_threatens", relationship="customer", occasions=5,
    text="""\
I work on reception in the gatehouse at Thornbury Foods. All the lorry drivers book in with me. One driver, who I know as Stevie from Haskins Haulage, comes in about twice a week.
Since the summer he has started bringing me things - a bracelet, chocolates, a card that said "my gorgeous girl". I told him in August I have a partner and I dont want presents. After that he kept coming in on days when he had no delivery just to "see me", and once he followed me to the petrol station on the A38 after my shift and pulled in behind me.
On 12 Sept he said "you'll be sorry you mugged me off". On 19 Sept he leaned over the desk and said quietly "one night I'll be waiting for you, and you wont like it".
I am scared he is going to attack me. I have been looking over my shoulder everywhere.""",
    spans=[
        ("STALK_GIFTS", "he has started bringing me things - a bracelet, chocolates, a card"),
        ("FIXATION", "\"my gorgeous girl\""),
        ("STALK_TURN_UP", "he kept coming in on days when he had no delivery just to \"see me\""),
        ("STALK_FOLLOW", "he followed me to the petrol station on the A38 after my shift"),
        ("THREAT_VIOLENCE", "\"you'll be sorry you mugged me off\""),
        ("THREAT_VIOLENCE", "\"one night I'll be waiting for you, and you wont like it\""),
        ("FEAR_OF_VIOLENCE", "I am scared he is going to attack me"),
        ("DISTRESS", "I have been looking over my shoulder everywhere"),
    ],
)

case(
    28, "aggravated_harassment", "CR",
    voice="notebook", case="mixed", noise="abbrev", batch="sg",
    pattern="meat_plant_colleague_racist_abuse_with_one_threat", relationship="colleague", occasions=4,
    text="""\
0630 Sat 4/5 - attended Redfern Meat Processing, spoke to IP in the canteen. IP is Lithuanian, works on the boning hall. States colleague Ryan W has for about a month been calling him "Eastern Euro scum" and "Lithuanian pig", and on 28/4 spat on his locker and wrote "GO HOME" on it. On 1/5 Ryan W said "keep looking at me and I'll cut you" while holding a knife on the line.
IP states "I am not afraid of him, he is a small man" - says just wants racist stuff to stop. Only the one threat. Continues to work. Supervisor to provide rota + CCTV.""",
    spans=[
        ("RACIAL_HOSTILITY", "calling him \"Eastern Euro scum\" and \"Lithuanian pig\""),
        ("REPETITION", "for about a month"),
        ("STALK_PROPERTY", "spat on his locker"),
        ("RACIAL_HOSTILITY", "wrote \"GO HOME\" on it"),
        ("THREAT_VIOLENCE", "\"keep looking at me and I'll cut you\""),
    ],
)

case(
    29, "aggravated_harassment", "CR",
    voice="call_log", case="mixed", noise="heavy", batch="sg",
    pattern="caller_rings_hospital_switchboard_with_racist_abuse_and_threats_operator_unafraid", relationship="customer", occasions=5,
    text="""\
clr is switchbrd operator @ Lowfield hosp, 2nd floor adm block. male keeps ringing main no + asking 4 her by name since she put him thru to wrong ward on 2/11. 5 calls now, 2/11 - 9/11. calls her "n****r bitch", "monkey", says "send her back to africa". on 6/11 said "ill come + sort u out" + 8/11 "ur gettin a slap". clr says she is NOT scared of him, he is "all mouth", just sick of the racist stuff + wants it logged. no. withheld, telecoms mgr pulling call records. Clr happy 2 give statment.""",
    spans=[
        ("REPETITION", "5 calls now, 2/11 - 9/11"),
        ("RACIAL_HOSTILITY", "calls her \"n****r bitch\", \"monkey\""),
        ("RACIAL_HOSTILITY", "\"send her back to africa\""),
        ("THREAT_VIOLENCE", "\"ill come + sort u out\""),
        ("THREAT_VIOLENCE", "\"ur gettin a slap\""),
    ],
)

case(
    30, "aggravated_harassment_fear_of_violence", "CFR",
    voice="notebook", case="lower", noise="typos", batch="sg",
    pattern="forklift_trainer_racist_threats_to_sikh_agency_worker", relationship="colleague", occasions=3,
    text="""\
2140 st. agnes way dist centre, sec office. ip (sikh, agency via Tempo) says forklift trainer [NAME 2] told him on 3/8 "take that tea towel off your head or ill set fire to it with you in it". on 10/8 trainer said "i'll drop a pallet on you raghead". on 15/8 shouted "dirty sikh" at him accross the yard.
ip v frightend, thinks trainer will hurt him on the trucks, doesnt want to do his forklift course with him. sec manager present, has rota.""",
    spans=[
        ("RELIGIOUS_HOSTILITY", "\"take that tea towel off your head"),
        ("THREAT_VIOLENCE", "ill set fire to it with you in it\""),
        ("THREAT_VIOLENCE", "\"i'll drop a pallet on you"),
        ("RELIGIOUS_HOSTILITY", "raghead\""),
        ("RELIGIOUS_HOSTILITY", "shouted \"dirty sikh\" at him accross the yard"),
        ("FEAR_OF_VIOLENCE", "ip v frightend, thinks trainer will hurt him on the trucks"),
    ],
)

case(
    31, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="supervisor_review", case="mixed", noise="clean", batch="sg",
    pattern="container_port_crane_driver_racist_threats_victim_changes_shift", relationship="colleague", occasions=3,
    text="""\
Supervisor's review, 14 February. I have read the crime report and the victim's statement.
The victim is a lasher at Felmouth container terminal and is of Ghanaian heritage. The suspect is a crane driver on his watch. On 30 January, 4 February and 10 February the suspect told the victim he would "drop a box on the black lad" and on the last occasion added "I'm not joking". Each was said face to face on the quay, with racial language used each time.
The victim says he now fears for his life on the quay and has moved from the night watch to days so that he is not working under the suspect. That is a threat repeated on three occasions, fear of violence, and clear racial hostility. Course of conduct made out. The classification as racially aggravated s.4 harassment is correct. There is nothing to suggest stalking - the suspect has shown no interest in the victim outside the terminal.
Action: OIC to obtain watch rotas and the radio log for 10 Feb.""",
    spans=[
        ("REPETITION", "On 30 January, 4 February and 10 February"),
        ("THREAT_VIOLENCE", "he would \"drop a box on the black lad\""),
        ("RACIAL_HOSTILITY", "with racial language used each time"),
        ("THREAT_VIOLENCE", "\"I'm not joking\""),
        ("FEAR_OF_VIOLENCE", "he now fears for his life on the quay"),
        ("SERIOUS_IMPACT", "has moved from the night watch to days"),
    ],
)

case(
    32, "aggravated_stalking", "CSR",
    voice="mo_field", case="upper", noise="clean", batch="sg",
    pattern="call_centre_colleague_fixated_racist_notes_and_following", relationship="colleague", occasions=5,
    text="""\
OFFENDER, AN AGENT ON THE SAME SALES FLOOR, HAS BECOME FIXATED ON THE VICTIM, A BLACK BRITISH WOMAN AGED 24, SINCE SHE DECLINED HIS FRIEND REQUEST IN APRIL. LEAVES HANDWRITTEN NOTES ON HER HEADSET CALLING HER HIS "CHOCOLATE QUEEN" AND "MY LITTLE JUNGLE GIRL". HAS FOLLOWED HER TO THE TRAIN STATION AFTER LATE SHIFT ON THREE OCCASIONS. SENT A PARCEL TO THE OFFICE ADDRESSED TO HER CONTAINING A BANANA AND A NOTE SAYING "FOR MY MONKEY". VICTIM ANGRY, NO THREATS, ROUTINE UNCHANGED.""",
    spans=[
        ("FIXATION", "HAS BECOME FIXATED ON THE VICTIM"),
        ("STALK_CONTACT", "LEAVES HANDWRITTEN NOTES ON HER HEADSET"),
        ("RACIAL_HOSTILITY", "\"MY LITTLE JUNGLE GIRL\""),
        ("STALK_FOLLOW", "HAS FOLLOWED HER TO THE TRAIN STATION AFTER LATE SHIFT ON THREE OCCASIONS"),
        ("RACIAL_HOSTILITY", "CONTAINING A BANANA AND A NOTE SAYING \"FOR MY MONKEY\""),
        ("DISTRESS", "VICTIM ANGRY"),
    ],
)

case(
    33, "aggravated_stalking_fear_alarm_distress", "CSFR",
    voice="victim_diary", case="mixed", noise="typos", batch="sg",
    pattern="ex_partner_same_printing_works_religious_abuse_threats", relationship="ex_partner", occasions=5,
    text="""\
Thurs - Aaron waiting by my car again after the 2-10 shift. Said I think I'm better than him because of "your Jew family". Wouldnt let me shut the car door.
Sat - 23 messages. Begging me to come back, then calling me a "greedy yid". Last one said "I'll smash your head in if I see you with anyone".
Mon - he moved himself onto my press at work, swapped with Lee. Stood staring at me all shift.
Tues - Voicemail: "you're gonna get hurt, Christ killer". 
I'm so scared hes going to really hurt me. Told my team leader everything today. Police coming tomorrow.""",
    spans=[
        ("STALK_LOITER", "Aaron waiting by my car again after the 2-10 shift"),
        ("RELIGIOUS_HOSTILITY", "\"your Jew family\""),
        ("REPETITION", "23 messages"),
        ("FIXATION", "Begging me to come back"),
        ("RELIGIOUS_HOSTILITY", "calling me a \"greedy yid\""),
        ("THREAT_VIOLENCE", "\"I'll smash your head in if I see you with anyone\""),
        ("STALK_TURN_UP", "he moved himself onto my press at work, swapped with Lee"),
        ("STALK_WATCH", "Stood staring at me all shift"),
        ("THREAT_VIOLENCE", "\"you're gonna get hurt"),
        ("RELIGIOUS_HOSTILITY", "Christ killer\""),
        ("FEAR_OF_VIOLENCE", "I'm so scared hes going to really hurt me"),
    ],
)

case(
    34, "no_offence", "",
    voice="result_note", case="mixed", noise="clean", batch="sg",
    pattern="employee_on_sick_leave_reports_hr_absence_letters_and_welfare_visit", relationship="business", occasions=4,
    text="""\
No crime. The informant has been off sick from his job as a stock controller at Marlow Home Supplies since August. He reported that the company's HR department is harassing him. Enquiries show he has received three letters from HR inviting him to absence review meetings, as set out in the company's sickness policy, and one welfare visit at his home on 4 October by his line manager and an HR officer, which was arranged by letter a week beforehand. The letters are polite and standard. He was not threatened and the visit lasted ten minutes. This is contact for a lawful purpose under his employment contract and not a course of conduct amounting to harassment. Informant advised to speak to ACAS or his union if he disputes the process. Closed.""",
    spans=[],
)

case(
    35, "harassment", "C",
    voice="statement", case="mixed", noise="typos", batch="sg",
    pattern="colleague_mocks_victims_stammer_after_earlier_mutual_row", relationship="colleague", occasions=4,
    text="""\
I work in the returns department at Gallagher's Outlet warehouse. I have a stammer and I also have a hearing aid in my left ear.
On the 3rd of June me and Kyle had an argument about who was meant to be clearing the cage. We both shouted and swore at each other and I called him a lazy so and so. That was sorted out by Dawn the supervisor and we shook hands.
Since then though Kyle has started taking the mick out of my stammer every shift. He copies me when I talk on the radio, going "r-r-r-returns" so the whole department hears. On the 15th he put a sign saying "DEAF AND DUMB" on my work station and on the 18th he shouted "oi spacker" at me in the canteen. He did it again on the 20th in front of the new starters.
I am not scared of him. It is humiliating and I have told Dawn I want it to stop.""",
    spans=[
        ("UNWANTED", "Kyle has started taking the mick out of my stammer every shift"),
        ("UNWANTED", "He copies me when I talk on the radio"),
        ("UNWANTED", "put a sign saying \"DEAF AND DUMB\" on my work station"),
        ("UNWANTED", "he shouted \"oi spacker\" at me in the canteen"),
        ("REPETITION", "He did it again on the 20th"),
        ("DISTRESS", "It is humiliating"),
    ],
)

case(
    36, "harassment_fear_of_violence", "CF",
    voice="crime_summary", case="lower", noise="abbrev", batch="sg",
    pattern="colleague_threatens_over_loan_repeatedly_victim_fears_violence", relationship="colleague", occasions=4,
    text="""\
ip & susp both care assistants turned agency nights at Beckwith nursing home then moved to hospital bank staff office. susp lent ip £300 in march, ip says she paid back £200, dispute over rest.
since 20/05 susp has sent txts demanding money - "pay up or i'll break ur fingers" (22/05), "ur going to get hurt, not playing" (27/05) and rang her twice on 29/05 shouting. ip (nigerian heritage) confirms nothing said about her race or background, it is only about the money.
ip states she is frightened he will come to her house and hurt her. still going to work as normal. txts shown to OIC.""",
    spans=[
        ("STALK_CONTACT", "susp has sent txts demanding money"),
        ("THREAT_VIOLENCE", "\"pay up or i'll break ur fingers\""),
        ("THREAT_VIOLENCE", "\"ur going to get hurt, not playing\""),
        ("STALK_CONTACT", "rang her twice on 29/05 shouting"),
        ("FEAR_OF_VIOLENCE", "she is frightened he will come to her house and hurt her"),
    ],
)

case(
    37, "stalking", "CS",
    voice="updates", case="mixed", noise="abbrev", batch="sg",
    pattern="ex_partner_orders_takeaways_to_workplace_and_makes_complaints_to_hr", relationship="ex_partner", occasions=6,
    text="""\
02/07 - IP (claims handler, Pinewood Assurance, Crown St office) rang 101. Ex-partner (split April, together 3 yrs) now works at the same company, different floor.
03/07 - IP states over last 3 weeks 4 takeaway deliveries have arrived at reception for her, cash on delivery, which she did not order. Reception staff say the orders were placed under her name and the office number. Same period, 2 anonymous complaints to HR alleging IP was drinking at work and fiddling expenses - both investigated by HR and found to be nothing.
05/07 - HR IT check shows complaints came from SUSP's work login.
06/07 - IP says SUSP also sends her a message most days saying he still loves her. No threats. She is embarrassed but coping. Suspect to be interviewed.""",
    spans=[
        ("STALK_ORDERS", "4 takeaway deliveries have arrived at reception for her"),
        ("REPETITION", "over last 3 weeks"),
        ("STALK_ORDERS", "2 anonymous complaints to HR alleging IP was drinking at work and fiddling expenses"),
        ("STALK_CONTACT", "SUSP also sends her a message most days"),
        ("FIXATION", "he still loves her"),
        ("DISTRESS", "She is embarrassed"),
    ],
)

case(
    38, "stalking_fear_alarm_distress", "CSD",
    voice="statement", case="mixed", noise="clean", batch="sg",
    pattern="ex_partner_threatens_new_boyfriend_victim_changes_route_and_shifts", relationship="ex_partner", occasions=5,
    text="""\
My name is Leanne and I work as a picker on the chilled section at Greenfield Supermarket Depot. Mark and I were together for five years and I ended it in January. He still works at the depot as a shunter.
Since February he has been waiting at the clocking machine at the end of my shift most nights. He has followed me out to the car park three times. He has sent me long messages about how we are meant to be together.
In March I started seeing Jamie, who works in the office. Mark has told Jamie twice that he will "put him in a wheelchair". I am not frightened that Mark will hurt me, he has never been like that with me, but I am worried for Jamie.
Because of all this I have asked to move from nights to the early shift and I now leave through the transport office so I do not have to go past the clocking machine. I have also stopped going to the staff social club on Fridays.""",
    spans=[
        ("STALK_LOITER", "he has been waiting at the clocking machine at the end of my shift most nights"),
        ("STALK_FOLLOW", "He has followed me out to the car park three times"),
        ("STALK_CONTACT", "He has sent me long messages about how we are meant to be together"),
        ("DISTRESS", "I am worried for Jamie"),
        ("SERIOUS_IMPACT", "I have asked to move from nights to the early shift"),
        ("SERIOUS_IMPACT", "I now leave through the transport office"),
        ("SERIOUS_IMPACT", "I have also stopped going to the staff social club on Fridays"),
    ],
)

case(
    39, "aggravated_harassment", "CR",
    voice="dash_note", case="upper", noise="heavy", batch="sg",
    pattern="hospital_security_guards_racist_group_chat_aimed_at_somali_porter", relationship="colleague", occasions=3,
    text="""\
N/A NON DA. IP SOMALI PORTER @ WESTGATE HOSP. 2 SEC GUARDS ADDED HIM 2 WHATSAPP GRP + SENT HIM MSGS "PIRATE", "GO BK 2 MOGADISHU", PIC OF A GOAT W HIS NAME ON. 3 DAYS RUNNIN 4-6/6. NO THRTS. IP ANNOYED NOT SCARED.""",
    spans=[
        ("STALK_CONTACT", "SENT HIM MSGS"),
        ("RACIAL_HOSTILITY", "\"PIRATE\", \"GO BK 2 MOGADISHU\""),
        ("REPETITION", "3 DAYS RUNNIN 4-6/6"),
        ("DISTRESS", "IP ANNOYED"),
    ],
)

case(
    40, "aggravated_harassment_fear_of_violence", "CFR",
    voice="call_log", case="lower", noise="abbrev", batch="sg",
    pattern="night_shift_colleague_repeated_racist_threat_short_call", relationship="colleague", occasions=2,
    text="""\
clr works nights at Vantage tyre factory. co-worker told her tonite "chinky cow, i'll slit your throat" - 2nd time this wk he has said it. clr terrified, hiding in toilets, wants police to attend.""",
    spans=[
        ("RACIAL_HOSTILITY", "\"chinky cow"),
        ("THREAT_VIOLENCE", "i'll slit your throat\""),
        ("REPETITION", "2nd time this wk he has said it"),
        ("FEAR_OF_VIOLENCE", "clr terrified"),
    ],
)

case(
    41, "aggravated_stalking", "CSR",
    voice="crime_summary", case="mixed", noise="typos", batch="sg",
    pattern="ex_partner_agency_temp_racist_pleading_messages_and_gifts_at_factory", relationship="ex_partner", occasions=6,
    text="""\
The victim is a quality inspector at Ridgeway Components. She is of Pakistani heritage. Her ex-boyfriend, who was placed at the factory by Swift Recruitment as a temp, was in a relationship with her for around 8 months until she ended it in September.
Since then he has sent her flowers at work on 3 occassions, left a teddy bear on her car bonnet, and sent her dozens of messages begging her to come back. When she does not answer the messages turn nasty - "your just a p*ki whore anyway", "go marry your cousin". He then apologises and starts begging again.
He has also been asking her collegues which shift she is on.
The victim is not afraid of him and has made no changes to her life; she wants him told to leave her alone. Agency have ended his placement.""",
    spans=[
        ("STALK_GIFTS", "he has sent her flowers at work on 3 occassions"),
        ("STALK_GIFTS", "left a teddy bear on her car bonnet"),
        ("STALK_CONTACT", "sent her dozens of messages begging her to come back"),
        ("RACIAL_HOSTILITY", "\"your just a p*ki whore anyway\""),
        ("RACIAL_HOSTILITY", "\"go marry your cousin\""),
        ("STALK_MONITOR", "asking her collegues which shift she is on"),
    ],
)

case(
    42, "aggravated_stalking", "CSR",
    voice="statement", case="mixed", noise="clean", batch="sg",
    pattern="delivery_driver_fixated_on_warehouse_receptionist_racist_remarks", relationship="customer", occasions=5,
    text="""\
I am the receptionist at Holloway Park warehouse. My parents are from Hong Kong. A courier driver who delivers to us, I only know him as Wayne, started paying me a lot of attention in May.
He calls me his "little china doll" and does a slanty eyes face and a fake accent when he talks to me, saying "me love you long time". He has left notes under the door of reception when the building is closed, saying he dreams about me. Twice he has been sitting in his van in the lay-by opposite the staff car park when I leave work, even though his deliveries are in the morning. Last week he posted a photo of me on his Instagram with the caption "my future wife".
He has never threatened me. I am uncomfortable but I am carrying on as normal.""",
    spans=[
        ("RACIAL_HOSTILITY", "He calls me his \"little china doll\""),
        ("RACIAL_HOSTILITY", "does a slanty eyes face and a fake accent when he talks to me"),
        ("STALK_CONTACT", "He has left notes under the door of reception"),
        ("FIXATION", "saying he dreams about me"),
        ("STALK_LOITER", "he has been sitting in his van in the lay-by opposite the staff car park"),
        ("STALK_PUBLISH", "he posted a photo of me on his Instagram"),
        ("FIXATION", "\"my future wife\""),
        ("DISTRESS", "I am uncomfortable"),
    ],
)

case(
    43, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="sg",
    pattern="ex_partner_supervisor_racist_stalking_threats_victim_quits_and_moves", relationship="ex_partner", occasions=7,
    text="""\
DS review 22/03. Complex one - reading the whole log as the initial entry was classed as a DA "argument" and that is wrong.
Background: IP (Black Caribbean heritage, 31) was in a rel with SUSP (her shift supervisor at the Lakeside parcel sortation centre) for 2 yrs, ended 1 Jan. From 3 Jan SUSP has:
- put her on the same shifts as him every week and stood over her at the induct belt
- followed her home after late shifts on 9/1 and 15/1
- sent 100+ msgs incl "u belong to me" and "no one wants a n***a gal except me"
- on 02/02 told her "I'll kill you before I let you go"
- on 20/02 left a voicemail "I know where your mum lives, I'll burn you out"
- left a dead bird on her car 28/02.
IP is in fear for her life. Has resigned from her job, left her rented house and is staying in a refuge. Fear/distress and racial hostility both clearly present. Recrime to racially aggravated s.4A stalking. Arrest today. Flag for MARAC.""",
    spans=[
        ("STALK_TURN_UP", "put her on the same shifts as him every week and stood over her at the induct belt"),
        ("STALK_FOLLOW", "followed her home after late shifts on 9/1 and 15/1"),
        ("STALK_CONTACT", "sent 100+ msgs"),
        ("FIXATION", "\"u belong to me\""),
        ("RACIAL_HOSTILITY", "\"no one wants a n***a gal except me\""),
        ("THREAT_VIOLENCE", "\"I'll kill you before I let you go\""),
        ("THREAT_VIOLENCE", "\"I know where your mum lives, I'll burn you out\""),
        ("STALK_PROPERTY", "left a dead bird on her car"),
        ("FEAR_OF_VIOLENCE", "IP is in fear for her life"),
        ("SERIOUS_IMPACT", "Has resigned from her job, left her rented house and is staying in a refuge"),
    ],
)

case(
    44, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="judgment", case="mixed", noise="clean", batch="sg",
    pattern="night_porter_fixated_on_hindu_admin_worker_religious_abuse_victim_moves_job", relationship="colleague", occasions=6,
    text="""\
The complainant worked in the outpatients booking office at Harlow Vale Hospital. The defendant was a night porter. They had never been in a relationship. We find that from October the defendant became preoccupied with her. He waited outside the booking office at the end of her shift on many evenings, walked behind her to the bus station on at least four occasions, and left letters in her locker telling her she was "meant for him".
When she asked him to stop, his letters changed. In them he mocked her Hindu faith, called her a "cow worshipper" and wrote that her gods were "filthy idols". He never threatened her with violence and she did not say she feared that he would hurt her.
We accept her evidence that she moved to a different hospital trust in January to get away from him and now takes a taxi to work. We are sure of a course of conduct amounting to stalking, which caused her serious alarm or distress with a substantial adverse effect on her usual day-to-day activities, and that the defendant demonstrated hostility based on her religion. Guilty of the religiously aggravated offence.""",
    spans=[
        ("FIXATION", "the defendant became preoccupied with her"),
        ("STALK_LOITER", "He waited outside the booking office at the end of her shift on many evenings"),
        ("STALK_FOLLOW", "walked behind her to the bus station on at least four occasions"),
        ("STALK_CONTACT", "left letters in her locker telling her she was \"meant for him\""),
        ("RELIGIOUS_HOSTILITY", "mocked her Hindu faith"),
        ("RELIGIOUS_HOSTILITY", "called her a \"cow worshipper\""),
        ("RELIGIOUS_HOSTILITY", "her gods were \"filthy idols\""),
        ("SERIOUS_IMPACT", "she moved to a different hospital trust in January to get away from him"),
        ("SERIOUS_IMPACT", "now takes a taxi to work"),
    ],
)
