# ruff: noqa: E501
"""Hand-written narratives, writer ve: control-room and front-desk records written at speed."""

from corpora.handwritten import case

case(
    1, "harassment", "C",
    voice="updates", case="mixed", noise="abbrev", batch="ve",
    pattern="neighbour_boundary_dispute_photographs_car_and_films_him", relationship="neighbour", occasions=17,
    text="""\
FRONT COUNTER 14/03 1105hrs. Walk-in, Mr Declan Orrey (IP), 58 Hatherley Close. Wants to report 'stalking' by neighbour at no.60, Mrs Pauline Gask (SUSP). IP v chatty, took 20 mins to get to it, went thru the whole history of the shared drive + a boundary fence he put up in Oct which SUSP says is 9 inches onto her side. Since then SUSP has stood at her front window photographing his car every time he parks it, he reckons about 15 times in the last 3 wks, and has twice come out and filmed him on her phone while shouting about the fence and her solicitor. Left a note on his windscreen 'MOVE IT OR I REPORT YOU TO THE COUNCIL' x2. No threats of violence, IP says 'she's all mouth, I'm not scared of her, just sick of it'. Does not want her arrested, wants it to stop.
Adv re civil route for the boundary + CPN. Log to SNT.
UPDATE 16/03 PC 4471 Brandt: spoke SUSP, says it's all about the fence and she is gathering evidence for her solicitor. Words of advice given re the filming.""",
    spans=[
        ("STALK_WATCH", "stood at her front window photographing his car every time he parks it"),
        ("REPETITION", "about 15 times in the last 3 wks"),
        ("UNWANTED", "twice come out and filmed him on her phone while shouting about the fence"),
        ("STALK_CONTACT", "Left a note on his windscreen"),
        ("REPETITION", "x2"),
    ],
)

case(
    2, "stalking_fear_alarm_distress", "CSD",
    voice="call_log", case="upper", noise="abbrev", batch="ve",
    pattern="ex_boyfriend_sits_outside_work_flat_and_gym_she_changes_route_then_moves", relationship="ex_partner", occasions=7,
    text="""\
CALL 0714 RECVD 22/05. CALLER [FEMALE] STATES EX BF KYLE ABERNETHY (SUSP) WAS SAT IN HIS CAR OUTSIDE HER WORK AGAIN THIS AM (GREGGS, STATION RD). RELN ENDED JAN. CALLER VERY TALKATIVE, SAYS HE HAS BEEN OUTSIDE HER FLAT 4 OR 5 TIMES SINCE EASTER, JUST SITS THERE, DOESNT GET OUT. ALSO TURNED UP AT HER GYM LAST THURS. NO THREATS. SHE HAS STOPPED WALKING TO WORK AND HER MANAGER NOW PICKS HER UP. ASKED IF SUSP STILL THERE - 'HES JUST DRIVEN OFF'. NO VRM, SAYS BLUE CORSA. DASH TO BE COMPLETED BY ATTENDING. GRADE 2.
0915 UPDATE PC 2209: DASH DONE, MEDIUM. VIC HAS NOW MOVED INTO HER MUMS IN KIRKBY AS SHE WONT STAY AT THE FLAT. CRIME RAISED.""",
    spans=[
        ("STALK_LOITER", "WAS SAT IN HIS CAR OUTSIDE HER WORK"),
        ("REPETITION", "AGAIN"),
        ("STALK_LOITER", "HAS BEEN OUTSIDE HER FLAT"),
        ("REPETITION", "4 OR 5 TIMES SINCE EASTER"),
        ("STALK_TURN_UP", "TURNED UP AT HER GYM LAST THURS"),
        ("SERIOUS_IMPACT", "SHE HAS STOPPED WALKING TO WORK AND HER MANAGER NOW PICKS HER UP"),
        ("SERIOUS_IMPACT", "HAS NOW MOVED INTO HER MUMS IN KIRKBY"),
    ],
)

case(
    3, "aggravated_harassment_fear_of_violence", "CFR",
    voice="call_log", case="mixed", noise="redacted", batch="ve",
    pattern="neighbours_son_racial_abuse_over_wall_and_threats_to_stab", relationship="neighbour", occasions=3,
    text="""\
CAD 3318 12/09
1942 Caller Mr Farid Haidari, 21 Lowther St. Says lad from no.14 (knows him as 'Connor', approx 19) has shouted at him over the wall while he was putting the bins out, called him a 'f***ing P***' and said he'd 'cave his head in'. Caller says it's the third time this month. Caller states he is Afghan not Pakistani 'but that is not the point'. Talks a lot about his allotment and a previous call re stolen bike (unrelated, CAD 2107 last month).
1944 Caller states he is frightened to go out the back now after dark because Connor said last week he'd 'stab the terrorist' if he saw him in the lane.
1950 Unit 2K21 assigned.
2031 2K21 on scene: IP shaken, confirms 3 incidents 02/09, 07/09, 12/09, racial abuse each time, threats on 07/09 and tonight. SUSP not at home address, mother says he is 'at a mate's'. Crime raised, racially agg s.4 PHA.""",
    spans=[
        ("STALK_CONTACT", "has shouted at him over the wall while he was putting the bins out"),
        ("RACIAL_HOSTILITY", "called him a 'f***ing P***'"),
        ("THREAT_VIOLENCE", "said he'd 'cave his head in'"),
        ("REPETITION", "it's the third time this month"),
        ("FEAR_OF_VIOLENCE", "he is frightened to go out the back now after dark"),
        ("THREAT_VIOLENCE", "he'd 'stab the terrorist' if he saw him in the lane"),
        ("REPETITION", "3 incidents 02/09, 07/09, 12/09"),
        ("RACIAL_HOSTILITY", "racial abuse each time"),
    ],
)

case(
    4, "no_offence", "",
    voice="result_note", case="mixed", noise="abbrev", batch="ve",
    pattern="ex_partner_phone_smashed_june_reconciled_then_one_abusive_text", relationship="ex_partner", occasions=2,
    text="""\
Front desk 03/11 1620. Female attended re ex-partner Liam Tobin. Says in June he smashed her phone during a row (reported at the time, ref 0611/8823, NFA as she withdrew). They got back together in July and lived together till last wk when she ended it. Sat night he sent one text calling her a 'slag'. Nothing since, he has gone to his brother's in Hull. She wants it 'on record' in case.
Upd PS 118: one msg after a reconciliation, months after the June job - no course. Logged as info only, DA safeguarding referral done.""",
    spans=[
        ("STALK_CONTACT", "he sent one text calling her a 'slag'"),
    ],
)

case(
    5, "aggravated_stalking", "CSR",
    voice="third_party", case="lower", noise="typos", batch="ve",
    pattern="shop_customer_fixated_on_polish_till_worker_letters_and_racist_remark", relationship="customer", occasions=14,
    text="""\
call from shop manager at bargain hut, dene rd, reporting on behalf of staff member agnieszka wrobel (IP). manager rambles abit, starts off about shoplifters, then says a customer, older male known to staff as 'trevor', has been coming in every day for about 2 weeks and only queuing at her till, even when other tills are free. has writen her three letters saying she 'belongs to him' and that he knows which bus she gets. yesterday when she told him to leave her alone he said 'you polish lot dont say no to an englishman, go back to your own country if you dont like it'. he was also seen standing at the bus stop oposite at closing time on mon and weds watching the staff door. IP 'not scared of an old man' acording to manager, just fed up, she hasnt changed anything. manager wants him banned and a PC to have words.
update 1710 pc okafor: spoke to IP direct, confirms all above. she has kept the letters. susp identified via loyalty card as trevor hesketh dob 1961.""",
    spans=[
        ("STALK_TURN_UP", "has been coming in"),
        ("REPETITION", "every day for about 2 weeks"),
        ("FIXATION", "only queuing at her till, even when other tills are free"),
        ("STALK_CONTACT", "has writen her three letters"),
        ("FIXATION", "saying she 'belongs to him'"),
        ("STALK_MONITOR", "he knows which bus she gets"),
        ("RACIAL_HOSTILITY", "you polish lot dont say no to an englishman, go back to your own country if you dont like it"),
        ("STALK_WATCH", "standing at the bus stop oposite at closing time on mon and weds watching the staff door"),
    ],
)

case(
    6, "harassment_fear_of_violence", "CF",
    voice="updates", case="inconsistent", noise="abbrev", batch="ve",
    pattern="neighbour_threatens_to_batter_her_twice_over_dog", relationship="neighbour", occasions=2,
    text="""\
1302 caller re n/bour GAVIN no.9 threatening to 'batter' her over her dog barking. 2nd time this wk, same threat Tues at the bins. she is scared he will do it.
1455 UPD PC 66: confirmed, s.4 PHA crimed.""",
    spans=[
        ("THREAT_VIOLENCE", "threatening to 'batter' her"),
        ("REPETITION", "2nd time this wk"),
        ("THREAT_VIOLENCE", "same threat Tues at the bins"),
        ("FEAR_OF_VIOLENCE", "she is scared he will do it"),
    ],
)

case(
    7, "stalking", "CS",
    voice="call_log", case="mixed", noise="heavy", batch="ve",
    pattern="concern_for_welfare_call_turns_into_ex_pleading_texts_and_doorstep_visits", relationship="ex_partner", occasions=30,
    text="""\
CAD 0447 / 30-01
Caller Ms Rhian Pugh. Initially reporting concern for welfare of ex-partner Owen Baptiste - says he's sent her msgs tonight saying he 'can't live without her'. Caller v upset, crying, hard to follow, keeps going back to a row about a sofa. Reln ended NYE. Police to check on Owen at 3 Fern Row.
0540 Unit 3B: Owen S&W, in bed, sober. States he 'just wants to talk to her'.
0612 Upd 3B after speaking to caller in person: she has had approx 60 txts + 25 missed calls since 1 Jan begging to get back together, he turned up at her door on 14th and 22nd crying, left flowers on her car. No threats. She is upset but says she's not scared of him and hasn't changed anything. Re-classified from CFW to stalking. DASH std.""",
    spans=[
        ("STALK_CONTACT", "sent her msgs tonight saying he 'can't live without her'"),
        ("DISTRESS", "Caller v upset, crying"),
        ("STALK_CONTACT", "approx 60 txts + 25 missed calls since 1 Jan"),
        ("FIXATION", "begging to get back together"),
        ("STALK_TURN_UP", "he turned up at her door on 14th and 22nd"),
        ("STALK_GIFTS", "left flowers on her car"),
        ("DISTRESS", "She is upset"),
    ],
)

case(
    8, "aggravated_harassment", "CR",
    voice="updates", case="mixed", noise="redacted", batch="ve",
    pattern="refused_drunk_customer_rings_takeaway_repeatedly_with_racist_remarks", relationship="customer", occasions=7,
    text="""\
Front counter, Weds 1930. Mr Sunil Mehta, owner of Spice Garden t/a, High St. Wanted to 'just let us know' - rambled about business rates for a bit first. Same male has rung the shop 6 or 7 times since Sat from a withheld no., orders nothing, just says 'no curry for p***s today?' and laughs, once said 'you lot should all be deported'. Staff recognise the voice as a regular who was refused service on Fri for being drunk. Mr Mehta: 'I am not frightened, he is a coward on a phone, but my young staff are fed up with it'. No threats.
Later note PC 3390: calls confirmed on the shop's phone log, 7 calls, 3 on Sat. Susp likely [NAME 1] (refused Fri). Racially agg harassment crimed.""",
    spans=[
        ("STALK_CONTACT", "has rung the shop 6 or 7 times since Sat from a withheld no."),
        ("RACIAL_HOSTILITY", "no curry for p***s today?"),
        ("RACIAL_HOSTILITY", "you lot should all be deported"),
        ("REPETITION", "7 calls, 3 on Sat"),
    ],
)

case(
    9, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="call_log", case="mixed", noise="heavy", batch="ve",
    pattern="former_colleague_follows_muslim_woman_on_bus_religious_abuse_and_threats", relationship="colleague", occasions=8,
    text="""\
CAD 5120 / 08.08
1612 CALLER: Ms Yasmin Akhtar, 29. Reporting former work colleague ROSS DUNMORE (left Halford Logistics in May). Caller on the bus, line bad, keeps cutting out. States RD got on the same bus as her AGAIN and sat behind her, got off at her stop, walked behind her to the end of her road.
1615 Call dropped. Call back - no ans.
1621 Caller rang back. Now at home, door locked. Says this is 'the fourth or fifth time' he's been on her bus since June, he doesn't live that way. He asked her out in April, she said no (she's married), since then msgs on Insta from new accounts every time she blocks one. Caller reading some out: 'you think you're too good for me in that rag on your head', 'muslim wh*re'.
1624 Caller says last wk by the staff car park he said 'I'll rip that thing off your head and see how brave you are'. Tonight on the bus he leaned forward and whispered 'told you I would'. She is 'terrified he's going to hurt me'.
1625 Caller asks if this is 'even a police thing'. Advised yes. Husband now home. Also mentions dispute with letting agent re damp - not relevant.
1630 Grade 2, 4C12 assigned.
1805 4C12 UPD: Spoke IP at home. Screenshots seen, 11 accounts blocked since May. IP has swapped to early shifts and her husband drives her in, stopped using the bus altogether. DASH/S-DASH high. RD not known PNC. Crime: religiously agg stalking s.4A. OIC to be allocated.
1810 Sgt: agreed. Marker on IP's address.""",
    spans=[
        ("STALK_FOLLOW", "got on the same bus as her"),
        ("REPETITION", "AGAIN"),
        ("STALK_FOLLOW", "walked behind her to the end of her road"),
        ("REPETITION", "the fourth or fifth time"),
        ("STALK_CONTACT", "msgs on Insta"),
        ("FIXATION", "from new accounts every time she blocks one"),
        ("RELIGIOUS_HOSTILITY", "you think you're too good for me in that rag on your head"),
        ("RELIGIOUS_HOSTILITY", "muslim wh*re"),
        ("THREAT_VIOLENCE", "I'll rip that thing off your head and see how brave you are"),
        ("THREAT_VIOLENCE", "told you I would"),
        ("FEAR_OF_VIOLENCE", "terrified he's going to hurt me"),
        ("REPETITION", "11 accounts blocked since May"),
        ("SERIOUS_IMPACT", "IP has swapped to early shifts and her husband drives her in, stopped using the bus altogether"),
    ],
)

case(
    10, "harassment", "C",
    voice="call_log", case="lower", noise="abbrev", batch="ve",
    pattern="unhappy_customer_bombards_roofer_with_abusive_calls_and_texts", relationship="customer", occasions=30,
    text="""\
caller mr gethin lloyd, roofer, self employed. customer mrs anne-marie cole unhappy with a guttering job (£1,400 in dispute). she has phoned him 30+ times in 10 days, texts calling him a 'cowboy' and a 'thieving scumbag', rang his wife's mobile twice. he has offered to go back and fix it, she refuses. no threats, no visits. caller says he just wants it to stop, not bothered about her being charged. adv: money side is civil but the contact is excessive. pc 2021 to call susp.
upd: susp spoken to, accepts she 'went overboard'. woa given. harassment recorded per ncrs.""",
    spans=[
        ("STALK_CONTACT", "she has phoned him 30+ times in 10 days"),
        ("STALK_CONTACT", "texts calling him a 'cowboy' and a 'thieving scumbag'"),
        ("STALK_CONTACT", "rang his wife's mobile twice"),
    ],
)

case(
    11, "stalking_fear_alarm_distress", "CSF",
    voice="updates", case="mixed", noise="abbrev", batch="ve",
    pattern="ex_partner_bangs_on_door_three_times_a_week_and_threatens_to_kill", relationship="ex_partner", occasions=4,
    text="""\
RADIO 2216 from 5D1: at 44 Carrow Rd re DA. Ex-partner of IP, DEAN WHITTLE, has been banging on the door and shouting thru letterbox, gone prior. IP says 3rd time this week he's come round since she ended it, he won't accept it's over. Tonight he shouted 'I'll kill you if I see you with him'. Said similar on Mon by text - 'ur dead'. IP v frightened, thinks he will hurt her.
2240 5D1: area search neg. DASH high, refer MARAC.
Next day upd OIC: text from Mon seen and exhibited. Turning up x3 confirmed by next door.""",
    spans=[
        ("STALK_TURN_UP", "banging on the door and shouting thru letterbox"),
        ("REPETITION", "3rd time this week he's come round"),
        ("FIXATION", "he won't accept it's over"),
        ("THREAT_VIOLENCE", "I'll kill you if I see you with him"),
        ("THREAT_VIOLENCE", "ur dead"),
        ("FEAR_OF_VIOLENCE", "IP v frightened, thinks he will hurt her"),
    ],
)

case(
    12, "no_offence", "",
    voice="call_log", case="upper", noise="abbrev", batch="ve",
    pattern="two_neighbours_ring_in_about_same_mutual_row_over_hedge", relationship="neighbour", occasions=1,
    text="""\
CAD 7781 2009HRS CALLER 1 MRS JANICE PEEL NO.12 REPORTS NEIGHBOUR SHOUTING ABUSE AT HER OVER THE FENCE, CALLED HER A 'FAT COW', WANTS HIM 'DONE FOR HARASSMENT'.
2011HRS CAD 7783 LINKED - CALLER 2 MR RAY DUCKWORTH NO.14 REPORTS NO.12 HAS JUST THROWN A BUCKET OF WATER OVER THE HEDGE AT HIM AND CALLED HIM A 'NONCE'.
2047 2B4 ATTENDED BOTH. BOTH SIDES STILL SHOUTING AT EACH OTHER ABOUT A LEYLANDII THAT BLOCKS HER LIGHT, BOTH AS BAD AS EACH OTHER, ONE ROW THAT STARTED AT TEA TIME. NO PREVIOUS CALLS EITHER ADDRESS. BOTH WARNED RE BOP, REFERRED TO MEDIATION. NO OFFENCES DISCLOSED.""",
    spans=[],
)

case(
    13, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="supervisor_review", case="mixed", noise="redacted", batch="ve",
    pattern="youths_target_sikh_shopkeeper_with_religious_slurs_and_threats_he_closes_early", relationship="stranger", occasions=3,
    text="""\
Sgt review 19/02 - CAD 2290 + 2315 + 2402.
Three calls in 6 days from Mr Harjit Sandhu, Sandhu Convenience, Mill Lane. Call handler on the first one graded it ASB/youths and closed with advice; in my view that was wrong. Reading all three together: same 2 or 3 lads (one named by IP as 'Kaden', lives on the Mill estate) come in near closing, call IP a 'towel head' and 'f***ing Taliban', knock stock off the shelves. On 13th they said they would 'burn the shop down with you inside it'. On 16th one of them held up a lighter at the window and mouthed 'soon'. On 19th, shouted 'you're getting stabbed, raghead' from the doorway. IP told the call handler on 19th he now keeps the door locked after 7 and is 'scared to death of them', and has started closing at 8 instead of 10, which is costing him.
Re-crimed as religiously agg s.4 PHA (one course, 3 occasions). Closure rewritten. PCSO patrols at closing. OIC PC Tran.""",
    spans=[
        ("REPETITION", "Three calls in 6 days"),
        ("UNWANTED", "come in near closing"),
        ("RELIGIOUS_HOSTILITY", "call IP a 'towel head' and 'f***ing Taliban'"),
        ("STALK_PROPERTY", "knock stock off the shelves"),
        ("THREAT_VIOLENCE", "they would 'burn the shop down with you inside it'"),
        ("THREAT_VIOLENCE", "held up a lighter at the window and mouthed 'soon'"),
        ("THREAT_VIOLENCE", "you're getting stabbed, raghead"),
        ("FEAR_OF_VIOLENCE", "'scared to death of them'"),
        ("SERIOUS_IMPACT", "has started closing at 8 instead of 10"),
    ],
)

case(
    14, "stalking", "CS",
    voice="dash_note", case="inconsistent", noise="typos", batch="ve",
    pattern="estranged_husband_turns_up_and_texts_threatens_twice_wife_not_afraid", relationship="ex_partner", occasions=15,
    text="""\
DASH note - PC 3017 Mellor - 02/04
Vic: Ms Carly NUTTALL. Susp: ex husband Gary NUTTALL, seperated since Nov, divorce ongoing.
Call came in as 'neighbour dispute' becuase the caller (vic's neighbour) saw Gary shouting in the street. ACTUALLY: Gary has been coming to the house most weekends uninvited when it isnt his contact time, sits outside in the van, has rung her work asking who she's seeing. Sends 20-30 msgs a day. One msg last month said 'i'll smash your face in if that prick is round my kids' and last sat 'u will get whats coming'. Vic laughed when I read these back - 'he's never laid a finger on me in 14 yrs, he's all noise, I'm not scared of him one bit'. Not changed her routines, doesnt want to. Just wants him to stop turning up. Kids arrangements are thru solicitors and going fine per vic, this isnt about the kids she says, 'it's about him not letting go'.
DASH: STANDARD. Crime: stalking (s.2A). Vic supports.""",
    spans=[
        ("STALK_TURN_UP", "coming to the house most weekends uninvited"),
        ("STALK_LOITER", "sits outside in the van"),
        ("STALK_MONITOR", "has rung her work asking who she's seeing"),
        ("STALK_CONTACT", "Sends 20-30 msgs a day"),
        ("THREAT_VIOLENCE", "i'll smash your face in if that prick is round my kids"),
        ("THREAT_VIOLENCE", "u will get whats coming"),
        ("FIXATION", "it's about him not letting go"),
    ],
)

case(
    15, "harassment_fear_of_violence", "CF",
    voice="call_log", case="upper", noise="heavy", batch="ve",
    pattern="three_threatening_voicemails_in_eight_minutes_over_husbands_debt", relationship="acquaintance", occasions=3,
    text="""\
1838 CALLER SAYS SHE HAS 3 VOICEMAILS FROM HUSBANDS MATE 'SKINNER' LEFT BETWEEN 1801 AND 1809 OVER £200 HUSB OWES HIM. 1ST: 'PAY UP OR I'LL BREAK YOUR LEGS'. 2ND: 'I KNOW WHERE YOU LIVE, I'M COMING ROUND'. 3RD SAME AGAIN BUT SHOUTING. CALLER CRYING, HAS LOCKED DOORS, THINKS HE WILL COME AND HURT HER. HUSB AWAY WORKING IN ABERDEEN. ADV SAVE VMS.
1920 UPD PC 512: 3 SEPARATE CALLS = COURSE. S.4 PHA CRIMED.""",
    spans=[
        ("REPETITION", "3 VOICEMAILS"),
        ("REPETITION", "BETWEEN 1801 AND 1809"),
        ("THREAT_VIOLENCE", "PAY UP OR I'LL BREAK YOUR LEGS"),
        ("THREAT_VIOLENCE", "I KNOW WHERE YOU LIVE, I'M COMING ROUND"),
        ("THREAT_VIOLENCE", "3RD SAME AGAIN BUT SHOUTING"),
        ("DISTRESS", "CALLER CRYING"),
        ("FEAR_OF_VIOLENCE", "THINKS HE WILL COME AND HURT HER"),
    ],
)

case(
    16, "aggravated_stalking", "CSR",
    voice="crime_summary", case="mixed", noise="clean", batch="ve",
    pattern="online_follower_sets_up_racist_page_about_baker_after_being_blocked", relationship="online", occasions=40,
    text="""\
Crime summary (initial, from front counter report 11/10):
IP Ms Temi Adeyemi runs a small baking page online. Since August a user she knows only as 'northern_lad_77' (believed real name Craig, lives locally - IP met him once at a craft fair) has commented on every post and DMs her daily. When she blocked him he set up a page using her photos called 'Temi's Real Face' where he posts pictures of her outside her unit with monkey emojis and comments about her being 'a jungle bunny who should go back to Africa'. Two customers have sent her screenshots. He has also left 1-star reviews under three different names. IP was close to tears at the counter but says she's 'not frightened, just humiliated'; no threats. She hasn't changed anything and is still trading.
Update DC Hale 14/10: page identified, taken down via the platform. SUSP Craig Ellerby, TIE arranged.""",
    spans=[
        ("STALK_CONTACT", "has commented on every post"),
        ("STALK_CONTACT", "DMs her daily"),
        ("FIXATION", "When she blocked him"),
        ("STALK_PUBLISH", "set up a page using her photos called 'Temi's Real Face'"),
        ("STALK_WATCH", "pictures of her outside her unit"),
        ("RACIAL_HOSTILITY", "monkey emojis"),
        ("RACIAL_HOSTILITY", "a jungle bunny who should go back to Africa"),
        ("STALK_PUBLISH", "left 1-star reviews under three different names"),
        ("DISTRESS", "close to tears at the counter"),
    ],
)

case(
    17, "aggravated_harassment", "CDR",
    voice="notebook", case="mixed", noise="typos", batch="ve",
    pattern="line_supervisor_racist_abuse_of_polish_worker_signed_off_sick", relationship="colleague", occasions=19,
    text="""\
PNB entry 27/06 1410 front office. Mr Dariusz Nowak attended with his union rep. Works at Fenwick Foods on the packing line. States supervisor Lee Padgett has since March been calling him 'Polish scrounger', 'eastern european scum', tells him in front of the line 'go back to Poland and take your dirty habbits with you', most shifts he's on. Union rep has a diary of 19 occasions. Last Fri LP threw his hi-vis in the bin and said 'no jobs for p*les here'. No threats. Mr Nowak has been signed off sick by his GP for 4 wks with stress and is looking for another job. Calm, spoke quietly, wanted to know if police can do anything 'or is it just HR'. Advised it can be both.
1445 update (me) after ringing the firm's HR: they confirm a grievance is open about LP. Crime raised - racially agg harassment s.2 PHA / s.32 CDA.""",
    spans=[
        ("RACIAL_HOSTILITY", "calling him 'Polish scrounger', 'eastern european scum'"),
        ("RACIAL_HOSTILITY", "go back to Poland and take your dirty habbits with you"),
        ("REPETITION", "most shifts he's on"),
        ("REPETITION", "a diary of 19 occasions"),
        ("STALK_PROPERTY", "threw his hi-vis in the bin"),
        ("RACIAL_HOSTILITY", "no jobs for p*les here"),
        ("SERIOUS_IMPACT", "signed off sick by his GP for 4 wks with stress"),
        ("SERIOUS_IMPACT", "is looking for another job"),
    ],
)

case(
    18, "aggravated_stalking_fear_alarm_distress", "CSFR",
    voice="updates", case="upper", noise="heavy", batch="ve",
    pattern="ex_partner_tries_door_three_nights_racist_death_threats", relationship="ex_partner", occasions=5,
    text="""\
2340 RADIO 7A2: AT IP'S ADDR. EX P'NER SUSP PAUL RIX SEEN ON DOORBELL CAM 3 NIGHTS RUNNING AT 0100ISH TRYING DOOR HANDLE. MSGS SAYING 'U BLACK B*TCH I'LL GUT YOU' (SUN) + 'GONNA FINISH U OFF N*****' (TUES). IP TERRIFIED.
0015 7A2: DASH HIGH. CRIME S.4A RACIALLY AGG. IOPI CONSIDERED.""",
    spans=[
        ("STALK_TURN_UP", "SEEN ON DOORBELL CAM"),
        ("REPETITION", "3 NIGHTS RUNNING"),
        ("STALK_PROPERTY", "TRYING DOOR HANDLE"),
        ("RACIAL_HOSTILITY", "U BLACK B*TCH"),
        ("THREAT_VIOLENCE", "I'LL GUT YOU"),
        ("THREAT_VIOLENCE", "GONNA FINISH U OFF"),
        ("RACIAL_HOSTILITY", "N*****"),
        ("FEAR_OF_VIOLENCE", "IP TERRIFIED"),
    ],
)

case(
    19, "harassment", "C",
    voice="call_log", case="lower", noise="typos", batch="ve",
    pattern="bingo_acquaintance_rings_nightly_over_winnings_one_veiled_threat", relationship="acquaintance", occasions=14,
    text="""\
call 1121hrs. caller mrs sheila barraclough, 71, very chatty, took a while. went through her late husbands pension, her grandsons wedding, and a previous call about kids on the garages (closed). eventually: woman from her church bingo, known as 'bev' (beverley sowerby), has been ringing her about the £50 sheila won at bingo that bev says was 'hers by rights'. rings most evenings since the 3rd, about 12 calls in all, and has put 2 notes through her door calling her a 'thieving old witch'. on the phone on sunday bev said 'you want to watch yourself walking home'. caller says that one did frighten her but otherwise 'its just nasty'. nothing since sunday. no other threats.
upd pcso 7740 after visit: bev admits calls + notes, says it was the principle, has agreed no further contact. caller happy with that, harassment recorded, woa given.""",
    spans=[
        ("STALK_CONTACT", "has been ringing her"),
        ("REPETITION", "rings most evenings since the 3rd"),
        ("REPETITION", "about 12 calls in all"),
        ("STALK_CONTACT", "has put 2 notes through her door calling her a 'thieving old witch'"),
        ("THREAT_VIOLENCE", "you want to watch yourself walking home"),
        ("FEAR_OF_VIOLENCE", "that one did frighten her"),
    ],
)

case(
    20, "stalking_fear_alarm_distress", "CSD",
    voice="call_log", case="mixed", noise="typos", batch="ve",
    pattern="stranger_waits_outside_library_follows_student_leaves_rose_she_goes_online", relationship="stranger", occasions=5,
    text="""\
CAD 1904 15/11 2147
Caller Ms Niamh Corrigan (student, 20) ringing from library toilets, whispering. Says a man is waiting outside the library AGAIN. Does not know his name, he 'just started appearing' about 3 wks ago after he spoke to her in the cafe. Has folowed her back to her halls twice, left a rose and a card saying 'for my girl' on her bike. No threats, hasn't touched her.
2149 Security at library contacted, will escort her.
2230 Upd PC Drummond 2760: Spoke to caller. Man known to campus security, Adrian Pell, 34, not a student. Caller has stopped going to lectures in person and is doing everything online now, and has moved her bike to a friend's as she can't face the rack. Crime stalking s.2A. Trespass notice to be considered by uni.""",
    spans=[
        ("STALK_LOITER", "a man is waiting outside the library"),
        ("REPETITION", "AGAIN"),
        ("STALK_TURN_UP", "he 'just started appearing'"),
        ("STALK_FOLLOW", "folowed her back to her halls twice"),
        ("STALK_GIFTS", "left a rose and a card saying 'for my girl' on her bike"),
        ("SERIOUS_IMPACT", "has stopped going to lectures in person and is doing everything online now"),
        ("SERIOUS_IMPACT", "has moved her bike to a friend's as she can't face the rack"),
    ],
)

case(
    21, "no_offence", "",
    voice="call_log", case="mixed", noise="abbrev", batch="ve",
    pattern="enforcement_agents_visit_and_call_about_council_tax_caller_calls_it_harassment", relationship="business", occasions=5,
    text="""\
Caller Mr Tony Revell v angry, wants 'the bailiffs arresting for harassment'. Enforcement agents from Harcourt Recoveries have visited 3 times this month re unpaid council tax, left letters, rang twice. Caller admits the debt. No abuse, no threats, agents polite per caller 'but it's still harassment'.
Adv: lawful debt recovery, not a police matter, signposted to Citizens Advice. NFA.""",
    spans=[],
)

case(
    22, "harassment_fear_of_violence", "CF",
    voice="statement", case="mixed", noise="clean", batch="ve",
    pattern="landlord_threatens_tenant_three_times_over_damp_complaint", relationship="landlord", occasions=3,
    text="""\
Statement taken at front counter, 09/07.
I rent the ground floor flat at 7 Garnet Street from Mr Stelios Kyriakou. In May I complained to the council about damp and he has been angry with me ever since. On 2nd June he came to the flat and said if I didn't withdraw the complaint he would 'put me through the window'. On 20th June he rang me and said 'last chance, I'll break your jaw'. On Saturday 6th July he was in the hallway when I came in from work and stood right in my face and said 'you're getting hurt, I promise you'. I believe he will do it. I'm frightened of him. He has not been in my flat without asking and he has not done anything else, it's all about the complaint and the money he'd have to spend. I want him dealt with.
[Counter note PC 1180: IP gave this calmly but hands shaking. Landlord holds keys - locksmith info given. Crime s.4 PHA.]""",
    spans=[
        ("THREAT_VIOLENCE", "he would 'put me through the window'"),
        ("THREAT_VIOLENCE", "last chance, I'll break your jaw"),
        ("UNWANTED", "stood right in my face"),
        ("THREAT_VIOLENCE", "you're getting hurt, I promise you"),
        ("FEAR_OF_VIOLENCE", "I believe he will do it. I'm frightened of him"),
    ],
)

case(
    23, "stalking", "CS",
    voice="updates", case="inconsistent", noise="abbrev", batch="ve",
    pattern="ex_breaches_non_molestation_order_by_knocking_fourth_time", relationship="ex_partner", occasions=4,
    text="""\
1105 IP reports ex DARREN COYLE at her door again despite non-mol order (exp 2027). 4th time since order made in Jan, just knocks + asks to talk. Left b4 arrival. Breach + stalking crimed.""",
    spans=[
        ("STALK_TURN_UP", "at her door"),
        ("REPETITION", "again"),
        ("REPETITION", "4th time since order made in Jan"),
        ("STALK_CONTACT", "just knocks + asks to talk"),
    ],
)

case(
    24, "aggravated_stalking", "CSR",
    voice="call_log", case="mixed", noise="abbrev", batch="ve",
    pattern="neighbour_logs_jewish_widows_movements_opens_post_complains_and_sends_swastika", relationship="neighbour", occasions=20,
    text="""\
CAD 0933 / 04-03
0933 Caller Mrs Miriam Lowenthal, 66, lives alone, Flat 3 Arden Court. Ringing 'to ask advice, not to make a fuss'. CH note: caller talks at length about the management company, the lift being out since Christmas and her late husband's car which is still in the residents' bay. Eventually: resident of Flat 5, Mr Neville Crouch, has for about two months been 'keeping tabs' on her. He sits on the bench facing the communal door most mornings and writes in a notebook when she comes and goes. Has knocked on her door 'five or six times' to ask where she's been. She found her post opened and resealed twice. He has reported her to the management company three times for 'noise' and once for 'running a business' (she says she gives piano lessons to her granddaughter, nobody else). On Friday when she asked him to stop he said 'you people always think you're being persecuted, it's in your blood' and later pushed a leaflet through her door with a swastika drawn on it.
0941 Caller says she is not frightened of him, 'he is a sad little man, I've seen far worse', but wants it on record as the management company aren't doing anything. Has not changed anything.
0942 Asked about the leaflet - she has kept it in a freezer bag 'like on the television'.
0945 Grade 3, appt made with SNT for tomorrow.
Next day 1120 PCSO 6603 / PC Ahmadi: visited. Notebook entries confirmed by another resident who has seen him writing. Leaflet seized. Management co confirm 4 complaints by N Crouch re Flat 3, none substantiated. Crime: religiously aggravated stalking s.2A / s.32 CDA. Flagged to Hate Crime officer.""",
    spans=[
        ("REPETITION", "for about two months"),
        ("STALK_WATCH", "sits on the bench facing the communal door most mornings and writes in a notebook when she comes and goes"),
        ("STALK_TURN_UP", "knocked on her door 'five or six times' to ask where she's been"),
        ("STALK_PROPERTY", "found her post opened and resealed twice"),
        ("STALK_ORDERS", "reported her to the management company three times for 'noise' and once for 'running a business'"),
        ("RELIGIOUS_HOSTILITY", "you people always think you're being persecuted, it's in your blood"),
        ("RELIGIOUS_HOSTILITY", "pushed a leaflet through her door with a swastika drawn on it"),
    ],
)

case(
    25, "aggravated_harassment", "CR",
    voice="updates", case="mixed", noise="clean", batch="ve",
    pattern="parking_dispute_neighbour_racist_notes_on_windscreen_and_shouted_remark", relationship="neighbour", occasions=3,
    text="""\
Caller Mrs Gloria Mensah, 15 Tithe Rd. Notes left on her car windscreen twice this week (Mon, Thurs) saying 'PARK IN YOUR OWN STREET, GO BACK TO THE JUNGLE'. Believes it's the man at no.17 who has been moaning about the bay for months. This morning he shouted 'your lot ruin every street' at her as she left for work. Not scared, 'angry more than anything'.
Update PC 2904: no.17 (Keith Amory) admits the notes, denies the shouting. Racially aggravated harassment recorded.""",
    spans=[
        ("STALK_CONTACT", "Notes left on her car windscreen"),
        ("REPETITION", "twice this week (Mon, Thurs)"),
        ("RACIAL_HOSTILITY", "GO BACK TO THE JUNGLE"),
        ("RACIAL_HOSTILITY", "your lot ruin every street"),
    ],
)

case(
    26, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="third_party", case="lower", noise="heavy", batch="ve",
    pattern="gym_acquaintance_rejected_waits_by_car_racist_messages_she_leaves_gym_changes_number", relationship="acquaintance", occasions=20,
    text="""\
3rd party call from friend of IP (IP li na zhou, 27, doesnt want to ring herself, english ok but she's embarassed). friend rambles, keeps apologising for wasting time. man from IP's gym, 'marcus', asked her out in sept, she said no. since then: waits by her car after her classes 'pretty much every tues and thurs', has sent her abt 40 whatsapps, some calling her 'my little china doll', then when she didnt reply 'ching chong sl*t, you lot are all the same'. turned up at her work (dental surgery) saying he had an appt, he didnt. no threats that friend knows of. IP has left the gym, changed her number and now parks at her brothers and gets the tram in. friend says she is 'not herself'.
1520 upd pc 4416 spoke to IP direct, interpreter line at her request - confirms, shows msgs. susp marcus tilney id'd via gym membership. crime raised, racially agg stalking.""",
    spans=[
        ("STALK_LOITER", "waits by her car after her classes"),
        ("REPETITION", "pretty much every tues and thurs"),
        ("STALK_CONTACT", "has sent her abt 40 whatsapps"),
        ("RACIAL_HOSTILITY", "ching chong sl*t, you lot are all the same"),
        ("STALK_TURN_UP", "turned up at her work (dental surgery) saying he had an appt"),
        ("SERIOUS_IMPACT", "IP has left the gym, changed her number and now parks at her brothers and gets the tram in"),
        ("DISTRESS", "she is 'not herself'"),
    ],
)

case(
    27, "harassment", "C",
    voice="updates", case="mixed", noise="abbrev", batch="ve",
    pattern="daughters_ex_messages_mother_about_ps5_and_threatens_her_son", relationship="acquaintance", occasions=9,
    text="""\
Front counter 1610. Mrs Denise Halloran re messages from Shane Moffat, 23, who used to go out with her daughter Kayleigh (split last yr, K now lives in Leeds). Since K blocked him he messages Denise instead, 8-10 FB msgs since 1st of month: 'tell K I want my PS5 back', 'tell your lad Jordan he's getting his legs broke when I see him', 'your family are scum'. Denise: 'he's not going to touch me, it's Jordan I'd worry about, and Jordan just laughs at it'. Jordan is 19, lives with his dad in Stockport. No visits, nothing else.
Upd PC 808 (later): msgs all about the PS5 and Kayleigh, nothing fixated on Denise herself. Harassment crimed; Jordan to be seen separately re the threat.""",
    spans=[
        ("STALK_CONTACT", "he messages Denise instead"),
        ("REPETITION", "8-10 FB msgs since 1st of month"),
        ("STALK_CONTACT", "your family are scum"),
    ],
)

case(
    28, "aggravated_harassment_fear_of_violence", "CFR",
    voice="call_log", case="mixed", noise="typos", batch="ve",
    pattern="market_trader_racially_abuses_and_threatens_neighbouring_stallholder_over_pitch", relationship="business", occasions=3,
    text="""\
CAD 6621 / Sat 22 Jun
1047 Caller Mr Emeka Obi, stallholder, Castle Market (phone repairs). Line noisy, market tannoy in background. Caller very worked up, talking fast, difficult to get details in order. Gist: trader on the next pitch, 'Big Steve' (Steven Garrity, sells cases and chargers), has been on at him since Emeka moved onto the end pitch in April, which Steve says was promised to him by the market office.
1050 Caller states this morning Steve came over while he was setting up, kicked his display stand and said 'I'll knock you spark out, you monkey'. Caller says this is not the first time - three weeks ago Steve said he'd 'do him' in the car park and called him a 'jumped-up African'. Two weeks ago slashed tyres in the car park, caller thinks it was Steve but no proof (not reported at the time).
1052 Caller wants it noted he has paid for the pitch and has the reciept. Talks about the market office 'doing nothing'. Also asks about a parking ticket (advised not police).
1054 Asked if he is afraid - 'yes I am afraid, he is a big man and he means it'.
1055 Market security (Dave) on scene seperating them. Grade 2. 1K3 assigned.
1138 1K3 on scene. Statements from IP and security. CCTV from market office requested (kicked stand this am visible). IP confirms 3 occasions with Steve: early June (threat + slur), Sat 15th (shouting 'go back to Nigeria' across the aisle), today (kick + threat + slur). Tyres: no evidence, not included. SUSP denies, says it's 'banter'. Arrested racially agg s.4 PHA, conveyed.
1402 Custody upd: interviewed, bailed with conditions not to attend Castle Market pending CPS.""",
    spans=[
        ("STALK_PROPERTY", "kicked his display stand"),
        ("THREAT_VIOLENCE", "I'll knock you spark out"),
        ("RACIAL_HOSTILITY", "you monkey"),
        ("THREAT_VIOLENCE", "said he'd 'do him' in the car park"),
        ("RACIAL_HOSTILITY", "called him a 'jumped-up African'"),
        ("FEAR_OF_VIOLENCE", "yes I am afraid, he is a big man and he means it"),
        ("REPETITION", "3 occasions with Steve"),
        ("RACIAL_HOSTILITY", "go back to Nigeria"),
    ],
)

case(
    29, "stalking_fear_alarm_distress", "CSF",
    voice="updates", case="lower", noise="abbrev", batch="ve",
    pattern="ex_boyfriend_tracker_on_car_turns_up_three_places_and_threatens_twice", relationship="ex_partner", occasions=5,
    text="""\
0022 caller (F) says ex-bf has put a tracker on her car, found it taped under the bumper tonight after he turned up at her friend's house where she was, 'he always knows where i am'. 3rd place he's appeared this wk (work, gym, now friend's). reln ended 6 wks ago. tonight he said 'if i cant have you no one will'. last wk voice note 'i'll slit your throat'. she is petrified.
0025 grade 1. 2a1 + 2a4.
0110 2a1: tracker seized. susp jake parr arrested at home addr. ip staying at friend's tonight.
0400 cid upd: stalking s.4a. remanded for court.""",
    spans=[
        ("STALK_MONITOR", "has put a tracker on her car"),
        ("STALK_TURN_UP", "he turned up at her friend's house where she was"),
        ("REPETITION", "3rd place he's appeared this wk"),
        ("THREAT_VIOLENCE", "if i cant have you no one will"),
        ("THREAT_VIOLENCE", "voice note 'i'll slit your throat'"),
        ("FEAR_OF_VIOLENCE", "she is petrified"),
    ],
)

case(
    30, "no_offence", "R",
    voice="call_log", case="mixed", noise="abbrev", batch="ve",
    pattern="passer_by_racist_slur_once_at_bus_station", relationship="stranger", occasions=1,
    text="""\
1731 Male caller at bus station says unknown male walking past spat 'p*ki b*stard' at him and carried on. Never seen him before. No threats. Area search neg. One-off, hate incident logged.""",
    spans=[
        ("RACIAL_HOSTILITY", "spat 'p*ki b*stard' at him"),
    ],
)

case(
    31, "harassment_fear_of_violence", "CF",
    voice="updates", case="mixed", noise="abbrev", batch="ve",
    pattern="workplace_threat_logged_as_one_off_then_two_more_disclosed", relationship="colleague", occasions=3,
    text="""\
Upd 2 from PC Yates: originally logged as a one-off threat at work 11/05. Now IP (Sam Quayle) discloses colleague Rob Ince also threatened him on 3/05 in the car park ('I'll put you in hospital') and by text on 14/05 ('still coming for you'). IP says he's scared of him. Re-crimed s.4.""",
    spans=[
        ("THREAT_VIOLENCE", "threat at work 11/05"),
        ("THREAT_VIOLENCE", "I'll put you in hospital"),
        ("THREAT_VIOLENCE", "still coming for you"),
        ("FEAR_OF_VIOLENCE", "he's scared of him"),
    ],
)

case(
    32, "stalking", "CS",
    voice="crime_summary", case="mixed", noise="redacted", batch="ve",
    pattern="ex_partner_sends_sister_friends_and_cousin_to_contact_and_watch_her", relationship="ex_partner", occasions=7,
    text="""\
Crime summary - stalking (s.2A).
Initial CAD (rec'd 1920 Tues) was logged as 'ASB - youths knocking doors' because caller ([NAME 1]) only said lads kept knocking and running off. Officer visit same night found the full picture:
IP separated from [NAME 2] (SUSP) in August. Court granted him supervised contact with their son only. Since September IP has been approached by at least 4 people on SUSP's behalf: his sister turned up at IP's work twice to 'pass on a message' that he still loves her and wants her back; two of his friends have been knocking at her door late at night saying '[NAME 2] just wants to talk'; a cousin messaged her on Facebook with a photo of her car outside her new partner's house, captioned 'he knows'. SUSP himself has tried to send letters via the contact centre staff, who have refused to pass them on. IP upset and 'sick of it', not fearful, says no threats have ever been made. No change to routine.
Enquiries: sister and cousin spoken to, both say SUSP asked them to. Suspect interview arranged.""",
    spans=[
        ("REPETITION", "Since September"),
        ("STALK_TURN_UP", "his sister turned up at IP's work twice"),
        ("FIXATION", "he still loves her and wants her back"),
        ("STALK_TURN_UP", "knocking at her door late at night"),
        ("STALK_MONITOR", "a photo of her car outside her new partner's house"),
        ("STALK_CONTACT", "tried to send letters via the contact centre staff"),
        ("DISTRESS", "IP upset and 'sick of it'"),
    ],
)

case(
    33, "aggravated_stalking", "CSR",
    voice="updates", case="mixed", noise="heavy", batch="ve",
    pattern="man_films_hindu_temple_volunteer_weekly_and_posts_clips_with_slurs", relationship="stranger", occasions=5,
    text="""\
Radio 1450 - IP (temple volunteer) says same male outside temple again filming her + posting clips online calling her 'cow-worshipping filth'. 5th wk running. Not scared. Crime rel agg stalking.""",
    spans=[
        ("STALK_LOITER", "same male outside temple"),
        ("REPETITION", "again"),
        ("STALK_WATCH", "filming her"),
        ("STALK_PUBLISH", "posting clips online"),
        ("RELIGIOUS_HOSTILITY", "calling her 'cow-worshipping filth'"),
        ("REPETITION", "5th wk running"),
    ],
)

case(
    34, "aggravated_harassment", "CR",
    voice="updates", case="mixed", noise="typos", batch="ve",
    pattern="former_business_partner_texts_about_money_with_racist_abuse", relationship="business", occasions=27,
    text="""\
Front counter 1245 Mon. Mr Aziz Rahimi, restaurant owner. His ex business partner Craig Dobbs (they split the business in Feb, there is a dispute over £8k and who owns the fridges). Since the split Dobbs has sent him about 25 texts, mostly about the money, but several say things like 'thieving Arab' and 'your kind always rob the English' and one 'go back to your desert'. Also 2 voicemails on 10th and 12th shouting the same. Mr Rahimi is Iranian, says 'I am not even Arab, he doesnt know anything'. He isnt frightened, no threats, he's changed nothing, wants a letter sent to him.
Upd: msgs screenshoted and attached. Dobbs no PNC trace. RA harassment crimed, susp interview to be booked. Money dispute is civil and seperate.""",
    spans=[
        ("STALK_CONTACT", "has sent him about 25 texts"),
        ("RACIAL_HOSTILITY", "thieving Arab"),
        ("RACIAL_HOSTILITY", "your kind always rob the English"),
        ("RACIAL_HOSTILITY", "go back to your desert"),
        ("STALK_CONTACT", "2 voicemails on 10th and 12th shouting the same"),
    ],
)

case(
    35, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="call_log", case="mixed", noise="abbrev", batch="ve",
    pattern="cctv_dispute_call_reveals_neighbour_logging_muslim_family_following_to_mosque_arson_threats", relationship="neighbour", occasions=10,
    text="""\
CAD 4410 / 17-10
1903 Caller Mr Imran Qureshi, 41, 8 Bramley Way. Caller initially reporting 'neighbour dispute about CCTV'. States neighbour at no.6, Mr Roy Pennock, has put up two new cameras, one pointing straight into caller's front room and one at his drive. Caller rambles re planning permission, the council, the height of the fence, a previous call in 2021 about a tree (closed).
1908 Caller adds: Pennock has followed his car to the mosque at least three times in the last month and sat outside in the car park. On 2nd Oct he said to caller across the drive 'your lot are breeding like rats, I'll burn you out'. Caller's wife heard it.
1911 Caller states on Sunday Pennock walked up to him at the bins and said 'I meant what I said, one night you'll all go up'. Caller says he is scared for himself, has not slept properly, 'I believe he would do it'.
1912 Caller says he has since bought extinguishers, fitted a letterbox guard, and the kids now go to their nan's after school instead of coming home.
1915 Grade 2 (delayed). Unit 3M1 assigned 2010.
2110 3M1 UPD: Spoke to IP and wife. Pennock keeps a handwritten log - IP's neighbour at no.10 has seen it - of times IP's family leave and return, car regs of visitors. This is not a CCTV dispute. Racially/religiously agg stalking s.4A crimed. Pennock arrested 2140 at home, log book seized from kitchen table, 14 pages.
Next day OIC DC Ferris: log covers Aug-Oct, entries almost daily. Fire service home visit requested for IP. Bail conditions not to contact or approach IP or family.""",
    spans=[
        ("STALK_WATCH", "one pointing straight into caller's front room and one at his drive"),
        ("STALK_FOLLOW", "has followed his car to the mosque"),
        ("REPETITION", "at least three times in the last month"),
        ("STALK_LOITER", "sat outside in the car park"),
        ("RACIAL_HOSTILITY", "your lot are breeding like rats"),
        ("THREAT_VIOLENCE", "I'll burn you out"),
        ("THREAT_VIOLENCE", "I meant what I said, one night you'll all go up"),
        ("FEAR_OF_VIOLENCE", "he is scared for himself"),
        ("FEAR_OF_VIOLENCE", "I believe he would do it"),
        ("SERIOUS_IMPACT", "fitted a letterbox guard"),
        ("SERIOUS_IMPACT", "the kids now go to their nan's after school instead of coming home"),
        ("STALK_MONITOR", "keeps a handwritten log"),
        ("STALK_MONITOR", "of times IP's family leave and return, car regs of visitors"),
        ("REPETITION", "entries almost daily"),
    ],
)

case(
    36, "aggravated_harassment_fear_of_violence", "CFR",
    voice="call_log", case="mixed", noise="heavy", batch="ve",
    pattern="youths_abuse_traveller_at_caravan_pitch_and_threaten_to_torch_it", relationship="stranger", occasions=2,
    text="""\
2212 caller reports same 3 youths who called him 'Gypo scum' on Tue back outside his caravan pitch shouting they'll 'torch the pikey' - 2nd lot of threats this wk. Caller scared. RA s.4 crimed.""",
    spans=[
        ("RACIAL_HOSTILITY", "called him 'Gypo scum'"),
        ("THREAT_VIOLENCE", "they'll 'torch the pikey'"),
        ("REPETITION", "2nd lot of threats this wk"),
        ("FEAR_OF_VIOLENCE", "Caller scared"),
    ],
)

case(
    37, "harassment", "C",
    voice="updates", case="lower", noise="heavy", batch="ve",
    pattern="pub_acquaintance_sends_homophobic_messages_after_pool_table_row", relationship="acquaintance", occasions=16,
    text="""\
updt 1 - ip (gay male, 34) showed msgs at counter from [NAME 1], drinks at same pub, after row over pool table on 3/8. since then 15ish msgs on fb calling him 'f*g', 'bender', 'disease spreader', + left a comment on ip's pub quiz team page 'watch ur drinks lads theres a poof about'. no threats. ip annoyed more than upset.
updt 2 - pc 3120: hate incident (homophobic) + harassment. NOT racially/relig agg - sexual orientation, flagged for sentencing uplift instead.""",
    spans=[
        ("STALK_CONTACT", "15ish msgs on fb calling him 'f*g', 'bender', 'disease spreader'"),
        ("STALK_PUBLISH", "left a comment on ip's pub quiz team page"),
    ],
)

case(
    38, "stalking", "CS",
    voice="call_log", case="mixed", noise="clean", batch="ve",
    pattern="suspicious_man_call_turns_out_to_be_customer_fixated_on_pharmacist", relationship="customer", occasions=15,
    text="""\
CAD 3097 / 12.12
1314 Caller Mrs Pat Greaves, customer at Lindley Pharmacy, ringing on behalf of the pharmacist who is 'too busy to ring'. Reporting a 'suspicious man' hanging about outside the pharmacy again, describes him as Asian male, 30s, grey puffer jacket, beanie. Caller says she's seen him there 'every time I come in for my prescription', which is weekly. Goes on about the bus times and her husband's tablets.
1316 Caller hands phone to the pharmacist, Ms Rebecca Hollins. RH says she knows him: he is Mohammed Zafar, he used to collect for his mum. Since October he has been waiting outside at lunch and at closing, has asked her out 3 times (she said no each time), left chocolates and a handwritten poem on the counter, and last week she saw him in the Aldi where she shops on a Sunday, standing at the end of her aisle. RH: 'I'm not scared, he's never threatening, it's just weird and I want it to stop'. She hasn't changed anything.
1318 RH says her manager wants him banned from the shop.
1320 Advised. Grade 3, SNT appointment.
Next day PC Ingham: Spoke to RH. Also found he has emailed the pharmacy's enquiries address 22 times, mostly to ask what shifts she's on. Spoke to Zafar - says he 'thought she liked him', accepts she said no. Crime: stalking s.2A. SPO being considered. Caller's description of the man used for ID only.""",
    spans=[
        ("STALK_LOITER", "hanging about outside the pharmacy"),
        ("REPETITION", "again"),
        ("REPETITION", "every time I come in for my prescription"),
        ("STALK_LOITER", "waiting outside at lunch and at closing"),
        ("FIXATION", "asked her out 3 times (she said no each time)"),
        ("STALK_GIFTS", "left chocolates and a handwritten poem on the counter"),
        ("STALK_WATCH", "standing at the end of her aisle"),
        ("STALK_CONTACT", "emailed the pharmacy's enquiries address 22 times"),
        ("STALK_MONITOR", "to ask what shifts she's on"),
    ],
)

case(
    39, "harassment_fear_of_violence", "CF",
    voice="call_log", case="mixed", noise="typos", batch="ve",
    pattern="car_buyer_wants_refund_and_threatens_seller_three_times", relationship="customer", occasions=3,
    text="""\
CAD 2281 1650
Caller Mr Kieran Doyle. Sold a Ford Focus on Marketplace 3 wks ago to a male 'Lewis', now Lewis says the gearbox has gone and wants £900 back. Caller wants to know if he has to pay (advised civil). THEN mentions Lewis has been threatening him: phone call on Tuesday 'give me my money or I'll stab you', voicemail Friday 'you've got till Sunday then I'm bringing my lads to yours', and today a text 'your a dead man walking'. Caller says Lewis knows his adress from the sale. Caller's partner in background saying 'tell them we're scared'. Caller: 'yeah, I am, I've got kids, I think he'll turn up and do me'.
1712 Upd PC 4019: spoke with caller, msgs + VM seen. Harassment s.4 (fear of violence). Susp Lewis Grant, arrest enquiries.""",
    spans=[
        ("THREAT_VIOLENCE", "give me my money or I'll stab you"),
        ("THREAT_VIOLENCE", "you've got till Sunday then I'm bringing my lads to yours"),
        ("THREAT_VIOLENCE", "your a dead man walking"),
        ("FEAR_OF_VIOLENCE", "I think he'll turn up and do me"),
    ],
)

case(
    40, "aggravated_stalking", "CSR",
    voice="result_note", case="inconsistent", noise="abbrev", batch="ve",
    pattern="ex_boyfriend_turns_up_at_salon_and_texts_racist_abuse_when_ignored", relationship="ex_partner", occasions=12,
    text="""\
RESULT: CRIMED - racially agg stalking.
Summary for file: IP (Ms Priya LAL) reported at front desk that ex-p Tom HEBDEN keeps turning up at the salon where she works (x4 in Nov) asking to 'just talk', and sends msgs most nights. When she doesn't answer he switches to abuse: 'curry-muncher', 'your dad will be glad, you can marry one of your own now'. NO THREATS, IP not scared, carrying on as normal. Susp interviewed 02/12, admits msgs, says he 'was drunk'. CHARGED s.2A + s.32.""",
    spans=[
        ("STALK_TURN_UP", "keeps turning up at the salon where she works"),
        ("REPETITION", "x4 in Nov"),
        ("STALK_CONTACT", "sends msgs most nights"),
        ("RACIAL_HOSTILITY", "curry-muncher"),
        ("RACIAL_HOSTILITY", "your dad will be glad, you can marry one of your own now"),
    ],
)

case(
    41, "aggravated_harassment_fear_of_violence", "CFR",
    voice="updates", case="mixed", noise="abbrev", batch="ve",
    pattern="resident_abuses_and_threatens_romanian_parcel_driver_on_three_rounds", relationship="stranger", occasions=3,
    text="""\
0940 Call from depot manager, EvriFast parcels, re driver Mr Bogdan Popescu being threatened on his round, Harlow Rise. Manager doesn't have all the details, says 'it's the same bloke every time'.
1105 Call back direct from Mr Popescu on his break: male at 22 Harlow Rise has come out 3 times now when he delivers in the street - 1st time (Mon) shouted 'f*ck off back to Romania, gypo', Wed said 'next time you park there I'll smash your head in, you Romanian rat', today stood in front of the van and said 'I'll break every bone in your body'. Mr P says he is frightened of him and believes he will attack him, he is a big man. Asked if he has changed anything - no, he still has to do the round, 'it's my job'.
1300 PC 2245: spoke to susp at 22 (Alan Fincham), says the van blocks his drive. Arrested racially agg s.4 PHA.""",
    spans=[
        ("REPETITION", "it's the same bloke every time"),
        ("REPETITION", "has come out 3 times now"),
        ("RACIAL_HOSTILITY", "f*ck off back to Romania, gypo"),
        ("THREAT_VIOLENCE", "next time you park there I'll smash your head in"),
        ("RACIAL_HOSTILITY", "you Romanian rat"),
        ("THREAT_VIOLENCE", "I'll break every bone in your body"),
        ("FEAR_OF_VIOLENCE", "he is frightened of him and believes he will attack him"),
    ],
)

case(
    42, "stalking_fear_alarm_distress", "CSD",
    voice="vps", case="mixed", noise="clean", batch="ve",
    pattern="rejected_warehouse_colleague_waits_by_car_messages_family_she_moves_to_nights", relationship="colleague", occasions=30,
    text="""\
VPS taken at front enquiry office, 21/03.
I've worked with Nathan at the warehouse for three years. In January I told him I wasn't interested after he kept asking me out. Since then he has waited by my car at the end of every shift, he's messaged me on every app I have, he sent flowers to my house with no note but I know it was him, and he's been 'liking' my mum's Facebook posts and messaging my sister asking about me. He has never threatened me. I'm not frightened he'll hurt me but I can't cope with it. I asked to move to nights so I don't see him, which means I hardly see my kids, and I changed my phone number in February. I feel like my life has shrunk.
(Counter note: IP asked for this to be added to her existing report ref 22/1190. Forwarded to OIC.)""",
    spans=[
        ("FIXATION", "after he kept asking me out"),
        ("STALK_LOITER", "waited by my car at the end of every shift"),
        ("STALK_CONTACT", "messaged me on every app I have"),
        ("STALK_GIFTS", "sent flowers to my house"),
        ("STALK_MONITOR", "'liking' my mum's Facebook posts"),
        ("STALK_MONITOR", "messaging my sister asking about me"),
        ("DISTRESS", "I can't cope with it"),
        ("SERIOUS_IMPACT", "I asked to move to nights so I don't see him"),
        ("SERIOUS_IMPACT", "I changed my phone number in February"),
    ],
)

case(
    43, "aggravated_stalking_fear_alarm_distress", "CSFR",
    voice="call_log", case="upper", noise="abbrev", batch="ve",
    pattern="partners_ex_parks_outside_flat_follows_her_racist_messages_and_acid_threat", relationship="acquaintance", occasions=9,
    text="""\
CAD 1188 0212HRS
CALLER MS ABENA OWUSU, 26. STATES HER P'NER'S EX, LAUREN FISK, IS OUTSIDE HER FLAT AGAIN IN A WHITE FIAT, ENGINE RUNNING, LIGHTS OFF. CALLER WHISPERING, SAYS PARTNER AWAY ON NIGHTS.
0214 CALLER SAYS LF HAS BEEN OUTSIDE 'LIKE 6 TIMES' SINCE NEW YEAR, FOLLOWED HER INTO TESCO ONCE AND STOOD BEHIND HER AT THE TILL. HAS SENT INSTA MSGS 'STAY AWAY FROM MY MAN YOU BLACK SL*G' AND 'I'LL CUT THAT UGLY AFRICAN FACE'. 2ND THREAT ON 19/01 BY VOICE NOTE: 'YOU'RE GETTING ACID, WATCH'.
0215 CALLER STATES 'I'M SO SCARED, I DON'T KNOW WHAT SHE'LL DO'. KEEPS ASKING IF SHE SHOULD RING HER P'NER FIRST, ADV RING HIM AFTER.
0216 GRADE 1. 6N2 DEPLOYED.
0229 6N2: VEH GONE ON ARRIVAL. PNC ON VRM GIVEN BY CALLER = LF'S VEH.
0400 6N2 UPD: STMT TAKEN, MSGS SCREENSHOTTED. PARTNER CONFIRMS LF HAS BEEN ASKING MUTUAL FRIENDS WHERE IP WORKS. RACIALLY AGG STALKING S.4A CRIMED, LF TO BE ARRESTED.""",
    spans=[
        ("STALK_LOITER", "IS OUTSIDE HER FLAT"),
        ("REPETITION", "AGAIN"),
        ("REPETITION", "LIKE 6 TIMES"),
        ("STALK_FOLLOW", "FOLLOWED HER INTO TESCO ONCE AND STOOD BEHIND HER AT THE TILL"),
        ("STALK_CONTACT", "HAS SENT INSTA MSGS"),
        ("RACIAL_HOSTILITY", "STAY AWAY FROM MY MAN YOU BLACK SL*G"),
        ("THREAT_VIOLENCE", "I'LL CUT THAT UGLY AFRICAN FACE"),
        ("THREAT_VIOLENCE", "YOU'RE GETTING ACID, WATCH"),
        ("FEAR_OF_VIOLENCE", "I'M SO SCARED, I DON'T KNOW WHAT SHE'LL DO"),
        ("STALK_MONITOR", "HAS BEEN ASKING MUTUAL FRIENDS WHERE IP WORKS"),
    ],
)

case(
    44, "aggravated_harassment", "CR",
    voice="updates", case="lower", noise="redacted", batch="ve",
    pattern="tenant_emails_landlord_about_boiler_with_racist_sign_offs", relationship="landlord", occasions=9,
    text="""\
front desk: mr chen wei (landlord of 4 parkside). tenant [NAME 1] has sent 9 emails in 2 wks re the boiler, fair enough, but each one ends with stuff like 'fix it you ch*nky b*stard' and 'go back to wuhan'. no threats, mr chen not afraid, boiler engineer booked thurs. emails printed + attached. crime: RA harassment. susp to be interviewed.""",
    spans=[
        ("STALK_CONTACT", "has sent 9 emails in 2 wks"),
        ("RACIAL_HOSTILITY", "fix it you ch*nky b*stard"),
        ("RACIAL_HOSTILITY", "go back to wuhan"),
    ],
)
