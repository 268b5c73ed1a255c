# ruff: noqa: E501
"""Hand-written narratives, writer wh: short compressed records (MO fields, DASH notes, result notes, one-liners)."""

from corpora.handwritten import case

case(
    1, "stalking", "CS",
    voice="mo_field", case="upper", noise="abbrev", batch="wh",
    pattern="ex_partner_pleading_messages_new_accounts_flowers_no_threats", relationship="ex_partner", occasions=8,
    text="""\
MO: SUSP (EX-PARTNER, SEP 6 WKS AGO) HAS SENT VIC APPROX 60 MSGS VIA WHATSAPP AND INSTA SINCE 2/3, BEGGING HER TO TAKE HIM BACK. 'PLS JUST TALK TO ME', 'I CANT LIVE WITHOUT U'. BLOCKED ON BOTH, NEW ACCOUNT NEXT DAY. LEFT FLOWERS ON DOORSTEP 14/3. NO THREATS. VIC NOT SCARED OF HIM, WANTS IT TO STOP.""",
    spans=[
        ("STALK_CONTACT", "HAS SENT VIC APPROX 60 MSGS VIA WHATSAPP AND INSTA"),
        ("REPETITION", "SINCE 2/3"),
        ("FIXATION", "BEGGING HER TO TAKE HIM BACK"),
        ("FIXATION", "I CANT LIVE WITHOUT U"),
        ("UNWANTED", "BLOCKED ON BOTH"),
        ("FIXATION", "NEW ACCOUNT NEXT DAY"),
        ("STALK_GIFTS", "LEFT FLOWERS ON DOORSTEP 14/3"),
    ],
)

case(
    2, "harassment_fear_of_violence", "CF",
    voice="call_log", case="mixed", noise="abbrev", batch="wh",
    pattern="sacked_roofer_three_threatening_voicemails_in_ten_minutes", relationship="business", occasions=3,
    text="""\
1412 IP Mr Dev Nair rang. Roofer he sacked off job last wk (Lee HOLT) left 3 voicemails on his mobile between 2231 and 2240 last night. 1st: 'ur dead when i see u'. 2nd: 'ill smash ur face in'. 3rd same again + says he knows where IP lives. IP says he is frightened to open the door. Advised re 999, OIC to call back.""",
    spans=[
        ("STALK_CONTACT", "left 3 voicemails on his mobile"),
        ("REPETITION", "between 2231 and 2240 last night"),
        ("THREAT_VIOLENCE", "ur dead when i see u"),
        ("THREAT_VIOLENCE", "ill smash ur face in"),
        ("REPETITION", "3rd same again"),
        ("FEAR_OF_VIOLENCE", "he is frightened to open the door"),
    ],
)

case(
    3, "aggravated_stalking", "CSR",
    voice="dash_note", case="lower", noise="abbrev", batch="wh",
    pattern="ex_partner_turns_up_and_sends_racist_texts_victim_not_scared", relationship="ex_partner", occasions=4,
    text="""\
dash: std risk. ip and susp sep jan. since then susp has turned up at ip's flat x3 (4/2, 11/2, 19/2) and sent texts calling her a 'p*** slag' and telling her to 'go back to ur own country'. ip is british pakistani. ip says 'im not scared of him, hes all mouth'. no threats, no dv history. ip just wants him warned.""",
    spans=[
        ("STALK_TURN_UP", "turned up at ip's flat x3"),
        ("REPETITION", "4/2, 11/2, 19/2"),
        ("STALK_CONTACT", "sent texts calling her a"),
        ("RACIAL_HOSTILITY", "p*** slag"),
        ("RACIAL_HOSTILITY", "go back to ur own country"),
    ],
)

case(
    4, "harassment", "CD",
    voice="result_note", case="mixed", noise="abbrev", batch="wh",
    pattern="colleague_insulting_emails_victim_now_works_from_home", relationship="colleague", occasions=14,
    text="""\
Result: IP (finance officer) rec'd 14 emails + Teams msgs from colleague Gareth PRICE 6/1 - 30/1, calling her 'useless' and 'thick' and cc'ing others in. No threats, nothing outside work. IP upset, now works from home 5 days a wk on GP advice to avoid him. PRICE interviewed VA, admits sending, 'just banter'. Crime confirmed, HR referral made.""",
    spans=[
        ("STALK_CONTACT", "rec'd 14 emails + Teams msgs from colleague Gareth PRICE"),
        ("REPETITION", "6/1 - 30/1"),
        ("DISTRESS", "IP upset"),
        ("SERIOUS_IMPACT", "now works from home 5 days a wk"),
    ],
)

case(
    5, "no_offence", "R",
    voice="notebook", case="upper", noise="abbrev", batch="wh",
    pattern="single_racist_slur_from_passing_cyclist", relationship="stranger", occasions=1,
    text="""\
1735 HIGH ST. IP (SIKH MALE) STATES UNK MALE ON BIKE RODE PAST, SHOUTED 'F*** OFF BACK TO INDIA T***', GONE TOWARDS STATION. ONE OFF, NEVER SEEN HIM BEFORE. CCTV REQ.""",
    spans=[
        ("RACIAL_HOSTILITY", "F*** OFF BACK TO INDIA T***"),
    ],
)

case(
    6, "stalking_fear_alarm_distress", "CSD",
    voice="crime_summary", case="mixed", noise="abbrev", batch="wh",
    pattern="stranger_follows_student_from_bus_stop_she_changes_routine", relationship="stranger", occasions=3,
    text="""\
VIC (19, student) followed on foot from Marsh Lane bus stop to her halls by same male on 3 occasions (8/10, 15/10, 16/10). Never speaks. On 16/10 he stood across road from halls for 40 mins watching her window. No threats. VIC now gets a taxi from campus and has stopped going to evening lectures. Desc: IC1 male 30s grey parka.""",
    spans=[
        ("STALK_FOLLOW", "followed on foot from Marsh Lane bus stop to her halls"),
        ("REPETITION", "on 3 occasions (8/10, 15/10, 16/10)"),
        ("STALK_WATCH", "stood across road from halls for 40 mins watching her window"),
        ("SERIOUS_IMPACT", "now gets a taxi from campus"),
        ("SERIOUS_IMPACT", "has stopped going to evening lectures"),
    ],
)

case(
    7, "aggravated_harassment", "CR",
    voice="updates", case="lower", noise="typos", batch="wh",
    pattern="neighbour_shouts_racist_abuse_over_fence_three_times", relationship="neighbour", occasions=3,
    text="""\
upd 2: spoke to ip again. confirms nieghbour at no 14 shouted over fence 'n***** get out of my street' on sat, again tues eve when ip was putting bins out and once more this morning. thats 3 times. ip says shes angry more than scared. row started over a hedge last yr. w/s to be taken weds.""",
    spans=[
        ("STALK_CONTACT", "shouted over fence"),
        ("RACIAL_HOSTILITY", "n***** get out of my street"),
        ("REPETITION", "again tues eve"),
        ("REPETITION", "once more this morning"),
        ("REPETITION", "thats 3 times"),
    ],
)

case(
    8, "aggravated_harassment_fear_of_violence", "CFR",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="wh",
    pattern="neighbour_two_anti_roma_threats_victim_terrified", relationship="neighbour", occasions=2,
    text="""\
Sup review: Agree crime. IP (Romanian nat) threatened by neighbour SUSP on 3/5 'I'll stab you, you Romanian gypsy scum' and on 9/5 'next time you're dead, go home'. IP has said she is terrified he will attack her. Upgrade to agg HFV. DASH n/a (not DA). Arrest plan to OIC by EOD.""",
    spans=[
        ("THREAT_VIOLENCE", "I'll stab you"),
        ("RACIAL_HOSTILITY", "you Romanian gypsy scum"),
        ("REPETITION", "on 9/5"),
        ("THREAT_VIOLENCE", "next time you're dead"),
        ("RACIAL_HOSTILITY", "go home"),
        ("FEAR_OF_VIOLENCE", "she is terrified he will attack her"),
    ],
)

case(
    9, "harassment", "C",
    voice="mo_field", case="upper", noise="abbrev", batch="wh",
    pattern="shared_drive_dispute_neighbour_photographs_car_and_leaves_notes", relationship="neighbour", occasions=10,
    text="""\
MO: LONG RUNNING DISPUTE OVER SHARED DRIVE. SUSP (NEIGHBOUR) PHOTOGRAPHS IP'S CAR AND IP EVERY TIME IP PARKS, APPROX X10 SINCE AUG, AND PUTS NOTES ON WINDSCREEN 'YOU ARE BLOCKING MY ACCESS'. NO THREATS. IP FINDS IT INTIMIDATING, NO CHANGE TO ROUTINE. CIVIL ADVICE RE BOUNDARY ALSO GIVEN.""",
    spans=[
        ("STALK_WATCH", "PHOTOGRAPHS IP'S CAR AND IP EVERY TIME IP PARKS"),
        ("REPETITION", "APPROX X10 SINCE AUG"),
        ("STALK_CONTACT", "PUTS NOTES ON WINDSCREEN"),
        ("DISTRESS", "IP FINDS IT INTIMIDATING"),
    ],
)

case(
    10, "stalking", "CS",
    voice="result_note", case="upper", noise="redacted", batch="wh",
    pattern="ex_partner_breaches_restraining_order_by_attending_twice", relationship="ex_partner", occasions=2,
    text="""\
RESULT: [NAME 1] (EX-PARTNER) CHARGED S.2A PHA + BREACH RO. RO (NO CONTACT, NOT TO ATTEND [ADDRESS 1]) MADE 12/09. ATTENDED IP'S ADDRESS 21/09 AND 03/10, KNOCKING AND ASKING TO SEE HER. BOTH ON RING DOORBELL. IP STATES SHE WAS NOT FRIGHTENED, DID NOT OPEN DOOR. REMANDED FOR COURT.""",
    spans=[
        ("STALK_TURN_UP", "ATTENDED IP'S ADDRESS"),
        ("REPETITION", "21/09 AND 03/10"),
        ("STALK_CONTACT", "KNOCKING AND ASKING TO SEE HER"),
    ],
)

case(
    11, "harassment_fear_of_violence", "CF",
    voice="call_log", case="lower", noise="heavy", batch="wh",
    pattern="upstairs_neighbour_bangs_door_two_nights_threatens_to_burn_out_elderly_caller", relationship="neighbour", occasions=2,
    text="""\
caller mrs okafor 72yrs. lad from upstairs flat bangin on her door 2 nites running 0100ish shoutin hes going to 'burn u out u old cow'. says she cant sleep and is scared hes gonna hurt her. wants pol to attend. prev cad re noise from same flat last month nfa.""",
    spans=[
        ("STALK_TURN_UP", "bangin on her door"),
        ("REPETITION", "2 nites running"),
        ("THREAT_VIOLENCE", "burn u out u old cow"),
        ("DISTRESS", "she cant sleep"),
        ("FEAR_OF_VIOLENCE", "scared hes gonna hurt her"),
    ],
)

case(
    12, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="dash_note", case="upper", noise="abbrev", batch="wh",
    pattern="ex_partner_waits_follows_and_sends_racist_death_threats", relationship="ex_partner", occasions=5,
    text="""\
DASH MED RISK. EX-PARTNER SINCE SEP'D 3 WKS: WAITED O/S IP'S WORK X2, FOLLOWED HER TO CAR 12/6, TEXTS 'U BLACK B**** ILL KILL U' 13/6 AND 'WATCH UR BACK MONKEY' 15/6. IP FEARS HE WILL CARRY IT OUT, SLEEPING AT MUMS SINCE. CHILD 4 IN HOUSEHOLD. REFER MARAC? NO, SCORE 9.""",
    spans=[
        ("STALK_LOITER", "WAITED O/S IP'S WORK X2"),
        ("STALK_FOLLOW", "FOLLOWED HER TO CAR 12/6"),
        ("RACIAL_HOSTILITY", "U BLACK B****"),
        ("THREAT_VIOLENCE", "ILL KILL U"),
        ("THREAT_VIOLENCE", "WATCH UR BACK"),
        ("RACIAL_HOSTILITY", "MONKEY"),
        ("FEAR_OF_VIOLENCE", "IP FEARS HE WILL CARRY IT OUT"),
        ("SERIOUS_IMPACT", "SLEEPING AT MUMS SINCE"),
    ],
)

case(
    13, "stalking", "CS",
    voice="crime_summary", case="mixed", noise="abbrev", batch="wh",
    pattern="ex_partner_family_and_friends_message_victim_on_his_behalf", relationship="ex_partner", occasions=6,
    text="""\
IP ended rel with SUSP (Kyle BARNES) Nov. Since 1/12 his sister, mum and two mates have messaged IP on FB and Snap at least x15 saying Kyle 'is broken', asking her to ring him and sending pics of him crying. Mate turned up at IP's work 9/12 with a card from Kyle. Sister's msg says Kyle asked them to. IP upset. No threats.""",
    spans=[
        ("REPETITION", "Since 1/12"),
        ("STALK_CONTACT", "his sister, mum and two mates have messaged IP on FB and Snap"),
        ("REPETITION", "at least x15"),
        ("FIXATION", "asking her to ring him"),
        ("STALK_TURN_UP", "Mate turned up at IP's work 9/12"),
        ("STALK_GIFTS", "with a card from Kyle"),
        ("DISTRESS", "IP upset"),
    ],
)

case(
    14, "aggravated_harassment", "CR",
    voice="third_party", case="mixed", noise="typos", batch="wh",
    pattern="taxi_passenger_religious_abuse_of_sikh_driver_twice", relationship="customer", occasions=2,
    text="""\
Reported by ops manager, A1 Cars. Our driver (Sikh) has had the same passenger twice this month, the 4th and the 18th, both pick ups from the Crown. Both times passenger called him 'towel head' and 'bin laden' and refused to pay. Driver not hurt, not scared, but wants it recorded. Passengers account is under 'Daz', mobile on file.""",
    spans=[
        ("REPETITION", "twice this month, the 4th and the 18th"),
        ("RELIGIOUS_HOSTILITY", "towel head"),
        ("RELIGIOUS_HOSTILITY", "bin laden"),
    ],
)

case(
    15, "stalking_fear_alarm_distress", "CSF",
    voice="victim_diary", case="lower", noise="typos", batch="wh",
    pattern="ex_partner_waits_outside_work_walks_her_to_bus_repeats_face_threat", relationship="ex_partner", occasions=3,
    text="""\
mon 3rd - jay was outside work again at 5, third time since we split. walked me to the bus stop even tho i told him to go. said 'if i cant have u no one will, ill cut ur face'. weds 5th - 6 missed calls then a voicemail saying the same thing about my face. im scared to leave the house on my own now""",
    spans=[
        ("STALK_LOITER", "jay was outside work"),
        ("REPETITION", "again"),
        ("REPETITION", "third time since we split"),
        ("STALK_FOLLOW", "walked me to the bus stop even tho i told him to go"),
        ("FIXATION", "if i cant have u no one will"),
        ("THREAT_VIOLENCE", "ill cut ur face"),
        ("STALK_CONTACT", "6 missed calls"),
        ("THREAT_VIOLENCE", "a voicemail saying the same thing about my face"),
        ("FEAR_OF_VIOLENCE", "im scared to leave the house on my own now"),
    ],
)

case(
    16, "no_offence", "",
    voice="result_note", case="mixed", noise="abbrev", batch="wh",
    pattern="mutual_row_between_neighbours_over_bins", relationship="neighbour", occasions=1,
    text="""\
Result: NFA. Nos 7 and 9 Fern Close both rang 999 re argument in street over bins. W1 says both shouting and swearing. One incident, mutual. WA to both, ASB team aware.""",
    spans=[],
)

case(
    17, "aggravated_stalking", "CSR",
    voice="crime_summary", case="upper", noise="abbrev", batch="wh",
    pattern="neighbour_logs_visitors_and_follows_muslim_woman_to_mosque_with_abuse", relationship="neighbour", occasions=4,
    text="""\
SUSP (NEIGHBOUR, NO 22) HAS POINTED CCTV AT IP'S FRONT DOOR, KEEPS A LOG OF IP'S VISITORS WHICH HE READ OUT TO HER 2/4, AND FOLLOWED HER TO THE MOSQUE ON 5/4 AND 12/4 SHOUTING 'DIRTY MUSLIM' AND 'TERRORIST'. NO DISPUTE BETWEEN THEM KNOWN. IP NOT FRIGHTENED, 'HE IS SAD', BUT WANTS IT STOPPED.""",
    spans=[
        ("STALK_WATCH", "POINTED CCTV AT IP'S FRONT DOOR"),
        ("STALK_MONITOR", "KEEPS A LOG OF IP'S VISITORS"),
        ("STALK_FOLLOW", "FOLLOWED HER TO THE MOSQUE"),
        ("REPETITION", "ON 5/4 AND 12/4"),
        ("RELIGIOUS_HOSTILITY", "DIRTY MUSLIM"),
        ("RELIGIOUS_HOSTILITY", "TERRORIST"),
    ],
)

case(
    18, "harassment", "C",
    voice="notebook", case="lower", noise="abbrev", batch="wh",
    pattern="homophobic_neighbour_abuse_four_times_one_threat_not_afraid", relationship="neighbour", occasions=4,
    text="""\
ip (gay male, lives w/ partner) states susp at no 3 has called him 'f*****' and 'bender' on 4 occasions since may, in the street and over the fence. on 20/6 susp added 'ill batter you'. only threat. ip says hes wary but not afraid of him. no change to routine.""",
    spans=[
        ("STALK_CONTACT", "has called him 'f*****' and 'bender'"),
        ("REPETITION", "on 4 occasions since may"),
        ("THREAT_VIOLENCE", "ill batter you"),
    ],
)

case(
    19, "harassment_fear_of_violence", "CF",
    voice="mo_field", case="mixed", noise="abbrev", batch="wh",
    pattern="online_gamer_sends_repeated_stab_threats_after_losing", relationship="online", occasions=3,
    text="""\
MO: Online. SUSP (gamer tag 'Reaper_88') only known to IP via Fortnite. After IP beat him in a tournament sent DMs on Discord 10/2, 11/2, 14/2 saying he will 'find u and stab u'. IP (17) scared he will turn up and hurt him. Acct reported to Discord, data req to follow.""",
    spans=[
        ("STALK_CONTACT", "sent DMs on Discord"),
        ("REPETITION", "10/2, 11/2, 14/2"),
        ("THREAT_VIOLENCE", "find u and stab u"),
        ("FEAR_OF_VIOLENCE", "scared he will turn up and hurt him"),
    ],
)

case(
    20, "aggravated_harassment_fear_of_violence", "CFR",
    voice="updates", case="mixed", noise="abbrev", batch="wh",
    pattern="neighbour_posts_two_anti_muslim_threat_notes_through_door", relationship="neighbour", occasions=2,
    text="""\
Update 14/11: 2nd note through IP's letterbox o/n, same handwriting as 1st (7/11): 'MUSLIMS OUT OR WE BURN YOU OUT'. 1st said 'P***S WILL BE KNIFED'. Neighbour's CCTV shows SUSP (no 41) at door 0320. IP and husband terrified it will happen. Hate crime marker added, PCSO visits arranged.""",
    spans=[
        ("STALK_CONTACT", "2nd note through IP's letterbox o/n"),
        ("REPETITION", "same handwriting as 1st (7/11)"),
        ("RELIGIOUS_HOSTILITY", "MUSLIMS OUT"),
        ("THREAT_VIOLENCE", "OR WE BURN YOU OUT"),
        ("RACIAL_HOSTILITY", "P***S"),
        ("THREAT_VIOLENCE", "WILL BE KNIFED"),
        ("FEAR_OF_VIOLENCE", "IP and husband terrified it will happen"),
    ],
)

case(
    21, "stalking_fear_alarm_distress", "CSD",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="wh",
    pattern="warehouse_colleague_gifts_and_parks_outside_home_victim_signed_off", relationship="colleague", occasions=6,
    text="""\
Sup: Reviewed. SUSP (colleague, warehouse) has left gifts in IP's locker x5, messaged her 'I know you feel it too' after she said no twice, and been seen parked o/s her house 3 eves last wk. No threats. IP signed off sick 2 wks, GP note on file. Stalking not harassment - S2A and 4A(1)(b)(ii). Reclassify. Arrest.""",
    spans=[
        ("STALK_GIFTS", "left gifts in IP's locker x5"),
        ("STALK_CONTACT", "messaged her"),
        ("FIXATION", "I know you feel it too"),
        ("UNWANTED", "after she said no twice"),
        ("STALK_LOITER", "parked o/s her house"),
        ("REPETITION", "3 eves last wk"),
        ("SERIOUS_IMPACT", "IP signed off sick 2 wks"),
    ],
)

case(
    22, "aggravated_harassment", "CR",
    voice="statement", case="mixed", noise="typos", batch="wh",
    pattern="supervisor_anti_polish_comments_in_front_of_team", relationship="colleague", occasions=4,
    text="""\
Over the past month my supervisor Dean has made coments about me being Polish at least 4 times in front of the team. He calls me 'the Polack' and has said 'you lot come here and take our jobs' and 'go back to Warsaw'. He has never threatned me and im not scared of him but it is humilating.""",
    spans=[
        ("REPETITION", "at least 4 times"),
        ("RACIAL_HOSTILITY", "calls me 'the Polack'"),
        ("RACIAL_HOSTILITY", "you lot come here and take our jobs"),
        ("RACIAL_HOSTILITY", "go back to Warsaw"),
        ("DISTRESS", "it is humilating"),
    ],
)

case(
    23, "no_offence", "",
    voice="call_log", case="upper", noise="abbrev", batch="wh",
    pattern="enforcement_agents_council_tax_visits_and_letters", relationship="business", occasions=8,
    text="""\
CALLER STATES HE IS BEING HARASSED BY BAILIFFS. ENFORCEMENT AGENTS FROM CRESTLINE RECOVERIES ATTENDED X3 IN 2 WKS AND SENT 5 LETTERS RE UNPAID COUNCIL TAX. POLITE, NO THREATS, HOLD LIABILITY ORDER. CALLER UPSET. ADVISED CIVIL MATTER, CONTACT COUNCIL / DEBT ADVICE. NO OFFENCES DISCLOSED.""",
    spans=[
        ("DISTRESS", "CALLER UPSET"),
    ],
)

case(
    24, "stalking", "CS",
    voice="call_log", case="mixed", noise="abbrev", batch="wh",
    pattern="gym_member_leaves_notes_and_bracelet_waits_by_reception", relationship="stranger", occasions=5,
    text="""\
1950 IP (f, 28) reports male at her gym (Asian male, 40s, 'Raj' per staff) who has left notes on her car windscreen x4 since Jan, one with a bracelet. Waits by reception when her class ends. She has told him twice she's not interested. Not scared, 'just weird', wants words with him. Gym have his details.""",
    spans=[
        ("STALK_CONTACT", "left notes on her car windscreen"),
        ("REPETITION", "x4 since Jan"),
        ("STALK_GIFTS", "one with a bracelet"),
        ("STALK_LOITER", "Waits by reception when her class ends"),
        ("UNWANTED", "She has told him twice she's not interested"),
    ],
)

case(
    25, "harassment_fear_of_violence", "CF",
    voice="result_note", case="lower", noise="abbrev", batch="wh",
    pattern="former_friend_debt_calls_and_doorstep_leg_breaking_threats", relationship="acquaintance", occasions=7,
    text="""\
result: susp (ex-mate of ip) lent ip £400 in march. since june rang ip x6 + came to his door 2/7 saying 'pay up or ill break ur legs', repeated on phone 5/7. ip genuinely fears he'll be attacked. susp charged s4 pha. bail conds no contact, not to enter ip's road.""",
    spans=[
        ("STALK_CONTACT", "rang ip x6"),
        ("STALK_TURN_UP", "came to his door 2/7"),
        ("THREAT_VIOLENCE", "pay up or ill break ur legs"),
        ("REPETITION", "repeated on phone 5/7"),
        ("FEAR_OF_VIOLENCE", "ip genuinely fears he'll be attacked"),
    ],
)

case(
    26, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="mo_field", case="upper", noise="abbrev", batch="wh",
    pattern="unknown_suspect_notes_describing_clothes_racist_slur_victim_moves", relationship="stranger", occasions=8,
    text="""\
MO: UNK SUSP LEFT 6 HANDWRITTEN NOTES ON IP'S CAR AND THROUGH DOOR OVER 5 WKS, DESCRIBING WHAT IP WORE ON GIVEN DAYS AND CALLING HER A 'CHINKY W****'. SEEN STANDING AT END OF DRIVE AT NIGHT BY NEIGHBOUR X2. IP HAS SINCE MOVED TO SISTER'S ADDRESS AND CHANGED HER NUMBER. NO THREATS IN NOTES.""",
    spans=[
        ("STALK_CONTACT", "LEFT 6 HANDWRITTEN NOTES ON IP'S CAR AND THROUGH DOOR"),
        ("REPETITION", "OVER 5 WKS"),
        ("STALK_MONITOR", "DESCRIBING WHAT IP WORE ON GIVEN DAYS"),
        ("RACIAL_HOSTILITY", "CHINKY W****"),
        ("STALK_WATCH", "STANDING AT END OF DRIVE AT NIGHT"),
        ("REPETITION", "X2"),
        ("SERIOUS_IMPACT", "MOVED TO SISTER'S ADDRESS"),
        ("SERIOUS_IMPACT", "CHANGED HER NUMBER"),
    ],
)

case(
    27, "stalking_fear_alarm_distress", "CSD",
    voice="updates", case="mixed", noise="abbrev", batch="wh",
    pattern="ex_partner_airtag_on_car_turns_up_by_chance_victim_changes_number", relationship="ex_partner", occasions=5,
    text="""\
Upd: IP found AirTag taped under her car bumper 22/8, 3 wks after she left SUSP (ex). He has turned up at Tesco and her gym when she's there, 'by chance' x3. Msgs her where she's been. IP has changed her phone no, bought a Ring camera and now parks at work not home. No threats. Tag seized for exam.""",
    spans=[
        ("STALK_MONITOR", "found AirTag taped under her car bumper"),
        ("STALK_TURN_UP", "turned up at Tesco and her gym when she's there"),
        ("REPETITION", "x3"),
        ("STALK_MONITOR", "Msgs her where she's been"),
        ("SERIOUS_IMPACT", "changed her phone no, bought a Ring camera"),
        ("SERIOUS_IMPACT", "now parks at work not home"),
    ],
)

case(
    28, "aggravated_harassment", "CR",
    voice="crime_summary", case="lower", noise="redacted", batch="wh",
    pattern="refund_dispute_customer_racist_comments_and_threats_baker_not_frightened", relationship="customer", occasions=5,
    text="""\
ip ([NAME 1]) runs a small bakery instagram. account '[HANDLE 1]' has commented and dm'd her 5 times since 14/1 after she refused a refund: 'go back to jamaica', 'your cakes are as dirty as you [RACIAL SLUR]', and twice 'ill smash ur shop and u'. ip blocked, comments kept coming on public posts. ip not frightened, annoyed.""",
    spans=[
        ("STALK_CONTACT", "has commented and dm'd her 5 times"),
        ("REPETITION", "since 14/1"),
        ("RACIAL_HOSTILITY", "go back to jamaica"),
        ("RACIAL_HOSTILITY", "your cakes are as dirty as you [RACIAL SLUR]"),
        ("REPETITION", "twice"),
        ("THREAT_VIOLENCE", "ill smash ur shop and u"),
    ],
)

case(
    29, "harassment", "C",
    voice="crime_summary", case="mixed", noise="abbrev", batch="wh",
    pattern="nail_bar_customer_calls_and_threatens_owners_son", relationship="customer", occasions=7,
    text="""\
IP (owner, nail bar) had dispute with SUSP (customer) over a botched set. Since then SUSP has rung salon x5 in a wk and messaged IP twice saying 'your son will get stabbed walking home from college'. IP says she isn't scared for herself, worried for son (17), who doesn't know. No threats to IP herself.""",
    spans=[
        ("STALK_CONTACT", "rung salon"),
        ("REPETITION", "x5 in a wk"),
        ("STALK_CONTACT", "messaged IP twice"),
        ("DISTRESS", "worried for son (17)"),
    ],
)

case(
    30, "aggravated_stalking", "CSR",
    voice="mo_field", case="upper", noise="abbrev", batch="wh",
    pattern="online_follower_new_accounts_posts_photos_with_racist_captions", relationship="online", occasions=9,
    text="""\
MO: ONLINE. SUSP (NEVER MET, FOLLOWED IP'S TIKTOK) HAS MADE 7 ACCOUNTS SINCE IP BLOCKED HIM, POSTS IP'S PHOTOS WITH CAPTIONS 'PAKI PRINCESS' AND 'BROWN RAT', AND COMMENTS ON EVERY VIDEO SHE POSTS WITHIN MINS. DM'D 'YOU'LL NEVER GET RID OF ME'. IP NOT AFRAID, HAS KEPT POSTING. NO THREATS.""",
    spans=[
        ("FIXATION", "HAS MADE 7 ACCOUNTS SINCE IP BLOCKED HIM"),
        ("STALK_PUBLISH", "POSTS IP'S PHOTOS WITH CAPTIONS"),
        ("RACIAL_HOSTILITY", "PAKI PRINCESS"),
        ("RACIAL_HOSTILITY", "BROWN RAT"),
        ("STALK_MONITOR", "COMMENTS ON EVERY VIDEO SHE POSTS WITHIN MINS"),
        ("FIXATION", "YOU'LL NEVER GET RID OF ME"),
    ],
)

case(
    31, "no_offence", "",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="wh",
    pattern="two_incidents_six_months_apart_with_reconciliation_between", relationship="ex_partner", occasions=2,
    text="""\
Sup: Not a course. Jan - SUSP (then partner) sent abusive texts one evening after a row. July - turned up drunk at her flat and called her a slag. IP confirms they got back together Feb to June in between. Not connected conduct, NFA under PHA. July incident dealt with as DA ASB, DASH std, words of advice.""",
    spans=[
        ("STALK_CONTACT", "sent abusive texts one evening after a row"),
        ("STALK_TURN_UP", "turned up drunk at her flat"),
        ("STALK_CONTACT", "called her a slag"),
    ],
)

case(
    32, "stalking", "CS",
    voice="dash_note", case="lower", noise="abbrev", batch="wh",
    pattern="ex_partner_turns_up_and_drives_past_threatens_new_partner_only", relationship="ex_partner", occasions=5,
    text="""\
dash std. ex of 4 yrs (sep'd oct). turns up at ip's on her days off x3 in nov asking why she's 'with him now', drove past slowly 2x last wk. told ip he'll 'put her new fella in hospital'. ip not worried for herself, has warned new partner. no threats to ip. no kids.""",
    spans=[
        ("STALK_TURN_UP", "turns up at ip's on her days off"),
        ("REPETITION", "x3 in nov"),
        ("FIXATION", "asking why she's 'with him now'"),
        ("STALK_WATCH", "drove past slowly 2x last wk"),
    ],
)

case(
    33, "aggravated_harassment_fear_of_violence", "CFR",
    voice="call_log", case="upper", noise="heavy", batch="wh",
    pattern="takeaway_customer_racist_glassing_threats_on_three_visits", relationship="customer", occasions=3,
    text="""\
CALLR IS MGR OF GOLDEN DRAGON T/A. SAME MALE CAME IN FRI, SAT AND AGAIN 2NITE, CALLS STAFF MEMBER (MR LI) 'CHINK' AND 'COVID SPREADER' AND EVERY TIME SAYS HE WILL 'GLASS HIM'. MR LI TERRIFIED, HIDING IN BACK. MALE NOW O/S IN GREY GOLF. URGENT.""",
    spans=[
        ("REPETITION", "FRI, SAT AND AGAIN 2NITE"),
        ("RACIAL_HOSTILITY", "CHINK"),
        ("RACIAL_HOSTILITY", "COVID SPREADER"),
        ("REPETITION", "EVERY TIME"),
        ("THREAT_VIOLENCE", "GLASS HIM"),
        ("FEAR_OF_VIOLENCE", "MR LI TERRIFIED"),
    ],
)

case(
    34, "stalking_fear_alarm_distress", "CSF",
    voice="notebook", case="mixed", noise="typos", batch="wh",
    pattern="neighbour_opposite_watches_writes_love_letters_threatens_twice", relationship="neighbour", occasions=5,
    text="""\
1030 spoke IP at home. SUSP (nieghbour opp, lives alone) stands at his window watching her most evenings, has written her 3 love letters, and when she asked him to stop on 2/9 said 'you'll regret it, I'll hurt you'. Said it again 6/9 over the fence. IP frightened he'll come over and attack her.""",
    spans=[
        ("STALK_WATCH", "stands at his window watching her most evenings"),
        ("STALK_CONTACT", "has written her 3 love letters"),
        ("THREAT_VIOLENCE", "I'll hurt you"),
        ("REPETITION", "Said it again 6/9 over the fence"),
        ("FEAR_OF_VIOLENCE", "IP frightened he'll come over and attack her"),
    ],
)

case(
    35, "aggravated_harassment", "CR",
    voice="result_note", case="mixed", noise="abbrev", batch="wh",
    pattern="drunk_regular_racially_abuses_shopkeeper_twice_one_threat", relationship="customer", occasions=2,
    text="""\
Result: SUSP (regular customer) abused IP (shopkeeper, Bangladeshi) on 11/3 - 'bloody p*** robbing us' - and again 17/3 after being refused alcohol, when he also said 'ill punch ur lights out'. One threat only, IP not scared, says he's 'old and drunk'. Charged racially agg harassment (s.32 CDA). Banned from shop.""",
    spans=[
        ("RACIAL_HOSTILITY", "bloody p*** robbing us"),
        ("REPETITION", "again 17/3"),
        ("THREAT_VIOLENCE", "ill punch ur lights out"),
    ],
)

case(
    36, "harassment", "C",
    voice="third_party", case="lower", noise="typos", batch="wh",
    pattern="estate_youth_disability_name_calling_on_way_to_shop", relationship="acquaintance", occasions=4,
    text="""\
reported by support worker. her client (mr ellis, 54, learning disability) is being called 'retard' and 'spaz' by lad from the estate (known to him, 'tyler') when he walks to the shop, 4 times in 2 wks. spat at his feet once. mr ellis very upset, cryed on phone. still going to shop. disability hate crime flag added.""",
    spans=[
        ("STALK_CONTACT", "being called 'retard' and 'spaz'"),
        ("REPETITION", "4 times in 2 wks"),
        ("DISTRESS", "mr ellis very upset, cryed on phone"),
    ],
)

case(
    37, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="supervisor_review", case="upper", noise="abbrev", batch="wh",
    pattern="neighbour_films_jewish_man_walking_to_shul_posts_clips_and_threatens", relationship="neighbour", occasions=6,
    text="""\
SUP: IP (ORTHODOX JEWISH) FILMED BY SUSP (NEIGHBOUR) EVERY SAT WALKING TO SHUL SINCE OCT, CLIPS POSTED ON LOCAL FB GROUP AS 'THE YID PARADE'. SUSP TOLD IP 'HITLER SHOULD'VE FINISHED THE JOB' AND ON 2 LATER DATES 'I'LL DO IT MYSELF'. IP FEARS FOR HIS SAFETY, NOW USES A DIFFERENT ROUTE. FULL INVESTIGATION, HATE CRIME.""",
    spans=[
        ("STALK_WATCH", "FILMED BY SUSP (NEIGHBOUR) EVERY SAT WALKING TO SHUL"),
        ("REPETITION", "SINCE OCT"),
        ("STALK_PUBLISH", "CLIPS POSTED ON LOCAL FB GROUP"),
        ("RELIGIOUS_HOSTILITY", "THE YID PARADE"),
        ("RELIGIOUS_HOSTILITY", "HITLER SHOULD'VE FINISHED THE JOB"),
        ("REPETITION", "ON 2 LATER DATES"),
        ("THREAT_VIOLENCE", "I'LL DO IT MYSELF"),
        ("FEAR_OF_VIOLENCE", "IP FEARS FOR HIS SAFETY"),
        ("SERIOUS_IMPACT", "NOW USES A DIFFERENT ROUTE"),
    ],
)

case(
    38, "aggravated_stalking", "CSR",
    voice="call_log", case="mixed", noise="abbrev", batch="wh",
    pattern="stranger_follows_woman_from_mosque_three_fridays_with_religious_abuse", relationship="stranger", occasions=3,
    text="""\
IP (hijab-wearing female, 30s) states same white male has followed her from Green Lane mosque to her bus stop 3 Fridays running, calling her 'terrorist bride' and 'ninja'. Last Fri he was waiting outside the mosque gates before prayers ended. Never touches her, no threats. IP says 'I'm not scared, I'm angry'. Wants patrols Fri pm.""",
    spans=[
        ("STALK_FOLLOW", "followed her from Green Lane mosque to her bus stop"),
        ("REPETITION", "3 Fridays running"),
        ("RELIGIOUS_HOSTILITY", "terrorist bride"),
        ("RELIGIOUS_HOSTILITY", "ninja"),
        ("STALK_LOITER", "waiting outside the mosque gates before prayers ended"),
    ],
)

case(
    39, "harassment_fear_of_violence", "CFD",
    voice="updates", case="lower", noise="abbrev", batch="wh",
    pattern="hospital_porter_threatens_nurse_twice_after_complaint_she_swaps_shifts", relationship="colleague", occasions=2,
    text="""\
upd: ip (nurse) confirms susp (porter) threatened her twice after she reported him to mgr - 15/4 in lift 'grass, ur getting hurt', 22/4 in car park 'told u, ur getting hurt'. no other contact. ip very frightened of him, has swapped off nights so she isnt alone on ward. ward mgr aware.""",
    spans=[
        ("REPETITION", "threatened her twice"),
        ("THREAT_VIOLENCE", "grass, ur getting hurt"),
        ("THREAT_VIOLENCE", "told u, ur getting hurt"),
        ("FEAR_OF_VIOLENCE", "ip very frightened of him"),
        ("SERIOUS_IMPACT", "has swapped off nights"),
    ],
)

case(
    40, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="vps", case="mixed", noise="clean", batch="wh",
    pattern="online_fixation_daily_messages_anti_arab_abuse_victim_deletes_accounts", relationship="online", occasions=10,
    text="""\
Since he found me on Facebook in April he has messaged me every day, sometimes 30 times, from new accounts when I block him. He calls me a 'dirty Arab' and tells me I belong to him. He comments on my friends' posts about me. I have deleted all my social media, changed my number and I no longer go to my cousin's café where he first saw me.""",
    spans=[
        ("STALK_CONTACT", "he has messaged me every day, sometimes 30 times"),
        ("FIXATION", "from new accounts when I block him"),
        ("RACIAL_HOSTILITY", "dirty Arab"),
        ("FIXATION", "tells me I belong to him"),
        ("STALK_PUBLISH", "comments on my friends' posts about me"),
        ("SERIOUS_IMPACT", "deleted all my social media, changed my number"),
        ("SERIOUS_IMPACT", "I no longer go to my cousin's café"),
    ],
)

case(
    41, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="crime_summary", case="upper", noise="redacted", batch="wh",
    pattern="pub_acquaintance_repeated_knife_threats_anti_traveller_victim_moves_caravan", relationship="acquaintance", occasions=3,
    text="""\
SUSP [NAME 2], KNOWN TO IP FROM [PUB 1], HAS TOLD IP ON 3 OCCASIONS (26/7, 1/8, 4/8) 'I'LL KNIFE YOU, YOU THIEVING PIKEY'. LAST TIME IN FRONT OF IP'S KIDS. IP (IRISH TRAVELLER) STATES HE IS IN FEAR OF BEING STABBED AND HAS MOVED HIS CARAVAN TO ANOTHER SITE. NO PRIOR DISPUTE KNOWN.""",
    spans=[
        ("REPETITION", "ON 3 OCCASIONS (26/7, 1/8, 4/8)"),
        ("THREAT_VIOLENCE", "I'LL KNIFE YOU"),
        ("RACIAL_HOSTILITY", "YOU THIEVING PIKEY"),
        ("FEAR_OF_VIOLENCE", "HE IS IN FEAR OF BEING STABBED"),
        ("SERIOUS_IMPACT", "HAS MOVED HIS CARAVAN TO ANOTHER SITE"),
    ],
)

case(
    42, "aggravated_stalking", "CSR",
    voice="updates", case="inconsistent", noise="abbrev", batch="wh",
    pattern="ex_partner_calls_and_sits_outside_mums_house_racist_texts_distress_only", relationship="ex_partner", occasions=6,
    text="""\
UPDATE 3: ip says ex (SUSP, sep'd 2 months) has now rung her 20+ times this wk and sat outside her mum's house in his van on Sun AND Tues. texts call her a 'coconut' and 'race traitor' for seeing a white man. ip very anxious, crying, but carrying on as normal. NO THREATS. DASH med.""",
    spans=[
        ("STALK_CONTACT", "rung her 20+ times this wk"),
        ("STALK_LOITER", "sat outside her mum's house in his van"),
        ("REPETITION", "on Sun AND Tues"),
        ("RACIAL_HOSTILITY", "coconut"),
        ("RACIAL_HOSTILITY", "race traitor"),
        ("DISTRESS", "ip very anxious, crying"),
    ],
)

case(
    43, "aggravated_harassment_fear_of_violence", "CFR",
    voice="notebook", case="lower", noise="abbrev", batch="wh",
    pattern="depot_driver_racist_threat_then_reminder_by_lockers", relationship="colleague", occasions=2,
    text="""\
1540 w/ ip at depot. states driver susp 'mick' said to him in canteen 2/12 'i'll cut you open you black c***', then 9/12 by lockers 'remember what i said'. ip scared he will be attacked at work. no prev issues between them. cctv canteen req, mgr to preserve.""",
    spans=[
        ("THREAT_VIOLENCE", "i'll cut you open"),
        ("RACIAL_HOSTILITY", "you black c***"),
        ("REPETITION", "then 9/12 by lockers"),
        ("THREAT_VIOLENCE", "remember what i said"),
        ("FEAR_OF_VIOLENCE", "ip scared he will be attacked at work"),
    ],
)

case(
    44, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="result_note", case="mixed", noise="abbrev", batch="wh",
    pattern="ex_colleague_follows_home_racist_messages_two_death_threats_signed_off", relationship="colleague", occasions=6,
    text="""\
Result: SUSP (ex-colleague) charged S4A + racially agg. Followed IP home from work x3 (Oct), sent 40+ msgs calling her 'Polish whore', threats 'I'll slit your throat' 28/10 and 'you're dead' 30/10. IP afraid for her life, signed off sick since 1/11. Remanded. RO to be sought on conviction.""",
    spans=[
        ("STALK_FOLLOW", "Followed IP home from work"),
        ("REPETITION", "x3 (Oct)"),
        ("STALK_CONTACT", "sent 40+ msgs calling her"),
        ("RACIAL_HOSTILITY", "Polish whore"),
        ("THREAT_VIOLENCE", "I'll slit your throat"),
        ("THREAT_VIOLENCE", "you're dead"),
        ("FEAR_OF_VIOLENCE", "IP afraid for her life"),
        ("SERIOUS_IMPACT", "signed off sick since 1/11"),
    ],
)
