# ruff: noqa: E501
"""Hand-written narratives, writer wa: counting threats across a course of conduct."""

from corpora.handwritten import case

case(
    1, "harassment_fear_of_violence", "CF",
    voice="call_log", case="upper", noise="abbrev", batch="wa",
    pattern="neighbour_same_hospital_threat_on_two_dates_elderly_ip_frightened", relationship="neighbour", occasions=2,
    text="""\
CALLER IS IP MRS DENISE HOLLOWAY OF 14 FERN CL. REPORTS NEIGHBOUR AT NO 12 (SUSP GARY PRITCHARD) HAS THREATENED HER TWICE. ON 04/03 SUSP SHOUTED OVER FENCE THAT HE WOULD 'PUT HER IN HOSPITAL' IF SHE REPORTED HIS DOG TO THE COUNCIL AGAIN. ON 09/03 SAME THREAT WHEN SHE WAS PUTTING BINS OUT - SUSP WALKED UP THE PATH AND SAID SHE'D END UP IN HOSPITAL, HE MEANT IT. IP STATES SHE IS FRIGHTENED HE WILL ACTUALLY DO IT, KEEPS LOOKING OUT OF THE WINDOW FOR HIM. IP 81 YRS, LIVES ALONE. NO INJURIES. DOG ISSUE ALSO LOGGED WITH ENV HEALTH LAST YR. CAD 4471 09/03. ADV RE 999 IF SUSP ATTENDS. UNIT TO ATTEND WHEN AVAILABLE.""",
    spans=[
        ("REPETITION", "TWICE"),
        ("THREAT_VIOLENCE", "SHOUTED OVER FENCE THAT HE WOULD 'PUT HER IN HOSPITAL'"),
        ("REPETITION", "ON 09/03 SAME THREAT"),
        ("THREAT_VIOLENCE", "SAID SHE'D END UP IN HOSPITAL, HE MEANT IT"),
        ("FEAR_OF_VIOLENCE", "SHE IS FRIGHTENED HE WILL ACTUALLY DO IT"),
    ],
)

case(
    2, "harassment", "C",
    voice="crime_summary", case="mixed", noise="clean", batch="wa",
    pattern="colleague_complaint_dispute_forty_messages_one_threat_in_middle", relationship="colleague", occasions=12,
    text="""\
IP Priya Raman (28) works at the Wrexham Road depot of Castleford Logistics alongside the suspect, Dean Mottram. IP is of Indian heritage; nothing in the material suggests this plays any part. Between 2 and 23 October Mottram sent IP 41 WhatsApp messages and rang her 9 times outside work, all about a complaint she made to management about his forklift driving. Most of the messages demand that she withdraws the complaint, and they call her a 'grass' and a 'snake'. On 11 October, in the middle of the run, one message reads 'keep going and see what happens to you in the car park'. IP took this as a threat and says she was scared walking to her car that night. There is nothing like it before or after; the messages from the 12th go back to demands and insults. IP is upset and has struggled to sleep but has not changed her shifts or her route. Mottram suspended pending an HR investigation. He is not an ex-partner and there has been no contact about anything other than the complaint.""",
    spans=[
        ("REPETITION", "Between 2 and 23 October"),
        ("STALK_CONTACT", "sent IP 41 WhatsApp messages and rang her 9 times outside work"),
        ("STALK_CONTACT", "they call her a 'grass' and a 'snake'"),
        ("THREAT_VIOLENCE", "'keep going and see what happens to you in the car park'"),
        ("FEAR_OF_VIOLENCE", "she was scared walking to her car that night"),
        ("DISTRESS", "IP is upset and has struggled to sleep"),
    ],
)

case(
    3, "stalking", "CS",
    voice="victim_diary", case="lower", noise="typos", batch="wa",
    pattern="ex_partner_week_of_pleading_one_threat_on_last_night", relationship="ex_partner", occasions=6,
    text="""\
mon 6th - jordan messaged again, 14 texts by dinner time. all the same, please come home, i cant live without you, ill change. blocked him on whatsapp so he started on instagram instead.
tues 7th - flowers left on my step with no card. i know there from him, same ones he got me for our anniversery.
weds 8th - 20 odd messages. he says hes sorry, he says his mum misses me. didnt reply.
thurs 9th - nothing, which was nearly worse
fri 10th - he was sat in his car at the end of the road when i got home from work. didnt get out. drove off when i looked.
sat 11th - message at 2am 'if i cant have you nobody will, ill smash your face in so no one looks at you again'. i am so scared i didnt sleep, rang my sister. hes never said anything like that before and nothing since, just back to sorry on sunday.
sun 12th - 'im sorry about last night i was drunk. i love you'""",
    spans=[
        ("STALK_CONTACT", "jordan messaged again, 14 texts by dinner time"),
        ("FIXATION", "please come home, i cant live without you"),
        ("STALK_CONTACT", "he started on instagram instead"),
        ("STALK_GIFTS", "flowers left on my step with no card"),
        ("STALK_CONTACT", "20 odd messages"),
        ("STALK_LOITER", "he was sat in his car at the end of the road when i got home from work"),
        ("FIXATION", "if i cant have you nobody will"),
        ("THREAT_VIOLENCE", "ill smash your face in so no one looks at you again"),
        ("FEAR_OF_VIOLENCE", "i am so scared i didnt sleep"),
    ],
)

case(
    4, "no_offence", "",
    voice="notebook", case="mixed", noise="abbrev", batch="wa",
    pattern="stranger_car_park_space_row_threat_repeated_within_one_incident", relationship="stranger", occasions=1,
    text="""\
1540 17/05 Tesco Extra car pk, Holme Lane. Spoke IP Marcus ODUYA. States approx 1520 he reversed into a space SUSP (W/M 40s, grey Transit) was waiting for. SUSP got out, stood at his window and kept saying 'I'll knock you spark out'. Lasted 2-3 mins then SUSP drove off. IP shaken, says he thought he was going to be hit. Never seen SUSP before, no contact since. VRM partial - PNC no trace. Adv. s.4 PO considered, OIC to request store CCTV.""",
    spans=[
        ("REPETITION", "kept saying"),
        ("THREAT_VIOLENCE", "'I'll knock you spark out'"),
        ("FEAR_OF_VIOLENCE", "he thought he was going to be hit"),
    ],
)

case(
    5, "aggravated_harassment_fear_of_violence", "CFR",
    voice="statement", case="mixed", noise="clean", batch="wa",
    pattern="neighbour_racist_abuse_burn_you_out_threat_on_two_dates", relationship="neighbour", occasions=3,
    text="""\
I live at 31 Alder Road with my husband and our two children. We came to this country from Bangladesh eleven years ago. The man at number 35, who I know as Terry, has had a problem with us since we put up a new fence in the spring. On Saturday 3 August he was in his front garden when I came back from the shop. He called me a 'dirty P***' and said people like me should go back where we came from. I ignored him. On Thursday 15 August at about 9pm he knocked on our door. When I opened it he said 'I'll burn you out, you and your P*** family'. I shut the door on him. On Sunday 25 August he shouted the same thing over the fence while I was hanging out the washing, that he would burn us out. I am scared that he will set fire to our house with me inside it. I do not sleep properly any more. I want him to stop.""",
    spans=[
        ("RACIAL_HOSTILITY", "He called me a 'dirty P***'"),
        ("RACIAL_HOSTILITY", "people like me should go back where we came from"),
        ("THREAT_VIOLENCE", "'I'll burn you out, you and your P*** family'"),
        ("REPETITION", "he shouted the same thing over the fence"),
        ("THREAT_VIOLENCE", "that he would burn us out"),
        ("FEAR_OF_VIOLENCE", "I am scared that he will set fire to our house with me inside it"),
        ("DISTRESS", "I do not sleep properly any more"),
    ],
)

case(
    6, "stalking_fear_alarm_distress", "CSF",
    voice="updates", case="mixed", noise="abbrev", batch="wa",
    pattern="ex_partner_door_kill_threat_then_keeps_saying_it_by_text", relationship="ex_partner", occasions=3,
    text="""\
UPDATE 1 (PC 4412 ASHWORTH) 02/02 1930: Att IP Kerry Dunn. Ex-partner Lee WALSH (sep 6 wks) came to her door at 1800, banging, shouting 'open the door or I'll kill you'. Left before police arr. IP v frightened, says he has hit her before (historic, unreported).
UPDATE 2 (PC 4412) 05/02: IP has supplied screenshots. Since 02/02 WALSH has sent approx 60 texts. Mix of begging her to take him back and threats - he keeps saying he'll kill her, 'ur dead', 'ill end u'. Sent on 03/02 and 04/02. IP states she is terrified he means it and will turn up again.
UPDATE 3 (DS 221 MORRIS) 06/02: DASH high. MARAC referral. Arrest WALSH. PIN not appropriate given threats.""",
    spans=[
        ("STALK_TURN_UP", "came to her door at 1800, banging"),
        ("THREAT_VIOLENCE", "'open the door or I'll kill you'"),
        ("FEAR_OF_VIOLENCE", "IP v frightened"),
        ("STALK_CONTACT", "WALSH has sent approx 60 texts"),
        ("FIXATION", "begging her to take him back"),
        ("REPETITION", "he keeps saying"),
        ("THREAT_VIOLENCE", "he'll kill her, 'ur dead', 'ill end u'"),
        ("REPETITION", "Sent on 03/02 and 04/02"),
        ("FEAR_OF_VIOLENCE", "she is terrified he means it"),
    ],
)

case(
    7, "aggravated_stalking", "CSR",
    voice="mo_field", case="upper", noise="heavy", batch="wa",
    pattern="stranger_follows_sikh_man_from_gurdwara_one_threat_in_fb_message", relationship="stranger", occasions=8,
    text="""\
SUSP HAS FOLLOWED IP (SIKH MALE, 34) FROM GURDWARA ON KING ST ON 4 SEPERATE SUNDAYS, WALKIN APPROX 20M BEHIND, SHOUTING 'TAKE THAT RAG OFF YOUR HEAD'. SUSP ALSO SAT OUTSIDE IP'S WORKPLACE (BARBERS, 2 HIGH ST) IN CAR ON 2 WEEKDAYS WATCHING HIM THRU WINDOW. SENT FB MSGS X12, MOSTLY ABUSE ABOUT IP'S TURBAN AND RELIGON. ONE MSG 19/06: 'UR NEXT TOWELHEAD ILL STAB U'. IP FRIGHTENED BY THIS MSG. NO OTHER THREATS IN ANY MSG. IP CONTINUES TO ATTEND GURDWARA + WORK AS NORMAL. SUSP VEH - SILVER ASTRA, PART VRM.""",
    spans=[
        ("STALK_FOLLOW", "FOLLOWED IP (SIKH MALE, 34) FROM GURDWARA ON KING ST"),
        ("REPETITION", "ON 4 SEPERATE SUNDAYS"),
        ("RELIGIOUS_HOSTILITY", "SHOUTING 'TAKE THAT RAG OFF YOUR HEAD'"),
        ("STALK_WATCH", "SAT OUTSIDE IP'S WORKPLACE (BARBERS, 2 HIGH ST) IN CAR ON 2 WEEKDAYS WATCHING HIM"),
        ("STALK_CONTACT", "SENT FB MSGS X12"),
        ("RELIGIOUS_HOSTILITY", "MOSTLY ABUSE ABOUT IP'S TURBAN AND RELIGON"),
        ("THREAT_VIOLENCE", "'UR NEXT TOWELHEAD ILL STAB U'"),
        ("FEAR_OF_VIOLENCE", "IP FRIGHTENED BY THIS MSG"),
    ],
)

case(
    8, "harassment", "C",
    voice="crime_summary", case="lower", noise="typos", batch="wa",
    pattern="business_money_dispute_two_threats_victim_not_frightened", relationship="business", occasions=30,
    text="""\
ip runs a small building firm. susp (former subcontractor craig fenwick) says he is owed £2,300 for a kitchen job in marsden. since 1st may susp has phoned ip 30+ times and sent voice notes. on 3rd may voicenote says 'pay up or ill break your legs'. on 17th may he rang and said hed 'come round with a bat and do your knees'. ip is clear he is not frightned of him - 'hes all mouth, ive known him 15 years, he wouldnt do anything' - and only wants him told to stop ringing because its tying up the business line. the money is a civil matter but the threats and number of calls are not. ip does not want to make a statment at this time, happy for words of advice to susp.""",
    spans=[
        ("REPETITION", "since 1st may"),
        ("STALK_CONTACT", "phoned ip 30+ times and sent voice notes"),
        ("THREAT_VIOLENCE", "'pay up or ill break your legs'"),
        ("THREAT_VIOLENCE", "hed 'come round with a bat and do your knees'"),
    ],
)

case(
    9, "aggravated_harassment", "CR",
    voice="call_log", case="upper", noise="abbrev", batch="wa",
    pattern="barred_customer_racist_calls_to_shop_threat_on_third_call_only", relationship="customer", occasions=5,
    text="""\
IP IS ASST MANAGER AT NISA LOCAL, 88 STATION RD. SUSP IS A REGULAR CUSTOMER BARRED LAST MONTH FOR SHOPLIFTING. SINCE BARRING SUSP HAS RUNG THE SHOP LANDLINE 5 TIMES ASKING FOR IP BY NAME. EACH CALL RACIAL ABUSE - CALLS IP 'PAKI' AND 'CURRY MUNCHER', TELLS HIM TO GO HOME. 3RD CALL (21/11) SUSP SAID HE WOULD WAIT FOR IP AFTER CLOSE AND 'DO HIM'. IP SHAKEN, GOT A LIFT HOME THAT NIGHT. OTHER 4 CALLS NO THREATS. SHOP PHONE SHOWS NO CALLER ID BUT IP KNOWS THE VOICE. REQ OFFICER ATTEND TO OBTAIN STATEMENT.""",
    spans=[
        ("REPETITION", "SINCE BARRING"),
        ("STALK_CONTACT", "RUNG THE SHOP LANDLINE 5 TIMES ASKING FOR IP BY NAME"),
        ("REPETITION", "EACH CALL"),
        ("RACIAL_HOSTILITY", "CALLS IP 'PAKI' AND 'CURRY MUNCHER', TELLS HIM TO GO HOME"),
        ("THREAT_VIOLENCE", "HE WOULD WAIT FOR IP AFTER CLOSE AND 'DO HIM'"),
        ("FEAR_OF_VIOLENCE", "IP SHAKEN, GOT A LIFT HOME THAT NIGHT"),
    ],
)

case(
    10, "stalking_fear_alarm_distress", "CSD",
    voice="crime_summary", case="inconsistent", noise="clean", batch="wa",
    pattern="ex_partner_silent_loitering_no_threats_victim_moves_and_changes_nursery", relationship="ex_partner", occasions=10,
    text="""\
Victim Shannon BRIGHT ended her relationship with ryan COLES in January. From mid-February Coles has been seen outside her flat on Beck Street most evenings, standing by the BUS SHELTER opposite, sometimes for over an hour. He has not approached her, has not said anything and has made NO threats. On 2 March he was also seen outside the nursery where she drops off her daughter. shannon has now moved herself and her daughter to her mother's house in Greetland and has changed the nursery. She says she could not stand him watching her every night. CCTV from the chip shop next to the shelter shows COLES on 9 of the 14 evenings checked.""",
    spans=[
        ("REPETITION", "From mid-February"),
        ("STALK_LOITER", "seen outside her flat on Beck Street most evenings, standing by the BUS SHELTER opposite"),
        ("STALK_TURN_UP", "seen outside the nursery where she drops off her daughter"),
        ("SERIOUS_IMPACT", "moved herself and her daughter to her mother's house in Greetland and has changed the nursery"),
        ("DISTRESS", "she could not stand him watching her every night"),
        ("REPETITION", "9 of the 14 evenings checked"),
    ],
)

case(
    11, "harassment_fear_of_violence", "CF",
    voice="call_log", case="mixed", noise="typos", batch="wa",
    pattern="acquaintance_three_threatening_voicemails_within_minutes", relationship="acquaintance", occasions=3,
    text="""\
Caller Ms Aisha KAMARA reports 3 voicemails left on her mobile last night between 2314 and 2321 from Jamal PEARCE, who she knows through her cousin. They fell out at a party on Saturday over money she says she doesnt owe him. VM1 'you think your clever, im going to batter you when i see you'. VM2 'answer your phone. im coming for you'. VM3 'your getting it tommorow'. Caller played them to call handler. Says she is terrified he will turn up and hurt her, hasnt slept. No contact from him before last night. Pearce not beleived to live nearby.""",
    spans=[
        ("STALK_CONTACT", "3 voicemails left on her mobile last night"),
        ("REPETITION", "between 2314 and 2321"),
        ("THREAT_VIOLENCE", "'you think your clever, im going to batter you when i see you'"),
        ("THREAT_VIOLENCE", "'answer your phone. im coming for you'"),
        ("THREAT_VIOLENCE", "'your getting it tommorow'"),
        ("FEAR_OF_VIOLENCE", "she is terrified he will turn up and hurt her"),
    ],
)

case(
    12, "aggravated_stalking_fear_alarm_distress", "CSFR",
    voice="supervisor_review", case="mixed", noise="clean", batch="wa",
    pattern="online_account_fixated_on_muslim_councillor_blade_threat_repeated", relationship="online", occasions=20,
    text="""\
Supervisor review - DS Hartley. Initially recorded as malicious communications. I disagree. The suspect, using the account @trueBritNorth, has messaged the victim (Cllr Nadia Hussain) on Twitter and Instagram almost daily since 1 September, comments on everything she posts, has screenshotted photos of her at the mosque and at her ward surgery, and on 14 September posted her constituency office opening hours with the words 'everyone knows where to find her now'. The messages call her a 'jihadi bride' and say Islam is a 'cancer'. As to threats: 6 Sept 'you'll get what's coming', 19 Sept 'I'll be at your surgery with a blade', and the same blade threat was repeated on 27 Sept and 3 Oct. Cllr Hussain has told the OIC she is frightened she will be attacked at her surgery. The fixation is plain. Reclassify to religiously aggravated stalking (fear of violence). Account traced through subscriber checks - arrest plan to follow.""",
    spans=[
        ("STALK_CONTACT", "messaged the victim (Cllr Nadia Hussain) on Twitter and Instagram"),
        ("REPETITION", "almost daily since 1 September"),
        ("STALK_CONTACT", "comments on everything she posts"),
        ("STALK_MONITOR", "screenshotted photos of her at the mosque and at her ward surgery"),
        ("STALK_PUBLISH", "posted her constituency office opening hours with the words 'everyone knows where to find her now'"),
        ("RELIGIOUS_HOSTILITY", "call her a 'jihadi bride' and say Islam is a 'cancer'"),
        ("THREAT_VIOLENCE", "'you'll get what's coming'"),
        ("THREAT_VIOLENCE", "'I'll be at your surgery with a blade'"),
        ("REPETITION", "the same blade threat was repeated on 27 Sept and 3 Oct"),
        ("FEAR_OF_VIOLENCE", "she is frightened she will be attacked at her surgery"),
    ],
)

case(
    13, "no_offence", "R",
    voice="result_note", case="mixed", noise="abbrev", batch="wa",
    pattern="single_racist_slur_and_threat_from_passing_cyclist", relationship="stranger", occasions=1,
    text="""\
NFA - one-off. 23/07 1710 IP (19) at Chapel St bus stop, unknown W/M on bike shouted 'n***** I'll f****** drop you', rode off. IP scared at the time. CCTV neg.""",
    spans=[
        ("RACIAL_HOSTILITY", "n*****"),
        ("THREAT_VIOLENCE", "I'll f****** drop you"),
        ("FEAR_OF_VIOLENCE", "IP scared at the time"),
    ],
)

case(
    14, "aggravated_harassment", "CR",
    voice="statement", case="lower", noise="typos", batch="wa",
    pattern="neighbour_racist_notes_threats_only_against_victims_son", relationship="neighbour", occasions=8,
    text="""\
my name is grace adeyemi. i live at flat 6 with my son tobi who is 15. the man in flat 8, keith, has been a nightmare since christmas. he bangs on our wall at night and shouts 'monkeys' through it. he leaves notes under our door saying 'go back to africa'. ive had four of them now. on 2 feb and again last friday he told me on the landing that if tobi 'comes near his car again' he will 'break the little black b*****s neck'. tobi has never touched his car. i am not scared of keith for myself, hes an old man and i can handle him, but i am worried sick about tobi.""",
    spans=[
        ("RACIAL_HOSTILITY", "shouts 'monkeys' through it"),
        ("STALK_CONTACT", "leaves notes under our door"),
        ("RACIAL_HOSTILITY", "'go back to africa'"),
        ("REPETITION", "ive had four of them now"),
        ("REPETITION", "on 2 feb and again last friday"),
        ("RACIAL_HOSTILITY", "the little black b*****s"),
        ("DISTRESS", "i am worried sick about tobi"),
    ],
)

case(
    15, "stalking", "CS",
    voice="dash_note", case="mixed", noise="abbrev", batch="wa",
    pattern="ex_partner_daily_snapchat_and_work_visits_threats_aimed_at_new_boyfriend", relationship="ex_partner", occasions=20,
    text="""\
DASH completed with IP Chloe BARKER (22). Ex-partner Kyle INGHAM (24), rel 2 yrs, ended Aug. Since end of Aug Kyle has messaged her every day on Snapchat, turned up at her work (Costa, Market Sq) 3 times and keeps checking where she is on Snap Map. Msgs all want to know who she is with and why she won't see him. He has twice said he will 'stab that lad' - meaning her new bf Ethan - on 14/9 and 20/9. IP says Kyle has never been violent to her and she does not think he would hurt her; her worry is for Ethan. No threats to IP herself. DASH 7 - standard. Ethan spoken to separately, wishes to report threats to him - separate crime ref.""",
    spans=[
        ("REPETITION", "Since end of Aug"),
        ("STALK_CONTACT", "messaged her every day on Snapchat"),
        ("STALK_TURN_UP", "turned up at her work (Costa, Market Sq) 3 times"),
        ("STALK_MONITOR", "keeps checking where she is on Snap Map"),
        ("FIXATION", "want to know who she is with and why she won't see him"),
    ],
)

case(
    16, "harassment_fear_of_violence", "CF",
    voice="third_party", case="mixed", noise="typos", batch="wa",
    pattern="witness_newsagent_sees_threat_at_bus_stop_on_two_days", relationship="acquaintance", occasions=2,
    text="""\
I am writing this as a witness. I work in the newsagents opposite the bus stop on Linthorpe Rd and I know the young woman, Jade, because she comes in for her paper every morning before work. On Tuesday I saw a lad in a black North Face coat go right up to her face at the stop and I heard him say 'your dead you, I'll get you on your own'. She looked terrified. She came in the shop after and was shaking, she said it was a lad called Reece from her old school who has had it in for her since she gave evidence against his brother. On Thursday he was there again, same coat, and did the same thing, pointing at her and saying he would get her. She ran into the shop and asked me to ring her dad to come and pick her up. She told me she is scared stiff of him and doesnt know what he will do. I have CCTV of the front of the shop which the officer has took a copy of.""",
    spans=[
        ("THREAT_VIOLENCE", "'your dead you, I'll get you on your own'"),
        ("FEAR_OF_VIOLENCE", "She looked terrified"),
        ("REPETITION", "On Thursday he was there again"),
        ("THREAT_VIOLENCE", "saying he would get her"),
        ("FEAR_OF_VIOLENCE", "She ran into the shop and asked me to ring her dad"),
        ("FEAR_OF_VIOLENCE", "she is scared stiff of him"),
    ],
)

case(
    17, "aggravated_stalking_fear_alarm_distress", "CSFR",
    voice="notebook", case="lower", noise="abbrev", batch="wa",
    pattern="stranger_waits_outside_synagogue_follows_ip_throat_threat_said_again", relationship="stranger", occasions=5,
    text="""\
sat 11/3 1230 spoke to ip mr daniel rosen outside shul, bury old rd. ip states male known to him only as 'mick' (susp) has been standing opposite the shul on the last 4 saturdays, and has followed ip home twice, 10m behind, as far as his gate. last sat (4/3) susp shouted 'hitler should have finished you lot' and said 'ill cut your throat jew' as ip went in. today susp said it again - same words about his throat - as ip came out. ip states he is afraid susp will attack him on the walk home and asked for an escort today. ip walks as he does not drive on shabbat. susp made off twds leicester rd before our arrival. descr w/m 50s grey beard camo jacket. area search neg. cad 1188.""",
    spans=[
        ("STALK_LOITER", "standing opposite the shul"),
        ("REPETITION", "on the last 4 saturdays"),
        ("STALK_FOLLOW", "followed ip home twice, 10m behind, as far as his gate"),
        ("RELIGIOUS_HOSTILITY", "'hitler should have finished you lot'"),
        ("THREAT_VIOLENCE", "'ill cut your throat jew'"),
        ("REPETITION", "today susp said it again"),
        ("THREAT_VIOLENCE", "same words about his throat"),
        ("FEAR_OF_VIOLENCE", "he is afraid susp will attack him on the walk home"),
    ],
)

case(
    18, "stalking", "CS",
    voice="crime_summary", case="mixed", noise="clean", batch="wa",
    pattern="rejected_colleague_one_threat_in_first_message_then_watching_following_gifts", relationship="colleague", occasions=9,
    text="""\
Both parties work in the revenues team at Halton Borough Council. The suspect, Martin Greaves (51), asked the victim, Lucy Thorne (26), out in April and she said no. Since then he has: sent her a long message the same night ending 'you'll be sorry you humiliated me, I'll make sure you get hurt' (the only threatening message, and the first thing he did); moved his desk to the bank facing hers; waited by her car in the staff car park on at least six evenings; followed her into Asda on 2 May and stood behind her at the till; and left a card and a bracelet in her drawer. She is frightened of him and upset at work but still attends and has not altered her hours. HR aware. Interviewed under caution, says he 'just wanted to be friends'.""",
    spans=[
        ("THREAT_VIOLENCE", "'you'll be sorry you humiliated me, I'll make sure you get hurt'"),
        ("STALK_WATCH", "moved his desk to the bank facing hers"),
        ("STALK_LOITER", "waited by her car in the staff car park"),
        ("REPETITION", "on at least six evenings"),
        ("STALK_FOLLOW", "followed her into Asda on 2 May and stood behind her at the till"),
        ("STALK_GIFTS", "left a card and a bracelet in her drawer"),
        ("FEAR_OF_VIOLENCE", "She is frightened of him"),
        ("DISTRESS", "upset at work"),
    ],
)

case(
    19, "harassment", "C",
    voice="mo_field", case="upper", noise="abbrev", batch="wa",
    pattern="driveway_dispute_daily_photos_and_notes_one_threat_on_third_occasion", relationship="neighbour", occasions=10,
    text="""\
ONGOING DISPUTE RE SHARED DRIVEWAY. SUSP (NEIGHBOUR NO 7) HAS PHOTOGRAPHED IP'S CARS ON DRIVE DAILY SINCE 01/06 + LEAVES NOTES ON WINDSCREEN RE PARKING. ON 3RD OCC (05/06) SUSP TOLD IP 'PARK THERE AGAIN AND I'LL PUT YOU THROUGH THAT WINDOW'. IP SCARED AT TIME. NO FURTHER THREATS, SUSP CONTINUES PHOTOS + NOTES. IP DISTRESSED, WANTS IT TO STOP.""",
    spans=[
        ("STALK_WATCH", "PHOTOGRAPHED IP'S CARS ON DRIVE"),
        ("REPETITION", "DAILY SINCE 01/06"),
        ("STALK_CONTACT", "LEAVES NOTES ON WINDSCREEN RE PARKING"),
        ("THREAT_VIOLENCE", "'PARK THERE AGAIN AND I'LL PUT YOU THROUGH THAT WINDOW'"),
        ("FEAR_OF_VIOLENCE", "IP SCARED AT TIME"),
        ("DISTRESS", "IP DISTRESSED"),
    ],
)

case(
    20, "aggravated_harassment_fear_of_violence", "CFR",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="wa",
    pattern="pub_regular_glass_threat_repeated_outside_bookies_with_anti_polish_abuse", relationship="acquaintance", occasions=2,
    text="""\
Sgt 1907 OKAFOR - review. Recorded as a one-off s.4 PO on 12/04. Reading the MG11, it isn't. IP Mr Tomasz WISNIEWSKI describes SUSP Barry LUND (a regular at the Fleece, where IP also drinks) calling him a 'Polish scrounger' and a 'dirty immigrant' on 12/04 and telling him 'I'll glass you if you come in here again'. Then on 20/04 Lund saw IP outside the bookies on Kirkgate and said 'I told you. I'll glass you, you Polish c***'. IP says in his statement he believes Lund will do it and he is afraid of him. Re-crime as racially agg harassment, fear of violence. OIC - pub CCTV for 12/04 before it's overwritten (28 day retention).""",
    spans=[
        ("RACIAL_HOSTILITY", "calling him a 'Polish scrounger' and a 'dirty immigrant'"),
        ("THREAT_VIOLENCE", "'I'll glass you if you come in here again'"),
        ("REPETITION", "I told you."),
        ("THREAT_VIOLENCE", "I'll glass you, you Polish c***"),
        ("FEAR_OF_VIOLENCE", "he believes Lund will do it and he is afraid of him"),
    ],
)

case(
    21, "stalking", "CS",
    voice="statement", case="mixed", noise="redacted", batch="wa",
    pattern="ex_partner_nightly_pleading_messages_and_flowers_no_threats", relationship="ex_partner", occasions=10,
    text="""\
[NAME 1] and I were together four years. I finished it on [DATE 1] and since that day it has been constant. Nearly every night there are messages from him, paragraphs long, about how I am the one, how nobody will ever love me like he does, how he is prepared to wait years for me. To be fair to him there have been no threats at all and I am not scared he'll hurt me. Flowers keep arriving for me at [ADDRESS 2], which is where I work - that's happened five times now - and on [DATE 2] a parcel turned up with a photo album he had made of us. My brother has told him to stop and so have I, in writing, more than once. His answer was 'you don't mean that'. Honestly I am exhausted by it and low. I want him to get the message and let me get on with my life.""",
    spans=[
        ("STALK_CONTACT", "Nearly every night there are messages from him"),
        ("FIXATION", "how I am the one, how nobody will ever love me like he does, how he is prepared to wait years for me"),
        ("STALK_GIFTS", "Flowers keep arriving for me at [ADDRESS 2]"),
        ("REPETITION", "that's happened five times now"),
        ("STALK_GIFTS", "a parcel turned up with a photo album he had made of us"),
        ("FIXATION", "His answer was 'you don't mean that'"),
        ("DISTRESS", "I am exhausted by it and low"),
    ],
)

case(
    22, "harassment_fear_of_violence", "CFD",
    voice="call_log", case="mixed", noise="heavy", batch="wa",
    pattern="brother_in_law_will_dispute_two_pasted_threat_texts_victim_changes_locks", relationship="family", occasions=17,
    text="""\
Caller Mrs Lorraine PLATT. Her brother in law Shaun Platt (late husbands brother) has been sending her txts since her husbands funeral, all about the will. Caller read out 2 of them:
3/3 1102 'u and ur solicitor can f off. ur going to get hurt over this i promise u'
11/3 2240 'ill come round and hurt u myself, that house is mine'
Plus aprox 15 others calling her 'thief' 'gold digger' etc, no threats in those. Caller says she is petrified hell do what he says, has had locks changed and a ring doorbell fitted and is staying at her daughters at wkends as he knows shes alone then. Wants police to speak to him. Will dispute is civil - advised re solicitor. Caller also asked about a parking ticket outside the crem, told to contact council. Shaun PLATT DOB 12/08/71 addr on PNC.""",
    spans=[
        ("STALK_CONTACT", "has been sending her txts since her husbands funeral"),
        ("THREAT_VIOLENCE", "ur going to get hurt over this i promise u"),
        ("THREAT_VIOLENCE", "ill come round and hurt u myself"),
        ("STALK_CONTACT", "aprox 15 others calling her 'thief' 'gold digger'"),
        ("FEAR_OF_VIOLENCE", "she is petrified hell do what he says"),
        ("SERIOUS_IMPACT", "has had locks changed and a ring doorbell fitted and is staying at her daughters at wkends"),
    ],
)

case(
    23, "aggravated_stalking", "CSR",
    voice="dash_note", case="upper", noise="abbrev", batch="wa",
    pattern="ex_partner_racist_abuse_daily_calls_van_outside_single_jaw_threat", relationship="ex_partner", occasions=30,
    text="""\
DASH - IP (MIXED RACE F 31). EX-PARTNER SUSP (W/M 35), SEP 4 MTHS. SINCE SEP SUSP HAS BEEN CALLING + TEXTING DAILY, CALLING IP A 'HALF CASTE SLAG' AND SAYING HIS FAMILY WERE RIGHT ABOUT 'HER SORT'. SUSP HAS ATTENDED IP ADDRESS 3 X, SITS OUTSIDE IN VAN. ON 1 OCC (28/10) TEXT SAID 'ILL BREAK YOUR JAW IF I SEE YOU WITH HIM'. IP SCARED BUT SAYS THAT WAS THE ONLY THREAT, REST IS ABUSE AND BEGGING HER BACK. NO CHANGE TO HER ROUTINE. DASH MEDIUM. SAFEGUARDING ADV GIVEN, IDVA REFERRAL OFFERED + ACCEPTED.""",
    spans=[
        ("REPETITION", "SINCE SEP"),
        ("STALK_CONTACT", "CALLING + TEXTING DAILY"),
        ("RACIAL_HOSTILITY", "CALLING IP A 'HALF CASTE SLAG'"),
        ("RACIAL_HOSTILITY", "HIS FAMILY WERE RIGHT ABOUT 'HER SORT'"),
        ("STALK_TURN_UP", "ATTENDED IP ADDRESS 3 X, SITS OUTSIDE IN VAN"),
        ("THREAT_VIOLENCE", "'ILL BREAK YOUR JAW IF I SEE YOU WITH HIM'"),
        ("FEAR_OF_VIOLENCE", "IP SCARED"),
        ("FIXATION", "BEGGING HER BACK"),
    ],
)

case(
    24, "no_offence", "",
    voice="result_note", case="mixed", noise="clean", batch="wa",
    pattern="partner_kill_threats_six_months_apart_reconciled_between", relationship="partner", occasions=2,
    text="""\
Result: NFA as harassment - no course of conduct. IP reports that her partner Owen Tate said 'I'll kill you' during an argument on 6 January. They separated briefly, got back together at the end of January and by her account things were good until 19 July when, in a row about money, he said it again - 'I swear I'll kill you'. IP was frightened on both occasions. Six months apart with a reconciliation in between: two separate incidents, not a course. 19 July recorded as s.4 Public Order and Tate charged; IP does not wish to pursue January. DA referral made, DASH standard.""",
    spans=[
        ("THREAT_VIOLENCE", "'I'll kill you'"),
        ("REPETITION", "he said it again"),
        ("THREAT_VIOLENCE", "'I swear I'll kill you'"),
        ("FEAR_OF_VIOLENCE", "IP was frightened on both occasions"),
    ],
)

case(
    25, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="vps", case="mixed", noise="clean", batch="wa",
    pattern="neighbour_binoculars_photos_racist_posts_no_threats_family_changes_routine", relationship="neighbour", occasions=15,
    text="""\
Victim personal statement. I am Chinese and I have lived in Beeston with my wife and two daughters for nine years. Since last summer the man across the road has made our lives a misery. He stands at his window with binoculars and watches our house. He photographs my daughters when they play in the front garden. He put the photos on a local Facebook group with comments like 'the chinks at no 4 are breeding' and 'bat eaters, keep your distance'. He has never threatened to hurt us. But I no longer let the girls play out the front, we keep the blinds closed all day, I have paid £600 for cameras, and my wife now takes the girls the long way to school so they do not pass his house. My wife cries a lot. I feel like a prisoner in my own home.""",
    spans=[
        ("REPETITION", "Since last summer"),
        ("STALK_WATCH", "He stands at his window with binoculars and watches our house"),
        ("STALK_MONITOR", "He photographs my daughters when they play in the front garden"),
        ("STALK_PUBLISH", "put the photos on a local Facebook group"),
        ("RACIAL_HOSTILITY", "'the chinks at no 4 are breeding'"),
        ("RACIAL_HOSTILITY", "'bat eaters, keep your distance'"),
        ("SERIOUS_IMPACT", "I no longer let the girls play out the front"),
        ("SERIOUS_IMPACT", "I have paid £600 for cameras"),
        ("SERIOUS_IMPACT", "my wife now takes the girls the long way to school so they do not pass his house"),
        ("DISTRESS", "I feel like a prisoner in my own home"),
    ],
)

case(
    26, "stalking_fear_alarm_distress", "CSFD",
    voice="victim_diary", case="mixed", noise="typos", batch="wa",
    pattern="ex_partner_diary_ground_threat_first_and_last_visit_victim_leaves_home", relationship="ex_partner", occasions=6,
    text="""\
Diary kept for police as asked by PC Singh.
1 April - Dale turned up at my work at lunch. Said if I didnt come back he'd 'put me in the ground'. Manager made him leave. Shaking all afternoon.
4 April - 23 missed calls from withheld. I know its him.
7 April - saw his car parked on our street at 10pm. Gone by morning.
9 April - Mum rang to say he'd been round hers asking where I was working now. She told him nothing. Not sure if this counts as it wasnt to me.
12 April - letter through the door, 3 pages, how much he loves me and how I ruined his life. Put it in a sandwich bag like PC Singh said. Took Mia to swimming after and kept checking the car park the whole time, couldnt relax.
13 April - quiet day. New neighbours moving in at 22 so the road was blocked with a van most of the morning, I kept thinking every car was his.
15 April - he was at the school gates when I picked up Mia. Didnt say anything this time, just stared.
18 April - he waited at the end of the drive and when I got out the car he said it again, that he'll put me in the ground. I really think he will. Went to my sisters that night with Mia and we've stayed there since. Ive given notice on the house. Mia keeps asking when we are going home and I dont know what to tell her. Rang PC Singh and left a message with all of this.""",
    spans=[
        ("STALK_TURN_UP", "Dale turned up at my work at lunch"),
        ("THREAT_VIOLENCE", "he'd 'put me in the ground'"),
        ("FEAR_OF_VIOLENCE", "Shaking all afternoon"),
        ("STALK_CONTACT", "23 missed calls from withheld"),
        ("STALK_LOITER", "saw his car parked on our street at 10pm"),
        ("STALK_CONTACT", "letter through the door, 3 pages"),
        ("FIXATION", "how much he loves me and how I ruined his life"),
        ("STALK_TURN_UP", "he was at the school gates when I picked up Mia"),
        ("STALK_WATCH", "just stared"),
        ("STALK_LOITER", "he waited at the end of the drive"),
        ("REPETITION", "he said it again"),
        ("THREAT_VIOLENCE", "that he'll put me in the ground"),
        ("FEAR_OF_VIOLENCE", "I really think he will"),
        ("SERIOUS_IMPACT", "Went to my sisters that night with Mia and we've stayed there since"),
        ("SERIOUS_IMPACT", "Ive given notice on the house"),
    ],
)

case(
    27, "harassment", "CD",
    voice="crime_summary", case="lower", noise="heavy", batch="wa",
    pattern="online_gamer_disability_abuse_one_pasted_threat_victim_unbothered", relationship="online", occasions=20,
    text="""\
ip (m 17, has cerebral palsy) plays fortnite online. susp known only by gamertag xXDeathWishXx. over aprox 3 wks susp has sent ip 50+ msgs on discord mocking his disabilty - 'spaz', 'cripple cant even hold a controller' etc. ip mum showed screenshots. one msg on 14/2 pasted in full: 'i know u live in wakefield ill find u and finish u off'. ip says hes not bothered by that one, 'hes some kid in america probs', but is upset by the disabilty stuff and has stopped playing altogether. discord report made. no knowledge of identity. hate crime flag (disabilty) added - not racial.""",
    spans=[
        ("REPETITION", "over aprox 3 wks"),
        ("STALK_CONTACT", "sent ip 50+ msgs on discord mocking his disabilty"),
        ("THREAT_VIOLENCE", "'i know u live in wakefield ill find u and finish u off'"),
        ("DISTRESS", "is upset by the disabilty stuff"),
        ("SERIOUS_IMPACT", "has stopped playing altogether"),
    ],
)

case(
    28, "aggravated_harassment", "CR",
    voice="call_log", case="upper", noise="clean", batch="wa",
    pattern="anti_muslim_notes_through_letterbox_three_in_two_weeks_no_threats", relationship="neighbour", occasions=3,
    text="""\
CALLER MR IMRAN SHEIKH, 19 PARK AVE. THIRD NOTE IN TWO WEEKS PUSHED THROUGH HIS LETTERBOX. CALLER READ IT OUT: 'NO MOSQUES ON PARK AVE. TAKE YOUR PRAYER MAT AND P*** OFF.' FIRST NOTE (22/09) SAID 'ALLAH IS A PAEDO'. SECOND (29/09) WAS A PAGE FROM A QURAN WITH BACON WRAPPED IN IT. CALLER BELIEVES IT IS THE NEIGHBOUR AT NO 21 WHO COMPLAINED ABOUT CARS OUTSIDE HIS HOUSE DURING EID. NO THREATS OF VIOLENCE IN ANY NOTE. CALLER VERY UPSET, WIFE IN TEARS. NOTES KEPT IN A BAG AS ADVISED. OFFICERS TO ATTEND TO COLLECT FOR FORENSICS.""",
    spans=[
        ("REPETITION", "THIRD NOTE IN TWO WEEKS"),
        ("STALK_CONTACT", "PUSHED THROUGH HIS LETTERBOX"),
        ("RELIGIOUS_HOSTILITY", "'NO MOSQUES ON PARK AVE. TAKE YOUR PRAYER MAT AND P*** OFF.'"),
        ("RELIGIOUS_HOSTILITY", "'ALLAH IS A PAEDO'"),
        ("RELIGIOUS_HOSTILITY", "A PAGE FROM A QURAN WITH BACON WRAPPED IN IT"),
        ("DISTRESS", "CALLER VERY UPSET"),
    ],
)

case(
    29, "aggravated_harassment", "CR",
    voice="statement", case="mixed", noise="typos", batch="wa",
    pattern="colleague_racist_comments_most_shifts_one_locker_room_threat", relationship="colleague", occasions=20,
    text="""\
I have worked on the packing line at Burtons Biscuits for three years. Since Darren Holt moved onto my line in March he has made comments about me most shifts. He calls me 'Kunta Kinte' and makes monkey noises when I walk past to the break room. Other people laugh, which makes it worse. On 12 April in the locker room, when nobody else was there, he said 'one day I'll catch you outside and kick your black head in'. I was scared going to my car that night and I asked my mate Sam to walk with me. After that day he went back to the usual comments, he hasnt threatened me again. I told my supervisor Mrs Kaur on 15 April. I dread going into work now. Darren has told HR he was 'just having a laugh'.""",
    spans=[
        ("REPETITION", "most shifts"),
        ("RACIAL_HOSTILITY", "He calls me 'Kunta Kinte'"),
        ("RACIAL_HOSTILITY", "makes monkey noises when I walk past"),
        ("THREAT_VIOLENCE", "'one day I'll catch you outside and kick your black head in'"),
        ("FEAR_OF_VIOLENCE", "I was scared going to my car that night"),
        ("DISTRESS", "I dread going into work now"),
    ],
)

case(
    30, "aggravated_harassment_fear_of_violence", "CFR",
    voice="notebook", case="upper", noise="heavy", batch="wa",
    pattern="takeaway_customer_racist_abuse_knife_threat_on_two_visits_then_kept_saying", relationship="customer", occasions=4,
    text="""\
17/11 2215 ATT GOLDEN DRAGON T/A, 4 MILL ST. SPOKE IP MR WEI CHEN (OWNER). SUSP (KNOWN LOCAL RYAN 'BOMBER' HIGGS) HAS COME IN 4 TIMES THIS MTH. EACH TIME ORDERS, REFUSES TO PAY, CALLS IP 'CHING CHONG' + 'COVID'. ON 3/11 + AGAIN 10/11 SUSP PULLED LOCK KNIFE FROM POCKET + SAID 'I'LL STAB YOU YOU YELLOW B******'. TONITE KEPT SAYING HE WOULD STAB IP, DIDNT SHOW KNIFE. IP V SCARED, SAYS 'HE WILL DO IT ONE DAY'. CCTV SEIZED EXH WC/1. SUSP LEFT B4 POLICE ARR, LAST SEEN TWDS BUS STN.""",
    spans=[
        ("REPETITION", "4 TIMES THIS MTH"),
        ("RACIAL_HOSTILITY", "CALLS IP 'CHING CHONG' + 'COVID'"),
        ("REPETITION", "ON 3/11 + AGAIN 10/11"),
        ("THREAT_VIOLENCE", "PULLED LOCK KNIFE FROM POCKET + SAID 'I'LL STAB YOU YOU YELLOW B******'"),
        ("REPETITION", "KEPT SAYING"),
        ("THREAT_VIOLENCE", "HE WOULD STAB IP"),
        ("FEAR_OF_VIOLENCE", "IP V SCARED, SAYS 'HE WILL DO IT ONE DAY'"),
    ],
)

case(
    31, "stalking", "CS",
    voice="crime_summary", case="mixed", noise="abbrev", batch="wa",
    pattern="online_follower_fixated_on_influencer_tracks_runs_single_threat_in_last_dm", relationship="online", occasions=30,
    text="""\
IP (F, 24) is a fitness influencer with c.8k followers. Since Jan an account 'gym_guy_88' has commented on every post she makes, sent 200+ DMs (compliments at first, then asking to meet, then asking why she ignores him), and recently sent her screenshots of her own Strava routes with the times she runs. On 2 occ he has commented the name of the gym she uses before she had tagged it. Last DM (08/04): 'stop ignoring me. when i find you you'll get hurt'. IP scared by this. No earlier threats - all previous msgs 'nice' in tone. Subscriber checks requested via SPOC.""",
    spans=[
        ("REPETITION", "Since Jan"),
        ("STALK_CONTACT", "commented on every post she makes"),
        ("STALK_CONTACT", "sent 200+ DMs"),
        ("FIXATION", "asking why she ignores him"),
        ("STALK_MONITOR", "sent her screenshots of her own Strava routes with the times she runs"),
        ("STALK_MONITOR", "commented the name of the gym she uses before she had tagged it"),
        ("THREAT_VIOLENCE", "'stop ignoring me. when i find you you'll get hurt'"),
        ("FEAR_OF_VIOLENCE", "IP scared by this"),
    ],
)

case(
    32, "stalking_fear_alarm_distress", "CSF",
    voice="judgment", case="mixed", noise="clean", batch="wa",
    pattern="upstairs_neighbour_fixation_same_hurt_threat_on_two_dates_court_finding", relationship="neighbour", occasions=10,
    text="""\
The complainant, Ms Harriet Doyle, lives alone in the ground floor flat at 9 Wren Court; the defendant, Mr Alan Briggs, lives in the flat above. I accept her evidence that from October onwards he would stand on the communal landing when she came home, that he left three handwritten letters declaring his feelings for her, and that he sat in the shared garden facing her bedroom window on numerous evenings. On 8 November, after she told him she was not interested, he said to her 'you'll be sorry, I'll hurt you'. On 21 November he repeated those words almost exactly through her letterbox. Ms Doyle told the court she was frightened he would come into her flat and harm her, and I have no hesitation in accepting that. The defendant's account that he was 'just being neighbourly' is rejected. I find the charge proved.""",
    spans=[
        ("REPETITION", "from October onwards"),
        ("STALK_LOITER", "he would stand on the communal landing when she came home"),
        ("STALK_CONTACT", "left three handwritten letters"),
        ("FIXATION", "declaring his feelings for her"),
        ("STALK_WATCH", "sat in the shared garden facing her bedroom window"),
        ("REPETITION", "on numerous evenings"),
        ("THREAT_VIOLENCE", "'you'll be sorry, I'll hurt you'"),
        ("REPETITION", "he repeated those words almost exactly through her letterbox"),
        ("FEAR_OF_VIOLENCE", "she was frightened he would come into her flat and harm her"),
    ],
)

case(
    33, "harassment", "C",
    voice="call_log", case="lower", noise="typos", batch="wa",
    pattern="neighbour_homophobic_abuse_over_wall_single_hammer_threat", relationship="neighbour", occasions=8,
    text="""\
caller mr gareth lloyd reports neighbour at no 44 has been shouting homophobic abuse at him and his partner over the garden wall, 'f*****s' 'bum boys' etc. started end of june, happens most weekends when susp has been drinking. one time 2 wks ago susp said hed 'sort the pair of you out with a hammer', not repeated since. caller says they are both 'on edge' and fed up. no injurys. wants it logged and advice. passed to nbhd team for visit.""",
    spans=[
        ("STALK_CONTACT", "shouting homophobic abuse at him and his partner over the garden wall"),
        ("REPETITION", "started end of june, happens most weekends"),
        ("THREAT_VIOLENCE", "hed 'sort the pair of you out with a hammer'"),
        ("DISTRESS", "they are both 'on edge' and fed up"),
    ],
)

case(
    34, "aggravated_stalking", "CSR",
    voice="updates", case="lower", noise="abbrev", batch="wa",
    pattern="ex_partner_racist_messages_two_threats_victim_not_frightened", relationship="ex_partner", occasions=30,
    text="""\
update 1 - 0915 03/05 - ip (f, 29) reports ex-partner (w/m) has been messaging constantly since she ended rel in feb, 40+ msgs a week, and has been seen twice parked outside her parents' house. msgs say she is a 'p*** whore' who 'went back to her own kind'.
update 2 - 1400 03/05 - screenshots reviewed. threats on 12/04 ('ill slit your throat') and 26/04 ('ur getting cut'). ip very clear she is not frightened of him, 'hes a coward, he never touched me in 3 yrs', wants him stopped because the msgs are disgusting. dash standard.
update 3 - 1010 05/05 - susp arr, interviewed, admits msgs, says he was 'angry'. cps advice sought.""",
    spans=[
        ("STALK_CONTACT", "messaging constantly since she ended rel in feb, 40+ msgs a week"),
        ("STALK_LOITER", "seen twice parked outside her parents' house"),
        ("RACIAL_HOSTILITY", "she is a 'p*** whore' who 'went back to her own kind'"),
        ("THREAT_VIOLENCE", "'ill slit your throat'"),
        ("THREAT_VIOLENCE", "'ur getting cut'"),
    ],
)

case(
    35, "no_offence", "",
    voice="notebook", case="mixed", noise="typos", batch="wa",
    pattern="neighbours_hedge_mutual_rows_both_threaten_neither_afraid", relationship="neighbour", occasions=2,
    text="""\
Attended 23 Lilac Grove re neighbour dispute. Both housholds (Mr QUINN at 23 and Mr ABBAS at 25) have called us. Row over a leylandii hedge. Both men admit shouting at each other on the front path this evening and each says the other threatened to 'sort him out'. Both say the same thing happened last Sunday and each gave as good as he got. Neither says he is afraid of the other. Mutual - cant seperate a victim from a suspect. Words of advice both parties, reffered to council mediation. No offences disclosed. Mr Abbas mentioned he is Muslim and said Quinn is 'fine about that, its just the hedge'.""",
    spans=[],
)

case(
    36, "harassment_fear_of_violence", "CF",
    voice="updates", case="mixed", noise="clean", batch="wa",
    pattern="ex_partner_child_handover_neck_threat_said_again_twice_since", relationship="ex_partner", occasions=3,
    text="""\
Update 22/06 PC Rahman: IP Natalie Owusu spoken to at home. Ex-partner Callum Reid (separated 2021, no contact issues until recently) disputes the new contact arrangements for their son set by the family court. On 14/06 at the handover at McDonald's in Halifax he told IP 'if you stop me seeing him I'll break your neck'. IP says he has said it again twice since - once on the phone on 17/06 and once by text on 20/06 (seen by me: 'remember what i said, ur neck'). All contact has been about the handovers; he has not turned up otherwise or followed her. IP says she is genuinely frightened of him now. Roadworks on the A58 meant the handover was late, which is what started the argument on the 14th.
Update 23/06 DS Byrne: Not stalking - conduct plainly about the child contact issue. Harassment, fear of violence. Arrest Reid, bail conditions re handovers via a third party.""",
    spans=[
        ("THREAT_VIOLENCE", "'if you stop me seeing him I'll break your neck'"),
        ("REPETITION", "he has said it again twice since"),
        ("REPETITION", "once on the phone on 17/06 and once by text on 20/06"),
        ("THREAT_VIOLENCE", "'remember what i said, ur neck'"),
        ("FEAR_OF_VIOLENCE", "she is genuinely frightened of him now"),
    ],
)

case(
    37, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="call_log", case="inconsistent", noise="typos", batch="wa",
    pattern="ex_partner_waits_at_staff_entrance_anti_polish_abuse_kill_threat_then_meant_it_text", relationship="ex_partner", occasions=8,
    text="""\
Caller MS Agnieszka NOWAK (IP) calling from a friends address. States ex-partner Steven ROYLE (rel ended 6 wks ago) wont leave her alone. He comes to her work at the Sainsburys on Tong St and waits by the STAFF ENTRANCE, he has been there 'at least 5 times'. rings her from different numbers. Calls her a 'polish whore' and says 'go back to poland where you belong'. On 30/8 at the staff entrance said 'I'll kill you before I let you be with anyone else'. last night (9/9) texted 'I meant what I said. you're dead'. IP crying on phone, says 'I know what he's like, he will do it', she is too scared to go home and is staying at her friends. Wants police help. DASH to be done on attendence.""",
    spans=[
        ("STALK_TURN_UP", "He comes to her work at the Sainsburys on Tong St"),
        ("STALK_LOITER", "waits by the STAFF ENTRANCE"),
        ("REPETITION", "'at least 5 times'"),
        ("STALK_CONTACT", "rings her from different numbers"),
        ("RACIAL_HOSTILITY", "Calls her a 'polish whore'"),
        ("RACIAL_HOSTILITY", "'go back to poland where you belong'"),
        ("THREAT_VIOLENCE", "'I'll kill you before I let you be with anyone else'"),
        ("REPETITION", "I meant what I said"),
        ("THREAT_VIOLENCE", "you're dead"),
        ("FEAR_OF_VIOLENCE", "'I know what he's like, he will do it'"),
        ("SERIOUS_IMPACT", "she is too scared to go home and is staying at her friends"),
    ],
)

case(
    38, "aggravated_harassment", "CR",
    voice="crime_summary", case="upper", noise="abbrev", batch="wa",
    pattern="private_hire_customer_racist_religious_abuse_three_fridays_threat_to_wife_only", relationship="customer", occasions=3,
    text="""\
IP IS PRIVATE HIRE DRIVER (STREAMLINE CARS). SUSP IS A REGULAR CUSTOMER WHO BOOKS FROM THE SAME ADDRESS FRI NIGHTS. ON 3 CONSECUTIVE FRIDAYS (5/7, 12/7, 19/7) SUSP HAS ASKED FOR IP BY NAME THEN ABUSED HIM THE WHOLE JOURNEY - 'ALLAHU AKBAR BOMBER', 'GO BACK TO KABUL', 'YOUR LOT SHOULD ALL BE DEPORTED'. ON 19/7 SUSP SAID 'I KNOW WHERE YOUR WIFE SHOPS, SHE'LL GET A BRICK IN HER FACE'. IP SAYS HE IS NOT WORRIED FOR HIMSELF BUT HAS TOLD HIS WIFE TO BE CAREFUL. OPERATOR HAS NOW BARRED SUSP. IP DOES NOT WISH TO SUPPORT PROSECUTION AT THIS TIME BUT WANTS IT RECORDED.""",
    spans=[
        ("REPETITION", "ON 3 CONSECUTIVE FRIDAYS (5/7, 12/7, 19/7)"),
        ("STALK_CONTACT", "ASKED FOR IP BY NAME THEN ABUSED HIM THE WHOLE JOURNEY"),
        ("RELIGIOUS_HOSTILITY", "'ALLAHU AKBAR BOMBER'"),
        ("RACIAL_HOSTILITY", "'GO BACK TO KABUL'"),
        ("RACIAL_HOSTILITY", "'YOUR LOT SHOULD ALL BE DEPORTED'"),
    ],
)

case(
    39, "aggravated_harassment_fear_of_violence", "CFR",
    voice="crime_summary", case="lower", noise="clean", batch="wa",
    pattern="student_antisemitic_dms_two_stab_threats_fear_observed_by_officer", relationship="online", occasions=6,
    text="""\
ip is a jewish student at the university who runs the jsoc instagram account. since 10 oct she has received dms from two linked accounts believed to be run by the same male student (identified from the phone number on one account). the dms include 'zio scum' and 'your people deserve everything coming'. on 12 oct: 'you'll be the first jew we hurt'. on 20 oct: 'first one we stab is you'. ip presented to the officer as very frightened, kept looking at the door during the interview and asked twice whether he could find out which room she is in. she has not changed anything so far. university security informed, safeguarding referral made.""",
    spans=[
        ("REPETITION", "since 10 oct"),
        ("STALK_CONTACT", "received dms from two linked accounts"),
        ("RELIGIOUS_HOSTILITY", "'zio scum'"),
        ("RELIGIOUS_HOSTILITY", "'your people deserve everything coming'"),
        ("THREAT_VIOLENCE", "'you'll be the first jew we hurt'"),
        ("THREAT_VIOLENCE", "'first one we stab is you'"),
        ("FEAR_OF_VIOLENCE", "ip presented to the officer as very frightened"),
        ("FEAR_OF_VIOLENCE", "asked twice whether he could find out which room she is in"),
    ],
)

case(
    40, "stalking_fear_alarm_distress", "CSD",
    voice="statement", case="mixed", noise="clean", batch="wa",
    pattern="running_club_acquaintance_fixation_one_threat_victim_changes_job", relationship="acquaintance", occasions=25,
    text="""\
I met Paul Hendry through my running club last year. We went for a coffee once and I made it clear I was not interested in anything more. Since then he has turned up at the end of my parkrun every Saturday, waited for me at the café after, and started appearing at the Co-op where I worked, buying one thing and queuing at my till even when other tills were free. He sent me a birthday present at the shop, a necklace, which I gave back. In total I think he came into the shop around twenty times over two months. Only once did he say anything threatening, on 3 March in the car park: 'You think you're too good for me. Someone should give you a slap and I might be the one.' I was scared by that but he never said anything like it again. I have left the Co-op and taken a job in Hebden Bridge so he doesn't know where I am, and I have stopped going to parkrun.""",
    spans=[
        ("STALK_TURN_UP", "turned up at the end of my parkrun every Saturday"),
        ("STALK_LOITER", "waited for me at the café after"),
        ("STALK_TURN_UP", "started appearing at the Co-op where I worked"),
        ("FIXATION", "queuing at my till even when other tills were free"),
        ("STALK_GIFTS", "sent me a birthday present at the shop, a necklace"),
        ("REPETITION", "around twenty times over two months"),
        ("THREAT_VIOLENCE", "'You think you're too good for me. Someone should give you a slap and I might be the one.'"),
        ("FEAR_OF_VIOLENCE", "I was scared by that"),
        ("SERIOUS_IMPACT", "I have left the Co-op and taken a job in Hebden Bridge"),
        ("SERIOUS_IMPACT", "I have stopped going to parkrun"),
    ],
)

case(
    41, "aggravated_stalking", "CSR",
    voice="mo_field", case="mixed", noise="abbrev", batch="wa",
    pattern="ex_partner_sends_friends_to_door_filming_racist_posts_one_relayed_threat", relationship="ex_partner", occasions=33,
    text="""\
MO: Susp (ex-partner of IP, rel ended Dec) has got friends to harass IP on his behalf. Susp's msgs to IP (Jan-Mar, approx 30) call her a 'black b****' and 'jungle bunny'. On 3 occ (14/1, 2/2, 21/2) two males known to be susp's friends have turned up at IP's flat and knocked, saying 'Dean says hi' and filming her on their phones; clip later posted by susp on his Snapchat story with a caption about 'the monkey'. On 21/2 one of the males said 'Dean says you'll get your face burnt'. Only threat in the whole series. IP scared but continues to live + work as before.""",
    spans=[
        ("STALK_CONTACT", "Susp's msgs to IP (Jan-Mar, approx 30)"),
        ("RACIAL_HOSTILITY", "call her a 'black b****' and 'jungle bunny'"),
        ("REPETITION", "On 3 occ (14/1, 2/2, 21/2)"),
        ("STALK_TURN_UP", "two males known to be susp's friends have turned up at IP's flat and knocked"),
        ("STALK_MONITOR", "filming her on their phones"),
        ("STALK_PUBLISH", "clip later posted by susp on his Snapchat story"),
        ("RACIAL_HOSTILITY", "a caption about 'the monkey'"),
        ("THREAT_VIOLENCE", "'Dean says you'll get your face burnt'"),
        ("FEAR_OF_VIOLENCE", "IP scared"),
    ],
)

case(
    42, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="vps", case="mixed", noise="clean", batch="wa",
    pattern="landlord_anti_ghanaian_abuse_cut_threat_kept_repeating_on_stairs_tenant_moves_out", relationship="landlord", occasions=6,
    text="""\
Victim personal statement of Mr Kwame Asante. I rented the room at 16 Harrow Street from Mr Dennis Cole from May until September. From the start he spoke to me with contempt because I am Ghanaian. He called me 'bush man' and said I should 'go back to the jungle'. In July, after I asked him to fix the boiler, he came into my room without knocking and said he would 'cut me up' if I complained again. He kept saying this afterwards, whenever I passed him on the stairs, maybe four or five more times. I was frightened every time I heard his key in the door. I believed he would really hurt me. I lost weight and could not concentrate at college. I moved out in September to a friend's sofa and I am still looking for somewhere permanent.""",
    spans=[
        ("RACIAL_HOSTILITY", "He called me 'bush man'"),
        ("RACIAL_HOSTILITY", "said I should 'go back to the jungle'"),
        ("THREAT_VIOLENCE", "he would 'cut me up' if I complained again"),
        ("REPETITION", "He kept saying this afterwards"),
        ("REPETITION", "maybe four or five more times"),
        ("FEAR_OF_VIOLENCE", "I was frightened every time I heard his key in the door"),
        ("FEAR_OF_VIOLENCE", "I believed he would really hurt me"),
        ("DISTRESS", "I lost weight and could not concentrate at college"),
        ("SERIOUS_IMPACT", "I moved out in September to a friend's sofa"),
    ],
)

case(
    43, "aggravated_stalking_fear_alarm_distress", "CSFR",
    voice="call_log", case="upper", noise="heavy", batch="wa",
    pattern="ex_partner_breaches_restraining_order_at_door_stab_threat_said_again_tonight", relationship="ex_partner", occasions=3,
    text="""\
999 CALL 0207HRS. IP MS RUMANA AKHTAR REPORTS EX-PARTNER LIAM FOSTER AT HER FRONT DOOR AGAIN DESPITE RESTRAINING ORDER (MADE 14/01, NOT TO ATTEND HER ADDR). THIS IS 3RD TIME SINCE ORDER - 02/02, 19/02 AND NOW. EACH TIME BANGING DOOR + SHOUTING 'OPEN UP YOU P*** SLAG'. ON 19/02 SHOUTED THRU LETTERBOX HE WOULD 'STAB HER IN HER SLEEP'. TONITE SAYING IT AGAIN, 'IM GOING TO STAB YOU'. IP WHISPERING, HIDING IN BATHROOM WITH CHILDREN, SAYS SHE IS TERRIFIED HE WILL GET IN. LINE KEPT OPEN. UNITS DEPLOYED GRADE 1. SUSP LEFT IN BLUE CORSA B4 ARRIVAL. PREV CADS X6 AT ADDR.""",
    spans=[
        ("STALK_TURN_UP", "AT HER FRONT DOOR AGAIN DESPITE RESTRAINING ORDER"),
        ("REPETITION", "THIS IS 3RD TIME SINCE ORDER - 02/02, 19/02 AND NOW"),
        ("RACIAL_HOSTILITY", "'OPEN UP YOU P*** SLAG'"),
        ("THREAT_VIOLENCE", "HE WOULD 'STAB HER IN HER SLEEP'"),
        ("REPETITION", "TONITE SAYING IT AGAIN"),
        ("THREAT_VIOLENCE", "'IM GOING TO STAB YOU'"),
        ("FEAR_OF_VIOLENCE", "HIDING IN BATHROOM WITH CHILDREN"),
        ("FEAR_OF_VIOLENCE", "SHE IS TERRIFIED HE WILL GET IN"),
    ],
)

case(
    44, "aggravated_stalking", "CSR",
    voice="third_party", case="lower", noise="typos", batch="wa",
    pattern="housing_officer_referral_roma_tenant_followed_home_threat_on_first_occasion_only", relationship="acquaintance", occasions=20,
    text="""\
referral from housing officer (k. metcalfe, pennine homes). tenant miss roxana stoica (20) has told me a man from the next block, who she knows as 'tommo', has been following her from the bus stop to her door 'most days' for about a month, and some nights he stands under her window. he has also been leaving notes on her door, she showed me two, one saying 'gypo thief' and one 'dirty gyspy get off my estate'. she is roma. the first time he followed her (she thinks early may) he said he'd 'kick her head in'. she has been scared since then but says there has been no threat since, he just follows her and calls her names. she is still going to college as normal. i have cctv of the stairwell which i can provide.""",
    spans=[
        ("STALK_FOLLOW", "following her from the bus stop to her door"),
        ("REPETITION", "'most days' for about a month"),
        ("STALK_LOITER", "some nights he stands under her window"),
        ("STALK_CONTACT", "leaving notes on her door"),
        ("RACIAL_HOSTILITY", "'gypo thief'"),
        ("RACIAL_HOSTILITY", "'dirty gyspy get off my estate'"),
        ("THREAT_VIOLENCE", "he'd 'kick her head in'"),
        ("FEAR_OF_VIOLENCE", "she has been scared since then"),
    ],
)
