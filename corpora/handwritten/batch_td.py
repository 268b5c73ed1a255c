# ruff: noqa: E501
"""Hand-written narratives, writer td: young adults - students, apprentices, first jobs, house shares, dating apps, gaming and group chats."""

from corpora.handwritten import case

case(
    1, "stalking_fear_alarm_distress", "CSD",
    voice="statement", case="mixed", noise="clean", batch="td",
    pattern="ex_boyfriend_turns_up_at_halls_and_lab_victim_swaps_group_and_moves_home", relationship="ex_partner", occasions=6,
    text="""\
I am 20 years old and in my second year studying Zoology at Harcastle University. I was in a relationship with Callum REEVE for about eight months and I ended it on 2nd February because he was getting really controlling about who I was messaging. Since then he has not left me alone. He doesn't threaten me, it isn't like that, he is just always there. The first time was the week after we split, he was sat on the wall outside Ashby Halls when I came back from the library at about 11pm. He said he just wanted to check I was ok. Then he started turning up at my 9am lab on Tuesdays even though he isn't on my course, he'd just stand by the vending machines outside the lab. My flatmate Priya saw him there on at least three Tuesdays. On 19/2 he was outside the Students Union when I finished my shift at the bar and he walked behind me all the way to the halls. I've had to swap to the Thursday lab group which means I lose my Thursday bar shift, and I've been staying at my mum's in Wrexby most nights and getting the train in, which is an hour each way. I don't go to the SU anymore. I just want him to understand it's over.""",
    spans=[
        ("FIXATION", "he has not left me alone"),
        ("STALK_LOITER", "he was sat on the wall outside Ashby Halls"),
        ("STALK_TURN_UP", "he started turning up at my 9am lab on Tuesdays"),
        ("STALK_LOITER", "he'd just stand by the vending machines outside the lab"),
        ("REPETITION", "on at least three Tuesdays"),
        ("STALK_FOLLOW", "he walked behind me all the way to the halls"),
        ("SERIOUS_IMPACT", "I've had to swap to the Thursday lab group"),
        ("SERIOUS_IMPACT", "I've been staying at my mum's in Wrexby most nights"),
        ("SERIOUS_IMPACT", "I don't go to the SU anymore"),
    ],
)

case(
    2, "harassment", "C",
    voice="crime_summary", case="mixed", noise="abbrev", batch="td",
    pattern="ex_housemate_deposit_dispute_messages_and_photographs_car", relationship="acquaintance", occasions=6,
    text="""\
Crime summary - reported as harassment.
IP (22, apprentice electrician) moved out of shared house at 14 Linthorpe Grove in Aug. Dispute with ex-housemate SUSP Jordan MACKIE (23) over £450 deposit deduction - SUSP says IP owes his share of the cleaning fee and damage to kitchen worktop. Since 2/9 SUSP has sent IP approx 25 msgs on WhatsApp demanding money, some abusive ('ur a tight little rat, pay up'). On 3 occasions SUSP seen by IP's new housemates standing across road from IP's new address taking photos of IP's car, and on 18/9 he photographed IP leaving for work & sent the pic to IP with caption 'know where u live now, £150 or small claims'. IP states it is all about the money, SUSP has never shown any other interest in him. IP not in fear, 'just fed up of it'. OIC to consider words of advice / PIN to SUSP.""",
    spans=[
        ("REPETITION", "Since 2/9"),
        ("STALK_CONTACT", "sent IP approx 25 msgs on WhatsApp demanding money, some abusive"),
        ("REPETITION", "On 3 occasions"),
        ("STALK_WATCH", "standing across road from IP's new address taking photos of IP's car"),
        ("STALK_WATCH", "he photographed IP leaving for work"),
        ("STALK_CONTACT", "sent the pic to IP with caption"),
    ],
)

case(
    3, "aggravated_harassment_fear_of_violence", "CFR",
    voice="statement", case="mixed", noise="typos", batch="td",
    pattern="site_labourer_racially_abuses_apprentice_bricklayer_two_threats", relationship="colleague", occasions=3,
    text="""\
Im an apprentice bricky with Dunmore Construction, I've been on the Kestrel Park site since March. Theres a labourer on site called Gaz (Gareth HOLT) who has had it in for me since I started. He calls me 'the Paki' and 'curry boy' in front of everyone, my family are from Bangladesh and he knows that, he says it anyway. On the 4th of June he come up behind me at the cement mixer and said 'one day ill bury you under that slab you brown c***'. I laughed it off but I wasnt laughing inside. Then last Fri (14th) in the portacabin he had a Stanley knife out and said 'I wasnt joking about that slab'. He said go back where you came from. I honestly think he will do something to me, I keep looking over my shoulder on site and I dont like being on my own at the end of the day when Im locking the compound. My supervisor Mr Pryce said its banter but its not banter.""",
    spans=[
        ("REPETITION", "since I started"),
        ("RACIAL_HOSTILITY", "He calls me 'the Paki' and 'curry boy' in front of everyone"),
        ("THREAT_VIOLENCE", "one day ill bury you under that slab"),
        ("RACIAL_HOSTILITY", "you brown c***"),
        ("THREAT_VIOLENCE", "he had a Stanley knife out and said 'I wasnt joking about that slab'"),
        ("RACIAL_HOSTILITY", "He said go back where you came from"),
        ("FEAR_OF_VIOLENCE", "I honestly think he will do something to me"),
        ("FEAR_OF_VIOLENCE", "I keep looking over my shoulder on site"),
    ],
)

case(
    4, "no_offence", "R",
    voice="call_log", case="upper", noise="abbrev", batch="td",
    pattern="single_racist_shout_by_drunk_stranger_outside_takeaway", relationship="stranger", occasions=1,
    text="""\
CALLER (19, STUDENT) STATES WAS WAITING FOR FOOD OUTSIDE ABBAS GRILL ON BRENT ST APPROX 0140. UNK MALE 40S STAGGERING DRUNK WALKED PAST AND SHOUTED 'GO HOME YOU BLACK B*****D' THEN CARRIED ON TOWARDS TAXI RANK. NO PREV CONTACT, CALLER HAS NEVER SEEN MALE BEFORE. NO INJ. CALLER WANTS IT LOGGED. CCTV FROM SHOP TO BE REQ.""",
    spans=[
        ("RACIAL_HOSTILITY", "SHOUTED 'GO HOME YOU BLACK B*****D'"),
    ],
)

case(
    5, "aggravated_stalking", "CSR",
    voice="updates", case="mixed", noise="abbrev", batch="td",
    pattern="twitch_viewer_fixated_on_small_streamer_racist_chat_parcel_and_doxxing_post", relationship="online", occasions=5,
    text="""\
UPDATE 1 - 12/11 1630 PC 4471 WARD
IP Ellie-Mae OKAFOR (21) streams on Twitch as 'lilmaeplays', approx 300 followers. Reports a viewer using name 'nightcrawler_88' (later several other names) who has been in every single one of her streams since mid Sept. He posts in chat constantly about her, asks what she is wearing, what she had for tea, who she lives with. When IP ignored him he started posting monkey emojis and calling her 'jungle girl' and worse, plus comments about her 'needing to be sent back to Africa'. IP bans him, new account appears within the hour. Screenshots provided (41 pages).

UPDATE 2 - 14/11 0910 PC 4471
IP reports she received a parcel at her uni accom containing a printed photo of her from her stream and a bracelet. No note. IP has never given out her address, believes he worked it out from a stream where the view from her window was visible. Parcel seized, exhibit EMO/3.

UPDATE 3 - 19/11 PC 4471
Enquiries with Twitch ongoing. Account also made a Reddit post on r/smallstreamers titled 'lilmaeplays is a fake, heres her real name' with her full name and the name of her university. IP states she is angry more than anything, she is still streaming, still going to lectures, 'I'm not letting him win'. Not in fear of violence. No changes to routine. Suspect ID tbc.

UPDATE 4 - 20/11 DS HALE
Reviewed. Pattern of fixation + racially abusive content. Crime to remain as racially aggravated stalking. Prioritise the Twitch data request.""",
    spans=[
        ("STALK_MONITOR", "has been in every single one of her streams"),
        ("REPETITION", "since mid Sept"),
        ("FIXATION", "He posts in chat constantly about her, asks what she is wearing, what she had for tea"),
        ("RACIAL_HOSTILITY", "started posting monkey emojis and calling her 'jungle girl'"),
        ("RACIAL_HOSTILITY", "comments about her 'needing to be sent back to Africa'"),
        ("FIXATION", "new account appears within the hour"),
        ("STALK_GIFTS", "a parcel at her uni accom containing a printed photo of her from her stream and a bracelet"),
        ("STALK_PUBLISH", "made a Reddit post on r/smallstreamers titled 'lilmaeplays is a fake, heres her real name'"),
    ],
)

case(
    6, "harassment_fear_of_violence", "CF",
    voice="notebook", case="lower", noise="abbrev", batch="td",
    pattern="older_neighbour_threatens_student_twice_over_party_noise", relationship="neighbour", occasions=2,
    text="""\
1915 hrs. attended 22 carlow rd re neighbour dispute. spoke w/ IP tom brennan 20 (student, shares w/ 4 others). states neighbour at no 24 (male 50s, known as keith) has complained about noise since freshers. 28/9 keith banged on door 2330 and said 'turn it off or i'll smash your face in son'. 3/10 in street, keith pointed at IP and said 'last warning, next time you're getting hurt'. IP states he's genuinely scared of keith, thinks he'll actually do it, says keith is a big bloke and was shaking with anger. housemates w1 and w2 confirm 28/9. IP accepts they were loud on 28/9 and have had a letter from the uni about it. no other contact alleged. keith not in, card left.""",
    spans=[
        ("THREAT_VIOLENCE", "turn it off or i'll smash your face in son"),
        ("THREAT_VIOLENCE", "last warning, next time you're getting hurt"),
        ("FEAR_OF_VIOLENCE", "IP states he's genuinely scared of keith"),
        ("FEAR_OF_VIOLENCE", "thinks he'll actually do it"),
    ],
)

case(
    7, "stalking", "CS",
    voice="call_log", case="mixed", noise="abbrev", batch="td",
    pattern="ex_boyfriend_pleading_messages_new_accounts_no_threats", relationship="ex_partner", occasions=5,
    text="""\
Caller Aimee (18) reports ex-bf Connor DAWES (19) will not stop messaging since she ended it 3 wks ago. Approx 60-70 texts + Snapchats, all along lines of 'pls just talk to me', 'I cant eat or sleep without u', 'one chance thats all I'm asking'. Also rang her mum twice asking her to pass msgs on. No threats, no abuse. Caller says she isn't scared of him, just wants it to stop. Has blocked him on insta, he made a new acc next day. Advised re keeping evidence, OIC to call back.""",
    spans=[
        ("STALK_CONTACT", "will not stop messaging"),
        ("REPETITION", "Approx 60-70 texts + Snapchats"),
        ("FIXATION", "'pls just talk to me', 'I cant eat or sleep without u', 'one chance thats all I'm asking'"),
        ("STALK_CONTACT", "rang her mum twice asking her to pass msgs on"),
        ("FIXATION", "he made a new acc next day"),
    ],
)

case(
    8, "aggravated_stalking_fear_alarm_distress", "CSFR",
    voice="third_party", case="mixed", noise="clean", batch="td",
    pattern="stranger_waits_outside_campus_prayer_room_follows_and_threatens_muslim_student", relationship="stranger", occasions=3,
    text="""\
Campus Security incident report - Ref CS/2291
Reporting officer: Dean Marsh, Security Supervisor, Northgate Campus

At 1310 on Weds 6 March, student Hafsa ALI (19, first year Pharmacy) came to the security lodge in tears. She stated that a male she does not know, white, early 20s, grey North Face jacket, has been waiting near the multi-faith prayer room in the Hollis Building on Fridays. She first noticed him on 16 Feb when he filmed her on his phone as she came out and said 'enjoy it while you can, terrorist'. On 23 Feb he was there again and followed her across the piazza to the bus stop shouting about 'your f***ing religion' and pulled at her hijab. On 1 March he was there a third time and told her 'next Friday I'm bringing something for you and your mates, watch'. Ms Ali told me she is frightened he will attack her, and she is scared for this Friday. I reviewed CCTV for 1 March and the male can be seen standing by the Hollis entrance for around 40 mins before prayers ended. Police informed (CAD 0412, 06/03) and a patrol put on for Friday prayers. Still images circulated to staff.""",
    spans=[
        ("DISTRESS", "came to the security lodge in tears"),
        ("STALK_LOITER", "has been waiting near the multi-faith prayer room in the Hollis Building on Fridays"),
        ("STALK_WATCH", "he filmed her on his phone as she came out"),
        ("THREAT_VIOLENCE", "enjoy it while you can"),
        ("RELIGIOUS_HOSTILITY", "terrorist"),
        ("STALK_FOLLOW", "followed her across the piazza to the bus stop"),
        ("RELIGIOUS_HOSTILITY", "shouting about 'your f***ing religion' and pulled at her hijab"),
        ("REPETITION", "a third time"),
        ("THREAT_VIOLENCE", "next Friday I'm bringing something for you and your mates, watch"),
        ("FEAR_OF_VIOLENCE", "she is frightened he will attack her"),
        ("FEAR_OF_VIOLENCE", "she is scared for this Friday"),
        ("STALK_LOITER", "standing by the Hollis entrance for around 40 mins"),
    ],
)

case(
    9, "aggravated_harassment", "CR",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="td",
    pattern="college_group_chat_targets_polish_student_with_nationality_abuse", relationship="acquaintance", occasions=4,
    text="""\
Supervisor review - Sgt 2210 COLE
Crime initially recorded as malicious comms, reclassified. IP Kacper NOWAK (18), Level 3 Motor Vehicle at Ravensby College. Class group chat 'MV3 lads' (14 members). Between 10/1 and 2/2 three members (SUSP1 Lewis FAIRLEY, SUSP2 Kyle BRIGGS, SUSP3 unk) repeatedly posted content directed at IP: pics of IP edited with a Polish flag and the caption 'stealing our jobs', voice notes calling him 'Polish scum' and a 'dirty immigrant', and on 28/1 a poll 'should Kacper go back to Poland y/n'. IP tagged in most. IP left chat 3/2, SUSP1 re-added him twice. IP states it's made him feel like an outsider and he dreads going in, but he's still attending. No threats. Screenshots obtained from IP and from W1 (another student, left chat in disgust). College safeguarding aware (ref RC-0093).
Review: course of conduct over approx 3 wks, hostility based on nationality throughout. No fixation/stalking behaviours - abuse in a group forum. Record as racially aggravated s.2 harassment. Actions: OIC to obtain accounts, interview SUSP1 and 2 under caution, liaise college.""",
    spans=[
        ("REPETITION", "Between 10/1 and 2/2"),
        ("STALK_CONTACT", "repeatedly posted content directed at IP"),
        ("RACIAL_HOSTILITY", "pics of IP edited with a Polish flag and the caption 'stealing our jobs'"),
        ("RACIAL_HOSTILITY", "voice notes calling him 'Polish scum' and a 'dirty immigrant'"),
        ("RACIAL_HOSTILITY", "a poll 'should Kacper go back to Poland y/n'"),
        ("UNWANTED", "SUSP1 re-added him twice"),
        ("DISTRESS", "he dreads going in"),
    ],
)

case(
    10, "harassment", "C",
    voice="result_note", case="mixed", noise="clean", batch="td",
    pattern="angry_customer_three_voicemails_in_minutes_to_cafe_worker_then_returns", relationship="customer", occasions=4,
    text="""\
Result: Harassment (s.2 PHA) - CHARGED.
Summary for file: IP (20) works the counter at Bap & Bean cafe, Leyton Market. On 9/4 SUSP Darren FLOWERS (38) disputed a refund for a cold panini and was asked to leave. Same evening between 2141 and 2154 he left three voicemails on the cafe's mobile. VM1 calls her a 'thick little cow' and says he'll get her sacked. VM2 (2146) is a rant about her 'attitude' and that she should 'get a proper job'. VM3 (2153) says he'll be leaving a review naming her and that she is 'useless'. On 11/4 he came back into the cafe and loudly repeated that IP was useless in front of a queue of customers. IP upset, cried after her shift. No threats of violence and she is not frightened of him. CPS content that the three voicemails are separate occasions. Bailed, condition not to enter Leyton Market.""",
    spans=[
        ("REPETITION", "between 2141 and 2154"),
        ("STALK_CONTACT", "he left three voicemails on the cafe's mobile"),
        ("STALK_CONTACT", "calls her a 'thick little cow'"),
        ("STALK_CONTACT", "a rant about her 'attitude'"),
        ("STALK_CONTACT", "says he'll be leaving a review naming her"),
        ("STALK_CONTACT", "loudly repeated that IP was useless in front of a queue of customers"),
        ("DISTRESS", "IP upset, cried after her shift"),
    ],
)

case(
    11, "stalking_fear_alarm_distress", "CSFD",
    voice="mo_field", case="upper", noise="abbrev", batch="td",
    pattern="stranger_waits_at_bus_stop_follows_apprentice_onto_bus_threatens_twice", relationship="stranger", occasions=3,
    text="""\
SUSP (M, 30S) APPROACHED VIC (F 18, APPRENTICE HAIRDRESSER) AT BUS STOP OUTSIDE SALON ON 3 OCCS OVER 2 WKS, WAITED FOR HER TO FINISH WORK, FOLLOWED HER ONTO 47 BUS, SAT BEHIND HER. ASKED FOR HER NUMBER, REFUSED. 2ND OCC SAID 'YOU'LL GIVE ME IT OR I'LL CUT THAT PRETTY FACE'. 3RD OCC WHISPERED 'I KNOW WHICH STOP YOU GET OFF, I'LL BE WAITING, YOU'LL GET HURT'. VIC IN FEAR, NOW GETS LIFT FROM MUM EVERY NIGHT INSTEAD OF BUS.""",
    spans=[
        ("REPETITION", "ON 3 OCCS OVER 2 WKS"),
        ("STALK_LOITER", "WAITED FOR HER TO FINISH WORK"),
        ("STALK_FOLLOW", "FOLLOWED HER ONTO 47 BUS, SAT BEHIND HER"),
        ("UNWANTED", "ASKED FOR HER NUMBER, REFUSED"),
        ("THREAT_VIOLENCE", "YOU'LL GIVE ME IT OR I'LL CUT THAT PRETTY FACE"),
        ("STALK_WATCH", "I KNOW WHICH STOP YOU GET OFF"),
        ("THREAT_VIOLENCE", "I'LL BE WAITING, YOU'LL GET HURT"),
        ("FEAR_OF_VIOLENCE", "VIC IN FEAR"),
        ("SERIOUS_IMPACT", "NOW GETS LIFT FROM MUM EVERY NIGHT INSTEAD OF BUS"),
    ],
)

case(
    12, "aggravated_harassment_fear_of_violence", "CFR",
    voice="notebook", case="lower", noise="typos", batch="td",
    pattern="student_block_neighbour_two_racist_threats_in_stairwell_and_at_door", relationship="neighbour", occasions=2,
    text="""\
0855 12/05 - rv w/ IP at flat 3, canal wharf student block. IP yusuf (21) states male in flat 5 (liam? surname unk) has twice threatned him. 1st - 8/5 about 2300 in stairwell, male said 'you lot stink the place out, ill break your jaw you arab c**t'. 2nd - last nite 11/5 male kicked IP's door and shouted 'sand n***er get out or your dead'. IP visibly shaking. says he beleives male will carry it out and he is frightened of him. door has fresh scuff marks at base. block mgr to provide cctv of corridor. crime created, flat 5 occupant to be identified via tenancy list.""",
    spans=[
        ("REPETITION", "twice"),
        ("THREAT_VIOLENCE", "ill break your jaw"),
        ("RACIAL_HOSTILITY", "you arab c**t"),
        ("RACIAL_HOSTILITY", "sand n***er"),
        ("THREAT_VIOLENCE", "get out or your dead"),
        ("DISTRESS", "IP visibly shaking"),
        ("FEAR_OF_VIOLENCE", "he beleives male will carry it out and he is frightened of him"),
    ],
)

case(
    13, "aggravated_stalking", "CSR",
    voice="victim_diary", case="inconsistent", noise="typos", batch="td",
    pattern="ex_boyfriend_waits_near_home_and_work_racist_messages_one_threat_victim_not_scared", relationship="ex_partner", occasions=5,
    text="""\
Keeping this log cos the PC said to.
SAT 2 AUG - Ryan at the bottom of my road again when i got back from town with the girls. Just stood there. Said 'your lot always go running back to your own' (about me and Dev). told him to go home.
Mon 4 Aug - 23 msgs. mix of 'I miss you' and calling me a 'P*ki sl*g'. Blocked.
wed 6 aug - he's liked every single one of my old insta posts from a new account, going back to 2022. WEIRD.
Fri 8 Aug - at my work (the chemist on Bold St) at 5, waiting by the trolleys. Said if he sees me with Dev again he'll 'sort me out'. honestly Im not scared of him, hes all mouth, ive known him since year 9. im just sick of it.
SUN 10 AUG - note through letterbox. 'You were mine first.'
Nothings changed, im still going out, still going to work, but i want it on record.""",
    spans=[
        ("STALK_LOITER", "Ryan at the bottom of my road again"),
        ("RACIAL_HOSTILITY", "your lot always go running back to your own"),
        ("STALK_CONTACT", "23 msgs"),
        ("FIXATION", "I miss you"),
        ("RACIAL_HOSTILITY", "calling me a 'P*ki sl*g'"),
        ("STALK_MONITOR", "he's liked every single one of my old insta posts from a new account"),
        ("STALK_TURN_UP", "at my work (the chemist on Bold St) at 5, waiting by the trolleys"),
        ("THREAT_VIOLENCE", "he'll 'sort me out'"),
        ("STALK_CONTACT", "note through letterbox"),
        ("FIXATION", "You were mine first."),
    ],
)

case(
    14, "no_offence", "",
    voice="crime_summary", case="mixed", noise="typos", batch="td",
    pattern="housemates_mutual_row_over_cleaning_rota_one_evening", relationship="acquaintance", occasions=1,
    text="""\
Reported as harassment by both parties. Two housemates at 7 Elmfield Terrace (student let), Bethany (20) and Rhiannon (21), fell out over the cleaning rota and a missing bottle of vodka on 15/3. Row went on all evening over the house group chat and in the kitchen. Screenshots show both sending insults and swearing, Bethany threw a tea towel, Rhiannon slammed a door on her. Each says the other started it. Nothing since 15/3, they are not speaking and Rhiannon is moving out end of month anyway (tennancy ends). No threats by either. Mutual argument on a single evening, no crime. Words of advice to both.""",
    spans=[],
)

case(
    15, "harassment", "C",
    voice="third_party", case="mixed", noise="clean", batch="td",
    pattern="warehouse_colleague_mocks_disabled_apprentice_for_weeks", relationship="colleague", occasions=4,
    text="""\
Email to police from Anna Fenwick, Apprenticeship Coordinator, Tyneside Skills Partnership, 21 October:
I'm writing on behalf of one of our apprentices, Jack (19), who is placed at a warehouse in Team Valley. Jack has cerebral palsy which affects his walking and his speech. Over the last six weeks a colleague there, a man in his twenties called Rob, has made Jack's life miserable. He imitates Jack's walk when Jack goes to the canteen, calls him 'spacker' and 'the mong' in front of other staff, and has sent Jack several Snapchats of himself doing a 'Jack voice'. On Friday just gone he put Jack's lanyard in a bin and told him to 'crawl in and get it'. Jack told me he's embarrassed and low and he sometimes cries in the toilets, but he wants to keep his apprenticeship and has not missed a single day. The employer is dealing with it as a disciplinary, but Jack's mum asked me to report it to you as well as she thinks it is a hate crime. Jack is happy to talk to an officer. Please call me on the office number.""",
    spans=[
        ("REPETITION", "Over the last six weeks"),
        ("UNWANTED", "He imitates Jack's walk when Jack goes to the canteen"),
        ("STALK_CONTACT", "calls him 'spacker' and 'the mong' in front of other staff"),
        ("STALK_CONTACT", "has sent Jack several Snapchats of himself doing a 'Jack voice'"),
        ("UNWANTED", "he put Jack's lanyard in a bin and told him to 'crawl in and get it'"),
        ("DISTRESS", "he's embarrassed and low and he sometimes cries in the toilets"),
    ],
)

case(
    16, "stalking", "CS",
    voice="dash_note", case="lower", noise="abbrev", batch="td",
    pattern="banned_discord_user_fixates_on_moderator_alt_accounts_fan_page_pizza_orders", relationship="online", occasions=6,
    text="""\
dash nt - not DA, online only. ip 22 m, mod on a discord server for a football manager game. susp (username 'vexx', believed m, 20s, poss leeds) was banned by ip in jan for spamming. since then: created 9 alt accounts to rejoin server, DMs ip daily 'why did u do it', 'we were mates', found ip's steam, twitch, twitter, insta + commented on all, set up a fan page 'TheRealDanny_fans' (ip's name) posting screenshots of ip's old tweets. 2 x takeaway pizzas sent to ip's address COD which ip didn't order. ip not scared, 'he's just weird', no change to routine. no threats. advised report to platforms, block. crime rec'd stalking.""",
    spans=[
        ("REPETITION", "since then"),
        ("FIXATION", "created 9 alt accounts to rejoin server"),
        ("STALK_CONTACT", "DMs ip daily"),
        ("FIXATION", "why did u do it"),
        ("STALK_MONITOR", "found ip's steam, twitch, twitter, insta + commented on all"),
        ("STALK_PUBLISH", "set up a fan page 'TheRealDanny_fans' (ip's name) posting screenshots of ip's old tweets"),
        ("STALK_ORDERS", "2 x takeaway pizzas sent to ip's address COD which ip didn't order"),
    ],
)

case(
    17, "harassment_fear_of_violence", "CF",
    voice="call_log", case="inconsistent", noise="heavy", batch="td",
    pattern="former_friend_two_knife_threats_over_festival_ticket_money", relationship="acquaintance", occasions=2,
    text="""\
1322 caller JOSH 21 states ex-mate tyler wants £200 off him, festival tix got cancelled n refund went into callers acc. TYLER sent vn sat nite 'pay up or ur gettin stabbed', then came 2 his work (pizza place, kirk st) tues & said to his face 'i meant it about the blade'. caller V SCARED, thinks T carrys a knife, asking 4 advice. no injs. T = tyler GRANT dob unk, adr unk. log to sector""",
    spans=[
        ("THREAT_VIOLENCE", "pay up or ur gettin stabbed"),
        ("STALK_TURN_UP", "came 2 his work (pizza place, kirk st) tues"),
        ("THREAT_VIOLENCE", "i meant it about the blade"),
        ("FEAR_OF_VIOLENCE", "caller V SCARED, thinks T carrys a knife"),
    ],
)

case(
    18, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="crime_summary", case="mixed", noise="redacted", batch="td",
    pattern="unknown_male_racist_notes_photos_through_window_bike_damage_student_moves_room", relationship="stranger", occasions=8,
    text="""\
Crime summary: [NAME 1] (20, Nursing student, originally from Ghana) lives in private student accommodation at [ADDRESS 1]. From early October an unknown male has been leaving notes at her door. The first note read 'go back to the jungle' with a drawing of a monkey. Over the following three weeks 5 more notes arrived, each with racial slurs, one of them with a photo of [NAME 1] taken through her ground floor window at night. On 29/10 her bike, locked in the residents' store, had its tyres slashed and 'N****R' scratched into the frame. CCTV shows a hooded male loitering by her window on 3 evenings. [NAME 1] has moved to a room on the 4th floor of a different block (accommodation provider agreed a transfer), she now only leaves with a friend after dark and has stopped going to her Thursday evening placement debrief at the hospital. There have been no threats of violence in any of the notes. Forensic submission of notes [REF] pending.""",
    spans=[
        ("STALK_CONTACT", "leaving notes at her door"),
        ("RACIAL_HOSTILITY", "'go back to the jungle' with a drawing of a monkey"),
        ("REPETITION", "Over the following three weeks 5 more notes arrived"),
        ("RACIAL_HOSTILITY", "each with racial slurs"),
        ("STALK_WATCH", "a photo of [NAME 1] taken through her ground floor window at night"),
        ("STALK_PROPERTY", "had its tyres slashed"),
        ("RACIAL_HOSTILITY", "'N****R' scratched into the frame"),
        ("STALK_LOITER", "a hooded male loitering by her window on 3 evenings"),
        ("SERIOUS_IMPACT", "has moved to a room on the 4th floor of a different block"),
        ("SERIOUS_IMPACT", "she now only leaves with a friend after dark"),
        ("SERIOUS_IMPACT", "has stopped going to her Thursday evening placement debrief"),
    ],
)

case(
    19, "stalking_fear_alarm_distress", "CSD",
    voice="updates", case="mixed", noise="abbrev", batch="td",
    pattern="ex_partner_breaches_restraining_order_by_turning_up_at_college_and_job", relationship="ex_partner", occasions=2,
    text="""\
04/02 1020 - PC 2290: IP Lauren (22) reports breach of restraining order (Harbridge MC 12/12, not to attend Lyndale College). SUSP Marcus TEMPLE (24, ex-partner) seen by IP in college car park 02/02 at 0845, sat in his Corsa facing the entrance to the Hair & Beauty block for approx 20 mins.
05/02 1545 - PC 2290: further report. SUSP stood at the bus stop opposite IP's part time job (Co-op, Mill Lane) from 1500. Waved at her through the window. W1 (manager) saw him.
07/02 0900 - PC 2290: IP reports she has now changed her shift pattern and got her manager to take her off closing shifts, and is getting a taxi to college which she can't really afford. States he hasn't threatened her but 'he knows exactly what he's doing'.
07/02 1400 - SUSP circulated on PNC wanted for breach. Crime: stalking + breach RO.""",
    spans=[
        ("STALK_TURN_UP", "seen by IP in college car park 02/02 at 0845"),
        ("STALK_WATCH", "sat in his Corsa facing the entrance to the Hair & Beauty block"),
        ("STALK_LOITER", "stood at the bus stop opposite IP's part time job"),
        ("STALK_CONTACT", "Waved at her through the window"),
        ("SERIOUS_IMPACT", "changed her shift pattern and got her manager to take her off closing shifts"),
        ("SERIOUS_IMPACT", "is getting a taxi to college which she can't really afford"),
    ],
)

case(
    20, "aggravated_harassment", "CR",
    voice="call_log", case="upper", noise="heavy", batch="td",
    pattern="customer_religious_abuse_at_chicken_shop_worker_three_saturdays", relationship="customer", occasions=3,
    text="""\
CLLR IS SHIFT MGR AT CHICKEN SHOP 'PECKERS' 112 HIGH ST, CALLIN ON BEHALF OF STAFF MEMBER MOHAMMED (18). SAME MALE CUST CAME IN TONITE 2210 N ORDERED THEN CALLED MOHAMMED 'TALIBAN' N 'BOMBER' N SAID HE DONT WANT HIS FOOD TOUCHED BY 'A DIRTY M*SLIM'. SAME MALE DID SAME LAST SAT N THE SAT BEFORE. NO THREATS. MALE LEFT ON FOOT TWDS STATION, WHITE, 40S, HI VIS JKT. MOHAMMED V UPSET BUT OK. CCTV AVAIL.""",
    spans=[
        ("RELIGIOUS_HOSTILITY", "CALLED MOHAMMED 'TALIBAN' N 'BOMBER'"),
        ("RELIGIOUS_HOSTILITY", "'A DIRTY M*SLIM'"),
        ("REPETITION", "SAME MALE DID SAME LAST SAT N THE SAT BEFORE"),
        ("DISTRESS", "MOHAMMED V UPSET"),
    ],
)

case(
    21, "harassment", "C",
    voice="statement", case="lower", noise="typos", batch="td",
    pattern="youth_messages_sister_repeated_threats_against_her_brother_she_not_afraid_for_self", relationship="acquaintance", occasions=6,
    text="""\
statement of chloe (19)
me and my brother kai both go to fernside college. kai had a fight with a lad called reece at a house party in sept and since then reece has been messaging me not kai, because kai blocked him. he messages me on insta and snap like every couple days, stuff like 'tell ur brother hes getting done', 'ur brothers a dead man walking when i see him', 'tell kai we know where he plays 5 a side'. he sent me about 15 of these over 3 weeks. he also called me a snake once for 'defending' kai. hes never said anything about hurting me and im not scared for me, hes not bothered about me its all about kai. but i am really worried for kai. i dont want to be the middle man anymore.""",
    spans=[
        ("STALK_CONTACT", "he messages me on insta and snap like every couple days"),
        ("STALK_CONTACT", "he sent me about 15 of these"),
        ("REPETITION", "over 3 weeks"),
        ("STALK_CONTACT", "called me a snake once"),
        ("DISTRESS", "i am really worried for kai"),
    ],
)

case(
    22, "no_offence", "",
    voice="result_note", case="mixed", noise="clean", batch="td",
    pattern="letting_agent_arrears_letters_and_notified_visit_lawful_debt_recovery", relationship="landlord", occasions=8,
    text="""\
Result: No crime - NFA.
IP (21, final year student) reported she was being harassed by her letting agency, Homeview Lettings, over rent arrears of £1,140 from her house share on Dene Street. She has had five letters and a number of emails since June, two phone calls, and a visit on 12 September by an agency employee who knocked and left a card when she didn't answer. All correspondence reviewed with IP: formal, polite, sets out the sum owed and options, warns of county court. The visit was a pre-arranged inspection notified 48 hrs beforehand by email. Nothing abusive, nothing outside business hours. This is a legitimate attempt to recover a debt. IP advised to contact the university's Student Money Advice team and Shelter.""",
    spans=[],
)

case(
    23, "aggravated_harassment_fear_of_violence", "CFR",
    voice="vps", case="mixed", noise="clean", batch="td",
    pattern="rival_online_gamer_racist_messages_two_threats_naming_victims_city", relationship="online", occasions=4,
    text="""\
Victim Personal Statement - Aran DESAI, 19
I play a lot of online football games and I'm in a pro clubs team. In February a player from another club, who goes by 'Kingy_Reds', lost to us in a cup game and since then he has sent me messages over PSN and on Discord. He calls me a 'curry muncher' and 'p**i' and tells me to 'go back to the corner shop'. On 3rd March he sent me a message that said he knows I'm from Leicester because it's in my bio and he's going to 'come down and stab up the p**i'. Then a week later he sent a voice message saying 'you're getting it, I've got people in Leicester'. I'm honestly frightened. I know it's online but he knows what city I'm in and I think he or his mates could actually find me and hurt me. I don't know what he looks like, which makes it worse. I want the court to know how this has affected me. My mum says I've gone quiet and I have.""",
    spans=[
        ("STALK_CONTACT", "since then he has sent me messages over PSN and on Discord"),
        ("RACIAL_HOSTILITY", "He calls me a 'curry muncher' and 'p**i'"),
        ("RACIAL_HOSTILITY", "go back to the corner shop"),
        ("THREAT_VIOLENCE", "he's going to 'come down and stab up the p**i'"),
        ("REPETITION", "a week later"),
        ("THREAT_VIOLENCE", "you're getting it, I've got people in Leicester"),
        ("FEAR_OF_VIOLENCE", "I'm honestly frightened"),
        ("FEAR_OF_VIOLENCE", "I think he or his mates could actually find me and hurt me"),
        ("DISTRESS", "I've gone quiet"),
    ],
)

case(
    24, "stalking_fear_alarm_distress", "CSFD",
    voice="statement", case="mixed", noise="typos", batch="td",
    pattern="dating_app_match_rejected_after_one_date_turns_up_at_cafe_job_threatens_victim_quits", relationship="online", occasions=8,
    text="""\
I met Nathan on Hinge in about April. We went on one date to a bar in the Northern Quarter on the 20th April and I didnt feel it, I messaged him the next day and said thanks but I dont think we're a match, I was nice about it. He replied saying he thought we had a real connection and could we try one more time. I said no. After that he messaged me every day for about two weeks, long paragraphs about how I hadnt given him a chance. I blocked him on Hinge and WhatsApp. He then found my Instagram and messaged from there, then from a second account when I blocked that.
I'd mentioned on the date where I work (the coffee place in the Arndale) and on 9th May he came in and sat at a table for 3 hours watching me. He came in again on 11th and 16th. On the 16th when I was on my break he followed me to the toilets and said 'you think you can just bin people off, you'll regret it, I'll hurt you, I'll make sure you do'. On 23rd May I got a text from a number I didnt know that said 'Im going to f*ck you up when you finish tonight'. I know it was him because it said 'coffee girl' which is what he kept calling me on the date.
I am genuinly terrified of him. I have had to leave my job, my manager was great about it but I couldnt go back there knowing he knows where it is. I changed my phone number, my dad picks me up from uni now and I dont go into town on my own anymore. I have deleted Hinge.""",
    spans=[
        ("FIXATION", "he thought we had a real connection and could we try one more time"),
        ("STALK_CONTACT", "he messaged me every day for about two weeks"),
        ("FIXATION", "He then found my Instagram and messaged from there, then from a second account"),
        ("STALK_TURN_UP", "on 9th May he came in"),
        ("STALK_WATCH", "sat at a table for 3 hours watching me"),
        ("REPETITION", "He came in again on 11th and 16th"),
        ("STALK_FOLLOW", "he followed me to the toilets"),
        ("THREAT_VIOLENCE", "you'll regret it, I'll hurt you, I'll make sure you do"),
        ("THREAT_VIOLENCE", "Im going to f*ck you up when you finish tonight"),
        ("FEAR_OF_VIOLENCE", "I am genuinly terrified of him"),
        ("SERIOUS_IMPACT", "I have had to leave my job"),
        ("SERIOUS_IMPACT", "I changed my phone number"),
        ("SERIOUS_IMPACT", "I dont go into town on my own anymore"),
    ],
)

case(
    25, "aggravated_stalking", "CSR",
    voice="third_party", case="mixed", noise="clean", batch="td",
    pattern="ex_flatmate_and_his_housemates_follow_film_and_post_about_sikh_student", relationship="acquaintance", occasions=5,
    text="""\
Note from PC Sian Roberts, Student Liaison Officer, Wexford Road University beat.
Met with Harjit S. (20, Civil Engineering) at the Students' Union advice centre at his request. Harjit describes an ex-friend from his course, Aidan KENT, who became obsessed with him after Harjit stopped sharing a flat with him in the summer. Aidan keeps turning up at Harjit's lectures when he isn't on the module and sits behind him. Since October Aidan's housemates (two males, names given) have been turning up at Harjit's gym sessions and filming him, and one of them told Harjit 'Aidan says hi, he sees everything you do'. Harjit has found Instagram stories posted by Aidan's friends of him walking around campus, with captions like 'towel head spotted' and 'Aidan's favourite Sikh lol'. Aidan himself messaged Harjit on 2 Nov 'you'll never get rid of me, turban boy'. Harjit says he is not frightened of Aidan, he finds it 'bizarre and embarrassing', and he is carrying on with his normal timetable. He would like the university disciplinary route as well as police speaking to Aidan. Crime recorded; I will liaise with Student Conduct.""",
    spans=[
        ("FIXATION", "became obsessed with him"),
        ("STALK_TURN_UP", "keeps turning up at Harjit's lectures when he isn't on the module and sits behind him"),
        ("REPETITION", "Since October"),
        ("STALK_TURN_UP", "have been turning up at Harjit's gym sessions"),
        ("STALK_WATCH", "filming him"),
        ("STALK_MONITOR", "Aidan says hi, he sees everything you do"),
        ("STALK_PUBLISH", "Instagram stories posted by Aidan's friends of him walking around campus"),
        ("RELIGIOUS_HOSTILITY", "'towel head spotted' and 'Aidan's favourite Sikh lol'"),
        ("FIXATION", "you'll never get rid of me"),
        ("RELIGIOUS_HOSTILITY", "turban boy"),
    ],
)

case(
    26, "harassment_fear_of_violence", "CF",
    voice="notebook", case="inconsistent", noise="abbrev", batch="td",
    pattern="sacked_bar_colleague_blames_victim_threatens_by_text_and_at_taxi_rank", relationship="colleague", occasions=2,
    text="""\
PNB entry PC 6612 - 22/06 1740
spoke to IP GEORGIA (20), bar staff at THE ANCHOR, quayside. ex-colleague Dylan MOSS (23) sacked 14/06 after IP reported him to mgr for taking from till. 15/06 SUSP sent IP text 'grass. ur getting ur teeth kicked in'. 20/06 approx 0100 SUSP waited at taxi rank near pub when IP finishing, shouted across road 'told u, ur getting hurt, watch'. W1 (door supervisor) heard 2nd. IP states she is 'properly scared', thinks he will hit her, he has a temper. IP clear this is about him losing his job, no other interest in her, never been a relationship. screenshot of text taken. HARASSMENT W/ FEAR OF VIOLENCE.""",
    spans=[
        ("STALK_CONTACT", "SUSP sent IP text"),
        ("THREAT_VIOLENCE", "ur getting ur teeth kicked in"),
        ("STALK_LOITER", "SUSP waited at taxi rank near pub when IP finishing"),
        ("THREAT_VIOLENCE", "told u, ur getting hurt, watch"),
        ("FEAR_OF_VIOLENCE", "she is 'properly scared', thinks he will hit her"),
    ],
)

case(
    27, "stalking", "CS",
    voice="third_party", case="mixed", noise="clean", batch="td",
    pattern="seminar_coursemate_leaves_gifts_in_pigeonhole_and_watches_in_library_after_asked_to_stop", relationship="acquaintance", occasions=6,
    text="""\
Campus Security log - Ref 24/0315, entered by Security Officer K. Adeyemi
Student (F, 19, English Lit) came to reception with her friend. Reports a male on her seminar course, Oliver (surname on file), has been 'too interested' since freshers. She spoke to him twice in October as part of a group. Since November she has found things left in her department pigeonhole roughly weekly - a poem about her hair, a Kinder egg, a mixtape on a USB stick, a note saying 'I saw you at the window seat today, you looked sad'. She asked him in person on 28/11 to stop. The notes carried on (3 more since). She says he is often in the library on the same floor wherever she sits and she catches him looking. No threats, nothing nasty in any of it. She is anxious, feels 'on edge' and 'a bit sick' when she checks the pigeonhole, but has not changed anything about her routine and doesn't want to. Advised to keep all items. Referred to Student Conduct and to Police Liaison (PC Roberts) with her consent.""",
    spans=[
        ("STALK_GIFTS", "found things left in her department pigeonhole"),
        ("REPETITION", "roughly weekly"),
        ("STALK_GIFTS", "a poem about her hair, a Kinder egg, a mixtape on a USB stick"),
        ("STALK_WATCH", "I saw you at the window seat today, you looked sad"),
        ("FIXATION", "The notes carried on (3 more since)"),
        ("STALK_WATCH", "he is often in the library on the same floor wherever she sits and she catches him looking"),
        ("DISTRESS", "She is anxious, feels 'on edge' and 'a bit sick'"),
    ],
)

case(
    28, "aggravated_stalking_fear_alarm_distress", "CSFR",
    voice="dash_note", case="lower", noise="heavy", batch="td",
    pattern="ex_boyfriend_sits_outside_flat_tracks_snap_map_racist_threats_twice", relationship="ex_partner", occasions=5,
    text="""\
dash - med risk. ip 23 f (mixed race) / susp 25 m ex, split 5 wks. susp turning up at ips flat most nights, sat in car outside, msgs 100+ per day, tracking her on snap map. when she didnt reply he sent 'u half caste wh*re ill smash ur face in', then sun at her door 'ur dead if i see u w anyone else u mongrel'. ip scared he wil follow thru, 'hes punched walls before'. prev dv w/ susp nfa'd 2023. ip wants to stay at flat. no kids. refer idva""",
    spans=[
        ("STALK_TURN_UP", "turning up at ips flat most nights"),
        ("STALK_LOITER", "sat in car outside"),
        ("STALK_CONTACT", "msgs 100+ per day"),
        ("STALK_MONITOR", "tracking her on snap map"),
        ("RACIAL_HOSTILITY", "u half caste wh*re"),
        ("THREAT_VIOLENCE", "ill smash ur face in"),
        ("THREAT_VIOLENCE", "ur dead if i see u w anyone else"),
        ("RACIAL_HOSTILITY", "u mongrel"),
        ("FEAR_OF_VIOLENCE", "ip scared he wil follow thru"),
    ],
)

case(
    29, "aggravated_harassment", "CR",
    voice="updates", case="mixed", noise="typos", batch="td",
    pattern="antisemitic_user_posts_in_chess_streamers_live_chat_repeatedly", relationship="online", occasions=5,
    text="""\
14/01 - IP Noah FELD (24), streams chess on YouTube. Reports user 'AryanKnight1488' posting in his live chat on 3 streams (5/1, 9/1, 12/1) - 'Jews run everything', 'another Jew grifter', gas chamber jokes, and DMd IP a picture of a swastika on 12/1. Same user posts similar stuff in loads of other Jewish creators chats acording to IP. No threats. IP says its 'grim' but hes used to the internet, not scared, carrying on streaming as normal.
16/01 - Screenshots recvd (23). YouTube data request submitted.
02/02 - further 2 incidents 27/1 and 1/2, same user on a new acc, same content plus 'shalom parasite'.
05/02 - Sgt note: nothing to show fixation on IP personally (user targets lots of Jewish creators), this is hostile contact. Rec as racially/religiously aggravated harassment.""",
    spans=[
        ("STALK_CONTACT", "posting in his live chat on 3 streams"),
        ("REPETITION", "5/1, 9/1, 12/1"),
        ("RELIGIOUS_HOSTILITY", "'Jews run everything', 'another Jew grifter', gas chamber jokes"),
        ("RELIGIOUS_HOSTILITY", "DMd IP a picture of a swastika"),
        ("REPETITION", "further 2 incidents 27/1 and 1/2"),
        ("RELIGIOUS_HOSTILITY", "shalom parasite"),
    ],
)

case(
    30, "harassment_fear_of_violence", "CF",
    voice="victim_diary", case="lower", noise="typos", batch="td",
    pattern="college_student_repeats_stab_threat_over_lift_given_to_his_girlfriend", relationship="acquaintance", occasions=4,
    text="""\
diary - for PC Ahmed
tue 3rd - jamie from college (mechanics) come up to me by the smoking shelter and said if i go near his girlfriend again hes gonna stab me. i only gave her a lift home once cos it was raining.
thurs 5th - he said it again outside the canteen, in front of his mates, 'im gonna stab you, ask anyone what i do'. he said it again twice since, once on snap and once at the bus station on sat.
mon 9th - went in but felt sick all day. genuinly think hes going to do it, his cousin got done for a knife last year. i cant stop thinking about it.
tue 10th - stayed with my tutor at dinner""",
    spans=[
        ("THREAT_VIOLENCE", "hes gonna stab me"),
        ("REPETITION", "he said it again outside the canteen"),
        ("THREAT_VIOLENCE", "im gonna stab you, ask anyone what i do"),
        ("REPETITION", "he said it again twice since"),
        ("FEAR_OF_VIOLENCE", "genuinly think hes going to do it"),
        ("DISTRESS", "i cant stop thinking about it"),
    ],
)

case(
    31, "harassment", "C",
    voice="call_log", case="upper", noise="heavy", batch="td",
    pattern="lads_opposite_shout_homophobic_abuse_at_gay_couple_three_times", relationship="neighbour", occasions=3,
    text="""\
0012 CLLR (M 22) STATES GRP OF 3-4 LADS FROM HOUSE OPP (NO 41 MAYFIELD ST) SHOUTIN 'F****TS' N 'BATTY BOYS' AT HIM N HIS BF AS THEY GOT OUT OF UBER. 3RD TIME THIS MNTH, LAST TWO WKNDS SAME. ALSO SUM1 WROTE 'GAY' ON THEIR WHEELIE BIN IN MARKER LAST WK, UNK IF SAME PPL. CLLR SAYS ITS HOMOPHOBIC, WANTS IT RECORDED AS HATE. NO THREATS. LADS NOW GONE INSIDE. CLLR NOT INJ. ATTEND WHEN RESOURCE AVAIL - GRADE 3.""",
    spans=[
        ("STALK_CONTACT", "SHOUTIN 'F****TS' N 'BATTY BOYS' AT HIM N HIS BF"),
        ("REPETITION", "3RD TIME THIS MNTH, LAST TWO WKNDS SAME"),
    ],
)

case(
    32, "no_offence", "",
    voice="supervisor_review", case="mixed", noise="clean", batch="td",
    pattern="boyfriend_two_abusive_message_episodes_six_months_apart_reconciled_between", relationship="partner", occasions=2,
    text="""\
Supervisor review - A/Sgt 1187 WHITLEY
Reported by IP Sophie (20) as harassment by her boyfriend Ethan (21), both students at Hartley. Two incidents identified. (1) 14 February: argument at a flat party, Ethan sent her a string of nasty messages that night calling her 'pathetic' and 'attention seeking'. They split up for a week, then got back together, and IP describes March to August as 'really good'. (2) 30 August: after a disagreement about her going to a festival with her friends, Ethan sent her a long abusive message calling her 'a selfish b***h'. Nothing else since, and they are still together.
Review: two incidents six months apart with a genuine reconciliation in between - not a connected course of conduct. No crime for harassment. DASH completed - standard. Advice given, signposted to campus wellbeing. Close.""",
    spans=[
        ("STALK_CONTACT", "sent her a string of nasty messages that night"),
        ("STALK_CONTACT", "sent her a long abusive message"),
    ],
)

case(
    33, "aggravated_harassment_fear_of_violence", "CFR",
    voice="result_note", case="mixed", noise="abbrev", batch="td",
    pattern="sunday_league_rival_three_racist_threatening_voicemails_within_nine_minutes", relationship="acquaintance", occasions=3,
    text="""\
RESULT - CHARGE: racially aggravated s.4 PHA. Remanded.
Summary: IP Emeka (22) and SUSP Craig DUFFY (26) play Sunday league for rival teams (Hollins Park / Riverside). After a tackle on 16/3 and a red card, same eve between 2002 and 2011 SUSP left IP three VMs: VM1 'you black monkey, I'm gonna break your legs'; VM2 'I'll find you and cut you, n****r'; VM3 'next sunday you're dead'. IP knew the voice. IP states he was terrified, thought SUSP would come to his flat. CPS: 3 VMs in 9 mins are separate occasions, course made out, threats on more than one occasion causing fear. SUSP denies, voice ID by IP and 2 teammates. First app Weds.""",
    spans=[
        ("REPETITION", "between 2002 and 2011"),
        ("STALK_CONTACT", "SUSP left IP three VMs"),
        ("RACIAL_HOSTILITY", "you black monkey"),
        ("THREAT_VIOLENCE", "I'm gonna break your legs"),
        ("THREAT_VIOLENCE", "I'll find you and cut you"),
        ("RACIAL_HOSTILITY", "n****r"),
        ("THREAT_VIOLENCE", "next sunday you're dead"),
        ("FEAR_OF_VIOLENCE", "IP states he was terrified, thought SUSP would come to his flat"),
    ],
)

case(
    34, "stalking", "CS",
    voice="crime_summary", case="mixed", noise="redacted", batch="td",
    pattern="ex_partner_turns_up_at_placement_hospital_and_house_gifts_pleading_messages", relationship="ex_partner", occasions=8,
    text="""\
Crime summary
IP: [NAME 1], 21, student nurse, Nigerian national on a study visa, lives in shared house [ADDRESS 1].
SUSP: [NAME 2], 23, ex-partner (together 14 months, split July).
Since the split SUSP has repeatedly tried to win IP back. He has attended her placement hospital on four occasions asking staff to page her, and has waited outside her shared house on at least two evenings. He sends long messages most days saying he has changed, that he will go to church with her, that they were meant to be. On 3 September he left flowers and a card at her door. There are no threats and nothing abusive. IP says she is not afraid of him and her routine is unchanged, but she is tired of it and wants him told. No racial or religious element - the reference to church is about their relationship only. Crime recorded, SUSP to be interviewed.""",
    spans=[
        ("FIXATION", "has repeatedly tried to win IP back"),
        ("STALK_TURN_UP", "attended her placement hospital on four occasions asking staff to page her"),
        ("STALK_LOITER", "waited outside her shared house on at least two evenings"),
        ("STALK_CONTACT", "sends long messages most days"),
        ("FIXATION", "that they were meant to be"),
        ("STALK_GIFTS", "left flowers and a card at her door"),
    ],
)

case(
    35, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="mo_field", case="mixed", noise="abbrev", batch="td",
    pattern="anon_accounts_publish_traveller_students_photos_and_address_with_slurs_she_leaves_halls", relationship="online", occasions=6,
    text="""\
MO: Online. SUSP (believed former classmate, unconfirmed) created anon accs on X and a forum from 04/24 onward and posted IP's photos (taken from her private insta + 2 taken of her in the street without her knowledge), her home address and uni course, with captions calling her a 'gypsy rat' and 'pikey', and 'Traveller scum get off our campus'. SUSP also DMs IP from new accs after each block - 30+ accs to date - saying 'still watching you'. IP (19, Irish Traveller background) has deactivated all social media, moved out of halls back to family site, now attends uni 2 days/wk only and has been prescribed medication by GP. No explicit threats of violence.""",
    spans=[
        ("STALK_PUBLISH", "posted IP's photos"),
        ("STALK_WATCH", "2 taken of her in the street without her knowledge"),
        ("STALK_PUBLISH", "her home address and uni course"),
        ("RACIAL_HOSTILITY", "calling her a 'gypsy rat' and 'pikey'"),
        ("RACIAL_HOSTILITY", "Traveller scum get off our campus"),
        ("FIXATION", "DMs IP from new accs after each block - 30+ accs to date"),
        ("STALK_MONITOR", "still watching you"),
        ("SERIOUS_IMPACT", "has deactivated all social media"),
        ("SERIOUS_IMPACT", "moved out of halls back to family site"),
        ("SERIOUS_IMPACT", "now attends uni 2 days/wk only"),
    ],
)

case(
    36, "harassment_fear_of_violence", "CF",
    voice="mo_field", case="upper", noise="abbrev", batch="td",
    pattern="upstairs_neighbour_parking_bay_dispute_repeated_hospital_threat", relationship="neighbour", occasions=2,
    text="""\
MO: SUSP (NEIGHBOUR, FLAT ABOVE) HAS ONGOING DISPUTE WITH VIC (M 24, TRAINEE ACCOUNTANT) OVER ALLOCATED PARKING BAY. ON 02/10 SUSP STOOD AT VIC'S CAR AND SAID 'PARK THERE AGAIN AND I'LL PUT YOU IN HOSPITAL'. ON 09/10 SAID SAME THROUGH VIC'S LETTERBOX. VIC FEARS SUSP WILL ASSAULT HIM.""",
    spans=[
        ("THREAT_VIOLENCE", "PARK THERE AGAIN AND I'LL PUT YOU IN HOSPITAL"),
        ("REPETITION", "ON 09/10 SAID SAME"),
        ("FEAR_OF_VIOLENCE", "VIC FEARS SUSP WILL ASSAULT HIM"),
    ],
)

case(
    37, "aggravated_stalking", "CSR",
    voice="notebook", case="inconsistent", noise="typos", batch="td",
    pattern="older_stranger_follows_chinese_student_on_bus_photographs_and_racially_abuses", relationship="stranger", occasions=6,
    text="""\
1630 FRI 8/3. spoke to IP Wen LIU (22, MSc student, from China) at CENTRAL LIBRARY re report via uni. Male approx 50s, grey beard, green parka, has been on the 11 bus with her 4 or 5 times in last 2 wks, gets on at her stop and off at hers. Takes photos of her on his phone. Twice has walked right behind her to the library door saying 'ching chong' and 'go home and take your virus'. yesterday he was sat on bench outside library when she came out at 6pm. IP states she isnt scared of him, 'he is an old sad man', and isnt changing anything, she just wants him stopped. no threats made. CCTV req from bus co. + library.""",
    spans=[
        ("REPETITION", "4 or 5 times in last 2 wks"),
        ("STALK_FOLLOW", "gets on at her stop and off at hers"),
        ("STALK_WATCH", "Takes photos of her on his phone"),
        ("REPETITION", "Twice"),
        ("STALK_FOLLOW", "walked right behind her to the library door"),
        ("RACIAL_HOSTILITY", "'ching chong' and 'go home and take your virus'"),
        ("STALK_LOITER", "he was sat on bench outside library when she came out"),
    ],
)

case(
    38, "stalking_fear_alarm_distress", "CSD",
    voice="judgment", case="mixed", noise="clean", batch="td",
    pattern="ex_boyfriend_uses_location_sharing_and_email_login_to_turn_up_victim_moves_and_resits", relationship="ex_partner", occasions=6,
    text="""\
R v Daniel ASHWORTH - Harbridge Magistrates' Court - sentencing remarks
Mr Ashworth, you are 22. You have pleaded guilty to stalking your former girlfriend, Miss Kaur, who is 20, between 1 March and 14 May this year. You were together for about two years, from sixth form into her first year at university. When she ended the relationship you could not accept it. You kept her location shared on your phone through an old shared account, and you used it to turn up wherever she was: at a friend's birthday meal, at her gym, twice at the library where she was revising for exams. You messaged her friends to ask who she was with. You logged into her university email, which you had the password to, and read her messages. There were no threats, and I accept you never set out to frighten her. But the effect of what you did was serious. Miss Kaur's statement tells me she moved out of her student house and back to her parents' home forty minutes away, she changed her phone and all her passwords, and she withdrew from two exams and has had to resit the year. That is a substantial adverse effect on her day-to-day life. You have no previous convictions and you have shown some insight in the report. The sentence is a community order with a rehabilitation activity requirement and 150 hours of unpaid work, and a restraining order for five years.""",
    spans=[
        ("REPETITION", "between 1 March and 14 May"),
        ("FIXATION", "When she ended the relationship you could not accept it"),
        ("STALK_MONITOR", "You kept her location shared on your phone"),
        ("STALK_TURN_UP", "you used it to turn up wherever she was"),
        ("REPETITION", "twice at the library"),
        ("STALK_MONITOR", "You messaged her friends to ask who she was with"),
        ("STALK_MONITOR", "You logged into her university email"),
        ("SERIOUS_IMPACT", "she moved out of her student house and back to her parents' home"),
        ("SERIOUS_IMPACT", "she changed her phone and all her passwords"),
        ("SERIOUS_IMPACT", "she withdrew from two exams and has had to resit the year"),
    ],
)

case(
    39, "aggravated_harassment", "CR",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="td",
    pattern="plumbing_engineer_racially_abuses_apprentice_one_threat_no_fear", relationship="colleague", occasions=5,
    text="""\
Sgt review 11/07:
IP Dami A. (18), first-year apprentice at Corbin Plumbing & Heating. SUSP = Scott PEARCE (31), the engineer IP is placed with. Over May-June SUSP routinely called IP 'Kunta' and 'monkey boy', put a banana in IP's toolbag on 2 occasions, and in the van said 'your lot should be grateful to be here'. On 19/6 during an argument about a lost fitting SUSP said 'do that again and I'll batter you'. IP in statement says he didn't think Scott would actually hit him, 'he just shouts', it was a one-off and he's not in fear. IP did find it humiliating and is anxious before work. Only the one threat - no s.4. Course of conduct over approx 6 wks with racial hostility throughout = racially aggravated harassment. Employer has suspended SUSP pending investigation. OIC: interview SUSP, statement from W1 (other apprentice).""",
    spans=[
        ("REPETITION", "Over May-June"),
        ("RACIAL_HOSTILITY", "routinely called IP 'Kunta' and 'monkey boy'"),
        ("RACIAL_HOSTILITY", "put a banana in IP's toolbag on 2 occasions"),
        ("RACIAL_HOSTILITY", "your lot should be grateful to be here"),
        ("THREAT_VIOLENCE", "do that again and I'll batter you"),
        ("DISTRESS", "IP did find it humiliating and is anxious before work"),
    ],
)

case(
    40, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="statement", case="mixed", noise="typos", batch="td",
    pattern="student_accommodation_neighbour_watches_follows_anti_muslim_notes_two_threats_victim_moves_out", relationship="neighbour", occasions=7,
    text="""\
Witness statement of Zainab MOHAMED, age 19
I live in room 14 on the ground floor of Fairhaven House which is private student accomodation on Clarence Road. I moved in in September for my first year at Northbridge University where I study Law. The man in room 12 across the corridor is called Stuart, I think he is a postgraduate, he is older than the rest of us, maybe 25.
From about the second week of October he started making comments when I passed him in the kitchen about my headscarf, like 'are you hot in that thing' and then more nasty, 'you people want sharia law here'. I tried to ignore him. Then I noticed he was always in the kitchen when I was cooking, every evening, even though he never cooked anything. He would just sit there and watch me. Twice he followed me out of the building to the bus stop. In November someone left a printed picture of a pig under my door with 'halal this' written on it, and a week later the same with bacon stuck to it. Stuart laughed when I came out of my room that morning.
On 2nd December he stood in my doorway and said 'I know when you're alone in here, one night I'll come in and deal with you'. On 9th December I found a note under my door, 'last warning, go back to your own country or you'll get what's coming'. I believe both notes were from him as the writing is the same as his name on the fridge shelf.
I am very frightened that he is going to hurt me. I have not slept properly since. I have moved out and I am now staying with my aunt in Sparkbrook, which is a 70 minute journey each way to university, and I have missed lectures. I have told the accommodation company I want to leave my contract.""",
    spans=[
        ("RELIGIOUS_HOSTILITY", "you people want sharia law here"),
        ("REPETITION", "every evening"),
        ("STALK_WATCH", "He would just sit there and watch me"),
        ("STALK_FOLLOW", "Twice he followed me out of the building to the bus stop"),
        ("RELIGIOUS_HOSTILITY", "a printed picture of a pig under my door with 'halal this' written on it"),
        ("RELIGIOUS_HOSTILITY", "the same with bacon stuck to it"),
        ("STALK_MONITOR", "I know when you're alone in here"),
        ("THREAT_VIOLENCE", "one night I'll come in and deal with you"),
        ("RACIAL_HOSTILITY", "go back to your own country"),
        ("THREAT_VIOLENCE", "or you'll get what's coming"),
        ("FEAR_OF_VIOLENCE", "I am very frightened that he is going to hurt me"),
        ("DISTRESS", "I have not slept properly since"),
        ("SERIOUS_IMPACT", "I have moved out and I am now staying with my aunt in Sparkbrook"),
        ("SERIOUS_IMPACT", "I have missed lectures"),
    ],
)

case(
    41, "stalking", "CS",
    voice="dash_note", case="lower", noise="abbrev", batch="td",
    pattern="ex_girlfriend_views_stories_from_alt_accounts_and_turns_up_at_leavers_do", relationship="ex_partner", occasions=3,
    text="""\
dash std. ip 18 f, ex gf of susp (f 19), split xmas. since then susp views every story from 4 diff accs, messages ips friends for updates, turned up at ips sixth form leavers do uninvited. no threats. ip not scared. wants advice only.""",
    spans=[
        ("REPETITION", "since then"),
        ("STALK_MONITOR", "susp views every story from 4 diff accs"),
        ("STALK_MONITOR", "messages ips friends for updates"),
        ("STALK_TURN_UP", "turned up at ips sixth form leavers do uninvited"),
    ],
)

case(
    42, "aggravated_harassment", "CR",
    voice="call_log", case="upper", noise="abbrev", batch="td",
    pattern="downstairs_neighbour_racial_slur_on_stairs_three_times_in_a_week", relationship="neighbour", occasions=3,
    text="""\
VIC M 19 UNI STUDENT, 3RD FLR FLAT. MALE IN FLAT BELOW HAS SHOUTED 'P*KI' AT HIM ON STAIRS 3 TIMES THIS WK (MON, WEDS, TONITE). NO THREATS. VIC WANTS OFFICER TO SPEAK TO MALE.""",
    spans=[
        ("RACIAL_HOSTILITY", "SHOUTED 'P*KI' AT HIM ON STAIRS"),
        ("REPETITION", "3 TIMES THIS WK (MON, WEDS, TONITE)"),
    ],
)

case(
    43, "aggravated_harassment_fear_of_violence", "CFR",
    voice="judgment", case="mixed", noise="clean", batch="td",
    pattern="customer_threatens_polish_delivery_rider_at_door_then_by_phone", relationship="customer", occasions=3,
    text="""\
Sentencing remarks, Crown Court at Millbrook - R v Keith DORAN
Mr Doran, the jury convicted you of racially aggravated putting a person in fear of violence. The victim, Mr Tomasz Wrobel, was 21 and working as a food delivery rider to pay his way through college. On 12 January he delivered to your house. You complained the food was cold and, on the doorstep, you called him a 'Polish parasite' and told him that if he ever came to your street again you would 'put him in the canal'. Two days later you rang the restaurant, asked for 'the Polish lad', and when he was put on you said that you knew what scooter he rode and that you would run him off the road. You then sent a message to his work phone, a number you had taken from the app, saying 'East Europeans should be shot'. Mr Wrobel told the jury, and I accept, that he was afraid you would carry out what you said, and that for weeks he looked at every car behind him. You have two previous convictions for public order offences. The sentence is 20 months' imprisonment.""",
    spans=[
        ("RACIAL_HOSTILITY", "called him a 'Polish parasite'"),
        ("THREAT_VIOLENCE", "you would 'put him in the canal'"),
        ("REPETITION", "Two days later"),
        ("THREAT_VIOLENCE", "you would run him off the road"),
        ("STALK_CONTACT", "sent a message to his work phone"),
        ("RACIAL_HOSTILITY", "East Europeans should be shot"),
        ("FEAR_OF_VIOLENCE", "he was afraid you would carry out what you said"),
        ("FEAR_OF_VIOLENCE", "for weeks he looked at every car behind him"),
    ],
)

case(
    44, "aggravated_stalking", "CSR",
    voice="vps", case="mixed", noise="typos", batch="td",
    pattern="ex_boyfriend_anti_muslim_abuse_turns_up_at_mosque_and_work_victim_not_scared", relationship="ex_partner", occasions=5,
    text="""\
Victim personal statement - Amira (22)
Me and Josh were together for 2 years. We broke up in March. He messages me nearly every day still, sometimes begging me to come back and sometimes calling me a 'brainwashed muzzie' and saying my 'cult' ruined us. He turned up at the mosque on Eid and stood across the road watching me with my family, and he has been to my work at the opticians twice asking my manager what shifts Im on. He put a copy of a Quran with pages ripped out through my letterbox. I want to be clear I am not scared of Josh, I have not changed my life for him, I refuse to. But I am angry and I am tired and I want it to stop.""",
    spans=[
        ("STALK_CONTACT", "He messages me nearly every day still"),
        ("FIXATION", "sometimes begging me to come back"),
        ("RELIGIOUS_HOSTILITY", "calling me a 'brainwashed muzzie' and saying my 'cult' ruined us"),
        ("STALK_TURN_UP", "He turned up at the mosque on Eid"),
        ("STALK_WATCH", "stood across the road watching me with my family"),
        ("STALK_TURN_UP", "he has been to my work at the opticians twice"),
        ("STALK_MONITOR", "asking my manager what shifts Im on"),
        ("RELIGIOUS_HOSTILITY", "a copy of a Quran with pages ripped out through my letterbox"),
    ],
)
