# ruff: noqa: E501
"""Hand-written narratives, writer i: short records."""

from corpora.handwritten import case

case(
    1, "stalking", "CS",
    voice="call_log", case="upper", noise="abbrev", batch="i",
    pattern="ex_partner_parks_outside_after_block", relationship="ex_partner", occasions=4,
    text="""\
1912 CLR IS IP. EX-P/NER DEAN MOSSOP (34) PARKED OUTSIDE HER ADDRESS AGAIN TONIGHT - 3RD TIME THIS WK. STILL SENDING MSGS FROM MATES PHONES SAYING HE WONT GIVE UP ON THEM. IP BLOCKED HIS NO. LAST MONTH. NO THREATS. IP NOT SCARED, JUST WANTS IT STOPPED. G2 - ALLOCATED NPT.""",
    spans=[
        ("STALK_LOITER", "PARKED OUTSIDE HER ADDRESS"),
        ("REPETITION", "AGAIN TONIGHT - 3RD TIME THIS WK"),
        ("STALK_CONTACT", "SENDING MSGS FROM MATES PHONES"),
        ("FIXATION", "HE WONT GIVE UP ON THEM"),
        ("UNWANTED", "IP BLOCKED HIS NO. LAST MONTH"),
    ],
)

case(
    2, "no_offence", "",
    voice="result_note", case="mixed", noise="abbrev", batch="i",
    pattern="single_road_rage_threat", relationship="stranger", occasions=1,
    text="""\
Road rage at Kirkby roundabout 14/02 approx 0810. Driver of silver Astra (partial VRM only, YK1-) got out at the lights and told IP he would 'put him through the windscreen'. IP shaken but unhurt. One-off, no prev contact between parties, no CCTV at junction. Filed pending further info.""",
    spans=[
        ("THREAT_VIOLENCE", "told IP he would 'put him through the windscreen'"),
        ("DISTRESS", "IP shaken but unhurt"),
    ],
)

case(
    3, "harassment_fear_of_violence", "CF",
    voice="crime_summary", case="mixed", noise="abbrev", batch="i",
    pattern="neighbour_drive_dispute_threats_twice", relationship="neighbour", occasions=2,
    text="""\
IP reports neighbour at no.14 Gareth PINNOCK has threatened to 'do her in' over the shared drive - first 02/06, and again 09/06 when he came up to her fence holding a spade. IP states both times she thought he was going to hit her and went in and locked the door. Long running civil dispute re the drive (see prev ASB log) but threats aimed at IP herself.""",
    spans=[
        ("THREAT_VIOLENCE", "threatened to 'do her in'"),
        ("REPETITION", "again 09/06"),
        ("THREAT_VIOLENCE", "came up to her fence holding a spade"),
        ("FEAR_OF_VIOLENCE", "both times she thought he was going to hit her"),
    ],
)

case(
    4, "aggravated_harassment", "CR",
    voice="mo_field", case="upper", noise="abbrev", batch="i",
    pattern="neighbour_racial_abuse_over_fence", relationship="neighbour", occasions=5,
    text="""\
SUSP SHOUTS ABUSE OVER REAR GARDEN FENCE AT IP WHEN SHE HANGS WASHING OUT - CALLS HER 'P***' AND TELLS HER TO GO HOME. 5 INCIDENTS SINCE 01/04. IP UPSET. NO THREATS MADE.""",
    spans=[
        ("RACIAL_HOSTILITY", "CALLS HER 'P***' AND TELLS HER TO GO HOME"),
        ("REPETITION", "5 INCIDENTS SINCE 01/04"),
        ("DISTRESS", "IP UPSET"),
    ],
)

case(
    5, "stalking_fear_alarm_distress", "CSD",
    voice="updates", case="mixed", noise="abbrev", batch="i",
    pattern="ex_outside_work_follows_bus_victim_moves", relationship="ex_partner", occasions=3,
    text="""\
22/10 PC 4471 FRY - spoke to IP Kerry-Ann WALSH on phone. Since the w/e she has seen her ex Lewis CORRIGAN outside her work at Broadmarsh twice, and he followed her bus home on Weds in his car. She is now staying at her mum's in Bulwell, gets a lift in, has stopped going to the gym. DASH to be completed at visit tmrw.""",
    spans=[
        ("STALK_LOITER", "outside her work at Broadmarsh"),
        ("REPETITION", "twice"),
        ("STALK_FOLLOW", "he followed her bus home on Weds in his car"),
        ("SERIOUS_IMPACT", "now staying at her mum's in Bulwell"),
        ("SERIOUS_IMPACT", "has stopped going to the gym"),
    ],
)

case(
    6, "harassment", "C",
    voice="crime_summary", case="lower", noise="typos", batch="i",
    pattern="former_colleague_abusive_whatsapps_after_hr", relationship="colleague", occasions=11,
    text="""\
ip recieved 11 abusive whatsapps from former workmate trev HADLEY between 3-5 march calling her a grass and a 'useless cow' after she reported him to hr for his timekeeping. no threats. ip upset and has blocked him. hadley spoken to on phone, admits sending 'a few' but says she started it.""",
    spans=[
        ("REPETITION", "11 abusive whatsapps"),
        ("DISTRESS", "ip upset"),
        ("UNWANTED", "has blocked him"),
    ],
)

case(
    7, "aggravated_stalking", "CSR",
    voice="notebook", case="mixed", noise="abbrev", batch="i",
    pattern="allotment_man_waits_photographs_headscarf_remark", relationship="acquaintance", occasions=5,
    text="""\
WED 12/03 1540hrs. Spoke to IP Mrs Nasreen AKHTAR at her address. States male known to her as 'Col' from the allotments has waited by her front gate on 4 mornings this month and photographs her on his phone when she leaves for work. Mon 10/03 he said YOUR LOT SHOULDN'T BE ALLOWED HERE, TAKE THAT THING OFF YOUR HEAD. IP annoyed rather than frightened. Descr obtained, see below.""",
    spans=[
        ("STALK_LOITER", "waited by her front gate"),
        ("REPETITION", "on 4 mornings this month"),
        ("STALK_WATCH", "photographs her on his phone when she leaves for work"),
        ("RELIGIOUS_HOSTILITY", "YOUR LOT SHOULDN'T BE ALLOWED HERE, TAKE THAT THING OFF YOUR HEAD"),
    ],
)

case(
    8, "no_offence", "",
    voice="call_log", case="mixed", noise="abbrev", batch="i",
    pattern="debt_collector_calls_lawful", relationship="business", occasions=8,
    text="""\
RP Mr Kwabena OSEI states Lowther Credit Services have rung 6 times this wk and sent 2 letters re unpaid catalogue acc (approx £380). Calls polite, no threats. RP stressed, says it's harassment. Advised civil matter, can complain to firm / FCA. No police action. Closed.""",
    spans=[
        ("DISTRESS", "RP stressed"),
    ],
)

case(
    9, "aggravated_harassment_fear_of_violence", "CFR",
    voice="statement", case="mixed", noise="clean", batch="i",
    pattern="upstairs_neighbour_polish_threats_twice", relationship="neighbour", occasions=2,
    text="""\
On Friday the 6th the man from the flat above, who I know as Ray, stood on the landing and said he would 'batter the Polish out of me'. I was terrified and didn't sleep that night. Yesterday he was there again, banged on my door, called me a 'Polish parasite' and said I would get a knife in me. I honestly believe he is going to hurt me.""",
    spans=[
        ("THREAT_VIOLENCE", "'batter the Polish out of me'"),
        ("FEAR_OF_VIOLENCE", "I was terrified"),
        ("REPETITION", "Yesterday he was there again"),
        ("RACIAL_HOSTILITY", "called me a 'Polish parasite'"),
        ("THREAT_VIOLENCE", "said I would get a knife in me"),
        ("FEAR_OF_VIOLENCE", "I honestly believe he is going to hurt me"),
    ],
)

case(
    10, "stalking", "CS",
    voice="mo_field", case="upper", noise="abbrev", batch="i",
    pattern="new_insta_accounts_fake_profile", relationship="online", occasions=7,
    text="""\
CREATES NEW INSTA ACCOUNTS AFTER BEING BLOCKED (7 SO FAR) TO DM IP. SET UP FAKE PROFILE USING IP'S HOLIDAY PHOTOS. INSISTS THEY HAVE 'A CONNECTION'. NEVER MET.""",
    spans=[
        ("STALK_CONTACT", "CREATES NEW INSTA ACCOUNTS AFTER BEING BLOCKED"),
        ("REPETITION", "7 SO FAR"),
        ("STALK_PUBLISH", "SET UP FAKE PROFILE USING IP'S HOLIDAY PHOTOS"),
        ("FIXATION", "INSISTS THEY HAVE 'A CONNECTION'"),
    ],
)

case(
    11, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="i",
    pattern="taxi_driver_followed_to_rank_sikh_slur", relationship="stranger", occasions=5,
    text="""\
Reviewed 0930. IP (taxi driver, Sikh) has been followed to the rank on Station Rd by same male in a white Corsa on 5 nights since 20/09. Male has shouted 'go back to India, t*******' through the window. IP has now stopped doing nights and is losing income. ANPR enquiry outstanding - OIC pls chase. Consider SPO. DS 2210 HUGHES""",
    spans=[
        ("STALK_FOLLOW", "followed to the rank on Station Rd by same male"),
        ("REPETITION", "on 5 nights since 20/09"),
        ("RACIAL_HOSTILITY", "'go back to India, t*******'"),
        ("SERIOUS_IMPACT", "stopped doing nights and is losing income"),
    ],
)

case(
    12, "harassment_fear_of_violence", "CF",
    voice="call_log", case="upper", noise="abbrev", batch="i",
    pattern="brother_in_law_will_dispute_stab_threats", relationship="family", occasions=4,
    text="""\
CLR STATES BROTHER IN LAW AMRIT (NFD) HAS RUNG 3X TODAY SAYING HE WILL COME ROUND AND STAB HER. SAME THREAT SAT, CLR WAS TOO SCARED TO LEAVE THE HOUSE SAT. CLR CRYING, SAYS SHE KNOWS HE WILL DO IT. ROW OVER LATE MOTHERS WILL. G1 - UNIT ASSIGNED 1127.""",
    spans=[
        ("REPETITION", "HAS RUNG 3X TODAY"),
        ("THREAT_VIOLENCE", "HE WILL COME ROUND AND STAB HER"),
        ("REPETITION", "SAME THREAT SAT"),
        ("FEAR_OF_VIOLENCE", "TOO SCARED TO LEAVE THE HOUSE SAT"),
        ("DISTRESS", "CLR CRYING"),
        ("FEAR_OF_VIOLENCE", "SAYS SHE KNOWS HE WILL DO IT"),
    ],
)

case(
    13, "stalking_fear_alarm_distress", "CSD",
    voice="crime_summary", case="mixed", noise="abbrev", batch="i",
    pattern="colleague_locker_gifts_waits_by_car_signed_off", relationship="colleague", occasions=12,
    text="""\
Between Jan and Apr susp (colleague at the Harrow distribution centre) left cards and chocolates in IP's locker on approx 10 occasions, waited by her car at end of shifts and messaged her personal acc saying she was 'the one'. IP told him to stop in Feb. IP signed off with anxiety since 28/04 and has asked for a transfer to the Wembley site.""",
    spans=[
        ("STALK_GIFTS", "left cards and chocolates in IP's locker"),
        ("REPETITION", "on approx 10 occasions"),
        ("STALK_LOITER", "waited by her car at end of shifts"),
        ("FIXATION", "saying she was 'the one'"),
        ("UNWANTED", "IP told him to stop in Feb"),
        ("SERIOUS_IMPACT", "signed off with anxiety since 28/04"),
        ("SERIOUS_IMPACT", "asked for a transfer to the Wembley site"),
    ],
)

case(
    14, "harassment", "C",
    voice="updates", case="mixed", noise="abbrev", batch="i",
    pattern="three_voicemails_within_minutes_abuse", relationship="acquaintance", occasions=3,
    text="""\
0815 listened to VM on IP's phone with her. Three messages left 2306-2314 last night from Kieran DOYLE (son of her landlord, lives locally), calling her a 'scrounging slag' and a 'waste of space'. No threats in any of them. IP v upset. Downloaded and exhibited as AB/1.""",
    spans=[
        ("REPETITION", "Three messages left 2306-2314 last night"),
        ("DISTRESS", "IP v upset"),
    ],
)

case(
    15, "no_offence", "",
    voice="result_note", case="mixed", noise="abbrev", batch="i",
    pattern="cohabiting_couple_mutual_rows", relationship="partner", occasions=2,
    text="""\
NFA. Both parties (partners, cohabit at 3 Elm Row) shouting and swearing at each other during row over money 02/08, neighbour called it in. Similar row in May, they made up. No injuries, no threats either way, neither supports action. DASH standard, words of advice to both.""",
    spans=[],
)

case(
    16, "aggravated_harassment", "CR",
    voice="victim_diary", case="mixed", noise="clean", batch="i",
    pattern="colleague_racist_remarks_diary", relationship="colleague", occasions=3,
    text="""\
Mon 4th - Craig said 'morning Bongo' again in front of the team, and made a monkey noise when I walked past.
Tues - banana left on my keyboard.
Weds - called me 'the immigrant' in the briefing, people laughed. I went home and cried.""",
    spans=[
        ("RACIAL_HOSTILITY", "said 'morning Bongo'"),
        ("REPETITION", "again"),
        ("RACIAL_HOSTILITY", "made a monkey noise"),
        ("RACIAL_HOSTILITY", "banana left on my keyboard"),
        ("RACIAL_HOSTILITY", "called me 'the immigrant'"),
        ("DISTRESS", "I went home and cried"),
    ],
)

case(
    17, "stalking", "CS",
    voice="third_party", case="mixed", noise="abbrev", batch="i",
    pattern="sister_reports_airtag_and_location_texts", relationship="ex_partner", occasions=3,
    text="""\
Caller is sister of IP. Says IP's ex (split up Aug) keeps texting IP about where she's been - the gym, her friend's in Lenton - places she never told him about. Apple AirTag found taped in IP's car boot Sat. IP thinks he's just sad and can't let go, doesn't want a fuss made. Caller worried.""",
    spans=[
        ("STALK_MONITOR", "keeps texting IP about where she's been"),
        ("STALK_MONITOR", "Apple AirTag found taped in IP's car boot"),
        ("FIXATION", "can't let go"),
    ],
)

case(
    18, "aggravated_harassment_fear_of_violence", "CFR",
    voice="judgment", case="mixed", noise="clean", batch="i",
    pattern="synagogue_threats_twice_judgment", relationship="stranger", occasions=2,
    text="""\
The complainant, an orthodox Jewish man, was approached by the appellant outside the synagogue on 3 March and told that 'people like you' would be 'burned out'. On 17 March the appellant returned, spat at his feet and said he would 'finish what Hitler started'. The complainant's evidence was that on each occasion he believed he would be attacked.""",
    spans=[
        ("THREAT_VIOLENCE", "'people like you' would be 'burned out'"),
        ("REPETITION", "the appellant returned"),
        ("RELIGIOUS_HOSTILITY", "said he would 'finish what Hitler started'"),
        ("FEAR_OF_VIOLENCE", "on each occasion he believed he would be attacked"),
    ],
)

case(
    19, "harassment_fear_of_violence", "CF",
    voice="updates", case="mixed", noise="abbrev", batch="i",
    pattern="garage_customer_refund_threats", relationship="customer", occasions=2,
    text="""\
Obtained first acc from IP Feargal NOONAN, owner Noonans Motors, Dock St. Customer unhappy with clutch job has come into the workshop twice (11/11, 14/11) saying he'll 'smash his face in' unless refunded, 2nd time he picked up a wheel brace off the bench. IP genuinely scared both times, thought he was about to be hit. CCTV requested from unit next door.""",
    spans=[
        ("REPETITION", "twice (11/11, 14/11)"),
        ("THREAT_VIOLENCE", "he'll 'smash his face in' unless refunded"),
        ("THREAT_VIOLENCE", "picked up a wheel brace off the bench"),
        ("FEAR_OF_VIOLENCE", "genuinely scared both times, thought he was about to be hit"),
    ],
)

case(
    20, "aggravated_stalking", "CSR",
    voice="call_log", case="lower", noise="abbrev", batch="i",
    pattern="neighbour_films_family_binoculars_racist_notes", relationship="neighbour", occasions=4,
    text="""\
caller mrs adeyemi-clarke. neighbour opposite (white male 60s) films her and the kids on his phone every time they come and go, 3rd week running, stood at window with binoculars last night. has also put notes thru door saying 'not wanted here go back to africa'. caller not scared but fed up. scheduled appt.""",
    spans=[
        ("STALK_WATCH", "films her and the kids on his phone every time they come and go"),
        ("REPETITION", "3rd week running"),
        ("STALK_WATCH", "stood at window with binoculars"),
        ("RACIAL_HOSTILITY", "'not wanted here go back to africa'"),
    ],
)

case(
    21, "stalking_fear_alarm_distress", "CSD",
    voice="vps", case="mixed", noise="clean", batch="i",
    pattern="canal_runner_followed_vps", relationship="stranger", occasions=5,
    text="""\
Since March he has followed me on my runs along the canal at least five times. I have stopped running altogether. I changed my hours at the library so I don't walk home in the dark, and I had a doorbell camera fitted. I look over my shoulder all the time now.""",
    spans=[
        ("STALK_FOLLOW", "he has followed me on my runs along the canal"),
        ("REPETITION", "at least five times"),
        ("SERIOUS_IMPACT", "I have stopped running altogether"),
        ("SERIOUS_IMPACT", "changed my hours at the library"),
        ("SERIOUS_IMPACT", "had a doorbell camera fitted"),
        ("DISTRESS", "I look over my shoulder all the time"),
    ],
)

case(
    22, "no_offence", "",
    voice="call_log", case="mixed", noise="abbrev", batch="i",
    pattern="single_facebook_threat_stranger", relationship="online", occasions=1,
    text="""\
IP rec'd one FB msg from unknown acc 'Dazza_77' saying he'd slit her throat, after she commented on a local group post about school parking. Acc since deleted. No contact before or since. IP scared. Advised re screenshots, crime raised for the msg.""",
    spans=[
        ("THREAT_VIOLENCE", "saying he'd slit her throat"),
        ("FEAR_OF_VIOLENCE", "IP scared"),
    ],
)

case(
    23, "harassment", "C",
    voice="crime_summary", case="mixed", noise="abbrev", batch="i",
    pattern="parent_abusive_emails_to_teacher", relationship="acquaintance", occasions=4,
    text="""\
IP, Yr 4 teacher at St Bede's RC Primary, has rec'd abusive emails from parent Mr Leon FAIRCLOUGH on 4 occasions since his son was excluded - calls her an 'incompetent bitch' and 'a disgrace to the profession', copies in the head. No threats. IP stressed, has spoken to her union rep.""",
    spans=[
        ("REPETITION", "on 4 occasions since his son was excluded"),
        ("DISTRESS", "IP stressed"),
    ],
)

case(
    24, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="statement", case="mixed", noise="clean", batch="i",
    pattern="ex_van_opposite_somali_slur_voice_notes", relationship="ex_partner", occasions=6,
    text="""\
I ended it with Josh in June. Since then he has come to my flat on Gladstone Road four times and he sits in his van across the road. He sends me voice notes calling me a 'f***ing Somali' and saying he will sort me out. Every time I see that van I think he is going to hurt me. I've had a chain put on the door and my brother sleeps here now.""",
    spans=[
        ("STALK_TURN_UP", "he has come to my flat on Gladstone Road"),
        ("REPETITION", "four times"),
        ("STALK_LOITER", "sits in his van across the road"),
        ("RACIAL_HOSTILITY", "calling me a 'f***ing Somali'"),
        ("THREAT_VIOLENCE", "saying he will sort me out"),
        ("FEAR_OF_VIOLENCE", "Every time I see that van I think he is going to hurt me"),
        ("SERIOUS_IMPACT", "had a chain put on the door"),
        ("SERIOUS_IMPACT", "my brother sleeps here now"),
    ],
)

case(
    25, "stalking", "CS",
    voice="updates", case="lower", noise="abbrev", batch="i",
    pattern="colleague_teams_messages_turns_up_gym", relationship="colleague", occasions=21,
    text="""\
spoke to hr mgr at tillotson insurance. susp marcus BELL keeps messaging ip on teams + her personal mobile asking her out, 20+ msgs in 2 wks, after she said no twice. has also turned up at her gym in hove on a sat. ip 'creeped out'. bell suspended pending internal. will take ip statement thurs.""",
    spans=[
        ("STALK_CONTACT", "keeps messaging ip on teams + her personal mobile"),
        ("REPETITION", "20+ msgs in 2 wks"),
        ("UNWANTED", "after she said no twice"),
        ("STALK_TURN_UP", "turned up at her gym in hove"),
        ("DISTRESS", "ip 'creeped out'"),
    ],
)

case(
    26, "aggravated_harassment", "CR",
    voice="call_log", case="upper", noise="abbrev", batch="i",
    pattern="newsagent_drunk_local_racist_abuse", relationship="customer", occasions=3,
    text="""\
3RD CALL FROM NEWSAGENT ON COWLEY RD RE SAME LOCAL MALE (KNOWN AS 'MICK') COMING IN DRUNK AND CALLING OWNER A 'DIRTY ASIAN', TELLING HIM TO GO HOME. SPAT ON COUNTER TUES. OWNER FED UP, NOT FRIGHTENED. LINKED CADS 221 + 408. PCSO TO VISIT.""",
    spans=[
        ("REPETITION", "3RD CALL"),
        ("RACIAL_HOSTILITY", "CALLING OWNER A 'DIRTY ASIAN', TELLING HIM TO GO HOME"),
    ],
)

case(
    27, "harassment_fear_of_violence", "CFD",
    voice="crime_summary", case="inconsistent", noise="heavy", batch="i",
    pattern="drug_debt_texts_legs_broken", relationship="acquaintance", occasions=6,
    text="""\
IP says ex mate Connor WYLIE txts him daily since 1/9 re £400 he says IP owes - 'ur getting ur legs broke', 'il b waitin wiv the boys'. IP terrifed on 05/09 when first reported (ref 0558), now states he beleives wylie WILL carry it out, seen him do sum1 b4. IP avoids town centre. 2nd report.""",
    spans=[
        ("REPETITION", "txts him daily since 1/9"),
        ("THREAT_VIOLENCE", "'ur getting ur legs broke'"),
        ("THREAT_VIOLENCE", "'il b waitin wiv the boys'"),
        ("FEAR_OF_VIOLENCE", "IP terrifed on 05/09"),
        ("FEAR_OF_VIOLENCE", "he beleives wylie WILL carry it out"),
        ("SERIOUS_IMPACT", "IP avoids town centre"),
    ],
)

case(
    28, "stalking_fear_alarm_distress", "CSF",
    voice="dash_note", case="mixed", noise="abbrev", batch="i",
    pattern="ex_husband_nmo_breaches_fear_dash", relationship="ex_partner", occasions=6,
    text="""\
DASH HIGH (16 yes). Ex-husband Phillip ASHWORTH breached NMO 3x in Oct by attending her address in Marsden, rings from withheld nos nightly. Told her 'you'll end up in the ground'. IP: 'I'm scared he'll kill me, I was scared Tuesday and I'm scared now'. MARAC ref sent.""",
    spans=[
        ("REPETITION", "3x in Oct"),
        ("STALK_TURN_UP", "attending her address in Marsden"),
        ("STALK_CONTACT", "rings from withheld nos nightly"),
        ("THREAT_VIOLENCE", "'you'll end up in the ground'"),
        ("FEAR_OF_VIOLENCE", "I'm scared he'll kill me"),
        ("FEAR_OF_VIOLENCE", "I was scared Tuesday"),
    ],
)

case(
    29, "no_offence", "",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="i",
    pattern="two_incidents_months_apart_reconciled", relationship="partner", occasions=2,
    text="""\
Recorded as harassment - disagree. Two incidents only: abusive texts from p/ner 12/01 and a verbal row at the address 20/07. Couple got back together in Feb and cohabit. Not a course of conduct. Reclassify as non-crime DA incident. DASH standard. Sgt 1187""",
    spans=[],
)

case(
    30, "aggravated_stalking", "CSR",
    voice="mo_field", case="lower", noise="abbrev", batch="i",
    pattern="fake_fb_in_victims_name_jihadi_slur", relationship="acquaintance", occasions=4,
    text="""\
made fake fb acc in ip's name w/ her photo posting 'death to infidels' stuff. messages her friends from new accs after being blocked. calls her 'jihadi bride' in DMs. ongoing since 09/24.""",
    spans=[
        ("STALK_PUBLISH", "made fake fb acc in ip's name w/ her photo"),
        ("STALK_CONTACT", "messages her friends from new accs after being blocked"),
        ("RELIGIOUS_HOSTILITY", "calls her 'jihadi bride'"),
        ("REPETITION", "ongoing since 09/24"),
    ],
)

case(
    31, "harassment", "C",
    voice="result_note", case="mixed", noise="abbrev", batch="i",
    pattern="ex_flatmate_deposit_snapchats_caution", relationship="acquaintance", occasions=5,
    text="""\
Susp Dwayne OKORO-BLAKE (22) int'd 14/05, admits sending IP (ex-flatmate) abusive snapchats on 5 dates over deposit dispute - 'fat leech', 'liar'. Simple caution, IP agreed. No further contact since 02/05. Closed.""",
    spans=[
        ("REPETITION", "on 5 dates"),
    ],
)

case(
    32, "aggravated_harassment_fear_of_violence", "CFR",
    voice="call_log", case="mixed", noise="abbrev", batch="i",
    pattern="neighbour_romanian_slur_burn_threats", relationship="neighbour", occasions=2,
    text="""\
1734 IP Mrs Bianca LUNGU, Romanian nat. Neighbour at no.22 shouted 'Romanian gypsy scum, I'll burn your house down' over the hedge. 2nd time since Sun - on Sun he threw a brick at her fence and said same. IP v frightened both times, thinks he'll set fire to house with her and kids inside. G2.""",
    spans=[
        ("RACIAL_HOSTILITY", "'Romanian gypsy scum"),
        ("THREAT_VIOLENCE", "I'll burn your house down'"),
        ("REPETITION", "2nd time since Sun"),
        ("THREAT_VIOLENCE", "threw a brick at her fence"),
        ("FEAR_OF_VIOLENCE", "IP v frightened both times"),
        ("FEAR_OF_VIOLENCE", "thinks he'll set fire to house with her and kids inside"),
    ],
)

case(
    33, "stalking", "CS",
    voice="victim_diary", case="mixed", noise="typos", batch="i",
    pattern="bakery_man_flowers_notes_diary", relationship="acquaintance", occasions=4,
    text="""\
Sat 8 Feb - flowers on my doorstep again, no card. Same as the 1st and 3rd.
Sun - the man from the bakery (Terry?) said 'nice dress yesterday'. I was at Mums all day yesterday, he must of seen me there.
Mon - note through door 'I know you feel it too x'""",
    spans=[
        ("STALK_GIFTS", "flowers on my doorstep"),
        ("REPETITION", "again"),
        ("REPETITION", "Same as the 1st and 3rd"),
        ("STALK_WATCH", "he must of seen me there"),
        ("STALK_GIFTS", "note through door"),
        ("FIXATION", "'I know you feel it too x'"),
    ],
)

case(
    34, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="i",
    pattern="student_followed_photographed_covid_slurs_misclassified", relationship="neighbour", occasions=4,
    text="""\
IMU have this as racially agg harassment. Reviewed: susp (neighbour, 40s) has followed IP, a Chinese student, to campus on several occasions, photographed her through her bedroom window and called her 'covid' and 'ching chong'. IP has moved out into halls and deferred her exams. Re-class needed - OIC to update. A/Insp 0633""",
    spans=[
        ("STALK_FOLLOW", "followed IP, a Chinese student, to campus"),
        ("REPETITION", "on several occasions"),
        ("STALK_WATCH", "photographed her through her bedroom window"),
        ("RACIAL_HOSTILITY", "called her 'covid' and 'ching chong'"),
        ("SERIOUS_IMPACT", "moved out into halls"),
        ("SERIOUS_IMPACT", "deferred her exams"),
    ],
)

case(
    35, "stalking_fear_alarm_distress", "CSF",
    voice="call_log", case="mixed", noise="abbrev", batch="i",
    pattern="ex_follows_from_school_run_kill_threat", relationship="ex_partner", occasions=2,
    text="""\
G1 1142 IP hiding in Tesco Express Warwick Rd, ex Ryan FLOOD followed her from the school run, 2nd time this wk, shouting he'll kill her. IP hysterical 'he's going to hurt me'. Says she was terrified Mon too. Staff have locked door. Units en route.""",
    spans=[
        ("STALK_FOLLOW", "followed her from the school run"),
        ("REPETITION", "2nd time this wk"),
        ("THREAT_VIOLENCE", "shouting he'll kill her"),
        ("FEAR_OF_VIOLENCE", "'he's going to hurt me'"),
        ("FEAR_OF_VIOLENCE", "she was terrified Mon too"),
    ],
)

case(
    36, "harassment_fear_of_violence", "CF",
    voice="notebook", case="mixed", noise="abbrev", batch="i",
    pattern="landlord_eviction_threats_fist_raised", relationship="landlord", occasions=2,
    text="""\
THURS 03/10/24 1020hrs. IP Miss Chloe PRENDERGAST, tenant Flat 2. States landlord Mr Vikram SETHI attended twice this wk demanding she leave, said I'LL DRAG YOU OUT BY YOUR HAIR. Tues she locked herself in bathroom as she thought he would hit her. Today again shouting, fist raised, IP believed he would hit her. No notice served per IP.""",
    spans=[
        ("REPETITION", "attended twice this wk"),
        ("THREAT_VIOLENCE", "I'LL DRAG YOU OUT BY YOUR HAIR"),
        ("FEAR_OF_VIOLENCE", "she thought he would hit her"),
        ("REPETITION", "Today again"),
        ("THREAT_VIOLENCE", "fist raised"),
        ("FEAR_OF_VIOLENCE", "IP believed he would hit her"),
    ],
)

case(
    37, "no_offence", "",
    voice="call_log", case="lower", noise="abbrev", batch="i",
    pattern="neighbour_party_noise_not_targeted", relationship="neighbour", occasions=4,
    text="""\
4th call re loud music from no.9 after 11pm. rp says they are doing it on purpose. not directed at rp - parties most weekends, whole street affected, other calls logged. rp not sleeping. passed to council asb/noise team. no crime.""",
    spans=[
        ("DISTRESS", "rp not sleeping"),
    ],
)

case(
    38, "aggravated_harassment", "CR",
    voice="crime_summary", case="mixed", noise="abbrev", batch="i",
    pattern="imam_anti_muslim_emails", relationship="stranger", occasions=9,
    text="""\
IP (imam at Al-Noor centre, Rotherham) has rec'd 9 emails from same gmail acc since Ramadan began, calling Muslims 'inbred' and a 'paedo cult', telling him to 'take your death cult back where it came from'. No threats to IP personally. Mosque committee aware. IP concerned but carrying on as normal. Acc details to SPOC for comms data app.""",
    spans=[
        ("REPETITION", "9 emails from same gmail acc"),
        ("RELIGIOUS_HOSTILITY", "calling Muslims 'inbred' and a 'paedo cult'"),
        ("RELIGIOUS_HOSTILITY", "'take your death cult back where it came from'"),
        ("DISTRESS", "IP concerned"),
    ],
)

case(
    39, "stalking", "CS",
    voice="updates", case="mixed", noise="abbrev", batch="i",
    pattern="estranged_father_halls_workplace_letters", relationship="family", occasions=4,
    text="""\
Further call from IP. Estranged father now seen outside her uni halls in Leeds (Sun) and at her part-time job at Greggs (Tues). Still sending birthday-card type letters via her nan despite IP telling him through a solicitor she wants no contact. IP 'not scared of him', wants him warned off.""",
    spans=[
        ("STALK_LOITER", "seen outside her uni halls in Leeds"),
        ("STALK_TURN_UP", "at her part-time job at Greggs"),
        ("STALK_CONTACT", "sending birthday-card type letters via her nan"),
        ("UNWANTED", "she wants no contact"),
    ],
)

case(
    40, "aggravated_stalking", "CSR",
    voice="third_party", case="mixed", noise="redacted", batch="i",
    pattern="ex_colleague_monitors_stories_posts_address_racist", relationship="colleague", occasions=3,
    text="""\
Report from Citizens Advice worker [REDACTED] on behalf of client Ms Funmi ADEBAYO-REID, DOB XX/XX/1991. Former colleague keeps commenting on her private Instagram stories (she thinks he's using a friend's login) and has posted her home address on a forum with 'n***** lives here'. Client says it's been going on since she left the firm in Jan.""",
    spans=[
        ("STALK_MONITOR", "keeps commenting on her private Instagram stories"),
        ("STALK_PUBLISH", "posted her home address on a forum"),
        ("RACIAL_HOSTILITY", "'n***** lives here'"),
        ("REPETITION", "going on since she left the firm in Jan"),
    ],
)

case(
    41, "harassment", "C",
    voice="statement", case="mixed", noise="clean", batch="i",
    pattern="brother_voicemails_care_fees", relationship="family", occasions=14,
    text="""\
My brother Gavin has left me abusive voicemails every evening for about a fortnight, calling me a thief and a parasite over Mum's care home fees. I've kept them all. He has never threatened me and I'm not afraid of him, but it's wearing me down.""",
    spans=[
        ("REPETITION", "every evening for about a fortnight"),
        ("DISTRESS", "it's wearing me down"),
    ],
)

case(
    42, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="updates", case="inconsistent", noise="typos", batch="i",
    pattern="bus_stop_youths_turban_knife", relationship="stranger", occasions=3,
    text="""\
spoke to IP Hardeep SANDHU again. same group of yths at bus stop on Tanner st shout 'oi bin laden' and 'we'll cut ur turban off' when he walks past, 3 times in a wk. last night one came at him showing a knife. IP says he truly thought he was going to be stabbed, and was terrifed on the previous ocassions too. Now getting lift from son.""",
    spans=[
        ("RELIGIOUS_HOSTILITY", "'oi bin laden'"),
        ("THREAT_VIOLENCE", "'we'll cut ur turban off'"),
        ("REPETITION", "3 times in a wk"),
        ("THREAT_VIOLENCE", "came at him showing a knife"),
        ("FEAR_OF_VIOLENCE", "truly thought he was going to be stabbed"),
        ("FEAR_OF_VIOLENCE", "was terrifed on the previous ocassions too"),
        ("SERIOUS_IMPACT", "Now getting lift from son"),
    ],
)

case(
    43, "stalking_fear_alarm_distress", "CSD",
    voice="mo_field", case="upper", noise="abbrev", batch="i",
    pattern="ex_turns_up_work_home_moved_changed_job", relationship="ex_partner", occasions=8,
    text="""\
EX-P TURNS UP AT IP'S WORK + HOME, SITS OUTSIDE IN CAR. 8 TIMES SINCE SPLIT IN NOV. IP HAS MOVED TO SISTERS & CHANGED JOBS.""",
    spans=[
        ("STALK_TURN_UP", "TURNS UP AT IP'S WORK + HOME"),
        ("STALK_LOITER", "SITS OUTSIDE IN CAR"),
        ("REPETITION", "8 TIMES SINCE SPLIT IN NOV"),
        ("SERIOUS_IMPACT", "MOVED TO SISTERS"),
        ("SERIOUS_IMPACT", "CHANGED JOBS"),
    ],
)

case(
    44, "aggravated_stalking_fear_alarm_distress", "CSFR",
    voice="judgment", case="mixed", noise="clean", batch="i",
    pattern="niqab_followed_from_mosque_judgment", relationship="stranger", occasions=3,
    text="""\
The victim, who wears the niqab, was followed home from the mosque by the defendant on three evenings in November 2022. On the second occasion he shouted that he would 'rip that rag off' her face and called her a 'terrorist'. She told the court she was certain, each time, that he was going to attack her.""",
    spans=[
        ("STALK_FOLLOW", "followed home from the mosque by the defendant"),
        ("REPETITION", "on three evenings in November 2022"),
        ("THREAT_VIOLENCE", "he would 'rip that rag off' her face"),
        ("RELIGIOUS_HOSTILITY", "called her a 'terrorist'"),
        ("FEAR_OF_VIOLENCE", "certain, each time, that he was going to attack her"),
    ],
)
