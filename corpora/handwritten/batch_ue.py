# ruff: noqa: E501
"""Hand-written narratives, writer ue: transport and public places (buses, trains, taxis, petrol stations, car parks, delivery riders)."""

from corpora.handwritten import case

case(
    1, "harassment", "C",
    voice="call_log", case="upper", noise="abbrev", batch="ue",
    pattern="regular_passenger_abuses_bus_driver_every_trip_after_fare_refusal", relationship="customer", occasions=6,
    text="""\
CAD 3318 1742HRS. RP DRIVES FOR NORTHLINK BUSES, ROUTE 14. A MALE HE KNOWS ONLY AS A REGULAR (GETS ON AT THE CO-OP STOP, HALLAM RD) HAS BEEN GIVING HIM VERBAL ABUSE EVERY TIME HE BOARDS SINCE RP REFUSED HIM TRAVEL WITHOUT A FARE ON 02/03. TODAY CALLED HIM A FAT USELESS PRICK IN FRONT OF THE PASSENGERS AND SPAT AT THE CAB SCREEN. 5 OR 6 TIMES NOW OVER 3 WKS. NO THREATS MADE. RP NOT AFRAID, JUST WANTS IT STOPPED. CCTV ON BUS. SUSP W/M 40S GREY TRACKSUIT. OIC TO BE ALLOCATED.""",
    spans=[
        ("STALK_CONTACT", "GIVING HIM VERBAL ABUSE"),
        ("REPETITION", "EVERY TIME HE BOARDS"),
        ("STALK_CONTACT", "CALLED HIM A FAT USELESS PRICK IN FRONT OF THE PASSENGERS"),
        ("UNWANTED", "SPAT AT THE CAB SCREEN"),
        ("REPETITION", "5 OR 6 TIMES NOW OVER 3 WKS"),
    ],
)

case(
    2, "stalking_fear_alarm_distress", "CSD",
    voice="statement", case="mixed", noise="clean", batch="ue",
    pattern="stranger_commuter_shadows_woman_on_morning_train_and_tram_she_stops_using_train", relationship="stranger", occasions=8,
    text="""\
I travel from Hexley to Manchester Piccadilly for work, Monday to Friday, usually on the 0712. Since about the middle of January a man has been getting on at Hexley and standing or sitting near me. At first I didn't think anything of it as it's a busy train. Then I noticed he was always in my carriage even when I changed where I stood on the platform. On 4th February he sat opposite me and asked if I was "the girl from the dentist's", which I'm not. I said no and put my headphones in. After that he started saying good morning to me every day, and once he said "you've changed your hair".

On 19th February I got off at Piccadilly and he walked behind me all the way down to the tram stop and got on the same tram, even though I have never seen him on it before. I got off a stop early and he got off too. I went into a Greggs and waited and he stood outside looking at his phone for about ten minutes.

He has never threatened me and I have not spoken to him since the first time. Because of him I have stopped getting the train. Since 24th February my husband drives me to work, and I have asked my manager if I can start at 10 so I miss the rush, which means I finish later and don't see my children before bed. I feel watched all the time. I check every carriage before I sit down anywhere now, even on the bus.""",
    spans=[
        ("REPETITION", "Since about the middle of January"),
        ("STALK_TURN_UP", "a man has been getting on at Hexley and standing or sitting near me"),
        ("FIXATION", "he was always in my carriage even when I changed where I stood on the platform"),
        ("STALK_CONTACT", "he started saying good morning to me"),
        ("REPETITION", "every day"),
        ("STALK_MONITOR", "once he said \"you've changed your hair\""),
        ("STALK_FOLLOW", "he walked behind me all the way down to the tram stop"),
        ("STALK_FOLLOW", "he got off too"),
        ("STALK_LOITER", "he stood outside looking at his phone for about ten minutes"),
        ("SERIOUS_IMPACT", "I have stopped getting the train"),
        ("SERIOUS_IMPACT", "my husband drives me to work"),
        ("SERIOUS_IMPACT", "asked my manager if I can start at 10 so I miss the rush"),
        ("DISTRESS", "I feel watched all the time"),
    ],
)

case(
    3, "aggravated_harassment", "CDR",
    voice="crime_summary", case="mixed", noise="abbrev", batch="ue",
    pattern="group_leaving_pub_abuse_sikh_cab_driver_at_rank_three_fridays", relationship="stranger", occasions=3,
    text="""\
Crime summary - IP is a hackney carriage driver who works the rank on Bridge St outside the Crown. On Fri 7/6, Fri 14/6 and Fri 21/6 the same group of 3 males (IDd from council CCTV as SUSP1 Dean MORLEY, other two not yet named) have come to his cab at approx 0100 when leaving the pub. On each occasion SUSP1 has banged on the window, called IP a 'towel head' and told him to 'go back to where you came from' while the others laughed. On 14/6 SUSP1 reached through the open window and pulled at IP's turban - no injury. IP is Sikh and wears a dastar. IP has stopped working Friday nights on Bridge St and now sits on the station rank instead, where he says he takes about half. IP not in fear of violence, describes it as humiliating. CCTV obtained for all 3 dates. SUSP1 known to licensing from an earlier ASB matter at the same pub. Recorded as racially/religiously aggravated harassment, s.32 CDA. OIC PC 4471 OKAFOR.""",
    spans=[
        ("REPETITION", "On Fri 7/6, Fri 14/6 and Fri 21/6"),
        ("REPETITION", "On each occasion"),
        ("STALK_CONTACT", "banged on the window"),
        ("RELIGIOUS_HOSTILITY", "called IP a 'towel head'"),
        ("RACIAL_HOSTILITY", "told him to 'go back to where you came from'"),
        ("ESCALATION", "reached through the open window and pulled at IP's turban"),
        ("SERIOUS_IMPACT", "IP has stopped working Friday nights on Bridge St"),
        ("DISTRESS", "describes it as humiliating"),
    ],
)

case(
    4, "no_offence", "R",
    voice="notebook", case="lower", noise="abbrev", batch="ue",
    pattern="single_racist_slur_from_stranger_at_bus_shelter", relationship="stranger", occasions=1,
    text="""\
1520 03/11 bus shelter o/s library, hawthorn rd. ip (f, 30s) says unk w/m approx 60 shouted 'f***ing p***, stinking the place out' at her, walked off. one-off, never seen him before. ip upset. no cctv.""",
    spans=[
        ("RACIAL_HOSTILITY", "shouted 'f***ing p***, stinking the place out' at her"),
        ("DISTRESS", "ip upset"),
    ],
)

case(
    5, "harassment_fear_of_violence", "CF",
    voice="call_log", case="upper", noise="abbrev", batch="ue",
    pattern="local_man_refused_fuel_on_credit_threatens_night_cashier_twice", relationship="customer", occasions=4,
    text="""\
CALLER IS NIGHT CASHIER AT FUELWAY SERVICE STATION, A61 NORTHBOUND. MALE KNOWN TO HIM AS 'GAZ' WHO LIVES ON THE ESTATE BEHIND CAME TO THE NIGHT WINDOW 0210 DEMANDING £20 DIESEL ON TICK. CALLER REFUSED AS PER POLICY. MALE SAID 'I'LL BE BACK FOR YOU, YOU'LL GET GLASSED'. THIS IS THE SECOND TIME - ON TUES 12TH SAME MALE, SAME REQUEST, SAID HE WOULD 'DROP HIM' WHEN HE FINISHED HIS SHIFT. HAS RUNG THE SHOP TWICE SINCE SHOUTING ABUSE DOWN THE PHONE. CALLER IS 19 AND ON HIS OWN ON NIGHTS, SAYS HE IS GENUINELY SCARED TO WALK TO HIS CAR AT 0600. CCTV AVAILABLE, MANAGER IN AT 0800. SUSP NOT ON SCENE, LEFT ON FOOT TWDS CHERRY TREE RD. UNIT TO ATTEND FOR STATEMENT.""",
    spans=[
        ("THREAT_VIOLENCE", "'I'LL BE BACK FOR YOU, YOU'LL GET GLASSED'"),
        ("REPETITION", "THIS IS THE SECOND TIME"),
        ("THREAT_VIOLENCE", "SAID HE WOULD 'DROP HIM' WHEN HE FINISHED HIS SHIFT"),
        ("STALK_CONTACT", "HAS RUNG THE SHOP TWICE SINCE SHOUTING ABUSE DOWN THE PHONE"),
        ("FEAR_OF_VIOLENCE", "GENUINELY SCARED TO WALK TO HIS CAR AT 0600"),
    ],
)

case(
    6, "stalking", "CS",
    voice="updates", case="mixed", noise="typos", batch="ue",
    pattern="ex_partner_pleading_messages_and_waiting_in_bus_depot_car_park_with_flowers", relationship="ex_partner", occasions=6,
    text="""\
Update 1 - 09/05 1130: Spoke to IP by phone. She drives for Lowfield bus depot. Ex partner Craig HOLDEN (rel ended March after 4 yrs) has been messaging her daily begging her to take him back, approx 20-30 msgs a day, e.g 'please just talk to me Jen im nothing without you', 'ill change I promise just one coffee'. No threats in any of them, IP has screenshoted them all.
Update 2 - 10/05 0915: IP reports Holden was sat in his car in the staff car park at the depot when she came off her 0600 shift, he waved, she ignored him and went back inside. Depot manager confirms he is not staff and has been asked to leave twice this week alredy.
Update 3 - 12/05: He has left flowers and a card on her windscreen in the same car park - card says 'Ill wait as long as it takes x'. IP says she isnt scared of him, he has never been violent, she just wants him to stop and move on. She hasnt changed anything at work.
Update 4 - 13/05: Susp attended voluntarily, admits the msgs, says he 'just wanted closure'. Words of advice not apropriate given the course of conduct - file to CPS, s.2A.""",
    spans=[
        ("STALK_CONTACT", "messaging her daily begging her to take him back"),
        ("REPETITION", "approx 20-30 msgs a day"),
        ("FIXATION", "'please just talk to me Jen im nothing without you'"),
        ("STALK_LOITER", "was sat in his car in the staff car park at the depot"),
        ("REPETITION", "asked to leave twice this week"),
        ("STALK_GIFTS", "left flowers and a card on her windscreen"),
        ("FIXATION", "'Ill wait as long as it takes x'"),
    ],
)

case(
    7, "aggravated_stalking", "CSR",
    voice="mo_field", case="upper", noise="abbrev", batch="ue",
    pattern="resident_films_follows_and_posts_about_eritrean_delivery_rider_and_reports_his_moped", relationship="stranger", occasions=8,
    text="""\
MO: SUSP (RESIDENT, MARLOW COURT FLATS) HAS OVER 6 WKS REPEATEDLY FOLLOWED IP, A FOOD DELIVERY RIDER OF ERITREAN ORIGIN, FROM THE ENTRANCE GATE TO THE LIFTS WHILST FILMING HIM ON HIS PHONE, WAITED BY THE BIN STORE FOR HIM ON AT LEAST 4 EVENINGS, AND POSTED THE VIDEOS ON THE 'MARLOW COURT RESIDENTS' FB PAGE WITH CAPTIONS INC 'ANOTHER ILLEGAL ON A MOPED' AND 'SEND THEM BACK ON THE DINGHY'. HAS ALSO REPORTED IP'S MOPED TO THE COUNCIL AS ABANDONED 3 TIMES WHILE IP WAS INSIDE DELIVERING. NO THREATS. IP FEELS HUMILIATED, STILL TAKING JOBS AT THE BLOCK.""",
    spans=[
        ("REPETITION", "OVER 6 WKS"),
        ("STALK_FOLLOW", "REPEATEDLY FOLLOWED IP"),
        ("STALK_WATCH", "WHILST FILMING HIM ON HIS PHONE"),
        ("STALK_LOITER", "WAITED BY THE BIN STORE FOR HIM ON AT LEAST 4 EVENINGS"),
        ("STALK_PUBLISH", "POSTED THE VIDEOS ON THE 'MARLOW COURT RESIDENTS' FB PAGE"),
        ("RACIAL_HOSTILITY", "'ANOTHER ILLEGAL ON A MOPED'"),
        ("RACIAL_HOSTILITY", "'SEND THEM BACK ON THE DINGHY'"),
        ("STALK_ORDERS", "REPORTED IP'S MOPED TO THE COUNCIL AS ABANDONED 3 TIMES"),
        ("DISTRESS", "IP FEELS HUMILIATED"),
    ],
)

case(
    8, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="statement", case="mixed", noise="clean", batch="ue",
    pattern="passenger_twice_threatens_british_pakistani_bus_driver_with_racist_abuse", relationship="stranger", occasions=2,
    text="""\
I am a bus driver for Cranbury Buses and have been for 11 years. I mainly drive the 27 between the hospital and Eastgate. On Saturday 8th June at about 2130 a man got on at the Fox and Hounds stop. He tried to pay with a £50 note and I told him I couldn't change it. He leaned round the screen and said "you p*** c***, I'll stab you in your f***ing neck". He got off at the next stop. I reported it to control.

On Thursday 13th June I was on the same route at about 2200 and the same man got on at the same stop. I recognised him straight away from the spider web tattoo on his neck. He didn't pay. He stood next to the cab and said "remember me paki, I told you what I'd do". He got off at Eastgate. I was shaking so much I had to pull in and call control, and they sent a relief driver out.

I have not driven a late shift since, and I have swapped onto earlies, which I have never wanted to do. I am frightened he will be waiting for me one night when I come off at the depot. I am British Pakistani and in 11 years I have never had anything like this.""",
    spans=[
        ("RACIAL_HOSTILITY", "you p*** c***"),
        ("THREAT_VIOLENCE", "I'll stab you in your f***ing neck"),
        ("REPETITION", "the same man got on at the same stop"),
        ("RACIAL_HOSTILITY", "remember me paki"),
        ("THREAT_VIOLENCE", "I told you what I'd do"),
        ("DISTRESS", "I was shaking so much"),
        ("SERIOUS_IMPACT", "I have not driven a late shift since"),
        ("FEAR_OF_VIOLENCE", "I am frightened he will be waiting for me one night"),
    ],
)

case(
    9, "stalking_fear_alarm_distress", "CSFD",
    voice="third_party", case="mixed", noise="redacted", batch="ue",
    pattern="private_hire_customer_games_booking_app_to_get_female_driver_then_threatens_her", relationship="customer", occasions=12,
    text="""\
Email received from Safeguarding Lead, Zoom Cars Ltd (private hire operator), forwarded to crime desk:

"We are writing on behalf of one of our drivers, [NAME 1], who is too upset to call herself. Since October a customer, account holder Mark STIRRUP, has been booking journeys and cancelling them as soon as the app shows him the driver is not her. Our system logs show 41 bookings since 2 October, of which he completed 9, all with [NAME 1]. On those journeys he has asked where she lives and whether she has a boyfriend, and has tried to give her presents (perfume, a necklace). She declined them. We stopped him being matched with her on 20 November. On 23 November he was at the Westfield rank when she pulled in and got into the back of her car uninvited, saying 'you can't hide from me on that app'. She got out and he said 'you'll regret blocking me, I'll hurt you'. On 27 November he left a voicemail on our office line: 'tell her if I see her with anyone I'll break her face'. [NAME 1] has told us she is terrified he will hurt her. She is now only working daytimes and has fitted a dashcam facing into the car at her own cost. We have banned his account. Call logs and the voicemail are available. [NAME 2], Safeguarding Lead\"""",
    spans=[
        ("FIXATION", "booking journeys and cancelling them as soon as the app shows him the driver is not her"),
        ("REPETITION", "41 bookings since 2 October"),
        ("STALK_MONITOR", "asked where she lives and whether she has a boyfriend"),
        ("STALK_GIFTS", "tried to give her presents (perfume, a necklace)"),
        ("UNWANTED", "She declined them"),
        ("STALK_TURN_UP", "he was at the Westfield rank when she pulled in"),
        ("FIXATION", "'you can't hide from me on that app'"),
        ("THREAT_VIOLENCE", "'you'll regret blocking me, I'll hurt you'"),
        ("THREAT_VIOLENCE", "'tell her if I see her with anyone I'll break her face'"),
        ("FEAR_OF_VIOLENCE", "she is terrified he will hurt her"),
        ("SERIOUS_IMPACT", "She is now only working daytimes"),
        ("SERIOUS_IMPACT", "has fitted a dashcam facing into the car"),
    ],
)

case(
    10, "harassment", "C",
    voice="supervisor_review", case="mixed", noise="clean", batch="ue",
    pattern="resident_in_parking_dispute_photographs_and_abuses_waiting_taxi_driver", relationship="stranger", occasions=10,
    text="""\
Supervisor review - Sgt 2210 Whitfield. I have reviewed this investigation, which was recorded as stalking. I don't agree with that. The dispute is about taxis waiting on Station Approach outside the suspect's house, not about the IP as a person. The suspect, Mr Ellery (67), has photographed the IP's taxi and the IP himself on at least 10 occasions since April, standing at his gate with a camera, and on three of those occasions has shouted at him that he is 'scum' and 'a parasite'. He has also sent the photos to the council parking team. The IP is of Bangladeshi heritage; nothing in the account suggests Mr Ellery has ever said anything about that, and the IP himself says it's 'all about the parking'. The IP is annoyed and says it is wearing him down, but he has not changed anything and still waits there as he's entitled to. Course of conduct is there - the close-range photographing and the abuse go beyond a legitimate complaint. The council complaints are a lawful route and do not form part of the course. Reclassify to harassment s.2. OIC to arrange VA interview and consider a CPW. Update by 14/07.""",
    spans=[
        ("STALK_WATCH", "has photographed the IP's taxi and the IP himself"),
        ("REPETITION", "on at least 10 occasions since April"),
        ("REPETITION", "on three of those occasions"),
        ("STALK_CONTACT", "has shouted at him that he is 'scum' and 'a parasite'"),
        ("DISTRESS", "says it is wearing him down"),
    ],
)

case(
    11, "no_offence", "",
    voice="result_note", case="lower", noise="typos", batch="ue",
    pattern="two_private_hire_drivers_mutual_rows_over_queue_at_station_rank", relationship="business", occasions=2,
    text="""\
result: nfa - no offence. both parties are licenced drivers who work the rank at northgate station. on 2/9 and again on 4/9 they had arguements about queue jumping, each says the other started it. cctv from the station shows on 2/9 both men out of there cars shouting and pointing at each other, niether backing off, and on 4/9 the 'victim' can be seen walking over to the other drivers car and banging on the roof before it all kicks off. both have called each other names. no threats either way. neither wants to give a statement against the other now and both have been seen by the council licensing officer. mutual dispute, not harassment. ip informed and accepts this. cad closed.""",
    spans=[],
)

case(
    12, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="victim_diary", case="lower", noise="typos", batch="ue",
    pattern="stranger_follows_black_woman_from_evening_train_with_racist_threats", relationship="stranger", occasions=5,
    text="""\
mon 3rd - same man again on the 1745 from city. white, bald, green parka. he sat across the aisle and stared the whole way. when i got off at brinkley he got off and walked behind me up station rd and said really quietly 'keep walking n*****, or i'll put you on the floor'. i ran the last bit home.
weds 5th - he was on the platform at the city end waiting. i didnt get on, i waited for the next one. he was on the next one anyway?? he must have watched which one i got on. at brinkley he said 'i know where you live now' and 'one night youll get whats coming'.
thurs 6th - didnt go in, rang in sick.
fri 7th - mum drove me both ways. saw him at the barriers at 5 looking at everyone coming through.
mon 10th - rang 101. told them im scared hes going to attack me on the walk home, its dark by 5 now. i'm getting the bus now, it takes over an hour. he called me 'monkey' on the 3rd as well i forgot to write it.""",
    spans=[
        ("REPETITION", "same man again"),
        ("STALK_WATCH", "stared the whole way"),
        ("STALK_FOLLOW", "walked behind me up station rd"),
        ("RACIAL_HOSTILITY", "keep walking n*****"),
        ("THREAT_VIOLENCE", "or i'll put you on the floor"),
        ("STALK_LOITER", "he was on the platform at the city end waiting"),
        ("STALK_MONITOR", "he must have watched which one i got on"),
        ("STALK_MONITOR", "'i know where you live now'"),
        ("THREAT_VIOLENCE", "'one night youll get whats coming'"),
        ("SERIOUS_IMPACT", "didnt go in, rang in sick"),
        ("SERIOUS_IMPACT", "mum drove me both ways"),
        ("STALK_WATCH", "saw him at the barriers at 5 looking at everyone coming through"),
        ("FEAR_OF_VIOLENCE", "im scared hes going to attack me on the walk home"),
        ("SERIOUS_IMPACT", "i'm getting the bus now"),
        ("RACIAL_HOSTILITY", "he called me 'monkey'"),
    ],
)

case(
    13, "harassment", "C",
    voice="crime_summary", case="mixed", noise="abbrev", batch="ue",
    pattern="customer_leaves_three_abusive_voicemails_in_minutes_for_taxi_controller_over_lost_phone", relationship="customer", occasions=3,
    text="""\
IP is the night controller at A1 Taxis, Hollins Rd. On 22/01 a customer (SUSP Lee GRANGER) rang about a phone he said he'd left in one of the firm's cars. IP told him nothing had been handed in. Between 0214 and 0221 SUSP left 3 voicemails on IP's own mobile (number off a business card she'd given him months ago) calling her a 'lying thieving slag' and saying she'd 'nicked it to flog'. Three separate calls. Nothing since. No threats. IP upset. SUSP spoken to - says he was drunk and has since found the phone in his own coat. Recorded as harassment, 3 calls = 3 occasions. IP wants words of advice only, CR considered.""",
    spans=[
        ("REPETITION", "Between 0214 and 0221"),
        ("STALK_CONTACT", "left 3 voicemails on IP's own mobile"),
        ("STALK_CONTACT", "calling her a 'lying thieving slag'"),
        ("DISTRESS", "IP upset"),
    ],
)

case(
    14, "stalking", "CS",
    voice="notebook", case="upper", noise="abbrev", batch="ue",
    pattern="ex_partner_under_restraining_order_waits_on_platform_for_train_guard", relationship="ex_partner", occasions=2,
    text="""\
17/08 0840 STOCKTON ROW STN, BREACH OF RO. IP (TRAIN GUARD) - EX PARTNER DARREN PYKE (RO: NOT TO ATTEND HER WORK) WAS ON PLATFORM 2 AT 0805 AS HER TRAIN CAME IN, STOOD BY THE BENCH WATCHING THE GUARDS DOOR. SAME THING 14/08 AT 1730, NOT REPORTED. BTP CCTV CONFIRMS BOTH. IP 'HE JUST WANTS ME TO SEE HIM'. CIRC PNC.""",
    spans=[
        ("STALK_TURN_UP", "WAS ON PLATFORM 2 AT 0805 AS HER TRAIN CAME IN"),
        ("STALK_WATCH", "STOOD BY THE BENCH WATCHING THE GUARDS DOOR"),
        ("REPETITION", "SAME THING 14/08 AT 1730"),
        ("FIXATION", "'HE JUST WANTS ME TO SEE HIM'"),
    ],
)

case(
    15, "harassment_fear_of_violence", "CFD",
    voice="judgment", case="mixed", noise="clean", batch="ue",
    pattern="fare_evader_twice_threatens_conductor_after_penalty_fare", relationship="stranger", occasions=2,
    text="""\
Sentencing remarks, HHJ Penrose, Carhill Crown Court.

Mr Tulley, you pleaded guilty on the day of trial to putting a person in fear of violence by harassment, contrary to section 4 of the Protection from Harassment Act 1997.

Mr Asante is a senior conductor on the Carhill to Meadbridge line. On 11 March he asked you for your ticket. You had none, and he issued you a penalty fare, which was his job. You told him you would 'cut him open' the next time you saw him. Eight days later you boarded his train again, walked up to him in the vestibule, put your face close to his, said 'I said I'd see you, didn't I' and told him you would 'do him' on the platform at Meadbridge.

I have read Mr Asante's statement. He describes being frightened for his safety each time he steps onto the platform at Meadbridge, and he now asks a colleague to walk him to his car at the end of every shift. Mr Asante's Ghanaian heritage is mentioned in the papers. I make clear that it plays no part in my sentence: there is no evidence you said anything about it, and the prosecution has never put the case that way. This was about a penalty fare and your reaction to being held to account.

The custodial threshold is crossed. I have considered whether the sentence can be suspended.""",
    spans=[
        ("THREAT_VIOLENCE", "You told him you would 'cut him open' the next time you saw him"),
        ("REPETITION", "Eight days later"),
        ("THREAT_VIOLENCE", "told him you would 'do him' on the platform at Meadbridge"),
        ("FEAR_OF_VIOLENCE", "frightened for his safety each time he steps onto the platform"),
        ("SERIOUS_IMPACT", "he now asks a colleague to walk him to his car"),
    ],
)

case(
    16, "stalking", "CS",
    voice="call_log", case="mixed", noise="typos", batch="ue",
    pattern="commuter_leaves_notes_and_gifts_for_station_kiosk_barista_and_waits_at_clock", relationship="customer", occasions=7,
    text="""\
Caller is manager of Beanline coffee kiosk, Harford Central concourse, calling for staff member Chloe (19). Male commuter, 40s, suit, in every weekday about 0745. Since Xmas he has been leaving notes with his cup - 'you brighten my mornings', 'I think we have a conection', last week 'I know you finish at 2, I'll be at the clock'. He was stood under the clock at 1405 on Tues and Weds when she finished. Bought her a bracelet on Valentines, she gave it back, he left it on the counter again next day. She has told him twice she has a boyfriend and isnt interested. She is upset and gets anxious before every early shift but hasnt changed anything. No threats. Name from card payments via till. OIC to call Chloe after 1500.""",
    spans=[
        ("REPETITION", "Since Xmas"),
        ("STALK_CONTACT", "leaving notes with his cup"),
        ("FIXATION", "'I think we have a conection'"),
        ("STALK_MONITOR", "'I know you finish at 2, I'll be at the clock'"),
        ("STALK_LOITER", "He was stood under the clock at 1405 on Tues and Weds when she finished"),
        ("STALK_GIFTS", "Bought her a bracelet on Valentines"),
        ("UNWANTED", "she gave it back"),
        ("STALK_GIFTS", "he left it on the counter again next day"),
        ("UNWANTED", "She has told him twice she has a boyfriend and isnt interested"),
        ("DISTRESS", "She is upset and gets anxious before every early shift"),
    ],
)

case(
    17, "aggravated_harassment", "CDR",
    voice="vps", case="mixed", noise="clean", batch="ue",
    pattern="man_on_morning_bus_abuses_woman_in_hijab_for_weeks_she_changes_bus", relationship="stranger", occasions=20,
    text="""\
Victim personal statement.

I want the court to know how this has affected me. For about two months last autumn I caught the 7.40 number 51 into town for my job at the hospital. A man who got on two stops after me started saying things to me most mornings. He called me a "terrorist" and said "take that rag off your head in this country". Once he said loudly to the whole bus that I probably had a bomb in my bag, and people laughed. He never came near me or followed me off the bus, and I don't think he would have hurt me. He just wanted to humiliate me. I wear a hijab and I have done since I was fourteen.

I stopped getting the 51. I now walk twenty minutes to catch a different bus that goes the long way round, so I leave home half an hour earlier and my daughter has to go to breakfast club, which costs us money we don't really have. I still feel sick when I see a bus with 51 on the front.""",
    spans=[
        ("REPETITION", "For about two months last autumn"),
        ("STALK_CONTACT", "started saying things to me"),
        ("REPETITION", "most mornings"),
        ("RELIGIOUS_HOSTILITY", "He called me a \"terrorist\""),
        ("RELIGIOUS_HOSTILITY", "\"take that rag off your head in this country\""),
        ("RELIGIOUS_HOSTILITY", "I probably had a bomb in my bag"),
        ("SERIOUS_IMPACT", "I stopped getting the 51"),
        ("SERIOUS_IMPACT", "I now walk twenty minutes to catch a different bus"),
        ("DISTRESS", "I still feel sick when I see a bus with 51 on the front"),
    ],
)

case(
    18, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="updates", case="inconsistent", noise="heavy", batch="ue",
    pattern="bilking_passenger_racially_abuses_and_threatens_private_hire_driver_twice", relationship="customer", occasions=2,
    text="""\
upd 1 - 0310hrs 15/2: IP (PH drvr, black british) p/u 2 males frm Rumours n/club to Oakfield est. at dest SUSP1 refusd to pay £14 fare, called IP a 'f***ing monkey' + said 'come out the car and i'll knife you'. IP drove off, didnt get out.
upd 2 - 19/2 IP back on shift, SAME MALE flagged him down (not via app) on Mill Ln, IP recognisd him + didnt stop. SUSP ran alongside kicking the door shouting 'ur dead n*****, we know ur car'. dashcam has it.
UPD 3 - 20/2 IP STATES HE IS SCARED TO WORK NIGHTS NOW, thinks they'll come for him on a rank. has taken 2 nites off work so far. dashcam d/loaded. SUSP1 IDd by PC 811 as Jordan CRAVEN (known). arrest plan tbc""",
    spans=[
        ("RACIAL_HOSTILITY", "called IP a 'f***ing monkey'"),
        ("THREAT_VIOLENCE", "'come out the car and i'll knife you'"),
        ("REPETITION", "SAME MALE flagged him down"),
        ("ESCALATION", "SUSP ran alongside kicking the door"),
        ("THREAT_VIOLENCE", "ur dead"),
        ("RACIAL_HOSTILITY", "n*****"),
        ("FEAR_OF_VIOLENCE", "HE IS SCARED TO WORK NIGHTS NOW, thinks they'll come for him on a rank"),
        ("SERIOUS_IMPACT", "has taken 2 nites off work so far"),
    ],
)

case(
    19, "stalking_fear_alarm_distress", "CSD",
    voice="dash_note", case="mixed", noise="abbrev", batch="ue",
    pattern="ex_partner_sits_on_garage_forecourt_and_tracks_car_she_changes_job_and_number", relationship="ex_partner", occasions=10,
    text="""\
DASH completed - MEDIUM. IP 34, asst manager at Northway Services (garage) on the A614. Ex partner Stephen WARD (sep Nov after 6 yrs, no DA reported before) has turned up at the garage 8-10 times since Jan, buys a coffee then sits in his van on the forecourt for up to an hour watching the kiosk.
Q does he know where you are? - YES. IP found a GPS tracker magnetised under the rear bumper of her Corsa on 02/03 after he texted 'nice walk at Clumber today?' when she'd told nobody she'd gone.
Q threats? - no, never, 'he just wants me to know he's there'.
Q frightened? - more 'on edge' than frightened he'd hurt her.
IP has now handed her notice in at the garage, starts at a supermarket in Worksop 20/03 where he doesn't know she works, and has changed her number. Tracker seized as exhibit JT/1. IDVA referral made. Susp for arrest - s.2A.""",
    spans=[
        ("STALK_TURN_UP", "has turned up at the garage"),
        ("REPETITION", "8-10 times since Jan"),
        ("STALK_WATCH", "sits in his van on the forecourt for up to an hour watching the kiosk"),
        ("STALK_MONITOR", "found a GPS tracker magnetised under the rear bumper of her Corsa"),
        ("STALK_MONITOR", "'nice walk at Clumber today?'"),
        ("FIXATION", "'he just wants me to know he's there'"),
        ("DISTRESS", "'on edge'"),
        ("SERIOUS_IMPACT", "has now handed her notice in at the garage"),
        ("SERIOUS_IMPACT", "has changed her number"),
    ],
)

case(
    20, "aggravated_stalking", "CSR",
    voice="crime_summary", case="mixed", noise="redacted", batch="ue",
    pattern="regular_passenger_rides_muslim_conductor_services_and_threatens_her_but_she_is_not_afraid", relationship="customer", occasions=9,
    text="""\
Summary: IP [NAME 1], conductor, [OPERATOR], Lynwood branch line. SUSP [NAME 2], a regular passenger, has since June ridden her services over and over, travelling end to end and straight back without getting off, and has been seen waiting at Lynwood station before her first shift. He has asked other staff for her rota. He has commented on her posts on Instagram calling her a 'jihadi bride' and 'ISIS sl**' and saying women like her should be 'sent back'. On 12/8 he told her he would 'rip that thing off your head', and on 19/8 said 'you'll get hurt one of these days'. IP is clear she is not scared of him - 'he's a sad little man'. No change to her work. CCTV and screenshots secured.""",
    spans=[
        ("REPETITION", "since June"),
        ("STALK_FOLLOW", "ridden her services over and over, travelling end to end and straight back without getting off"),
        ("STALK_LOITER", "waiting at Lynwood station before her first shift"),
        ("STALK_MONITOR", "asked other staff for her rota"),
        ("STALK_CONTACT", "has commented on her posts"),
        ("RELIGIOUS_HOSTILITY", "calling her a 'jihadi bride' and 'ISIS sl**'"),
        ("RACIAL_HOSTILITY", "women like her should be 'sent back'"),
        ("THREAT_VIOLENCE", "he would 'rip that thing off your head'"),
        ("THREAT_VIOLENCE", "'you'll get hurt one of these days'"),
    ],
)

case(
    21, "aggravated_harassment", "CR",
    voice="notebook", case="lower", noise="abbrev", batch="ue",
    pattern="van_driver_makes_anti_polish_remarks_to_kiosk_worker_each_time_he_pays", relationship="customer", occasions=10,
    text="""\
2215 31/10 ip tomasz (kiosk, fuelrite). transit driver, regular, for about 3 wks made comments every time he pays - 'you lot taking our jobs', 'polish scrounger', 'go back to warsaw on your coach'. tonight threw his change at ip. vrm to pnc.""",
    spans=[
        ("REPETITION", "for about 3 wks"),
        ("STALK_CONTACT", "made comments"),
        ("REPETITION", "every time he pays"),
        ("RACIAL_HOSTILITY", "'you lot taking our jobs', 'polish scrounger', 'go back to warsaw on your coach'"),
        ("ESCALATION", "tonight threw his change at ip"),
    ],
)

case(
    22, "stalking", "CS",
    voice="third_party", case="mixed", noise="clean", batch="ue",
    pattern="stranger_photographs_follows_and_posts_homophobic_abuse_about_gay_bus_driver", relationship="stranger", occasions=10,
    text="""\
Letter from the branch secretary, Transport Workers Branch 14, to the investigating officer.

I am writing on behalf of our member Mr Gareth Lowe, a driver at the Kingsway garage. Since the spring a man who Gareth believes recognised him from the Pride parade has been travelling on his bus most days, always sitting at the front, and taking photos of him on his phone. He has twice been waiting outside the garage gates when Gareth came off a late shift and has walked behind him to the tram stop. He has set up an account called "Kingsway Bus Queen" and posts the photos with comments like "look at this f***** driving our kids to school" and calling him a "bender". He has also emailed the company's complaints line four times saying Gareth is a danger to children, and every one of those has been looked into and found to be baseless.

Gareth has made no changes to his shifts, because he says he won't be pushed out of a job he loves, but he is clearly distressed and it is affecting him.

We note that at first this was described to Gareth as a hate crime and then he was told it was "not racial" and so could not be treated as aggravated. We would like a fuller explanation of how it is being recorded and what is being done to identify this man.""",
    spans=[
        ("REPETITION", "Since the spring"),
        ("STALK_TURN_UP", "travelling on his bus most days, always sitting at the front"),
        ("STALK_WATCH", "taking photos of him on his phone"),
        ("STALK_LOITER", "twice been waiting outside the garage gates"),
        ("STALK_FOLLOW", "walked behind him to the tram stop"),
        ("STALK_PUBLISH", "posts the photos with comments"),
        ("STALK_ORDERS", "emailed the company's complaints line four times saying Gareth is a danger to children"),
        ("DISTRESS", "he is clearly distressed"),
    ],
)

case(
    23, "no_offence", "",
    voice="result_note", case="mixed", noise="clean", batch="ue",
    pattern="delivery_driver_reports_parking_charge_letters_and_debt_agent_visit_as_harassment", relationship="business", occasions=8,
    text="""\
Result: No crime. Caller (van delivery driver) reported being "harassed" by ParkSure Ltd, who run the Cobden Way retail park car park: five letters since August over an unpaid parking charge (overstayed 40 mins on a drop), two from a debt recovery firm, and an agent's visit on 3/12 who left a card. He's worried about it going on his credit file. Letters read - standard civil demands, one lawful visit, nothing beyond recovering the charge. Civil matter, advised re appeal and Citizens Advice. Caller accepts. NFA.""",
    spans=[
        ("DISTRESS", "He's worried about it going on his credit file"),
    ],
)

case(
    24, "harassment_fear_of_violence", "CFD",
    voice="call_log", case="upper", noise="heavy", batch="ue",
    pattern="man_banned_from_buses_threatens_same_driver_on_three_dates_she_moves_route", relationship="customer", occasions=3,
    text="""\
CLLR IS DUTY INSP @ REDLINE BUSES, CARR LN DEPOT. RE DRVR SANDRA KEY (59). MALE KNWN AS 'TOMMO' BANNED FRM FLEET SINCE JUNE. HAS THREATND DRVR ON 3 SEP DATES WHEN SHE REFUSD HIM BOARDNG @ ALBION ST STOP - 14/07 'ILL BURN UR BUS WITH U IN IT', 21/07 'ILL SMASH UR FACE IN' + TODAY 1140HRS PUNCHD THE DOOR GLASS + SAID 'NXT TIME UR DEAD'. DRVR VERY SCARD OF HIM, THINKS HE WILL ACTUALY DO IT. DEPOT HAS TAKEN HER OFF THE 12 ROUTE AT HER REQUEST, NOW ON SCHOOL RUNS ONLY = LESS HRS. CCTV ON ALL 3. PREV CAD REFS 0712/14JUL + 1033/21JUL NOT LINKED AT THE TIME. PLS ATTEND DEPOT.""",
    spans=[
        ("REPETITION", "ON 3 SEP DATES"),
        ("THREAT_VIOLENCE", "'ILL BURN UR BUS WITH U IN IT'"),
        ("THREAT_VIOLENCE", "'ILL SMASH UR FACE IN'"),
        ("ESCALATION", "PUNCHD THE DOOR GLASS"),
        ("THREAT_VIOLENCE", "'NXT TIME UR DEAD'"),
        ("FEAR_OF_VIOLENCE", "DRVR VERY SCARD OF HIM, THINKS HE WILL ACTUALY DO IT"),
        ("SERIOUS_IMPACT", "DEPOT HAS TAKEN HER OFF THE 12 ROUTE AT HER REQUEST"),
    ],
)

case(
    25, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="statement", case="mixed", noise="typos", batch="ue",
    pattern="resident_waits_for_chinese_heritage_delivery_rider_films_him_and_posts_racist_video", relationship="stranger", occasions=8,
    text="""\
I have been a delivery rider for about a year, mostly for Speedeat. Most of my drops are round the university flats and the Granary Wharf blocks. Since around the start of May a man in the Granary Wharf building has been waiting in the lobby when I come in. I think he watches the app somehow because he's there every time I have a drop to that block, even when it isnt his order. He calls me 'Covid' and 'ching chong' and makes slurping noises at me. He took photos of me and my bike and my number plate. Twice he followed me out to my bike on the road and stood in front of it so I couldnt leave for about a minute. Last week my freind showed me a TikTok of me in the lobby with the caption 'chinky delivery boy brings the virus'.

I have turned off Granary Wharf on the app, so I lose orders, and this month I stopped riding evenings completly and went to work in my uncles shop for less money. He never said he would hurt me. I feel ashamed that I let him push me out.""",
    spans=[
        ("REPETITION", "Since around the start of May"),
        ("STALK_LOITER", "has been waiting in the lobby when I come in"),
        ("FIXATION", "he's there every time I have a drop to that block, even when it isnt his order"),
        ("RACIAL_HOSTILITY", "He calls me 'Covid' and 'ching chong'"),
        ("STALK_WATCH", "He took photos of me and my bike and my number plate"),
        ("STALK_FOLLOW", "Twice he followed me out to my bike"),
        ("ESCALATION", "stood in front of it so I couldnt leave"),
        ("STALK_PUBLISH", "a TikTok of me in the lobby"),
        ("RACIAL_HOSTILITY", "'chinky delivery boy brings the virus'"),
        ("SERIOUS_IMPACT", "I have turned off Granary Wharf on the app, so I lose orders"),
        ("SERIOUS_IMPACT", "I stopped riding evenings completly"),
        ("DISTRESS", "I feel ashamed"),
    ],
)

case(
    26, "harassment", "C",
    voice="mo_field", case="mixed", noise="abbrev", batch="ue",
    pattern="pizza_customer_uses_drivers_own_number_for_abusive_calls_one_threat_not_feared", relationship="customer", occasions=14,
    text="""\
MO: SUSP, customer of Pronto Pizza, got IP's (delivery driver) own mob no. 04/04, has since rung and texted IP 14 times over 10 days calling him 'useless', 'a joke', 'thick as s***'. 09/04 text 'bring it cold again and ill put u through ur windscreen' - IP laughed it off, not in fear.""",
    spans=[
        ("STALK_CONTACT", "rung and texted IP"),
        ("REPETITION", "14 times over 10 days"),
        ("STALK_CONTACT", "calling him 'useless', 'a joke', 'thick as s***'"),
        ("THREAT_VIOLENCE", "'bring it cold again and ill put u through ur windscreen'"),
    ],
)

case(
    27, "aggravated_harassment_fear_of_violence", "CFR",
    voice="call_log", case="mixed", noise="clean", batch="ue",
    pattern="withheld_caller_twice_threatens_to_burn_muslim_owned_petrol_station_with_owner_inside", relationship="stranger", occasions=2,
    text="""\
Caller Mr Imran QADIR, owner of Qadir Service Station, Leek Rd. Very shaken. Two phone calls to the shop landline, 28/05 about 2200 and again tonight 30/05 at 2140, same male voice. First: "you Muslim b*******, we're going to burn your shop down with you in it". Tonight: "Allahu Akbar eh, let's see how you like it when we come for you with a can of petrol". Possibly linked to a drunk group he refused to serve last week. Says he is frightened to lock up on his own. Number withheld both times. Advised re log of calls. Unit to attend for reassurance and statement.""",
    spans=[
        ("DISTRESS", "Very shaken"),
        ("STALK_CONTACT", "Two phone calls to the shop landline"),
        ("REPETITION", "28/05 about 2200 and again tonight 30/05 at 2140"),
        ("RELIGIOUS_HOSTILITY", "you Muslim b*******"),
        ("THREAT_VIOLENCE", "we're going to burn your shop down with you in it"),
        ("RELIGIOUS_HOSTILITY", "Allahu Akbar eh"),
        ("THREAT_VIOLENCE", "let's see how you like it when we come for you with a can of petrol"),
        ("FEAR_OF_VIOLENCE", "he is frightened to lock up on his own"),
    ],
)

case(
    28, "stalking", "CS",
    voice="updates", case="mixed", noise="abbrev", batch="ue",
    pattern="ex_partner_cab_driver_follows_her_bus_and_threatens_new_partner_not_her", relationship="ex_partner", occasions=7,
    text="""\
Update 1420 21/10 - PC 6012. Visited IP. Ex-partner Ryan COLE drives a private hire cab. Since they split in August he has followed her in his cab on at least five occasions, e.g. sitting behind the bus she gets to work, then parking across from the stop on Fenwick Rd as she got off. Also sat outside her mum's house twice in the cab with the light off. Keeps texting her new partner Dan that he'll 'break his legs'. IP is NOT worried for herself - 'he'd never hurt me, it's Dan he's got it in for'. Dan to consider own complaint. IP's routine unchanged.
Update 0905 22/10 - Cab firm's GPS log puts Cole on Fenwick Rd at the times given. For interview.""",
    spans=[
        ("REPETITION", "Since they split in August"),
        ("STALK_FOLLOW", "followed her in his cab"),
        ("REPETITION", "on at least five occasions"),
        ("STALK_FOLLOW", "sitting behind the bus she gets to work"),
        ("STALK_LOITER", "parking across from the stop on Fenwick Rd as she got off"),
        ("STALK_WATCH", "sat outside her mum's house twice in the cab with the light off"),
    ],
)

case(
    29, "aggravated_stalking", "CSR",
    voice="crime_summary", case="upper", noise="heavy", batch="ue",
    pattern="bus_station_regular_logs_hindu_drivers_departures_waits_at_stand_and_mocks_faith", relationship="stranger", occasions=12,
    text="""\
SUMMARY: IP (HINDU, DRVR @ TOWNGATE BUS STN) RPTS MALE WHO IS A REGULAR @ THE STN (SITS IN CAFE MOST DAYS) HAS SINCE FEB BEEN NOTING IP'S DEPARTURE TIMES IN A NOTEBOOK, STANDING AT IP'S STAND EACH TIME HIS BUS IS DUE + SHOUTING 'COW WORSHIPPER' 'GO PRAY TO YOUR ELEPHANT' AT HIM THRU THE DOOR. ALSO ON 2 OCCS IP FOUND A PRINTED PIC OF A BEEF BURGER TUCKED UNDER HIS WIPER IN THE STAFF BAY. STN SECURITY SAW HIM PHOTOGRAPH THE DUTY ROSTER ON THE STAFF NOTICEBRD. IP 'FED UP + EMBARASSED', NOT SCARED, NO CHANGE TO WRK. NO THREATS. STN CCTV REQ'D.""",
    spans=[
        ("REPETITION", "SINCE FEB"),
        ("STALK_MONITOR", "NOTING IP'S DEPARTURE TIMES IN A NOTEBOOK"),
        ("STALK_LOITER", "STANDING AT IP'S STAND EACH TIME HIS BUS IS DUE"),
        ("RELIGIOUS_HOSTILITY", "'COW WORSHIPPER' 'GO PRAY TO YOUR ELEPHANT'"),
        ("STALK_PROPERTY", "A PRINTED PIC OF A BEEF BURGER TUCKED UNDER HIS WIPER"),
        ("STALK_MONITOR", "PHOTOGRAPH THE DUTY ROSTER ON THE STAFF NOTICEBRD"),
        ("DISTRESS", "'FED UP + EMBARASSED'"),
    ],
)

case(
    30, "stalking_fear_alarm_distress", "CSFD",
    voice="supervisor_review", case="mixed", noise="redacted", batch="ue",
    pattern="food_delivery_rider_fixates_on_customer_notes_waits_outside_and_threatens_twice", relationship="customer", occasions=9,
    text="""\
Supervisor review - occurrence 44/1187/25. Opened as malicious communications; I have upgraded it.

The IP, [NAME 1], 27, lives alone in a flat on [STREET]. The suspect [NAME 2] delivered a food order to her on 2 Feb. Since then he has left handwritten notes in her letterbox (5 found, the first saying 'you looked sad, you deserve someone to look after you'), messaged her on the number from her order (she blocked it, he made a new account), and been seen by her neighbour sitting on his moped outside the block at night on at least 3 occasions when he had no job there. After she texted him on 20 Feb to leave her alone he replied 'you don't get to end this, I'll hurt you if you make me'. On 26 Feb he was at the main door when she came home and said 'one call to the police and you'll get it'.

She is frightened he will attack her, has stayed at her sister's since, and has had the locks changed. Fear of violence on two occasions and a substantial adverse effect are both there - s.4A. The platform has deactivated him. Arrest today. Bail conditions to include an exclusion zone around [STREET]. DS [NAME 3]""",
    spans=[
        ("STALK_CONTACT", "left handwritten notes in her letterbox"),
        ("FIXATION", "'you looked sad, you deserve someone to look after you'"),
        ("STALK_CONTACT", "messaged her on the number from her order"),
        ("UNWANTED", "she blocked it, he made a new account"),
        ("STALK_LOITER", "sitting on his moped outside the block at night"),
        ("REPETITION", "on at least 3 occasions"),
        ("FIXATION", "you don't get to end this"),
        ("THREAT_VIOLENCE", "I'll hurt you if you make me"),
        ("STALK_TURN_UP", "he was at the main door when she came home"),
        ("THREAT_VIOLENCE", "'one call to the police and you'll get it'"),
        ("FEAR_OF_VIOLENCE", "She is frightened he will attack her"),
        ("SERIOUS_IMPACT", "has stayed at her sister's since"),
        ("SERIOUS_IMPACT", "has had the locks changed"),
    ],
)

case(
    31, "aggravated_harassment", "CR",
    voice="call_log", case="lower", noise="typos", batch="ue",
    pattern="customer_sends_anti_romanian_texts_to_courier_after_missing_parcel", relationship="customer", occasions=17,
    text="""\
caller is a parcel courier working out of a depot in haverton (self employed, drives for quickdrop). left a parcel in a safe place at an adress on lime grove on 12/3, customer said it went missing. since then the customer has got his number off the card he left and sent him about 15 texts and 2 voicemails calling him a 'thieving romanian gypo', 'go back to your caravan in bucharest', 'your all the same, theives'. latest one today 1005. no threats. caller doesnt feel at risk, just wants it to stop as its upsetting his wife who sees his phone. has screenshots. depot has refunded the customer. customers name on depot system, to be obtained.""",
    spans=[
        ("REPETITION", "since then"),
        ("STALK_CONTACT", "sent him about 15 texts and 2 voicemails"),
        ("RACIAL_HOSTILITY", "'thieving romanian gypo'"),
        ("RACIAL_HOSTILITY", "'go back to your caravan in bucharest'"),
        ("RACIAL_HOSTILITY", "'your all the same, theives'"),
    ],
)

case(
    32, "harassment_fear_of_violence", "CFD",
    voice="crime_summary", case="mixed", noise="clean", batch="ue",
    pattern="rival_taxi_firm_owner_sends_men_to_threaten_driver_who_took_school_contracts", relationship="business", occasions=2,
    text="""\
IP, a private hire driver, left Castle Cars in January to work for himself and took some of the school contracts with him. SUSP is Castle Cars' owner, Paul DENBY. On 3 Feb two men IP didn't know came to his car at the petrol station on Ashby Rd; one said 'Paul says give the school runs back or you'll end up in hospital'. On 17 Feb another man came up to him at the station rank: 'last warning from Paul - next time we break your legs'. Nothing from Denby directly. IP says he's terrified, looks over his shoulder at every rank, and has fitted a camera to his car. Denby's phone to be examined. Course of conduct through others.""",
    spans=[
        ("THREAT_VIOLENCE", "'Paul says give the school runs back or you'll end up in hospital'"),
        ("THREAT_VIOLENCE", "'last warning from Paul - next time we break your legs'"),
        ("FEAR_OF_VIOLENCE", "IP says he's terrified"),
        ("DISTRESS", "looks over his shoulder at every rank"),
        ("SERIOUS_IMPACT", "has fitted a camera to his car"),
    ],
)

case(
    33, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="result_note", case="mixed", noise="abbrev", batch="ue",
    pattern="ex_partner_breaches_nmo_at_bus_garage_with_racist_threats_she_moves_to_refuge", relationship="ex_partner", occasions=4,
    text="""\
Result: CPS auth charge - s.4A PHA racially aggravated (s.32 CDA) + breach NMO x2. Summary: IP and SUSP Kyle BRENNAN sep 09/24, NMO granted 11/24. SUSP has since attended the Ferry Lane bus garage where IP works as a cleaner on 2/12 and 9/12, waited by the staff gate, and told her 'you half-caste b****, I'll f***ing kill you' (2/12) and 'I'll cut your throat you mongrel' (9/12). Also sent 30+ msgs from new numbers. IP in real fear of him, has moved to a refuge and left her job at the garage. Remanded to next court.""",
    spans=[
        ("STALK_TURN_UP", "attended the Ferry Lane bus garage where IP works"),
        ("REPETITION", "on 2/12 and 9/12"),
        ("STALK_LOITER", "waited by the staff gate"),
        ("RACIAL_HOSTILITY", "you half-caste b****"),
        ("THREAT_VIOLENCE", "I'll f***ing kill you"),
        ("THREAT_VIOLENCE", "I'll cut your throat"),
        ("RACIAL_HOSTILITY", "you mongrel"),
        ("STALK_CONTACT", "sent 30+ msgs from new numbers"),
        ("FEAR_OF_VIOLENCE", "IP in real fear of him"),
        ("SERIOUS_IMPACT", "has moved to a refuge"),
        ("SERIOUS_IMPACT", "left her job at the garage"),
    ],
)

case(
    34, "aggravated_harassment", "CR",
    voice="statement", case="mixed", noise="clean", batch="ue",
    pattern="schoolboys_on_tram_antisemitic_abuse_of_man_in_kippah_twice", relationship="stranger", occasions=2,
    text="""\
On Tuesday 4 March at about 4.15pm I was on the tram from Bury Road towards the city centre, going back to my office. I was wearing my kippah. A group of four teenage boys in St Aidan's uniform were at the back. One of them, tall with ginger hair, started saying "oi Jew, where's your money" and they all began throwing coins at my feet and making hissing noises. I got off one stop early.

On Friday 7 March I was on the same tram at about the same time and the same boys were there. The ginger boy said "it's the Jew again" and "Hitler should have finished the job". Another one flicked my kippah off my head. I picked it up and moved down the tram. Nobody said anything to them.

I was not frightened that they would hurt me, they are children, but I was humiliated in front of the other passengers. I would recognise the ginger boy again.""",
    spans=[
        ("RELIGIOUS_HOSTILITY", "\"oi Jew, where's your money\""),
        ("UNWANTED", "throwing coins at my feet"),
        ("REPETITION", "the same boys were there"),
        ("RELIGIOUS_HOSTILITY", "\"it's the Jew again\""),
        ("RACIAL_HOSTILITY", "\"Hitler should have finished the job\""),
        ("ESCALATION", "Another one flicked my kippah off my head"),
        ("DISTRESS", "I was humiliated in front of the other passengers"),
    ],
)

case(
    35, "no_offence", "",
    voice="dash_note", case="mixed", noise="abbrev", batch="ue",
    pattern="ex_partner_at_station_two_incidents_seven_months_apart_with_reconciliation_between", relationship="ex_partner", occasions=2,
    text="""\
DASH - STANDARD. IP and ex-partner Liam both work at Eastfield station (ticket office / platform dispatch). In Feb, just after they first split, he turned up at the ticket office window on her shift and shouted at her that she'd 'ruined his life' - dealt with at the time. Back together March to July, split again amicably. On 14/09 he sent her one text saying 'you'll regret this' when she said she was seeing someone. Nothing else. She isn't scared. Q1-Q27 mostly no. Two incidents 7 months apart, reconciled in between - no course of conduct, no offence. DA markers added.""",
    spans=[
        ("STALK_TURN_UP", "he turned up at the ticket office window on her shift"),
        ("STALK_CONTACT", "shouted at her that she'd 'ruined his life'"),
        ("STALK_CONTACT", "he sent her one text saying 'you'll regret this'"),
    ],
)

case(
    36, "stalking_fear_alarm_distress", "CSF",
    voice="victim_diary", case="mixed", noise="typos", batch="ue",
    pattern="ex_partner_waits_at_her_bus_stops_and_threatens_her_twice_she_keeps_working", relationship="ex_partner", occasions=4,
    text="""\
Keeping this like the officer said.

Sat 12 Apr - Jay was at the bus stop on Carlton Rd when I came out of work at 5. He had no reason to be there, he lives in Arnold now. Kept asking me to come for a drink, I said no. He said 'if I cant have you no one will, Ill make sure of it' and grabbed my arm. The bus came and I got on.

Tues 15 Apr - 47 missed calls and messages. 'Pick up' 'I mean it Kerry' 'ur making me do this'.

Thurs 17 - he was stood at the stop opposite when I got off at home. Just stood there staring.

Sat 19 - he was in the shelter at Carlton Rd again. Said 'Ill put you in the ground before I see you with him'. A man in the queue told him to leave it. Im so scared hes going to actually hurt me, I lie awake thinking about it.

Still going to work, I cant afford not to.""",
    spans=[
        ("STALK_TURN_UP", "Jay was at the bus stop on Carlton Rd when I came out of work"),
        ("UNWANTED", "I said no"),
        ("THREAT_VIOLENCE", "'if I cant have you no one will, Ill make sure of it'"),
        ("STALK_CONTACT", "47 missed calls and messages"),
        ("STALK_LOITER", "he was stood at the stop opposite when I got off at home"),
        ("STALK_TURN_UP", "he was in the shelter at Carlton Rd again"),
        ("THREAT_VIOLENCE", "'Ill put you in the ground before I see you with him'"),
        ("FEAR_OF_VIOLENCE", "Im so scared hes going to actually hurt me"),
    ],
)

case(
    37, "harassment", "CD",
    voice="crime_summary", case="lower", noise="abbrev", batch="ue",
    pattern="youths_mock_disabled_garage_cashier_most_nights_she_moves_to_day_shifts", relationship="customer", occasions=12,
    text="""\
ip is 23 and works evenings on the till at valley fuels, hexthorpe rd. she has cerebral palsy and walks with a stick. a group of 4-5 local youths who come in most nights for energy drinks have since late oct been mimicking her walk and speech at the counter, calling her 'spaz' and 'r*****' and shouting it across the shop for their mates. manager has barred two of them. ip has now moved to day shifts so she doesn't see them, which means losing her evening premium. she is very upset but clear they've never threatened her. rec'd as harassment with disability hate crime flag (not s.32). youths to be id'd from cctv + school liaison.""",
    spans=[
        ("REPETITION", "come in most nights"),
        ("REPETITION", "since late oct"),
        ("STALK_CONTACT", "mimicking her walk and speech at the counter"),
        ("STALK_CONTACT", "calling her 'spaz' and 'r*****'"),
        ("SERIOUS_IMPACT", "ip has now moved to day shifts so she doesn't see them"),
        ("DISTRESS", "she is very upset"),
    ],
)

case(
    38, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="updates", case="upper", noise="abbrev", batch="ue",
    pattern="motorist_given_pcn_racially_abuses_and_twice_threatens_nigerian_parking_officer", relationship="stranger", occasions=2,
    text="""\
UPDATE 1 - 06/06 1500: IP (CIVIL ENFORCEMENT OFFICER, NIGERIAN NATIONAL) ISSUED A PCN TO SUSP'S BMW ON LVL 3 OF ST JOHN'S MULTI-STOREY ON 04/06. SUSP CAME BACK AS IP WAS PUTTING IT ON, CALLED IP 'A JUMPED UP AFRICAN B*****D' AND SAID HE'D 'PUT HIM IN THE BOOT AND DUMP HIM BACK IN THE JUNGLE'.
UPDATE 2 - 07/06 0930: IP REPORTS SUSP DROVE THROUGH THE CAR PARK THIS AM, STOPPED NEXT TO HIM, WOUND DOWN WINDOW, SAID 'YOU'RE A DEAD MAN WALKING, MONKEY' AND DROVE OFF. IP STATES HE IS NOW FRIGHTENED AT WORK, ESP ON THE UPPER LEVELS WHERE THERE'S NO ONE ELSE ABOUT. VRM FROM PCN, RO TRACED.
UPDATE 3 - 08/06: COUNCIL HAVE PAIRED IP WITH A COLLEAGUE ON ALL PATROLS UNTIL FURTHER NOTICE AT HIS REQUEST.""",
    spans=[
        ("RACIAL_HOSTILITY", "CALLED IP 'A JUMPED UP AFRICAN B*****D'"),
        ("THREAT_VIOLENCE", "SAID HE'D 'PUT HIM IN THE BOOT AND DUMP HIM BACK IN THE JUNGLE'"),
        ("THREAT_VIOLENCE", "'YOU'RE A DEAD MAN WALKING"),
        ("RACIAL_HOSTILITY", "MONKEY'"),
        ("FEAR_OF_VIOLENCE", "HE IS NOW FRIGHTENED AT WORK"),
        ("SERIOUS_IMPACT", "COUNCIL HAVE PAIRED IP WITH A COLLEAGUE ON ALL PATROLS"),
    ],
)

case(
    39, "aggravated_stalking", "CSR",
    voice="supervisor_review", case="mixed", noise="typos", batch="ue",
    pattern="former_customer_after_fare_dispute_complains_posts_and_parks_outside_polish_drivers_home", relationship="customer", occasions=11,
    text="""\
Sup review. IP is a Polish national, licenced PH driver with Apex Cars. After a fare dispute in Jan (£8 waiting charge) the SUSP, a former customer, has: made 6 complaints about IP to council licensing in 7 wks, all looked into and NFA'd; posted IP's photo, badge number and car reg on 3 local FB groups calling him 'a dirty Polack' and 'Eastern European scum who cant drive', telling people to 'send him home'; and on 2 occassions been seen by IP's wife parked in the street outside their house, which IP has no idea how SUSP found. IP isnt scared but is worried sick about his licence and his reputation. No change to work. I have considered whether this is still just a fare dispute. It isnt - the volume of complaints and turning up at the home address show it has become about him. Record as racially aggravated stalking. OIC to get the council complaint log and FB disclosure.""",
    spans=[
        ("STALK_ORDERS", "made 6 complaints about IP to council licensing in 7 wks"),
        ("STALK_PUBLISH", "posted IP's photo, badge number and car reg on 3 local FB groups"),
        ("RACIAL_HOSTILITY", "'a dirty Polack'"),
        ("RACIAL_HOSTILITY", "'Eastern European scum who cant drive'"),
        ("RACIAL_HOSTILITY", "'send him home'"),
        ("REPETITION", "on 2 occassions"),
        ("STALK_LOITER", "parked in the street outside their house"),
        ("DISTRESS", "worried sick about his licence and his reputation"),
    ],
)

case(
    40, "harassment_fear_of_violence", "CFD",
    voice="crime_summary", case="inconsistent", noise="typos", batch="ue",
    pattern="van_driver_twice_threatens_commuter_cyclist_at_same_junction_he_switches_to_train", relationship="stranger", occasions=2,
    text="""\
Crime summary: IP cycles to work along Preston Rd every weekday. On 09/09 a white Transit signwritten 'J.R. PLASTERING' passed him very close, IP tapped the mirror, driver stopped at the lights, got out and told IP 'touch my van again and I'll run you over, you little p***k'. On 16/09 SAME VAN, SAME DRIVER pulled alongside at the same junction, wound the window down and said 'remember me? I'll have you under my wheels'. IP is genuinly afraid the driver will hit him on purpose and has started getting the train instead, costing him £90 a month. Headcam footage of BOTH occasions provided. RO of van traced - John RAYNER. no previous contact between them. HARASSMENT - FEAR OF VIOLENCE.""",
    spans=[
        ("THREAT_VIOLENCE", "'touch my van again and I'll run you over, you little p***k'"),
        ("REPETITION", "SAME VAN, SAME DRIVER"),
        ("THREAT_VIOLENCE", "'remember me? I'll have you under my wheels'"),
        ("FEAR_OF_VIOLENCE", "IP is genuinly afraid the driver will hit him on purpose"),
        ("SERIOUS_IMPACT", "has started getting the train instead"),
    ],
)

case(
    41, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="vps", case="mixed", noise="clean", batch="ue",
    pattern="morning_commuter_calls_muslim_station_cleaner_terrorist_and_twice_threatens_to_push_her_onto_tracks", relationship="stranger", occasions=5,
    text="""\
Victim personal statement.

I clean at Hallgate station on the early shift. For two weeks in January a man who catches the 6.50 called me "Taliban" and "suicide bomber" when I was mopping near the ticket gates, at least four times. Twice he told me he would put me on the tracks, once on the 14th and again on the 20th, when he said he would push me under the train "like you lot deserve".

I believed him. I was afraid to stand anywhere near the platform edge, and I kept my back to the wall. I asked to be moved to the afternoon shift so I would not see him, and I have stayed on afternoons even though it means I am not home when my children come back from school. I am Muslim and I wear a headscarf for work and everywhere else. I have cleaned at that station for six years and I never felt unsafe until this.""",
    spans=[
        ("REPETITION", "For two weeks in January"),
        ("RELIGIOUS_HOSTILITY", "called me \"Taliban\" and \"suicide bomber\""),
        ("REPETITION", "at least four times"),
        ("THREAT_VIOLENCE", "he would put me on the tracks"),
        ("REPETITION", "once on the 14th and again on the 20th"),
        ("THREAT_VIOLENCE", "he would push me under the train \"like you lot deserve\""),
        ("FEAR_OF_VIOLENCE", "I was afraid to stand anywhere near the platform edge"),
        ("SERIOUS_IMPACT", "I asked to be moved to the afternoon shift"),
    ],
)

case(
    42, "aggravated_stalking", "CSR",
    voice="call_log", case="upper", noise="typos", batch="ue",
    pattern="ex_partner_books_night_taxis_and_takeaways_to_her_address_with_racist_texts", relationship="ex_partner", occasions=10,
    text="""\
CALLER STATES EX PARTNER (SEP 3 MONTHS) HAS BEEN ORDERING TAXIS TO HER ADDRESS IN HER NAME, 7 IN THE LAST FORTNIGHT, MOSTLY BETWEEN 0100 AND 0300, DRIVERS KNOCKING AND WAKING THE KIDS. ALSO ORDERED 3 TAKEAWAYS TO HER ON CASH ON DELIVERY. TEXTS HER AFTER EACH ONE E.G. 'HOPE YOU ENJOYED YOUR CURRY YOU SMELLY P***' AND 'GO BACK TO DELHI AND TAKE YOUR FAMILY'. CALLER SAYS HE ISNT VIOLENT AND SHE ISNT AFRAID OF HIM, JUST EXHAUSTED. TAXI FIRM (ACE CARS) CONFIRMD BOOKINGS MADE FROM HIS NUMBER. CALLER ASKS FOR NO ATTENDANCE TONITE, WILL GIVE STATEMENT TMRW. OIC TO BE ALLOCATD. DA MARKER ADDED.""",
    spans=[
        ("STALK_ORDERS", "ORDERING TAXIS TO HER ADDRESS IN HER NAME"),
        ("REPETITION", "7 IN THE LAST FORTNIGHT"),
        ("STALK_ORDERS", "ORDERED 3 TAKEAWAYS TO HER ON CASH ON DELIVERY"),
        ("STALK_CONTACT", "TEXTS HER AFTER EACH ONE"),
        ("RACIAL_HOSTILITY", "'HOPE YOU ENJOYED YOUR CURRY YOU SMELLY P***'"),
        ("RACIAL_HOSTILITY", "'GO BACK TO DELHI AND TAKE YOUR FAMILY'"),
        ("DISTRESS", "JUST EXHAUSTED"),
    ],
)

case(
    43, "aggravated_stalking_fear_alarm_distress", "CSFR",
    voice="judgment", case="mixed", noise="clean", batch="ue",
    pattern="passenger_repeatedly_books_muslim_private_hire_driver_by_name_abuses_faith_and_threatens_twice", relationship="customer", occasions=11,
    text="""\
Reasons of the bench.

We find the charge of racially or religiously aggravated stalking involving fear of violence proved.

Mr Hussain drives a private hire vehicle in Dewsford. We accept his evidence, which is supported by the operator's booking records, that between 3 and 28 October the defendant booked him by name 11 times, always for short journeys, and used those journeys to lecture him, calling him "a p*** paedo like the rest of them" and saying Islam was "a cult for groomers". The defendant photographed Mr Hussain's licence badge and his house, and later sent those photographs to him. On 20 October he said "I know where you live and I'll be round with a blade", and on 27 October, as he got out of the car, he told Mr Hussain he "won't see Christmas".

Mr Hussain told us, and we believe him, that he was frightened he would be stabbed. He has carried on working because he has to.

We reject the defendant's account that these were "just conversations" and that he was "asking questions about religion". Nobody books the same driver eleven times in four weeks to ask questions.""",
    spans=[
        ("REPETITION", "between 3 and 28 October"),
        ("FIXATION", "booked him by name 11 times"),
        ("RACIAL_HOSTILITY", "calling him \"a p*** paedo like the rest of them\""),
        ("RELIGIOUS_HOSTILITY", "saying Islam was \"a cult for groomers\""),
        ("STALK_WATCH", "photographed Mr Hussain's licence badge and his house"),
        ("STALK_CONTACT", "later sent those photographs to him"),
        ("THREAT_VIOLENCE", "\"I know where you live and I'll be round with a blade\""),
        ("THREAT_VIOLENCE", "he \"won't see Christmas\""),
        ("FEAR_OF_VIOLENCE", "he was frightened he would be stabbed"),
    ],
)

case(
    44, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="third_party", case="mixed", noise="redacted", batch="ue",
    pattern="man_watches_cashier_from_forecourt_follows_her_to_bus_stop_with_racist_remarks_she_leaves_lates", relationship="stranger", occasions=10,
    text="""\
Email from [NAME 1], area manager, [FUEL RETAILER] - re our cashier [NAME 2] at the [LOCATION] site.

Hi, as discussed on the phone. Since early December a man has been coming onto the forecourt most evenings without buying fuel and standing by the air and water machine watching [NAME 2] through the window, sometimes for half an hour. Staff have heard him call her a 'dirty curry muncher' and say 'ban them burkas' through the night hatch (she doesn't wear one). On 18/12 and again on 2/1 he followed her from the site on foot to the bus stop on [ROAD] when she finished at 22:00 and stood right behind her in the queue. She has not said he's threatened her. She has asked to come off lates and now only works days, and her husband collects her from the door. She's very shaken. CCTV from all of December is saved. We have banned him from the site but he still stands on the pavement opposite.

Thanks, [NAME 1]""",
    spans=[
        ("REPETITION", "Since early December"),
        ("STALK_LOITER", "coming onto the forecourt most evenings without buying fuel"),
        ("STALK_WATCH", "watching [NAME 2] through the window, sometimes for half an hour"),
        ("RACIAL_HOSTILITY", "call her a 'dirty curry muncher'"),
        ("RELIGIOUS_HOSTILITY", "'ban them burkas'"),
        ("REPETITION", "On 18/12 and again on 2/1"),
        ("STALK_FOLLOW", "he followed her from the site on foot to the bus stop"),
        ("SERIOUS_IMPACT", "asked to come off lates and now only works days"),
        ("SERIOUS_IMPACT", "her husband collects her from the door"),
        ("DISTRESS", "She's very shaken"),
        ("STALK_LOITER", "he still stands on the pavement opposite"),
    ],
)
