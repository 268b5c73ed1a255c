# ruff: noqa: E501
"""Hand-written narratives, writer zh: front-line officers' first accounts, threats, fear and impact told in passing."""

from corpora.handwritten import case

case(
    1, "stalking_fear_alarm_distress", "CSD",
    voice="notebook", case="mixed", noise="abbrev", batch="zh",
    pattern="ex_partner_parks_outside_flat_nightly_victim_sleeps_at_mums", relationship="ex_partner", occasions=6,
    text="""\
PNB 14/03 2140hrs. Attended Fenwick Close re call from IP Leanne MARSH (32). SUSP is her ex, Dale PRIOR, split approx Jan (her decision). IP states he has been sat in his van across from her flat on at least five nights since mid Feb, usually from about 2200, engine running, lights off. Last night he was there again when she came back from the Co-op. No words exchanged on any occasion. He messaged her after, 'nice to see you in your work fleece x'. IP very matter of fact on BWV, keeps saying it's 'just Dale being Dale'. Sleeps at her mum's in Ashby most nights now, only comes back to get clothes and feed the cat. VRM given, PNC - keeper is SUSP. Advised re diary + 999 if he attends. DASH completed, medium.""",
    spans=[
        ("STALK_LOITER", "sat in his van across from her flat"),
        ("REPETITION", "on at least five nights since mid Feb"),
        ("STALK_TURN_UP", "he was there again when she came back from the Co-op"),
        ("STALK_CONTACT", "He messaged her after"),
        ("STALK_MONITOR", "'nice to see you in your work fleece x'"),
        ("SERIOUS_IMPACT", "Sleeps at her mum's in Ashby most nights now"),
    ],
)

case(
    2, "harassment_fear_of_violence", "CF",
    voice="updates", case="mixed", noise="abbrev", batch="zh",
    pattern="neighbour_parking_row_two_threats_victim_looks_over_shoulder", relationship="neighbour", occasions=3,
    text="""\
Update 1 - PC 4471 HARGREAVES. Spoke to IP Mrs Gill ORTON at her door, BWV on. Long running thing with neighbour at no.17, Keith DUNNE, about the shared access and where her son parks his van when he visits. Sat 02/09 DUNNE came to her gate and told her if the van was there again she'd regret it and he'd 'put her through that window'. Tues 05/09 he was by the bins when she took the recycling out, said 'I meant what I said, you're first'. Today van was there and DUNNE banged on her kitchen window with his fist. IP calm enough on camera, made us a brew, but mentioned twice she keeps looking over her shoulder going out to the car and asked if we'd drive past tonight 'because he will, you know'. No injuries. DUNNE not in, card left. Crime raised.""",
    spans=[
        ("THREAT_VIOLENCE", "she'd regret it and he'd 'put her through that window'"),
        ("THREAT_VIOLENCE", "'I meant what I said, you're first'"),
        ("ESCALATION", "banged on her kitchen window with his fist"),
        ("FEAR_OF_VIOLENCE", "she keeps looking over her shoulder going out to the car"),
        ("FEAR_OF_VIOLENCE", "asked if we'd drive past tonight 'because he will, you know'"),
    ],
)

case(
    3, "no_offence", "",
    voice="call_log", case="upper", noise="abbrev", batch="zh",
    pattern="mutual_row_over_hedge_cuttings_both_sides_abusive", relationship="neighbour", occasions=1,
    text="""\
CALLER MR BARRY KNOWLES. ROW WITH NEIGHBOUR (MR PHIL ROWE) OVER HEDGE CUTTINGS THROWN BACK OVER FENCE THIS AFTERNOON. BOTH SHOUTING AT EACH OTHER ACROSS THE FENCE, CALLER ADMITS HE CALLED ROWE A 'FAT PARASITE' AND ROWE TOLD HIM TO 'CRAWL BACK IN YOUR HOLE'. ROWE ALSO RANG 101 10 MINS EARLIER RE SAME. FIRST TIME THEY HAVE FALLEN OUT IN 11 YRS PER CALLER. NO THREATS, NO DAMAGE. CALLER SAYS HE IS NOT BOTHERED BY HIM, JUST WANTS IT LOGGED IN CASE ROWE MAKES SOMETHING UP. ADVICE BOTH PARTIES BY PHONE. CIVIL / NFA.""",
    spans=[],
)

case(
    4, "aggravated_harassment", "CR",
    voice="notebook", case="lower", noise="typos", batch="zh",
    pattern="stairwell_neighbour_racist_abuse_twice_victim_unbothered", relationship="neighbour", occasions=2,
    text="""\
attended 1915 re ongoing probs with nieghbour at flat 3. ip mr samuel okafor (54) says gary lowe (flat 5) has twice now shouted at him on the stairwell over bin bags left on the landing. first time approx 2 wks ago lowe called him a 'n****r' and told him to go back to africa and take his rubbish with him. again sunday, same stairwell, 'your lot live like animals', and spat on the floor by his feet. ip very relaxed, says hes had worse in 30 years on the buses, lowe is 'all mouth', hes not bothered by him just wants it logged so theres somthing on record if it carries on. no change to his routine. lowe spoken to at door, denies, says okafor leaves bags out. words of advise given. recorded as racially agg harassment, ip does not want to support a prosecution at this time.""",
    spans=[
        ("REPETITION", "twice now"),
        ("STALK_CONTACT", "shouted at him on the stairwell"),
        ("RACIAL_HOSTILITY", "called him a 'n****r'"),
        ("RACIAL_HOSTILITY", "told him to go back to africa and take his rubbish with him"),
        ("RACIAL_HOSTILITY", "'your lot live like animals'"),
    ],
)

case(
    5, "stalking", "CS",
    voice="crime_summary", case="mixed", noise="clean", batch="zh",
    pattern="ex_partner_pleading_messages_and_flowers_no_threats", relationship="ex_partner", occasions=8,
    text="""\
The IP, Hannah Vickers, was in a relationship with the suspect, Owen Price, for four years; she ended it on 1 October. Since then he has messaged her most days, sometimes twenty or thirty messages in an evening, asking her to 'just talk', telling her he can't eat or sleep and that nobody will ever love her like he does. He has sent flowers to her work twice. On the evening of 19 October he rang her forty-one times between 2100 and 2300. I have seen screenshots of roughly 300 messages and there is nothing threatening in any of them. The IP was tired rather than tearful when I saw her. She said she feels sorry for him more than anything, she is still at work and still going to the gym, but she has told him again and again that it is over and he will not take it. She wants him told to stop. Suspect to be interviewed by appointment.""",
    spans=[
        ("STALK_CONTACT", "he has messaged her most days"),
        ("REPETITION", "sometimes twenty or thirty messages in an evening"),
        ("FIXATION", "nobody will ever love her like he does"),
        ("STALK_GIFTS", "sent flowers to her work twice"),
        ("STALK_CONTACT", "rang her forty-one times between 2100 and 2300"),
        ("FIXATION", "she has told him again and again that it is over and he will not take it"),
    ],
)

case(
    6, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="notebook", case="mixed", noise="typos", batch="zh",
    pattern="unknown_man_parks_opposite_follows_school_run_racist_kids_kept_in", relationship="stranger", occasions=6,
    text="""\
1630 Tues. Attended Moorside Rd, IP Mrs Precious NDLOVU (36). A white male, 50s, grey Astra, not known to her, has been parked oposite her house 'three or four times a week' since half term, just sitting there. Twice he has followed her and the kids on foot down to St Barnabas school gates, keeping about 20 yds back. Friday he wound the window down as she walked past and called her a 'black b***h', said 'go home, we're watching you'. Today he was back again, same spot, left when he saw the neighbour come out. IP says she's fine in herself, not going to let him 'win', but she wont have the kids out the front anymore, they've stopped playing out altogether and she walks them the long way round by the park so she doesnt pass his car. Partial VRM KX?? from neighbours doorbell cam. Enqs ongoing.""",
    spans=[
        ("STALK_LOITER", "has been parked oposite her house"),
        ("REPETITION", "'three or four times a week' since half term"),
        ("STALK_FOLLOW", "Twice he has followed her and the kids on foot"),
        ("RACIAL_HOSTILITY", "called her a 'black b***h'"),
        ("RACIAL_HOSTILITY", "'go home, we're watching you'"),
        ("STALK_TURN_UP", "he was back again, same spot"),
        ("SERIOUS_IMPACT", "they've stopped playing out altogether"),
        ("SERIOUS_IMPACT", "walks them the long way round by the park so she doesnt pass his car"),
    ],
)

case(
    7, "harassment", "CD",
    voice="crime_summary", case="mixed", noise="redacted", batch="zh",
    pattern="colleague_overtime_row_abusive_whatsapps_victim_signed_off", relationship="colleague", occasions=4,
    text="""\
IP [NAME 1] and SUSP [NAME 2] work at the same depot ([LOCATION]). After a disagreement over overtime allocation in March, SUSP has sent IP a series of WhatsApp messages calling him 'a grass', 'a snake' and 'a useless fat waste of space'. Messages were sent on 4, 6, 11 and 17 April, mostly after midnight. No threats. They were never friends and have no contact outside work; SUSP has not been to IP's home or followed him, the messages are all about the overtime. IP's line manager confirms IP has been off work with stress since 20 April and has not been back. IP told attending officer he is not sleeping. OIC to contact SUSP for VA.""",
    spans=[
        ("STALK_CONTACT", "sent IP a series of WhatsApp messages calling him 'a grass', 'a snake' and 'a useless fat waste of space'"),
        ("REPETITION", "on 4, 6, 11 and 17 April"),
        ("SERIOUS_IMPACT", "off work with stress since 20 April and has not been back"),
        ("DISTRESS", "he is not sleeping"),
    ],
)

case(
    8, "stalking_fear_alarm_distress", "CSF",
    voice="updates", case="mixed", noise="abbrev", batch="zh",
    pattern="ex_partner_shouts_at_window_threats_twice_chair_under_handle", relationship="ex_partner", occasions=3,
    text="""\
OEL update 2. Attended IP addr 0105hrs. IP Kerry-Ann BRIGGS, SUSP ex-partner Lee FOSTER (sep. 6 wks). SUSP was outside her address tonight shouting up at the window for approx 20 mins, left on foot before we got there. IP says this is the 3rd time since they split, also 12/11 and 19/11. On 12/11 he said through the letterbox 'you'll regret this, I'll make sure of it'. Tonight he told her she'd 'end up like the last one' - IP explains his previous partner ended up in hospital (PNC shows ABH 2019, different victim). IP was sat on the stairs with her phone in her hand when we arrived, had put the chain on and a dining chair under the handle. She said she knows what he did to the last one and she'll be next. Her sister (W1, Donna) arrived while we were there and is staying tonight. IP went through the messages with me: mostly him asking where she is and who she's with, nothing further threatening in writing. Hasn't told work yet, still plans to go in tomorrow, says she 'can't afford not to'. Asked about the kids - none, his two live with their mum in Goole. Property: front door intact, letterbox flap bent (IP thinks from him shouting through it on 12/11, not tonight). Neighbour at no.8 heard shouting approx 0040, didn't see anyone, happy to give a statement. House-to-house otherwise negative, doorbell at no.4 not working. DASH high - IDVA/MARAC referral. Area search for SUSP negative.""",
    spans=[
        ("STALK_TURN_UP", "outside her address tonight shouting up at the window"),
        ("REPETITION", "this is the 3rd time since they split, also 12/11 and 19/11"),
        ("THREAT_VIOLENCE", "'you'll regret this, I'll make sure of it'"),
        ("THREAT_VIOLENCE", "she'd 'end up like the last one'"),
        ("FEAR_OF_VIOLENCE", "put the chain on and a dining chair under the handle"),
        ("FEAR_OF_VIOLENCE", "she knows what he did to the last one and she'll be next"),
    ],
)

case(
    9, "aggravated_harassment_fear_of_violence", "CFR",
    voice="notebook", case="upper", noise="abbrev", batch="zh",
    pattern="takeaway_customer_returns_racist_abuse_and_threats_owner_afraid", relationship="customer", occasions=2,
    text="""\
PNB 2215 ATT GOLDEN LANTERN T/A, HIGH ST. IP MR WEI CHEN (OWNER). SAME MALE IN FRI 08/03 AND AGAIN TONIGHT. FRI: COMPLAINED ORDER WAS WRONG, CALLED IP 'CHINKY' AND SAID HE'D 'COME BACK AND DO YOUR FACE IN'. TONIGHT: LEANED OVER COUNTER, 'REMEMBER ME? TOLD YOU I'D BE BACK', THEN 'YOU AND YOUR VIRUS FAMILY', PUNCHED COUNTER AND LEFT. IP QUIET, WIFE DOING MOST OF THE TALKING. IP NOW KEEPS A ROLLING PIN UNDER THE COUNTER, SAYS HE GENUINELY THINKS THIS MAN WILL HURT HIM NEXT TIME. CCTV VIEWED - GOOD IMAGE, W/M 30S, ARSENAL TOP. TO CIRCULATE. HATE CRIME.""",
    spans=[
        ("REPETITION", "AND AGAIN TONIGHT"),
        ("RACIAL_HOSTILITY", "CALLED IP 'CHINKY'"),
        ("THREAT_VIOLENCE", "'COME BACK AND DO YOUR FACE IN'"),
        ("THREAT_VIOLENCE", "'REMEMBER ME? TOLD YOU I'D BE BACK'"),
        ("RACIAL_HOSTILITY", "'YOU AND YOUR VIRUS FAMILY'"),
        ("FEAR_OF_VIOLENCE", "KEEPS A ROLLING PIN UNDER THE COUNTER"),
        ("FEAR_OF_VIOLENCE", "GENUINELY THINKS THIS MAN WILL HURT HIM NEXT TIME"),
    ],
)

case(
    10, "harassment", "C",
    voice="result_note", case="mixed", noise="clean", batch="zh",
    pattern="former_friend_abusive_messages_over_pram_money_victim_upset", relationship="acquaintance", occasions=4,
    text="""\
Result: IP Gemma Towler reports that a former friend, Shannon Bell, believes IP owes her £200 for a pram. Bell has sent IP messages on Messenger and by text calling her a 'thieving scrounging cow' and a 'liar', on 2, 3 and 7 February and again on 10 February. No threats. IP was crying when the officer attended and says it has upset her a lot, but she is still going to work and doing the school run as normal. The pram money is a civil matter and advice was given about small claims; the messages themselves are recorded as harassment. Bell spoken to by phone, accepts she 'went too far', agreed to stop. Words of advice. IP content with that outcome.""",
    spans=[
        ("STALK_CONTACT", "sent IP messages on Messenger and by text calling her a 'thieving scrounging cow' and a 'liar'"),
        ("REPETITION", "on 2, 3 and 7 February and again on 10 February"),
        ("DISTRESS", "IP was crying when the officer attended"),
        ("DISTRESS", "it has upset her a lot"),
    ],
)

case(
    11, "aggravated_stalking", "CSR",
    voice="notebook", case="mixed", noise="clean", batch="zh",
    pattern="bus_stop_man_follows_college_worker_religious_abuse_not_scared", relationship="stranger", occasions=4,
    text="""\
Walk-in to front office, 1120hrs. Spoke to IP Mrs Rukhsana Akhtar. A man she knows only by sight from the bus stop on Carr Lane has, on three mornings this month, got off at her stop, walked behind her to the college where she works and then stood on the corner opposite until she went in. Last Thursday he caught her up and said 'take that rag off your head, you're in England now', and laughed. Monday he was on the corner again, photographing the entrance with his phone as she arrived. IP was very clear she is not frightened of him ('he's a sad little man'), she hasn't changed anything and is still getting the same bus. Just wants it logged and wants him to leave her be. Desc: W/M 40s, hi-vis jacket, carries a Tesco bag for life. CCTV enquiry with college.""",
    spans=[
        ("REPETITION", "on three mornings this month"),
        ("STALK_FOLLOW", "walked behind her to the college where she works"),
        ("STALK_LOITER", "stood on the corner opposite until she went in"),
        ("RELIGIOUS_HOSTILITY", "'take that rag off your head, you're in England now'"),
        ("STALK_WATCH", "photographing the entrance with his phone as she arrived"),
    ],
)

case(
    12, "harassment_fear_of_violence", "CF",
    voice="updates", case="inconsistent", noise="abbrev", batch="zh",
    pattern="landlord_threat_over_damp_complaint_repeated_twice_tenant_keeps_bat", relationship="landlord", occasions=3,
    text="""\
UPDATE - spoke to IP Mr Connor WALSH, tenant at 41b Ridley St. Dispute with landlord Mr Graham FELL over damp and the £900 deposit. 21/06 FELL did an inspection (24 hrs notice given, that part is fine) and during it told IP 'if you go to the council about the damp I'll break your legs'. IP reported the damp to the council anyway. IP says FELL has said it again twice since, once by phone on 28/06 and once on the doorstep 03/07 when he came for his post - 'you know what's coming'. IP describes FELL as a big lad with 'form', says he's taking it seriously, hasn't slept properly and keeps a bat by the bed now. WANTS IT ON RECORD and FELL stopped. Deposit/tenancy - advised Shelter + council PRS team.""",
    spans=[
        ("THREAT_VIOLENCE", "'if you go to the council about the damp I'll break your legs'"),
        ("REPETITION", "FELL has said it again twice since"),
        ("THREAT_VIOLENCE", "'you know what's coming'"),
        ("FEAR_OF_VIOLENCE", "he's taking it seriously"),
        ("DISTRESS", "hasn't slept properly"),
        ("FEAR_OF_VIOLENCE", "keeps a bat by the bed now"),
    ],
)

case(
    13, "no_offence", "R",
    voice="call_log", case="upper", noise="abbrev", batch="zh",
    pattern="cyclist_shouts_single_racist_slur_outside_supermarket", relationship="stranger", occasions=1,
    text="""\
CALLER MR HARJIT SANDHU. 1740 OUTSIDE ALDI LEEK RD, UNK YOUTH ON BMX SHOUTED 'F*** OFF BACK TO PAKI LAND' AT HIM, RODE OFF. NEVER SEEN BEFORE. NOT BOTHERED, JUST WANTS IT LOGGED. HATE INCIDENT FLAG.""",
    spans=[
        ("RACIAL_HOSTILITY", "SHOUTED 'F*** OFF BACK TO PAKI LAND' AT HIM"),
    ],
)

case(
    14, "stalking", "CS",
    voice="notebook", case="lower", noise="abbrev", batch="zh",
    pattern="ex_partner_calls_at_door_repeatedly_one_veiled_threat_victim_unafraid", relationship="ex_partner", occasions=5,
    text="""\
0930 att ip addr re ex p turning up. ip jodie carr, ex is ryan simms, split before xmas, her choice. he has come to her house 4 times in the last fortnight, usually early before she leaves for work, knocks and asks to 'sort things out'. also left a card and chocolates on the doorstep sat. weds when she told him to go he said 'keep pushing me and see what happens'. ip took that as a dig but says he has never laid a finger on her in 5 yrs and she doesnt think he would, shes not scared of him, just fed up, says he 'cant take a hint'. carrying on as normal, same shifts. dash std. ip wants him warned off.""",
    spans=[
        ("STALK_TURN_UP", "he has come to her house"),
        ("REPETITION", "4 times in the last fortnight"),
        ("FIXATION", "asks to 'sort things out'"),
        ("STALK_GIFTS", "left a card and chocolates on the doorstep"),
        ("THREAT_VIOLENCE", "'keep pushing me and see what happens'"),
        ("FIXATION", "he 'cant take a hint'"),
    ],
)

case(
    15, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="crime_summary", case="mixed", noise="redacted", batch="zh",
    pattern="neighbour_camera_filming_racist_fire_threat_victim_uses_back_lane", relationship="neighbour", occasions=7,
    text="""\
Initial crime summary. Victim: [NAME 1], 38, lives with her two children at [ADDRESS]. Suspect: [NAME 2], lives three doors down, no previous dealings with police.

Since around May the suspect has had a camera on his upstairs windowsill pointing at the victim's front door, and he stands at his gate watching whenever she comes and goes. He has filmed her on his phone on the school run on at least four occasions; the victim's friend [NAME 3] saw him do it twice. On 14/08 he shouted 'monkey' at her across the road and made ape noises while the children were with her. On 22/08, as she unloaded shopping, he said 'one night you'll wake up to a fire, you and your little monkeys'. On 29/08 he followed her into the corner shop, stood right behind her in the queue and whispered 'soon'.

On BWV the victim comes across as composed, polite, almost apologetic for calling. It only comes out at the end that she has not used her front door since the 22nd - she and the kids go in and out through the back lane - and that she has been sleeping in the children's room with her shoes on 'in case'. She said she is sure he means it.

Racially aggravated stalking (fear of violence / serious alarm or distress). Safeguarding referral made. Fire service home safety visit requested.""",
    spans=[
        ("STALK_MONITOR", "a camera on his upstairs windowsill pointing at the victim's front door"),
        ("STALK_WATCH", "stands at his gate watching whenever she comes and goes"),
        ("STALK_WATCH", "filmed her on his phone on the school run"),
        ("REPETITION", "on at least four occasions"),
        ("RACIAL_HOSTILITY", "shouted 'monkey' at her across the road and made ape noises"),
        ("THREAT_VIOLENCE", "'one night you'll wake up to a fire, you and your little monkeys'"),
        ("STALK_FOLLOW", "followed her into the corner shop"),
        ("THREAT_VIOLENCE", "whispered 'soon'"),
        ("SERIOUS_IMPACT", "she has not used her front door since the 22nd"),
        ("FEAR_OF_VIOLENCE", "sleeping in the children's room with her shoes on 'in case'"),
        ("FEAR_OF_VIOLENCE", "She said she is sure he means it"),
    ],
)

case(
    16, "aggravated_harassment", "CR",
    voice="crime_summary", case="mixed", noise="typos", batch="zh",
    pattern="team_leader_anti_sikh_remarks_and_cartoon_victim_dreads_work", relationship="colleague", occasions=4,
    text="""\
IP Mr Gurpreet Singh DHILLON, warehouse operative at Brenton Logistics since August. A team leader, Wayne COLE, has on numerous occassions made comments about IP's turban on the shop floor, calling it a 'tea towel' and asking if he's 'got a bomb under there'. On 02/11 COLE sent him a WhatsApp of a cartoon of a Sikh man with a bomb strapped to his turban, captioned 'Gurp on his day off'. On 09/11 in the canteen COLE said loudly 'we dont want your sort here, go back to your gurdwara'. IP upset when spoken to, says he dreads going in but needs the job and is still working his shifts. HR informed by IP, seperate grievance running. No threats. Statement to be taken, WhatsApp screenshot saved.""",
    spans=[
        ("REPETITION", "on numerous occassions"),
        ("RELIGIOUS_HOSTILITY", "calling it a 'tea towel' and asking if he's 'got a bomb under there'"),
        ("STALK_CONTACT", "COLE sent him a WhatsApp"),
        ("RELIGIOUS_HOSTILITY", "a cartoon of a Sikh man with a bomb strapped to his turban"),
        ("RELIGIOUS_HOSTILITY", "'we dont want your sort here, go back to your gurdwara'"),
        ("DISTRESS", "says he dreads going in"),
    ],
)

case(
    17, "harassment", "C",
    voice="notebook", case="mixed", noise="abbrev", batch="zh",
    pattern="neighbour_at_door_over_scratched_car_threatens_victims_son", relationship="neighbour", occasions=3,
    text="""\
PNB 1840. Att Oakfield Terr re neighbour dispute. IP Mrs Denise HOLT (61). Neighbour at no.9, Carl ASHWORTH, thinks IP's son Jamie (24, lives in Hull) scratched his car. Since Sunday ASHWORTH has come to IP's door three times and shouted at her that her son is a 'scumbag' and she 'brought him up wrong'. Yesterday he said 'tell that little s**t when I see him I'll break his jaw'. IP says she isn't worried for herself one bit, 'he wouldn't touch me, I've known him 20 years', she's just sick of him on the doorstep and worried about Jamie. Jamie to be contacted re threat. ASHWORTH spoken to, told to stop coming to IP's door, accepted.""",
    spans=[
        ("STALK_TURN_UP", "come to IP's door"),
        ("REPETITION", "three times"),
        ("STALK_CONTACT", "shouted at her that her son is a 'scumbag' and she 'brought him up wrong'"),
        ("DISTRESS", "she's just sick of him on the doorstep"),
    ],
)

case(
    18, "stalking_fear_alarm_distress", "CSD",
    voice="updates", case="lower", noise="typos", batch="zh",
    pattern="stranger_rides_same_bus_follows_student_home_note_dad_drives_her", relationship="stranger", occasions=6,
    text="""\
update - spoke to ip (19, student) by phone then at home with mum present. a male she doesnt know, approx 30, has been getting on the 36 bus at the same stop as her 4 or 5 times over the last 3 wks, sits directly behind her and gets off when she does. last tues he followed her all the way to her road and stood at the end of it for ages, she watched from upstairs. fri he put a note through the door 'you looked lovely today in the green x'. he has never spoken to her, no threats. ip says shes 'fine honestly' but her dad drives her to uni and back every day now and she has swapped onto the afternoon lectures so shes not on that bus. mum says she wont go out on her own after dark either. desc circulated, cctv request sent to bus co.""",
    spans=[
        ("STALK_FOLLOW", "getting on the 36 bus at the same stop as her"),
        ("REPETITION", "4 or 5 times over the last 3 wks"),
        ("STALK_FOLLOW", "followed her all the way to her road"),
        ("STALK_LOITER", "stood at the end of it for ages"),
        ("STALK_CONTACT", "put a note through the door 'you looked lovely today in the green x'"),
        ("SERIOUS_IMPACT", "her dad drives her to uni and back every day now"),
        ("SERIOUS_IMPACT", "swapped onto the afternoon lectures so shes not on that bus"),
    ],
)

case(
    19, "no_offence", "",
    voice="result_note", case="mixed", noise="clean", batch="zh",
    pattern="letting_agent_arrears_letters_and_notified_visit_lawful", relationship="landlord", occasions=4,
    text="""\
Result note. Caller Ms Tanya Reid reported 'harassment' by her landlord's agents, Pennine Lettings. I have gone through the letters and call log she kept. There are three letters (10 January, 7 February, 6 March) setting out rent arrears of £2,340 and enclosing a section 8 notice, and one visit on 12 March by an agent, with 24 hours' written notice, to do the gas safety check. All polite, nothing abusive, no threats, no calls outside office hours and no visits apart from the notified one. Ms Reid is worried about losing the flat and says the letters make her feel sick, which is understandable. This is the agent chasing a genuine debt and carrying out a required check. Signposted to Citizens Advice and Shelter. No crime. Closed.""",
    spans=[
        ("DISTRESS", "the letters make her feel sick"),
    ],
)

case(
    20, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="notebook", case="upper", noise="typos", batch="zh",
    pattern="neighbour_extension_row_racist_arson_threat_repeated_victim_seals_letterbox", relationship="neighbour", occasions=3,
    text="""\
PNB 2010HRS ATT 22 CROWTHER ST. IP MR IMRAN QURESHI (45). ONGOING DISPUTE WITH NIEGHBOUR OPPOSITE, TERRY BARLOW (NO.25), OVER IP'S EXTENSION AND THE SKIP ON THE ROAD. 17/05 BARLOW SHOUTED ACROSS 'YOU P***S THINK YOU OWN THE STREET'. 24/05 AT IP'S GATE, IN FRONT OF IP'S WIFE: 'ONE MATCH THROUGH THAT DOOR AND YOUR LOT ARE GONE'. TONITE SAME AGAIN, POINTED AT THE HOUSE AND SAID 'I MEANT IT ABOUT THE MATCH'. IP SAYS HE IS SCARED FOR HIMSELF AND THE FAMILY. SINCE 24TH HAS SCREWED THE LETTERBOX SHUT, BOUGHT SMOKE ALARMS FOR EVERY ROOM AND SLEEPS DOWNSTAIRS ON THE SOFA 'TO LISTEN'. BARLOW NOT IN ON ATTENDANCE. HATE CRIME REPORT, PATROL REQ.""",
    spans=[
        ("RACIAL_HOSTILITY", "'YOU P***S THINK YOU OWN THE STREET'"),
        ("THREAT_VIOLENCE", "'ONE MATCH THROUGH THAT DOOR AND YOUR LOT ARE GONE'"),
        ("REPETITION", "TONITE SAME AGAIN"),
        ("THREAT_VIOLENCE", "'I MEANT IT ABOUT THE MATCH'"),
        ("FEAR_OF_VIOLENCE", "HE IS SCARED FOR HIMSELF AND THE FAMILY"),
        ("SERIOUS_IMPACT", "SCREWED THE LETTERBOX SHUT"),
        ("SERIOUS_IMPACT", "SLEEPS DOWNSTAIRS ON THE SOFA 'TO LISTEN'"),
    ],
)

case(
    21, "stalking", "CS",
    voice="crime_summary", case="mixed", noise="abbrev", batch="zh",
    pattern="ex_partner_three_pleading_voicemails_within_minutes", relationship="ex_partner", occasions=3,
    text="""\
IP Natalie GREEN. Ex-partner Jason KERR (sep. June) left three voicemails on her mobile Sun night at 2314, 2319 and 2326, first contact since she blocked him. OIC has listened: crying, begging her to 'give it one more go', says he's 'nothing without her'. No threats. IP not bothered by him, just wants it logged and him told no contact. WoA to SUSP.""",
    spans=[
        ("STALK_CONTACT", "left three voicemails on her mobile"),
        ("REPETITION", "at 2314, 2319 and 2326"),
        ("FIXATION", "begging her to 'give it one more go'"),
        ("FIXATION", "he's 'nothing without her'"),
    ],
)

case(
    22, "aggravated_stalking", "CSR",
    voice="notebook", case="inconsistent", noise="heavy", batch="zh",
    pattern="ex_partner_sits_in_victims_restaurant_staring_racist_slur", relationship="ex_partner", occasions=4,
    text="""\
att IP wrk 1415. IP shannon BAILEY (29) ex p = craig NUTTALL, sep approx 3 mths. SUSP keeps turnin up at IP wrk (chicken place, Broad st) - 3x in last 2 wks per IP + MANAGER. sits at table by windw, orders nothin, stares @ her whole time. last visit 11/7 when mgr asked him 2 leave he called her a 'half caste sl*g' on way out. txt after 'cant stop thinkin bout u'. IP v calm, 'used 2 his mouth', not scared of him, not changin anythin, mgr has barred him. wants it logged + him warned. DASH std. HATE FLAG.""",
    spans=[
        ("STALK_TURN_UP", "keeps turnin up at IP wrk"),
        ("REPETITION", "3x in last 2 wks"),
        ("STALK_WATCH", "stares @ her whole time"),
        ("RACIAL_HOSTILITY", "called her a 'half caste sl*g'"),
        ("STALK_CONTACT", "txt after"),
        ("FIXATION", "'cant stop thinkin bout u'"),
    ],
)

case(
    23, "harassment_fear_of_violence", "CF",
    voice="updates", case="mixed", noise="abbrev", batch="zh",
    pattern="car_sale_dispute_threat_then_two_men_sent_to_door", relationship="acquaintance", occasions=3,
    text="""\
Update PC 2209. IP Mr Liam DOYLE sold a Corsa to an acquaintance, Kyle MADDEN, in Sept; MADDEN says the gearbox has gone and wants his £1,800 back. 03/10 MADDEN rang IP: if he didn't get his money 'you'll be picking your teeth up off the floor'. 06/10 two males IP doesn't know came to his door, one said 'Kyle sent us, you've got till Friday, then we come back and it's not a chat'. 08/10 MADDEN texted just 'friday'. IP quiet during account, kept getting up to look out of the window every time a car slowed down; said he expects them to 'do him over' at the weekend. Civil advice re car. S4 PHA crimed. Doorbell footage of the two males requested.""",
    spans=[
        ("THREAT_VIOLENCE", "'you'll be picking your teeth up off the floor'"),
        ("THREAT_VIOLENCE", "'Kyle sent us, you've got till Friday, then we come back and it's not a chat'"),
        ("STALK_CONTACT", "MADDEN texted just 'friday'"),
        ("FEAR_OF_VIOLENCE", "kept getting up to look out of the window every time a car slowed down"),
        ("FEAR_OF_VIOLENCE", "he expects them to 'do him over'"),
    ],
)

case(
    24, "stalking_fear_alarm_distress", "CSD",
    voice="supervisor_review", case="mixed", noise="clean", batch="zh",
    pattern="hospital_porter_rejected_leaves_gifts_waits_at_car_nurse_moves_site", relationship="colleague", occasions=12,
    text="""\
Sgt review, 1 December. I have read PC Amos's first account and the BWV. The IP is a staff nurse on Ward 7. A porter, Martin Shaw, asked her out in September and she said no. Since then there have been chocolates and a handwritten poem left on her car windscreen on three occasions; he has been waiting by her car in the staff car park at the end of her shift at least twice a week for a month; and he has messaged her on the staff app asking why she 'keeps pretending' she doesn't like him. There are no threats and he has never been aggressive with her.

What PC Amos's account mentions only in passing is the important bit: the IP asked to transfer to the community team at another site and started there on Monday, and she now parks in town and walks the last half mile rather than use a staff car park. That is a real change to how she works and gets about.

PC Amos has recorded this as harassment. Please amend to stalking with serious alarm or distress: he will not accept her answer, there are gifts, loitering and messages all aimed at her, and her working life has changed because of it. Risk: medium. Actions: full statement, Trust security CCTV for the car park, interview by appointment, consider bail conditions.""",
    spans=[
        ("STALK_GIFTS", "chocolates and a handwritten poem left on her car windscreen"),
        ("REPETITION", "on three occasions"),
        ("STALK_LOITER", "waiting by her car in the staff car park at the end of her shift"),
        ("REPETITION", "at least twice a week for a month"),
        ("STALK_CONTACT", "messaged her on the staff app"),
        ("FIXATION", "asking why she 'keeps pretending' she doesn't like him"),
        ("SERIOUS_IMPACT", "asked to transfer to the community team at another site"),
        ("SERIOUS_IMPACT", "parks in town and walks the last half mile rather than use a staff car park"),
    ],
)

case(
    25, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="mo_field", case="mixed", noise="redacted", batch="zh",
    pattern="online_viewer_fixated_on_streamer_racist_dms_posts_gym_she_quits", relationship="online", occasions=20,
    text="""\
Victim [NAME 1] streams on Twitch; she is of Nigerian heritage. Suspect, username [REDACTED], has been in her chat since early 2025 and has become fixated on her: sends DMs every day, made a new account after every ban (at least 9 accounts), posted her home town and the name of her gym on a forum thread he started about her. Messages include 'you belong in a zoo not on my screen' and repeated monkey emojis. In April he posted a photo of the outside of her gym with 'saw you tuesday'. No direct threats of violence. Since April victim has stopped streaming, deleted her public accounts, changed her number and cancelled the gym. Enquiries with platform to identify.""",
    spans=[
        ("FIXATION", "has become fixated on her"),
        ("STALK_CONTACT", "sends DMs every day"),
        ("FIXATION", "made a new account after every ban"),
        ("STALK_PUBLISH", "posted her home town and the name of her gym on a forum thread he started about her"),
        ("RACIAL_HOSTILITY", "'you belong in a zoo not on my screen'"),
        ("RACIAL_HOSTILITY", "repeated monkey emojis"),
        ("STALK_MONITOR", "posted a photo of the outside of her gym with 'saw you tuesday'"),
        ("SERIOUS_IMPACT", "stopped streaming, deleted her public accounts, changed her number and cancelled the gym"),
    ],
)

case(
    26, "harassment", "C",
    voice="notebook", case="lower", noise="clean", batch="zh",
    pattern="shared_drive_dispute_neighbour_photographs_car_and_leaves_notes", relationship="neighbour", occasions=8,
    text="""\
1215 spoke to ip mrs pauline greaves at her address. dispute with neighbour mr roy stead over the shared drive; she says her car is inside the line, he says it isn't. for about six weeks stead has come out and photographed her car every time she parks, sometimes standing at the end of the drive with his phone until she goes in, and has left four notes on her windscreen ('move it or i will get it moved', 'last warning re parking'). he has not followed her anywhere or shown any interest in her apart from the car and the drive. no threats. ip finds it wearing and says she dreads pulling in, but nothing has changed day to day for her. advice re land registry and the civil route. stead spoken to, says he is gathering evidence for his solicitor; told that photographing her every day and leaving notes is capable of being harassment and to stop.""",
    spans=[
        ("REPETITION", "for about six weeks"),
        ("STALK_WATCH", "photographed her car every time she parks"),
        ("STALK_LOITER", "standing at the end of the drive with his phone until she goes in"),
        ("STALK_CONTACT", "left four notes on her windscreen"),
        ("DISTRESS", "she dreads pulling in"),
    ],
)

case(
    27, "aggravated_harassment", "CDR",
    voice="notebook", case="mixed", noise="typos", batch="zh",
    pattern="shop_customer_refuses_black_cashier_racist_abuse_she_drops_evening_shifts", relationship="customer", occasions=3,
    text="""\
Attended Spar, Kingsway 1605. IP Miss Fatima JALLOH (22), shop assistant. Regular customer known to staff as 'Mick' (believed Michael ROURKE, local) has come in on three occassions in the last fortnight and each time refused to be served by her, calling her a 'jungle b***h' and saying he wants 'a proper English girl' on the till. Last Sat he threw his change at her. No threats made. IP says he doesnt scare her, 'he's an old drunk', but she has swapped off the evening shifts he comes in on and only does mornings now, which has cut her hours by about a third. Manager has banned him. CCTV seized for Sat.""",
    spans=[
        ("REPETITION", "on three occassions in the last fortnight"),
        ("RACIAL_HOSTILITY", "calling her a 'jungle b***h'"),
        ("RACIAL_HOSTILITY", "he wants 'a proper English girl' on the till"),
        ("ESCALATION", "threw his change at her"),
        ("SERIOUS_IMPACT", "swapped off the evening shifts he comes in on and only does mornings now"),
    ],
)

case(
    28, "harassment_fear_of_violence", "CF",
    voice="dash_note", case="mixed", noise="abbrev", batch="zh",
    pattern="ex_partner_threats_over_childs_school_move_at_handover_and_voice_note", relationship="ex_partner", occasions=2,
    text="""\
DASH narrative. IP Rebecca HOLLIS & SUSP Aaron DENT sep 2022, 1 child (Mia, 6). Contact arranged via solicitors, SUSP has Mia alt weekends. Dispute since IP moved Mia's school without telling him. At handover Sat 14/06 (McDonald's car park) SUSP lost it: 'change anything else about my daughter and I'll put you in the ground'. Thurs 19/06 voice note: 'I mean it about the school, you'll be sorry, you won't see it coming'. All other contact is about Mia; he has not been to her house or followed her. IP keeps replaying it, says she honestly thinks he'll go for her at the next handover. Previous: 1x common assault 2021 (NFA). 9 ticks - medium.""",
    spans=[
        ("THREAT_VIOLENCE", "'change anything else about my daughter and I'll put you in the ground'"),
        ("THREAT_VIOLENCE", "'I mean it about the school, you'll be sorry, you won't see it coming'"),
        ("FEAR_OF_VIOLENCE", "she honestly thinks he'll go for her at the next handover"),
    ],
)

case(
    29, "no_offence", "",
    voice="notebook", case="mixed", noise="abbrev", batch="zh",
    pattern="ex_boyfriend_nasty_texts_then_reconciled_single_message_months_later", relationship="ex_partner", occasions=2,
    text="""\
PNB 11/10 1050. Call back to IP Sarah LINDLEY re her report last night. In Feb her then boyfriend Ross ALDERTON sent her a run of nasty texts one night after a night out, calling her a 'slag'. They sorted it out, were back together by March and lived together till Aug, no problems at all in that time. Split properly in Aug. Last night he sent one message saying she'd regret telling his mum about his debts. Nothing else since. IP not bothered by him, just wants it logged, not frightened, nothing's changed for her. Back together in between, so not treating Feb and last night as one course. DA non-crime incident, advice given re blocking.""",
    spans=[
        ("STALK_CONTACT", "sent her a run of nasty texts one night after a night out"),
        ("STALK_CONTACT", "sent one message saying she'd regret telling his mum about his debts"),
    ],
)

case(
    30, "aggravated_harassment", "CR",
    voice="call_log", case="lower", noise="typos", batch="zh",
    pattern="boxing_class_acquaintance_antisemitic_instagram_messages", relationship="acquaintance", occasions=3,
    text="""\
caller ms esther levy states a man she knows from her boxing class, dean marsh, has sent her 3 instagram messages since they argued over the class rota on fri. msgs call her a 'money grabbing jew' and one says 'hitler had the right idea'. sent fri 2200, sat 0130 and sun 1845. he hasnt come near her, nothing threatening to her, she has now blocked him. caller upset, said she felt sick reading them but is carrying on as normal and will still go to class tues. screenshots to be emailed in. hate crime - antisemitic. ofiicer to call back.""",
    spans=[
        ("STALK_CONTACT", "has sent her 3 instagram messages"),
        ("RELIGIOUS_HOSTILITY", "'money grabbing jew'"),
        ("RELIGIOUS_HOSTILITY", "'hitler had the right idea'"),
        ("REPETITION", "sent fri 2200, sat 0130 and sun 1845"),
        ("DISTRESS", "she felt sick reading them"),
    ],
)

case(
    31, "aggravated_harassment_fear_of_violence", "CFR",
    voice="updates", case="mixed", noise="typos", batch="zh",
    pattern="upstairs_neighbour_anti_polish_abuse_knife_threats_victim_fears_stabbing", relationship="neighbour", occasions=3,
    text="""\
Update 3. BWV reviewed from attendence at 2340. IP Mr Tomasz NOWAK (41). Male from the flat above, Jason PEARCE, has been banging on IP's door at night. Sunday he shouted 'Polish scum, go back to your own country' through the door. Weds he met IP on the landing, stood very close and said 'next time I'll cut you, you eastern european c***'. Tonight he kicked the door and said 'you're dead when you come out'. On camera IP says quietly he thinks 'this man will stab me' and asks if there is another way down to his car that doesnt go past PEARCE's door. PEARCE arrested 0020 - racially agg S4 PHA.""",
    spans=[
        ("STALK_CONTACT", "banging on IP's door at night"),
        ("RACIAL_HOSTILITY", "'Polish scum, go back to your own country'"),
        ("THREAT_VIOLENCE", "'next time I'll cut you, you eastern european c***'"),
        ("THREAT_VIOLENCE", "'you're dead when you come out'"),
        ("FEAR_OF_VIOLENCE", "'this man will stab me'"),
    ],
)

case(
    32, "aggravated_stalking", "CSR",
    voice="notebook", case="mixed", noise="clean", batch="zh",
    pattern="man_watches_synagogue_caretaker_follows_him_home_antisemitic_abuse", relationship="stranger", occasions=5,
    text="""\
Officer's note, 17 Sep, 1410. Met IP Mr David Rosenberg, 67, caretaker at Kestrel Lane synagogue. Over the past three weeks a man has been standing across the road most mornings as IP opens up, writing in a notebook. Twice he has walked behind IP all the way home to Moss Grove and then stood at the end of the road. On 12 Sep he called across 'we know where you live now, Shylock'. On 15 Sep he shouted 'dirty Jew' as IP went in. IP says he has 'seen off worse than him', isn't frightened and won't be changing his routine, he just wants it written down for the community security people. CST informed. Description recorded. Early turn patrol plan requested.""",
    spans=[
        ("REPETITION", "Over the past three weeks"),
        ("STALK_LOITER", "standing across the road most mornings as IP opens up"),
        ("STALK_WATCH", "writing in a notebook"),
        ("STALK_FOLLOW", "Twice he has walked behind IP all the way home to Moss Grove"),
        ("STALK_LOITER", "stood at the end of the road"),
        ("RELIGIOUS_HOSTILITY", "'we know where you live now, Shylock'"),
        ("RELIGIOUS_HOSTILITY", "shouted 'dirty Jew'"),
    ],
)

case(
    33, "stalking", "CS",
    voice="updates", case="mixed", noise="abbrev", batch="zh",
    pattern="estranged_father_traces_daughter_workplace_gifts_waits_at_bus_stop", relationship="family", occasions=6,
    text="""\
Update: IP Chloe WARD (26). Her father Stephen WARD, no contact for 8 yrs at her choice, found where she works (chemist, Market St) through Facebook in Jan. Since then he has come into the shop 4 times asking to see her, left a birthday card and a teddy with her manager, and on 02/03 was waiting at the bus stop outside when she finished. Letter left with manager says 'I will never give up on you'. No threats. IP tearful, says it has brought a lot back up, but she is still doing her normal shifts and getting the same bus home. Wants him told to stay away. WoA to SUSP today.""",
    spans=[
        ("STALK_MONITOR", "found where she works (chemist, Market St) through Facebook"),
        ("STALK_TURN_UP", "has come into the shop 4 times asking to see her"),
        ("STALK_GIFTS", "left a birthday card and a teddy with her manager"),
        ("STALK_LOITER", "was waiting at the bus stop outside when she finished"),
        ("FIXATION", "'I will never give up on you'"),
        ("DISTRESS", "IP tearful"),
    ],
)

case(
    34, "harassment", "C",
    voice="crime_summary", case="mixed", noise="clean", batch="zh",
    pattern="dismissed_receptionist_abusive_texts_to_manager_race_only_suspected", relationship="colleague", occasions=14,
    text="""\
IP Mrs Blessing Adeyemi is practice manager at a dental surgery. The suspect, Lorraine Pike, worked there as a receptionist until she was dismissed in May after a disciplinary hearing the IP chaired. Since early June Pike has emailed and texted the IP's work and personal phones accusing her of lying at the hearing, calling her 'a vindictive cow' and 'pathetic'. Fourteen messages over five weeks, all seen by me. There are no threats, nothing about the IP's private life, and Pike has not been to the surgery or the IP's home. The IP wonders whether Pike 'has a problem' with her because she is Nigerian, but accepts there is nothing in any of the messages about race or where she is from and she has never heard Pike say anything like that. The IP is annoyed and a bit shaken, and carrying on at work as normal. Tribunal claim pending; Pike to be asked to route any contact through ACAS or her solicitor.""",
    spans=[
        ("STALK_CONTACT", "emailed and texted the IP's work and personal phones accusing her of lying at the hearing"),
        ("STALK_CONTACT", "calling her 'a vindictive cow' and 'pathetic'"),
        ("REPETITION", "Fourteen messages over five weeks"),
        ("DISTRESS", "a bit shaken"),
    ],
)

case(
    35, "harassment_fear_of_violence", "CF",
    voice="notebook", case="lower", noise="abbrev", batch="zh",
    pattern="neighbour_homophobic_abuse_and_two_threats_gay_couple", relationship="neighbour", occasions=2,
    text="""\
att 1930. ip mr simon ashby (34), lives w/ partner mark. neighbour at no.3, paul kershaw. sat kershaw shouted 'f*****s' at them over the fence and said 'you two want burning'. tues when ip was putting the bins out kershaw came right up to him, fists clenched, 'i'll have you when he's not here to hold your hand'. ip very quiet, mark doing the talking at first. ip says he's jumpy every time he hears kershaw's door go and honestly thinks kershaw will hit him given the chance. homophobic hate incident flag. kershaw not in, to be seen.""",
    spans=[
        ("STALK_CONTACT", "shouted 'f*****s' at them over the fence"),
        ("THREAT_VIOLENCE", "'you two want burning'"),
        ("THREAT_VIOLENCE", "'i'll have you when he's not here to hold your hand'"),
        ("FEAR_OF_VIOLENCE", "he's jumpy every time he hears kershaw's door go"),
        ("FEAR_OF_VIOLENCE", "honestly thinks kershaw will hit him"),
    ],
)

case(
    36, "aggravated_harassment", "CR",
    voice="call_log", case="upper", noise="abbrev", batch="zh",
    pattern="neighbour_racist_notes_through_door_over_cooking_smells", relationship="neighbour", occasions=2,
    text="""\
CALLER MRS NAZIA HUSSAIN, 14 PRIMROSE WAY. 2ND NOTE IN A WEEK PUT THROUGH HER DOOR, BOTH UNSIGNED BUT SHE KNOWS THE WRITING IS NEIGHBOUR AT NO.12 (FROM HIS OLD XMAS CARDS). NOTE 1 MON: 'YOUR CURRY STINKS OUT THE WHOLE STREET, GO BACK TO BANGLADESH'. NOTE 2 TODAY: 'STILL HERE? NOBODY WANTS YOU PEOPLE'. HAS BEEN ON ABOUT HER EXTRACTOR FAN SINCE SUMMER. CALLER NOT FRIGHTENED, FINDS HIM 'PATHETIC', HAS KEPT NOTES IN A FREEZER BAG. JUST WANTS IT LOGGED AND HIM SPOKEN TO. NO THREATS. OFFICER TO ATTEND TO COLLECT NOTES.""",
    spans=[
        ("REPETITION", "2ND NOTE IN A WEEK"),
        ("STALK_CONTACT", "PUT THROUGH HER DOOR"),
        ("RACIAL_HOSTILITY", "'YOUR CURRY STINKS OUT THE WHOLE STREET, GO BACK TO BANGLADESH'"),
        ("RACIAL_HOSTILITY", "'STILL HERE? NOBODY WANTS YOU PEOPLE'"),
    ],
)

case(
    37, "stalking", "CS",
    voice="updates", case="mixed", noise="abbrev", batch="zh",
    pattern="ex_partner_breaches_restraining_order_doorbell_flowers", relationship="ex_partner", occasions=2,
    text="""\
Update 0215. SUSP Dean HARPER subject to RO (Leeds MC 04/2025): not to contact IP Kelly MOSS or attend Ash Grove. Doorbell cam shows him at her front door 0140 tonight, rang twice, then stood in the garden looking up at her bedroom window approx 10 mins before walking off. IP says he also turned up Sat afternoon while she was at her sister's and left flowers on the step with a note 'I know we can fix this'. IP calm, 'he's harmless', hasn't changed anything and isn't going to, but wants it dealt with as a breach. Footage downloaded. SUSP circ'd PNC - breach RO.""",
    spans=[
        ("STALK_TURN_UP", "him at her front door 0140 tonight"),
        ("STALK_WATCH", "stood in the garden looking up at her bedroom window"),
        ("STALK_TURN_UP", "turned up Sat afternoon"),
        ("STALK_GIFTS", "left flowers on the step"),
        ("FIXATION", "'I know we can fix this'"),
    ],
)

case(
    38, "aggravated_stalking_fear_alarm_distress", "CSFR",
    voice="dash_note", case="mixed", noise="abbrev", batch="zh",
    pattern="ex_partner_constant_racist_messages_sits_outside_two_death_threats", relationship="ex_partner", occasions=10,
    text="""\
DASH narrative. IP Aisha BELLO (27), SUSP ex-partner Nathan GRIMES (30), 18 month rel, ended by IP 3 wks ago. Since then SUSP has messaged her constantly, ~60 msgs a day, a lot of them calling her an 'African t**t' and telling her to 'go back to your mud hut'. Neighbour has seen him sat in his car outside most evenings. 11/09 msg: 'if I can't have you nobody will, I'll make sure of that'. 16/09 he was waiting at the end of her street when she got home, said 'I told you, you're not walking away from me alive'. When we arrived IP had the phone in her hand with 999 already typed in. Q3 (what are you afraid of): 'him killing me'. Still going to work. High risk - MARAC, IDVA, Osman considered.""",
    spans=[
        ("STALK_CONTACT", "SUSP has messaged her constantly"),
        ("REPETITION", "~60 msgs a day"),
        ("RACIAL_HOSTILITY", "calling her an 'African t**t'"),
        ("RACIAL_HOSTILITY", "telling her to 'go back to your mud hut'"),
        ("STALK_LOITER", "sat in his car outside most evenings"),
        ("THREAT_VIOLENCE", "'if I can't have you nobody will, I'll make sure of that'"),
        ("STALK_LOITER", "waiting at the end of her street when she got home"),
        ("THREAT_VIOLENCE", "'I told you, you're not walking away from me alive'"),
        ("FEAR_OF_VIOLENCE", "the phone in her hand with 999 already typed in"),
        ("FEAR_OF_VIOLENCE", "'him killing me'"),
    ],
)

case(
    39, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="notebook", case="mixed", noise="typos", batch="zh",
    pattern="taxi_passenger_racist_throat_threat_then_gesture_driver_stops_nights", relationship="customer", occasions=2,
    text="""\
PNB 0320 taxi rank, Station Approach. IP Mr Abdul RASHID, hackney driver. States male passenger (beleived Scott LEONARD, known to other drivers) got in his cab 3 weeks ago, refused the fare, called him a 'P*** t******t' and said 'I'll slit your throat, I've done it before'. Tonight the same male came up to the rank, knocked on IP's window, laughed, drew a finger across his throat and said 'told you mate'. IP shaking. Says since the first time he has stopped doing nights at the station rank and only works days from the office now, lost about a third of his takings - tonight was covering for a mate. 'I know he will do it.' Two other drivers confirm. Male not located on area search.""",
    spans=[
        ("RACIAL_HOSTILITY", "called him a 'P*** t******t'"),
        ("THREAT_VIOLENCE", "'I'll slit your throat, I've done it before'"),
        ("THREAT_VIOLENCE", "drew a finger across his throat and said 'told you mate'"),
        ("SERIOUS_IMPACT", "stopped doing nights at the station rank and only works days from the office now"),
        ("FEAR_OF_VIOLENCE", "'I know he will do it.'"),
    ],
)

case(
    40, "aggravated_stalking", "CSR",
    voice="crime_summary", case="mixed", noise="clean", batch="zh",
    pattern="constituent_runs_facebook_page_about_councillor_racist_posts_photos_of_house", relationship="online", occasions=70,
    text="""\
IP is Cllr Priya Nair. Suspect (named by IP as Robert Hinde of Claypool) has since March run a Facebook page called 'The Truth About Nair' with more than forty posts about her, including photos of her car and house taken from the street, and comments on every post she makes on her own page. Posts call her a 'curry-muncher' and say 'this country was fine before her lot came'. He has also emailed her council address more than thirty times asking her to 'meet him and explain herself'. No threats. IP is robust about it: thick skin, it hasn't changed how she works or lives, surgeries carry on as normal. Reporting because the members' officer insisted. Preservation request to Meta.""",
    spans=[
        ("STALK_PUBLISH", "run a Facebook page called 'The Truth About Nair' with more than forty posts about her"),
        ("STALK_WATCH", "photos of her car and house taken from the street"),
        ("STALK_MONITOR", "comments on every post she makes on her own page"),
        ("RACIAL_HOSTILITY", "call her a 'curry-muncher'"),
        ("RACIAL_HOSTILITY", "'this country was fine before her lot came'"),
        ("STALK_CONTACT", "emailed her council address more than thirty times"),
        ("FIXATION", "asking her to 'meet him and explain herself'"),
    ],
)

case(
    41, "stalking_fear_alarm_distress", "CSD",
    voice="notebook", case="inconsistent", noise="typos", batch="zh",
    pattern="lone_neighbour_notes_watches_window_follows_to_shop_kids_kept_in", relationship="neighbour", occasions=9,
    text="""\
PNB 1710 ATTENDED 6 Hollin Close. IP ms Kayleigh ROTHWELL (31), 2 kids (7 and 4). Neighbour opposite, Mr Glen FAIRBROTHER (58), lives alone. Since she moved in in June he has left 5 or 6 notes thru her door - 'you looked tired today', 'your landing light was on late', 'I'm always here if you need a man about the house'. STANDS AT HIS FRONT WINDOW with curtains open watching her house, she sees him there most evenings. Twice followed her up to the Co-op and hung about by the cashpoint till she came out. NO threats. IP laughs it off a bit BUT has stopped letting the kids play out the front, got her mum to put a net curtain up, and does her shopping at the big Tesco in town now so she doesnt have to walk past his. spoke to SUSP - says he's 'just being neighbourly'.""",
    spans=[
        ("STALK_CONTACT", "left 5 or 6 notes thru her door"),
        ("STALK_MONITOR", "'your landing light was on late'"),
        ("FIXATION", "'I'm always here if you need a man about the house'"),
        ("STALK_WATCH", "STANDS AT HIS FRONT WINDOW with curtains open watching her house"),
        ("REPETITION", "most evenings"),
        ("STALK_FOLLOW", "Twice followed her up to the Co-op"),
        ("STALK_LOITER", "hung about by the cashpoint till she came out"),
        ("SERIOUS_IMPACT", "has stopped letting the kids play out the front"),
        ("SERIOUS_IMPACT", "does her shopping at the big Tesco in town now"),
    ],
)

case(
    42, "aggravated_harassment_fear_of_violence", "CFR",
    voice="updates", case="mixed", noise="abbrev", batch="zh",
    pattern="unpaid_builder_racist_abuse_hammer_threats_customer_afraid", relationship="business", occasions=3,
    text="""\
Update. IP Mrs Grace MENSAH. Builder 'Daz' (Darren COOPER) - dispute over £3,200 final payment for a kitchen IP says isn't finished. 15/01 phone call, COOPER: 'you people come over here and don't pay your way'. 20/01 turned up at her door with another male: 'pay up or I'll be back with a hammer and it won't be for the cupboards'. 22/01 voicemail calling her a 'f***ing African scrounger' and 'the hammer's in the van, see you soon'. IP says she keeps looking over her shoulder on the school run and thinks he'll turn up and hurt her. Trading standards advice re contract. Crime: racially agg S4 PHA.""",
    spans=[
        ("RACIAL_HOSTILITY", "'you people come over here and don't pay your way'"),
        ("THREAT_VIOLENCE", "'pay up or I'll be back with a hammer and it won't be for the cupboards'"),
        ("RACIAL_HOSTILITY", "calling her a 'f***ing African scrounger'"),
        ("THREAT_VIOLENCE", "'the hammer's in the van, see you soon'"),
        ("FEAR_OF_VIOLENCE", "she keeps looking over her shoulder on the school run"),
        ("FEAR_OF_VIOLENCE", "thinks he'll turn up and hurt her"),
    ],
)

case(
    43, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="notebook", case="lower", noise="heavy", batch="zh",
    pattern="man_at_early_bus_stop_racist_comments_follows_carer_to_work_she_changes_shifts", relationship="stranger", occasions=9,
    text="""\
pnb 0655 bus stn. ip mrs ritu sharma (44) care wkr. unk w/m 60s flat cap, been at the 0620 stop on denby rd 4 mornings out of 5 for 2 wks, stands rite next to her, comes out w/ stuff like 'smells like a curry house round here' + 'ur lot breed like rats'. thurs got on same bus, got off her stop, walked behind her to the care home gate. ip now gets husband to drive her in + has gone on lates so she dont need that bus. says shes not scared he'll do anythin, just cant face seein him. desc + cctv req bus co.""",
    spans=[
        ("STALK_LOITER", "been at the 0620 stop on denby rd"),
        ("REPETITION", "4 mornings out of 5 for 2 wks"),
        ("UNWANTED", "stands rite next to her"),
        ("RACIAL_HOSTILITY", "'smells like a curry house round here'"),
        ("RACIAL_HOSTILITY", "'ur lot breed like rats'"),
        ("STALK_FOLLOW", "got on same bus, got off her stop, walked behind her to the care home gate"),
        ("SERIOUS_IMPACT", "now gets husband to drive her in"),
        ("SERIOUS_IMPACT", "has gone on lates so she dont need that bus"),
    ],
)

case(
    44, "aggravated_stalking", "CSR",
    voice="updates", case="mixed", noise="redacted", batch="zh",
    pattern="neighbour_camera_into_garden_follows_to_temple_anti_hindu_mince_on_gate", relationship="neighbour", occasions=5,
    text="""\
Update [DATE]. IP [NAME 1] (volunteer at the [LOCATION] mandir) reports neighbour [NAME 2]. Since IP put diya lights in his front window for Diwali, [NAME 2] has fitted a second camera on his side wall angled into IP's back garden, followed IP's car to the mandir on [DATE] and [DATE] and sat in the car park until IP came out, and left a bag of beef mince hanging on IP's gate with a note 'for your cow gods'. On [DATE] he also shouted 'devil worshipper' at IP over the fence. IP says it is 'schoolboy stuff', he is not worried for his safety and is carrying on exactly as before, but he wants a record. No previous dispute between them. Officer to visit [NAME 2].""",
    spans=[
        ("STALK_MONITOR", "fitted a second camera on his side wall angled into IP's back garden"),
        ("STALK_FOLLOW", "followed IP's car to the mandir"),
        ("STALK_LOITER", "sat in the car park until IP came out"),
        ("RELIGIOUS_HOSTILITY", "left a bag of beef mince hanging on IP's gate with a note 'for your cow gods'"),
        ("RELIGIOUS_HOSTILITY", "shouted 'devil worshipper' at IP"),
    ],
)
