# ruff: noqa: E501
"""Hand-written narratives, writer uc: adults in shared spaces (universities, colleges, clubs, gyms, choirs, volunteers, church halls)."""

from corpora.handwritten import case

case(
    1, "stalking", "CS",
    voice="call_log", case="upper", noise="abbrev", batch="uc",
    pattern="running_club_member_fixated_turns_up_at_parkruns_gifts_on_car", relationship="acquaintance", occasions=5,
    text="""\
CALLER IS IP. IP IS MEMBER OF HARTWELL ROAD RUNNERS, SUSP ALSO A MEMBER (MALE 50S, NAMED AS GRAHAM, SURNAME NK). IP WENT FOR ONE DRINK WITH HIM AFTER A CLUB RUN IN AUGUST AND TOLD HIM NEXT DAY SHE WASNT INTERESTED. SINCE THEN HE HAS TURNED UP AT EVERY PARKRUN SHE DOES INCL NEW ONES, STANDS BY THE FINISH FUNNEL WAITING FOR HER. LEFT A BOX OF CHOCS AND A CARD ON HER WINDSCREEN IN THE CLUB CAR PARK - CARD SAYS 'I KNOW YOU FEEL IT TOO'. HAS ASKED OTHER MEMBERS WHICH ROUTE SHE TAKES ON HER SUNDAY LONG RUNS. NO THREATS. IP SAYS SHE IS FED UP NOT FRIGHTENED, WANTS ADVICE + FOR IT TO STOP. CLUB CHAIR AWARE.""",
    spans=[
        ("REPETITION", "SINCE THEN"),
        ("STALK_TURN_UP", "HE HAS TURNED UP AT EVERY PARKRUN SHE DOES"),
        ("STALK_LOITER", "STANDS BY THE FINISH FUNNEL WAITING FOR HER"),
        ("STALK_GIFTS", "LEFT A BOX OF CHOCS AND A CARD ON HER WINDSCREEN"),
        ("FIXATION", "I KNOW YOU FEEL IT TOO"),
        ("STALK_MONITOR", "HAS ASKED OTHER MEMBERS WHICH ROUTE SHE TAKES ON HER SUNDAY LONG RUNS"),
        ("DISTRESS", "SHE IS FED UP"),
    ],
)

case(
    2, "harassment_fear_of_violence", "CF",
    voice="statement", case="mixed", noise="clean", batch="uc",
    pattern="rugby_teammate_dropped_threatens_twice_car_park_and_whatsapp", relationship="acquaintance", occasions=2,
    text="""\
I am a member of Castleford Vale RFC and I play in the second row. Kieran DOWD also plays for the club. He is a white British male in his late twenties. At the end of September I was picked for the first team ahead of him and since then he has had a problem with me.

On Saturday 4th October after training, in the club car park, he came up to my car window and said "you're going to get your legs broken, you grass". I drove off.

On the Thursday after, 9th October, he sent me a WhatsApp at 23:10 saying "Saturday you're getting carried off, I'll make sure of it, and it won't be on the pitch". I took that to mean he was going to attack me away from the game.

I am genuinely frightened he will hurt me. I know what he is like, he was banned for a season in 2023 for punching someone in the bar. I want this recorded and I want him spoken to.""",
    spans=[
        ("THREAT_VIOLENCE", "you're going to get your legs broken, you grass"),
        ("STALK_CONTACT", "he sent me a WhatsApp at 23:10"),
        ("THREAT_VIOLENCE", "Saturday you're getting carried off, I'll make sure of it, and it won't be on the pitch"),
        ("FEAR_OF_VIOLENCE", "I am genuinely frightened he will hurt me"),
    ],
)

case(
    3, "aggravated_harassment", "CR",
    voice="crime_summary", case="mixed", noise="abbrev", batch="uc",
    pattern="student_halls_flatmate_racist_fridge_notes_and_group_chat", relationship="acquaintance", occasions=5,
    text="""\
Crime summary: VIC (1st yr student, Nigerian national) shares a flat in Harrowgate Court halls with SUSP (2nd yr, same flat). Between 22/01 and 07/02 SUSP has left notes on the shared fridge calling VIC a 'monkey' and telling him to 'go back to the jungle', and on 3 occasions posted in the flat group chat (6 members) comments about VIC's cooking smelling like 'African sh*t' and saying 'his lot' shouldn't be let into the UK. On 05/02 SUSP stood in the kitchen doorway and made monkey noises while VIC cooked. VIC upset and embarrassed in front of the other flatmates, says he is trying to ignore it. SUSP to be interviewed.""",
    spans=[
        ("REPETITION", "Between 22/01 and 07/02"),
        ("STALK_CONTACT", "SUSP has left notes on the shared fridge"),
        ("RACIAL_HOSTILITY", "calling VIC a 'monkey' and telling him to 'go back to the jungle'"),
        ("REPETITION", "on 3 occasions"),
        ("STALK_PUBLISH", "posted in the flat group chat (6 members) comments about VIC's cooking"),
        ("RACIAL_HOSTILITY", "smelling like 'African sh*t'"),
        ("RACIAL_HOSTILITY", "'his lot' shouldn't be let into the UK"),
        ("RACIAL_HOSTILITY", "made monkey noises while VIC cooked"),
        ("DISTRESS", "VIC upset and embarrassed in front of the other flatmates"),
    ],
)

case(
    4, "no_offence", "",
    voice="updates", case="mixed", noise="typos", batch="uc",
    pattern="choir_members_mutual_shouting_matches_over_seating", relationship="acquaintance", occasions=2,
    text="""\
Update 1 - 14/03 PC 4471 - Spoke to both partys. Both in St Aldhelm's Community Choir (church hall, Tues nights). Dispute started over who sits in the front row of the altos (!). On 04/03 and 11/03 there were shouting matches at the interval. Mrs PARFITT says Mrs OKONJO called her a 'jumped up old cow'. Mrs OKONJO says Mrs PARFITT called her 'pathetic' and jabbed a finger at her, and admits she gave as good as she got. Choir director says they were as bad as each other. No thretts, nobody touched.
Update 2 - 15/03 PC 4471 - Director has split them up, both warned they leave the choir if it happens again. Mutual falling out, no offences disclosed. NFA, close.""",
    spans=[],
)

case(
    5, "stalking_fear_alarm_distress", "CSD",
    voice="victim_diary", case="lower", noise="typos", batch="uc",
    pattern="phd_colleague_waits_at_bike_racks_emails_card_changes_lab_and_route", relationship="colleague", occasions=5,
    text="""\
mon 10 feb - D. was outside the chem building again when i came out at 6. he wasnt even in today, his card wasnt swiped (asked Lou on reception). he stood by the bike racks and watched me unlock my bike. didnt say anything.
weds 12 feb - he emailed my uni account AND my personal one which ive never given him. 'just want to make sure your ok, you looked tired'. i told him in january after the conference i only want to be colleagues. he replied that night saying he knows i dont mean it.
fri 14 feb - valentines card in my pigeonhole. unsigned but its his writing.
sun 16 feb - he liked a photo on my sisters instagram from 2019. how did he even find her.
tues 18 feb - asked Prof H to move me to the lab on the second floor so im not on his corridor, she said yes. started getting the bus in instead of cycling so he cant wait at the racks. mum thinks i should go to the police. Zara asked if its because im muslim and he's got a thing about that but honestly i dont think its anything to do with it, he's never mentioned it. he's never threatened me, he's just always THERE.""",
    spans=[
        ("STALK_LOITER", "was outside the chem building"),
        ("REPETITION", "again"),
        ("STALK_WATCH", "stood by the bike racks and watched me unlock my bike"),
        ("STALK_CONTACT", "he emailed my uni account AND my personal one which ive never given him"),
        ("FIXATION", "he replied that night saying he knows i dont mean it"),
        ("STALK_GIFTS", "valentines card in my pigeonhole"),
        ("STALK_MONITOR", "he liked a photo on my sisters instagram from 2019"),
        ("SERIOUS_IMPACT", "asked Prof H to move me to the lab on the second floor so im not on his corridor"),
        ("SERIOUS_IMPACT", "started getting the bus in instead of cycling"),
    ],
)

case(
    6, "aggravated_stalking", "CSR",
    voice="call_log", case="mixed", noise="abbrev", batch="uc",
    pattern="gym_member_stares_at_woman_in_hijab_religious_abuse_follows_to_car", relationship="stranger", occasions=4,
    text="""\
1932 CALLER: Amina (IP) ringing from her car outside PureFit, Colley Lane. States male member of the gym (white, 40s, grey vest, bald) has been watching her for approx 3 wks. He stands at the cable machine opposite the women's area and stares at her the whole time she trains. Last Thurs he said to her at the water fountain 'you lot should take that rag off your head in here, this is England'. Tonight he followed her from the changing rooms to the car park and stood by her car, said 'see you Thursday Amina' - she has never told him her name, IP thinks he got it off the class booking board. IP shaken, has locked herself in car. Units to attend.""",
    spans=[
        ("STALK_WATCH", "has been watching her"),
        ("REPETITION", "for approx 3 wks"),
        ("STALK_WATCH", "stares at her the whole time she trains"),
        ("RELIGIOUS_HOSTILITY", "you lot should take that rag off your head in here, this is England"),
        ("STALK_FOLLOW", "followed her from the changing rooms to the car park"),
        ("STALK_LOITER", "stood by her car"),
        ("FIXATION", "see you Thursday Amina"),
        ("STALK_MONITOR", "he got it off the class booking board"),
        ("DISTRESS", "IP shaken"),
    ],
)

case(
    7, "harassment", "C",
    voice="crime_summary", case="mixed", noise="clean", batch="uc",
    pattern="stood_down_food_bank_volunteer_bombards_coordinator_about_rota", relationship="acquaintance", occasions=12,
    text="""\
Victim coordinates volunteers at Eastgate Food Bank (Methodist church hall). Suspect was stood down as a volunteer on 2 May. Since then he has sent the victim 41 text messages and 9 emails, and rung her mobile repeatedly, demanding to be put back on the Saturday rota and calling her a 'jobsworth', 'a power-mad little Hitler' and 'useless'. Messages arrive at all hours. On 14 May a trustee asked the victim to reply once saying the decision was final, which she did; the contact has carried on regardless. Every message is about getting his place back. No threats, no visits. Victim says she dreads her phone going off and it is wearing her down.""",
    spans=[
        ("REPETITION", "Since then"),
        ("STALK_CONTACT", "sent the victim 41 text messages and 9 emails"),
        ("STALK_CONTACT", "rung her mobile repeatedly"),
        ("STALK_CONTACT", "calling her a 'jobsworth', 'a power-mad little Hitler' and 'useless'"),
        ("REPETITION", "Messages arrive at all hours"),
        ("UNWANTED", "the contact has carried on regardless"),
        ("DISTRESS", "she dreads her phone going off and it is wearing her down"),
    ],
)

case(
    8, "aggravated_harassment_fear_of_violence", "CFRD",
    voice="statement", case="mixed", noise="clean", batch="uc",
    pattern="sent_off_sunday_league_player_racially_threatens_referee_twice", relationship="acquaintance", occasions=2,
    text="""\
I have been a qualified referee with the Wyre Valley Sunday League for six years. I am of Pakistani heritage. On Sunday 2nd November I refereed Bridge Inn FC v Kirkham Athletic at Memorial Park. In the 70th minute I sent off the Bridge Inn number 9, who I now know to be Lee CARBERRY, for violent conduct. As he walked off he came within a foot of my face and said "I'll find you after, you p**i c***, I'll cut you". The Kirkham club secretary got between us and he went.

On Tuesday 4th November I received a Facebook message from an account in the name Lee Carbs. It said "Your a marked man paki. Next time I see you your getting stabbed". I recognised him from his profile photo.

I have had plenty of abuse over the years from players and parents, but this is different. I am scared he means it. I have asked the league appointments secretary not to give me any more Bridge Inn games, which means I have dropped about one Sunday in four. I would support a prosecution.""",
    spans=[
        ("THREAT_VIOLENCE", "I'll find you after"),
        ("RACIAL_HOSTILITY", "you p**i c***"),
        ("THREAT_VIOLENCE", "I'll cut you"),
        ("STALK_CONTACT", "I received a Facebook message from an account in the name Lee Carbs"),
        ("THREAT_VIOLENCE", "Your a marked man"),
        ("RACIAL_HOSTILITY", "paki"),
        ("THREAT_VIOLENCE", "Next time I see you your getting stabbed"),
        ("FEAR_OF_VIOLENCE", "I am scared he means it"),
        ("SERIOUS_IMPACT", "I have asked the league appointments secretary not to give me any more Bridge Inn games"),
    ],
)

case(
    9, "stalking", "CS",
    voice="victim_diary", case="mixed", noise="typos", batch="uc",
    pattern="ex_partner_joins_her_choir_pleading_texts_flowers_no_threats", relationship="ex_partner", occasions=4,
    text="""\
Wed 4th - Rob turned up at choir. At St Marks. He has NEVER sung in his life, not once in the 6 yrs we were together, and 2 months after we split he joins my choir?? Sat at the back of the basses and looked at me all night.
Sun 8th - 3 texts. 'I miss you so much', 'Can we just talk, I'll do anything', 'Im not giving up on us Jen'.
Mon 9th - bunch of tulips left on the step, no note. Tulips were our thing.
Wed 11th - he was there again. waited by the door at the end and asked if Id get a coffee with him, I said no for about the 100th time, he just said 'ok, next week then' and smiled. He's never nasty, thats almost worse. I don't want a fuss but I cant keep doing this.""",
    spans=[
        ("STALK_TURN_UP", "Rob turned up at choir"),
        ("FIXATION", "2 months after we split he joins my choir"),
        ("STALK_WATCH", "looked at me all night"),
        ("STALK_CONTACT", "3 texts"),
        ("FIXATION", "Im not giving up on us Jen"),
        ("STALK_GIFTS", "bunch of tulips left on the step"),
        ("STALK_TURN_UP", "he was there again"),
        ("STALK_LOITER", "waited by the door at the end"),
        ("UNWANTED", "I said no for about the 100th time"),
        ("FIXATION", "ok, next week then"),
        ("DISTRESS", "I cant keep doing this"),
    ],
)

case(
    10, "harassment", "C",
    voice="supervisor_review", case="mixed", noise="clean", batch="uc",
    pattern="mature_student_abusive_emails_to_lecturer_over_failed_mark", relationship="acquaintance", occasions=29,
    text="""\
Supervisor review - DS 2290

Reported by Dr Helen Marsh, senior lecturer in law at Kingsmead University. The suspect is a mature student (46) on her contract law module who failed a coursework assignment in December. Between 18/12 and 20/01 he has sent her 27 emails, most of them late at night, calling her incompetent and 'a disgrace to the profession' and saying he will 'make sure everyone knows what a fraud you are'. He has also twice stood up in her lecture and shouted at her about the mark before walking out. The university appeals panel has told him the mark stands.

Nothing in the material suggests an interest in Dr Marsh beyond the mark. This is persistent, abusive contact over a grievance. No threats of violence. Dr Marsh describes herself as stressed and 'on edge' before every lecture; she has carried on teaching the module and her hours and travel are unchanged.

I agree with the OIC that this is harassment (s.2) and not stalking. Actions: voluntary interview under caution; liaise with the university about its own conduct process; consider a CBO on conviction if the emails continue. Review again in 7 days.""",
    spans=[
        ("REPETITION", "Between 18/12 and 20/01"),
        ("STALK_CONTACT", "he has sent her 27 emails, most of them late at night"),
        ("STALK_CONTACT", "calling her incompetent and 'a disgrace to the profession'"),
        ("REPETITION", "twice"),
        ("STALK_CONTACT", "stood up in her lecture and shouted at her about the mark"),
        ("DISTRESS", "stressed and 'on edge' before every lecture"),
    ],
)

case(
    11, "stalking_fear_alarm_distress", "CSF",
    voice="dash_note", case="upper", noise="heavy", batch="uc",
    pattern="climbing_centre_instructor_rejected_dms_follows_car_threatens_twice", relationship="acquaintance", occasions=6,
    text="""\
S-DASH / RISK NOTES. IP FEMALE 31. SUSP = INSTRUCTOR AT THE BOULDER BARN (CLIMBING CNTR) WHERE IP IS A MEMBER. IP DECLINED A DATE W HIM IN SEPT.
Q IS SUSP CONTACTING YOU - YES, INSTA DMS MOST DAYS SINCE. ALSO CAME TO HER WORK (DENTAL SURGERY, HIGH ST) TWICE ASKING FOR HER AT RECEPTON.
Q HAS HE FOLLOWED YOU - BELEIVES SO, SAME CAR BEHIND HER 2X ON WAY HOME FROM THE WALL.
Q THREATS - YES. 19/10 DM 'IF I CANT HAVE YOU NO1 WILL, I'LL MAKE SURE OF IT'. 26/10 AT THE WALL HE SAID QUIETLY AS HE WALKED PAST 'ILL BE WAITING FOR YOU ONE NIGHT AND YOU'LL BE SORRY'.
Q ARE YOU FRIGHTENED HE WILL HURT YOU - YES 'TERRIFIED', THINKS HE WILL ATTACK HER IN THE CAR PARK.
Q CHANGES TO ROUTINE - NONE, SAYS SHE WONT LET HIM STOP HER CLIMBING.
RISK - MED GOING HIGH. ESCALATING SINCE HE FOUND OUT SHE HAS A NEW PARTNER. REFER SAC.""",
    spans=[
        ("STALK_CONTACT", "INSTA DMS MOST DAYS SINCE"),
        ("STALK_TURN_UP", "CAME TO HER WORK (DENTAL SURGERY, HIGH ST) TWICE ASKING FOR HER AT RECEPTON"),
        ("STALK_FOLLOW", "SAME CAR BEHIND HER 2X ON WAY HOME FROM THE WALL"),
        ("THREAT_VIOLENCE", "IF I CANT HAVE YOU NO1 WILL, I'LL MAKE SURE OF IT"),
        ("THREAT_VIOLENCE", "ILL BE WAITING FOR YOU ONE NIGHT AND YOU'LL BE SORRY"),
        ("FEAR_OF_VIOLENCE", "THINKS HE WILL ATTACK HER IN THE CAR PARK"),
        ("ESCALATION", "ESCALATING SINCE HE FOUND OUT SHE HAS A NEW PARTNER"),
    ],
)

case(
    12, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="statement", case="mixed", noise="clean", batch="uc",
    pattern="choir_tenor_follows_black_soprano_racist_notes_in_folder_threats", relationship="acquaintance", occasions=5,
    text="""\
I joined Greyfield Choral Society in September 2024. We rehearse on Monday evenings in the United Reformed Church hall on Mill Street. I am Black British, of Jamaican heritage, and I am one of two Black members.

A man called Derek in the tenor section, I don't know his surname, started sitting near the sopranos in January. At first he only chatted to me at the tea break. Then in February he started waiting outside the hall after rehearsal and walking behind me to the bus stop, even though I know he drives.

On 3rd March I found a note in my music folder. It said "Your voice doesn't belong in Handel, go and sing in your own church with your own kind". On 10th March there was another note in the folder, which said "I watch you every Monday. One night nobody will be at that bus stop but you and me." On 17th March he stood next to me at the urn and said very quietly "I meant what I said, coloured girl".

I am frightened of him. I think he is going to hurt me. I have not told the choir because I am embarrassed, but my husband now drives in and picks me up from the hall every Monday, which he never used to. I have kept both notes in a plastic wallet.""",
    spans=[
        ("STALK_LOITER", "waiting outside the hall after rehearsal"),
        ("STALK_FOLLOW", "walking behind me to the bus stop, even though I know he drives"),
        ("STALK_CONTACT", "I found a note in my music folder"),
        ("RACIAL_HOSTILITY", "go and sing in your own church with your own kind"),
        ("STALK_CONTACT", "there was another note in the folder"),
        ("STALK_WATCH", "I watch you every Monday"),
        ("THREAT_VIOLENCE", "One night nobody will be at that bus stop but you and me."),
        ("THREAT_VIOLENCE", "I meant what I said"),
        ("RACIAL_HOSTILITY", "coloured girl"),
        ("FEAR_OF_VIOLENCE", "I think he is going to hurt me"),
        ("SERIOUS_IMPACT", "my husband now drives in and picks me up from the hall every Monday"),
    ],
)

case(
    13, "harassment_fear_of_violence", "CF",
    voice="updates", case="mixed", noise="abbrev", batch="uc",
    pattern="banned_boxing_gym_member_three_threatening_voicemails_in_minutes", relationship="customer", occasions=3,
    text="""\
UPDATE 1 (PC 3318, 21/06): IP is head coach at Ironworks ABC boxing gym, Marcus FELL. SUSP (Ryan T., adult member) was banned by IP on 19/06 after a sparring incident.
UPDATE 2: IP played me 3 voicemails on his mobile, left 20/06 at 2251, 2253 and 2256. VM1 - 'you've made a big mistake, you're getting it'. VM2 - 'I'm gonna come down there and put you on your back in front of all your kids'. VM3 - 'Watch your back Marcus, I'm not joking'.
UPDATE 3: IP says Ryan has 'a screw loose', is worried he'll be jumped on the way to his car after the evening session. Hasn't slept properly since. Obs: 3 separate calls = separate occasions, course of conduct.""",
    spans=[
        ("STALK_CONTACT", "3 voicemails on his mobile"),
        ("REPETITION", "20/06 at 2251, 2253 and 2256"),
        ("THREAT_VIOLENCE", "you've made a big mistake, you're getting it"),
        ("THREAT_VIOLENCE", "I'm gonna come down there and put you on your back in front of all your kids"),
        ("THREAT_VIOLENCE", "Watch your back Marcus, I'm not joking"),
        ("FEAR_OF_VIOLENCE", "is worried he'll be jumped on the way to his car after the evening session"),
        ("DISTRESS", "Hasn't slept properly since"),
    ],
)

case(
    14, "aggravated_harassment", "CR",
    voice="mo_field", case="upper", noise="abbrev", batch="uc",
    pattern="opposing_netball_player_racist_messages_and_post_after_match", relationship="acquaintance", occasions=5,
    text="""\
SUSP (OPPOSING NETBALL TEAM) AFTER LEAGUE MATCH HAS SENT VIC (INDIAN HERITAGE) 4 X FB MESSENGER MSGS OVER 12-13/11 CALLING HER A 'CURRY MUNCHING CHEAT' AND A 'DIRTY P***', 'YOUR KIND RUIN EVERY SPORT'. ALSO COMMENTED ON LEAGUE FB PAGE TAGGING VIC 'TYPICAL OF HER LOT'. NO THREATS. VIC UPSET, STILL PLAYING.""",
    spans=[
        ("STALK_CONTACT", "4 X FB MESSENGER MSGS"),
        ("REPETITION", "OVER 12-13/11"),
        ("RACIAL_HOSTILITY", "CURRY MUNCHING CHEAT"),
        ("RACIAL_HOSTILITY", "DIRTY P***"),
        ("RACIAL_HOSTILITY", "YOUR KIND RUIN EVERY SPORT"),
        ("STALK_PUBLISH", "COMMENTED ON LEAGUE FB PAGE TAGGING VIC"),
        ("RACIAL_HOSTILITY", "TYPICAL OF HER LOT"),
        ("DISTRESS", "VIC UPSET"),
    ],
)

case(
    15, "no_offence", "R",
    voice="notebook", case="lower", noise="heavy", batch="uc",
    pattern="cyclist_shouts_single_racist_slur_at_student_outside_sports_centre", relationship="stranger", occasions=1,
    text="""\
pnb 2214 03/12 o/s uni sports centre. ip (student, chinese natl) walkin back from badminton, unk w/m on bike shouted 'oi c****y go home' + rode off. one off, ip dont know him, no inj. ref + hate crime leaflet given.""",
    spans=[
        ("RACIAL_HOSTILITY", "oi c****y go home"),
    ],
)

case(
    16, "stalking", "CS",
    voice="third_party", case="mixed", noise="clean", batch="uc",
    pattern="student_infatuated_with_tutor_sends_friends_with_letters_and_to_watch_office", relationship="acquaintance", occasions=5,
    text="""\
Email from Dr Priya Raman, Head of School of Modern Languages, Alderley College, to PC Wilkins, 9 April

I'm writing about my colleague Sophie Lund, who teaches Spanish. She has asked me to pass this on because she finds it hard to talk about.

Last term a final-year student, Callum BRIGHT (21), told Sophie he was in love with her. She told him clearly that nothing could ever happen and moved him to another tutor's group. Since then:
- two of his friends, both students here, came to her office hours on 11 and 18 March and each handed her a sealed letter from him. The letters say she is the only person who understands him and that he will wait as long as it takes.
- another student told her Callum had asked him to photograph her timetable on the staff noticeboard.
- on 2 April a friend of his sat on the bench in the corridor outside her office for the whole of her afternoon, and Sophie saw a message come up on his phone saying 'is she in?'

Callum himself has not approached her since January. Sophie is uneasy, but she says she is not frightened of him and is carrying on as normal. She would like him told to stop. I can give you the names of the students involved.""",
    spans=[
        ("UNWANTED", "She told him clearly that nothing could ever happen"),
        ("REPETITION", "on 11 and 18 March"),
        ("STALK_CONTACT", "each handed her a sealed letter from him"),
        ("FIXATION", "she is the only person who understands him"),
        ("FIXATION", "he will wait as long as it takes"),
        ("STALK_MONITOR", "asked him to photograph her timetable on the staff noticeboard"),
        ("STALK_LOITER", "sat on the bench in the corridor outside her office for the whole of her afternoon"),
        ("DISTRESS", "Sophie is uneasy"),
    ],
)

case(
    17, "harassment", "C",
    voice="crime_summary", case="inconsistent", noise="abbrev", batch="uc",
    pattern="expelled_cricket_club_member_pickets_gate_photographs_chairman_over_subs", relationship="acquaintance", occasions=6,
    text="""\
crime summary - VIC is CHAIRMAN of Ashby Park Cricket Club. SUSP was EXPELLED at the AGM on 6/4 (unpaid bar tab) and says he is owed back his SUBS (£120).
Since 10/4 SUSP has stood at the gate to the clubhouse car park on match days (13/4, 20/4, 27/4) with a placard reading 'ASHBY PARK CC ARE THIEVES - GIVE ME MY £120', PHOTOGRAPHING VIC and other committee members; EMAILED vic 11 times demanding the refund and saying he will 'take it to the papers'; and photographed vic's car in the car park.
It is ALL about the subs + expulsion, never been to vic's home. VIC says it is embarrassing in front of players and sponsors. Harassment.""",
    spans=[
        ("STALK_LOITER", "stood at the gate to the clubhouse car park on match days"),
        ("REPETITION", "13/4, 20/4, 27/4"),
        ("STALK_WATCH", "PHOTOGRAPHING VIC and other committee members"),
        ("STALK_CONTACT", "EMAILED vic 11 times demanding the refund"),
        ("STALK_WATCH", "photographed vic's car in the car park"),
        ("DISTRESS", "it is embarrassing in front of players and sponsors"),
    ],
)

case(
    18, "aggravated_harassment_fear_of_violence", "CFR",
    voice="vps", case="mixed", noise="clean", batch="uc",
    pattern="adult_learner_racially_abuses_and_threatens_esol_tutor_weekly", relationship="acquaintance", occasions=3,
    text="""\
Victim personal statement - Mrs Grace Adeyemi

I teach English to adults at Northgate Adult Learning Centre on Tuesday and Thursday evenings. I have been asked to say how what Mr HOLT did has affected me.

When he first told me in front of the class that I should go back to Africa and teach the monkeys, on 7th May, I told myself he was a bitter old man and it would pass. When he waited behind after class on 14th May and said that people like me want stringing up, and that he knew which car was mine, I began to be afraid. When on 21st May he said to me at the door "next week it's you and me, darkie, and no one will hear you", I could not pretend any more.

I am frightened that he will attack me. I look over my shoulder in the car park. I wake in the night and see his face.

I have not given up my classes, because I love my students and I will not let him take that from me. But I would like the court to know that he has made a place I was proud of feel dangerous.""",
    spans=[
        ("RACIAL_HOSTILITY", "go back to Africa and teach the monkeys"),
        ("THREAT_VIOLENCE", "people like me want stringing up"),
        ("THREAT_VIOLENCE", "next week it's you and me"),
        ("RACIAL_HOSTILITY", "darkie"),
        ("THREAT_VIOLENCE", "and no one will hear you"),
        ("FEAR_OF_VIOLENCE", "I am frightened that he will attack me"),
        ("DISTRESS", "I wake in the night and see his face"),
    ],
)

case(
    19, "stalking_fear_alarm_distress", "CSFD",
    voice="dash_note", case="mixed", noise="abbrev", batch="uc",
    pattern="ex_partner_at_rowing_club_early_boathouse_visits_threats_she_changes_club", relationship="ex_partner", occasions=11,
    text="""\
DASH completed w/ IP 02/07. Together 4 yrs, split Feb, both row at Tamworth Rowing Club. SUSP has not accepted the split. Since April:
- turned up at the boathouse at 0600 on weekday mornings when he knows IP does her erg sessions - approx 8 times
- messages via club WhatsApp + privately, incl 'you'll never be rid of me at this club'
- 14/06 at the regatta told her 'if I see you in a boat with him I'll drown the pair of you'
- 28/06 voicemail 'I swear I'll hurt you, you've taken everything'
IP says she is scared he will do something to her on the water or in the car park. IP has left the club and now rows at Burton. MEDIUM, IDVA ref.""",
    spans=[
        ("FIXATION", "SUSP has not accepted the split"),
        ("STALK_TURN_UP", "turned up at the boathouse at 0600 on weekday mornings when he knows IP does her erg sessions"),
        ("REPETITION", "approx 8 times"),
        ("STALK_CONTACT", "messages via club WhatsApp + privately"),
        ("FIXATION", "you'll never be rid of me at this club"),
        ("THREAT_VIOLENCE", "if I see you in a boat with him I'll drown the pair of you"),
        ("THREAT_VIOLENCE", "I swear I'll hurt you"),
        ("FEAR_OF_VIOLENCE", "scared he will do something to her on the water or in the car park"),
        ("SERIOUS_IMPACT", "IP has left the club and now rows at Burton"),
    ],
)

case(
    20, "aggravated_stalking", "CSR",
    voice="crime_summary", case="mixed", noise="redacted", batch="uc",
    pattern="conservation_volunteer_rejected_anti_polish_abuse_follows_her_home_note", relationship="acquaintance", occasions=6,
    text="""\
[OFFICER] crime summary. Victim [NAME 1], 38, Polish national, and suspect [NAME 2], 60s, both volunteer with the Friends of Holloway Woods conservation group.
From late August [NAME 2] made a point of working next to her on every task and repeatedly asked her out; she said no each time. After the second refusal he started calling her 'the Polish scrounger' in front of the group and told her 'your lot come over here and take our jobs'. He has since followed her in his car from the woods car park to her home address in [ADDRESS] on at least two Saturdays (12/10 and 19/10), and on 24/10 a handwritten note was put through her door: 'Still here, Polack? I know which is your window.'
She says she is not frightened for her safety but is angry and wants it stopped. Still volunteering.""",
    spans=[
        ("FIXATION", "made a point of working next to her on every task"),
        ("UNWANTED", "repeatedly asked her out; she said no each time"),
        ("RACIAL_HOSTILITY", "the Polish scrounger"),
        ("RACIAL_HOSTILITY", "your lot come over here and take our jobs"),
        ("STALK_FOLLOW", "followed her in his car from the woods car park to her home address"),
        ("REPETITION", "on at least two Saturdays (12/10 and 19/10)"),
        ("STALK_CONTACT", "a handwritten note was put through her door"),
        ("RACIAL_HOSTILITY", "Still here, Polack?"),
        ("STALK_MONITOR", "I know which is your window."),
    ],
)

case(
    21, "harassment", "C",
    voice="call_log", case="upper", noise="abbrev", batch="uc",
    pattern="gym_member_repeatedly_abuses_duty_manager_over_fee_one_threat", relationship="customer", occasions=5,
    text="""\
CALL 0917. CALLER IS DUTY MANAGER AT FLEXZONE GYM, CROWN RETAIL PARK. MALE MEMBER (NAMED AS DEAN WHITLOCK) HAS BEEN IN 4 TIMES THIS WEEK (MON, TUE, THU, TODAY) SHOUTING AT HER AT RECEPTION ABOUT BEING CHARGED A £45 CANCELLATION FEE. ALSO KEEPS RINGING THE GYM LANDLINE ASKING FOR HER BY NAME AND HANGING UP WHEN TOLD SHE IS BUSY. ON TUE HE SAID 'IF YOU DONT SORT THIS ILL KNOCK YOU OUT'. NO OTHER THREATS BEFORE OR SINCE. CALLER DIDNT REALLY TAKE IT SERIOUSLY AT THE TIME BUT IS NOW NERVOUS WHEN SHE SEES HIS CAR PULL IN. WANTS HIM SPOKEN TO. PCSO TO CALL BACK.""",
    spans=[
        ("REPETITION", "4 TIMES THIS WEEK (MON, TUE, THU, TODAY)"),
        ("STALK_CONTACT", "SHOUTING AT HER AT RECEPTION ABOUT BEING CHARGED A £45 CANCELLATION FEE"),
        ("STALK_CONTACT", "KEEPS RINGING THE GYM LANDLINE ASKING FOR HER BY NAME AND HANGING UP"),
        ("THREAT_VIOLENCE", "IF YOU DONT SORT THIS ILL KNOCK YOU OUT"),
        ("DISTRESS", "NOW NERVOUS WHEN SHE SEES HIS CAR PULL IN"),
    ],
)

case(
    22, "harassment_fear_of_violence", "CF",
    voice="judgment", case="mixed", noise="clean", batch="uc",
    pattern="engineering_student_threatens_deaf_groupmate_disability_hostility_not_racial", relationship="acquaintance", occasions=3,
    text="""\
R v Jordan PEAKE - sentencing remarks (extract)

Mr Peake, you are 22. You and Mr Tomasz Wilk were students in the same engineering project group at Anglia Tech University. Mr Wilk is profoundly deaf and lip-reads. Over a period of about five weeks in the spring term you made his life a misery.

On 3 March, in the workshop, you stood squarely in front of him so that he could read your lips and told him that deaf freaks should be put down, and that you would do it yourself with the angle grinder. On 17 March you sent him a message: "you can't hear me coming, so you won't know when". On 31 March you pushed past him on the stairs and mouthed the word "soon".

The jury convicted you of putting a person in fear of violence by harassment. Mr Wilk told the jury, and I accept, that he came to believe you would attack him and that he was afraid to be alone in the building. The hostility you showed was plainly based on his disability. That is not racial or religious aggravation and you were not charged with it, but I treat it as increasing the seriousness of the offence under the statutory provisions for disability hostility.""",
    spans=[
        ("REPETITION", "Over a period of about five weeks"),
        ("DISTRESS", "you made his life a misery"),
        ("THREAT_VIOLENCE", "deaf freaks should be put down, and that you would do it yourself with the angle grinder"),
        ("STALK_CONTACT", "you sent him a message"),
        ("THREAT_VIOLENCE", "you can't hear me coming, so you won't know when"),
        ("THREAT_VIOLENCE", 'mouthed the word "soon"'),
        ("FEAR_OF_VIOLENCE", "he came to believe you would attack him"),
    ],
)

case(
    23, "aggravated_stalking", "CSR",
    voice="updates", case="mixed", noise="redacted", batch="uc",
    pattern="ex_partner_keeps_coming_to_church_hall_badminton_racist_texts_drives_past", relationship="ex_partner", occasions=8,
    text="""\
Update 03/09 - [OFFICER 1]: Spoke to IP [NAME 1] by phone. She and SUSP [NAME 2] were together 18 months, split in June. Both played at the Thursday badminton club in St Cuthbert's church hall. IP says since the split SUSP has: come to the club every Thursday, although he had stopped going months before they split; sent approx 60 texts, most asking to get back together, some abusive - she read me 'no one else will want a p**i b***h like you anyway' and 'go back to your dad's corner shop, that's all your lot are good for'; and driven past her flat 'loads of times', she has seen his car on 3 occasions in Aug.
Update 05/09 - [OFFICER 1]: IP sent screenshots, confirmed as described. IP is of Pakistani heritage; says SUSP never spoke like this while they were together. She is not scared of him - 'he's pathetic' - but wants it to stop. No change to her routine.
Update 06/09 - [OFFICER 2]: Racially aggravated stalking recorded. SUSP to be arrested on sight, [OFFICER 1] OIC.""",
    spans=[
        ("STALK_TURN_UP", "come to the club every Thursday, although he had stopped going months before they split"),
        ("STALK_CONTACT", "sent approx 60 texts"),
        ("FIXATION", "most asking to get back together"),
        ("RACIAL_HOSTILITY", "no one else will want a p**i b***h like you anyway"),
        ("RACIAL_HOSTILITY", "go back to your dad's corner shop, that's all your lot are good for"),
        ("STALK_WATCH", "driven past her flat 'loads of times'"),
        ("REPETITION", "on 3 occasions in Aug"),
    ],
)

case(
    24, "aggravated_harassment", "CR",
    voice="statement", case="mixed", noise="typos", batch="uc",
    pattern="intramural_five_a_side_opponent_racist_messages_threatens_younger_brother", relationship="acquaintance", occasions=3,
    text="""\
Statement of Emre YILMAZ, age 21.

I am a student at Rossway University and I play 5-a-side in the uni intramural league on Wednesday nights. My younger brother Kerem plays in the same team, he's in first year. Theres a lad on one of the other teams called Josh, I dont know his surname, he does sports science.

After we beat them on 15 Jan he started messageing me on Instagram. On 16 Jan he wrote 'you Turkish rats should stick to your kebab shops'. On 18 Jan he wrote 'tell your little brother hes getting his legs snapped next week, kebab boy'. On 22 Jan he sent a voice note calling me a 'dirty immigrant' and saying Kerem 'wont walk off that pitch'.

Im not worried about myself at all, honestly if he came near me I'd laugh at him. Its Kerem Im worried about, hes only 18 and hes quiet. I want Josh dealt with for the racist stuff and for threatening my brother.""",
    spans=[
        ("STALK_CONTACT", "he started messageing me on Instagram"),
        ("RACIAL_HOSTILITY", "you Turkish rats should stick to your kebab shops"),
        ("RACIAL_HOSTILITY", "kebab boy"),
        ("STALK_CONTACT", "he sent a voice note"),
        ("RACIAL_HOSTILITY", "dirty immigrant"),
    ],
)

case(
    25, "no_offence", "",
    voice="result_note", case="mixed", noise="abbrev", batch="uc",
    pattern="student_reports_university_debt_recovery_letters_and_agent_visit", relationship="business", occasions=5,
    text="""\
RESULT: NFA - no offence disclosed.
Informant (postgrad student, 24) reported 'harassment' by Elmfield University and its agents over unpaid halls fees (£2,860, 2023/24). Reviewed: 3 letters from uni credit control (Mar, Apr, May), 1 letter from Castlegate Recoveries Ltd acting for the uni, and 1 doorstep visit by a Castlegate agent on 02/06 who left a card when informant didn't answer. All correspondence standard form, sets out the debt and repayment options, no threats, no abusive content, no contact with family or tutors. This is lawful debt recovery. Informant advised to contact Students' Union advice centre re payment plan, and re complaint to the uni / Financial Ombudsman if he thinks the collection is unfair. Informant accepts this. Closed.""",
    spans=[],
)

case(
    26, "stalking_fear_alarm_distress", "CSD",
    voice="vps", case="mixed", noise="clean", batch="uc",
    pattern="yoga_class_regular_tracks_teacher_strava_gifts_at_home_she_gives_up_class", relationship="acquaintance", occasions=7,
    text="""\
Victim personal statement - Lauren PIKE

For seven years I ran a yoga class in the hall at St Barnabas on Monday and Wednesday evenings. It was a large part of my income and it was my favourite part of the week.

From last October one of my regulars, Martin, began to behave differently. He tracked my runs on Strava and would comment on them - "nice pace round the reservoir this morning". He found my home address, which I have never given to any student, and twice left a bag of shopping on my doorstep with a note saying he was looking after me. He started arriving at the hall before I did and waiting in the porch. When I asked him not to come to the class any more he said I didn't mean it and came the next week anyway.

He never threatened me. He was always polite. But I couldn't bear it. In January I stopped teaching at St Barnabas and handed the class to another teacher, which lost me about a third of my income. I have made my Strava private, come off Instagram, and I now drive a different way home.

I want the court to understand that I didn't give up the class because I am weak. I gave it up because I couldn't find anywhere he wasn't.""",
    spans=[
        ("STALK_MONITOR", "He tracked my runs on Strava and would comment on them"),
        ("STALK_MONITOR", "He found my home address, which I have never given to any student"),
        ("STALK_GIFTS", "twice left a bag of shopping on my doorstep"),
        ("FIXATION", "he was looking after me"),
        ("STALK_LOITER", "arriving at the hall before I did and waiting in the porch"),
        ("FIXATION", "he said I didn't mean it and came the next week anyway"),
        ("DISTRESS", "I couldn't bear it"),
        ("SERIOUS_IMPACT", "In January I stopped teaching at St Barnabas and handed the class to another teacher"),
        ("SERIOUS_IMPACT", "lost me about a third of my income"),
        ("SERIOUS_IMPACT", "I now drive a different way home"),
    ],
)

case(
    27, "aggravated_harassment_fear_of_violence", "CFR",
    voice="call_log", case="upper", noise="heavy", batch="uc",
    pattern="gym_regular_racially_abuses_and_threatens_black_member_three_times", relationship="acquaintance", occasions=3,
    text="""\
1848 IP ON PHONE FROM IRONCORE GYM RECEPTON. IP BLACK MALE 30S. SAYS SAME MALE (WHITE, 50S, TATOO ON NECK, KNOWN TO STAFF AS 'BIG STEVE') HAS HAD A GO AT HIM 3 TIMES NOW. 1ST TIME ABT 2 WKS AGO CALLED HIM A 'N*****' OVER USING THE SQUAT RACK. LAST WEDS SAID 'ILL BRAY YOU WITH THIS BAR YOU BLACK B*****D'. TONITE IN CHANGING RM STOOD OVER HIM + SAID 'NEXT TIME YOUR DEAD'. IP V SCARED, THINKS THE MALE WILL ATTACK HIM, DOESNT WANT TO WALK OUT TO HIS CAR. SUSP LEFT IN SILVER ASTRA 2 MINS AGO. UNIT REQ.""",
    spans=[
        ("REPETITION", "3 TIMES NOW"),
        ("RACIAL_HOSTILITY", "CALLED HIM A 'N*****'"),
        ("THREAT_VIOLENCE", "ILL BRAY YOU WITH THIS BAR"),
        ("RACIAL_HOSTILITY", "YOU BLACK B*****D"),
        ("THREAT_VIOLENCE", "NEXT TIME YOUR DEAD"),
        ("FEAR_OF_VIOLENCE", "IP V SCARED, THINKS THE MALE WILL ATTACK HIM"),
    ],
)

case(
    28, "stalking", "CS",
    voice="notebook", case="mixed", noise="abbrev", batch="uc",
    pattern="ex_partner_breaches_restraining_order_by_attending_her_gym", relationship="ex_partner", occasions=2,
    text="""\
PNB 11/08 1930. Called to Lifestyle Leisure, Brook St. IP Sarah COLE. RO in place v ex-partner Lee ANSTEY, not to contact IP directly or indirectly, not to attend Lifestyle Leisure or her home addr. IP states ANSTEY came into the gym at 1850 tonight, walked onto the gym floor, stood by the treadmills and watched her for approx 5 mins, then left without speaking. CCTV seen. IP also states he was in the car park on Sat 09/08 sat in his van when she came out of spin class. IP not frightened - 'he's just showing me he can' - but fed up, wants him dealt with. Circ PNC.""",
    spans=[
        ("STALK_TURN_UP", "ANSTEY came into the gym at 1850 tonight"),
        ("STALK_WATCH", "stood by the treadmills and watched her for approx 5 mins"),
        ("STALK_LOITER", "in the car park on Sat 09/08 sat in his van"),
        ("FIXATION", "he's just showing me he can"),
        ("DISTRESS", "fed up"),
    ],
)

case(
    29, "aggravated_stalking", "CSR",
    voice="third_party", case="mixed", noise="clean", batch="uc",
    pattern="cycling_club_member_monitors_sikh_riders_strava_posts_mocking_photos", relationship="acquaintance", occasions=7,
    text="""\
I'm writing as welfare officer of Vale Wheelers CC, with Harjit's agreement, because I think the club has let this go on far too long.

Harjit SANDHU joined us last year. Since about March one of our longer-standing members, Paul, has had a fixation on him. Paul follows Harjit's Strava and has turned up at the café stop on three of Harjit's solo rides, rides nobody else knew he was doing. He has posted photos of Harjit in the club Facebook group with captions like "Look who's come in his tea towel" and "Singh-along Sunday, bring your own curry", and on 9 May he wrote on Harjit's own page "people like you don't belong in British cycling". On the club run on 18 May he rode alongside Harjit for several miles shouting "go home" whenever the group bunched up.

Harjit says he isn't frightened of Paul physically - he's twenty years younger and a lot fitter - but he's humiliated, and he has talked about leaving the club. He hasn't yet. The committee has suspended Paul's membership while this is looked at.""",
    spans=[
        ("FIXATION", "has had a fixation on him"),
        ("STALK_MONITOR", "Paul follows Harjit's Strava"),
        ("STALK_TURN_UP", "turned up at the café stop on three of Harjit's solo rides, rides nobody else knew he was doing"),
        ("STALK_PUBLISH", "He has posted photos of Harjit in the club Facebook group"),
        ("RELIGIOUS_HOSTILITY", "Look who's come in his tea towel"),
        ("RACIAL_HOSTILITY", "Singh-along Sunday, bring your own curry"),
        ("STALK_CONTACT", "he wrote on Harjit's own page"),
        ("RACIAL_HOSTILITY", "people like you don't belong in British cycling"),
        ("STALK_FOLLOW", "rode alongside Harjit for several miles"),
        ("RACIAL_HOSTILITY", 'shouting "go home"'),
        ("DISTRESS", "he's humiliated"),
    ],
)

case(
    30, "harassment_fear_of_violence", "CFD",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="uc",
    pattern="removed_adult_learner_threatens_plumbing_tutor_twice_tutor_signed_off", relationship="acquaintance", occasions=2,
    text="""\
SGT REVIEW 14/02: IP is a plumbing tutor at Dalby FE College (adult evening course). SUSP (34) was removed from the course 29/01. 30/01 SUSP came to the workshop door at end of session and said to IP 'you've ruined my life, I'll smash your face in'. 05/02 SUSP rang the college switchboard, asked to be put through to IP and said 'I meant it, I'm going to find you and do you'. IP states he is frightened of SUSP and believes he will carry it out. IP signed off work by GP for 2 wks with stress. Two threats on separate dates, IP in fear. SUSP's interest is the course place only, nothing to suggest stalking. ACTIONS: OIC to arrest, seek bail conds not to attend Dalby FE.""",
    spans=[
        ("THREAT_VIOLENCE", "I'll smash your face in"),
        ("STALK_CONTACT", "rang the college switchboard, asked to be put through to IP"),
        ("REPETITION", "I meant it"),
        ("THREAT_VIOLENCE", "I'm going to find you and do you"),
        ("FEAR_OF_VIOLENCE", "believes he will carry it out"),
        ("SERIOUS_IMPACT", "IP signed off work by GP for 2 wks with stress"),
    ],
)

case(
    31, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="crime_summary", case="mixed", noise="clean", batch="uc",
    pattern="dropped_player_films_coach_runs_racist_exposed_account_coach_resigns", relationship="acquaintance", occasions=12,
    text="""\
Victim (F, 41, British Indian) is the unpaid coach of Harlington Ladies FC, who train on Tuesday evenings on the 3G pitch at Harlington Community College. Suspect (F, 29) was a player until the victim dropped her from the squad in August.

Since then the suspect has stood behind the fence at every Tuesday session (at least 10) filming the victim on her phone. She set up an Instagram account, 'harlingtonladiesexposed', which posts the clips with captions calling the victim a 'curry-stinking fraud' and saying she only got the job because of her colour. The account has posted the victim's home address in the comments. On 21 October a bunch of dead flowers was delivered to the victim's workplace with a card 'from your biggest fan' - the florist has confirmed the suspect paid for it. The victim says the suspect is obsessed with her. No threats have been made.

The victim resigned as coach on 3 November. She now parks in a rented space two streets away so her car is not outside her house, and has had a doorbell camera fitted. Distressed and tearful throughout interview.""",
    spans=[
        ("STALK_LOITER", "stood behind the fence at every Tuesday session"),
        ("REPETITION", "at least 10"),
        ("STALK_WATCH", "filming the victim on her phone"),
        ("STALK_PUBLISH", "set up an Instagram account, 'harlingtonladiesexposed', which posts the clips"),
        ("RACIAL_HOSTILITY", "curry-stinking fraud"),
        ("RACIAL_HOSTILITY", "she only got the job because of her colour"),
        ("STALK_PUBLISH", "posted the victim's home address in the comments"),
        ("STALK_GIFTS", "a bunch of dead flowers was delivered to the victim's workplace"),
        ("FIXATION", "the suspect is obsessed with her"),
        ("SERIOUS_IMPACT", "The victim resigned as coach on 3 November"),
        ("SERIOUS_IMPACT", "She now parks in a rented space two streets away"),
        ("SERIOUS_IMPACT", "has had a doorbell camera fitted"),
        ("DISTRESS", "Distressed and tearful throughout interview"),
    ],
)

case(
    32, "harassment", "CD",
    voice="statement", case="lower", noise="typos", batch="uc",
    pattern="hockey_teammate_homophobic_messages_and_bag_defaced_victim_quits_sport", relationship="acquaintance", occasions=8,
    text="""\
statement of owen price, 27.

i played for brackley hockey club mens 2s for three seasons. in september i came out to the team in the group chat. most people were great about it. two of the lads werent, and one of them ross tidy kept it going.

from then until about mid november ross sent me messages on whatsapp most weekends after matches, stuff like 'keep your eyes off me in the showers f****t' and 'nobody wants a bender in the changing room'. he also stuck a rainbow sticker on my hockey bag at training with 'poof' written across it in marker. when i asked him to stop he said it was banter and carried on.

he never threatened me. he never came near where i live or anything like that, it was all at the club or by message.

i stopped going in november. i have left the club and i dont play hockey anymore, which was the main thing i did outside work. i left the group chat and changed my number as well because half the club had it. i wanted the police to know this wasnt banter.""",
    spans=[
        ("REPETITION", "from then until about mid november"),
        ("STALK_CONTACT", "ross sent me messages on whatsapp most weekends after matches"),
        ("STALK_PROPERTY", "stuck a rainbow sticker on my hockey bag at training with 'poof' written across it"),
        ("UNWANTED", "when i asked him to stop he said it was banter and carried on"),
        ("SERIOUS_IMPACT", "i have left the club and i dont play hockey anymore"),
        ("SERIOUS_IMPACT", "changed my number"),
    ],
)

case(
    33, "aggravated_harassment", "CR",
    voice="mo_field", case="mixed", noise="abbrev", batch="uc",
    pattern="bowls_club_member_abuses_hindu_dance_teacher_in_shared_church_hall", relationship="acquaintance", occasions=3,
    text="""\
Susp, from the bowls club that also uses St Peter's church hall, has on three Thursdays (06/03, 13/03, 20/03) come into the hall as the vic's Bharatanatyam class was finishing and abused the vic (Hindu female, 52), telling her to 'take your heathen idol-worship back to India', calling the class 'devil dancing', and on 20/03 knocking the small shrine vic sets up at the front of the stage onto the floor saying 'not in a Christian building'. Susp says the class overruns. Vic distressed. No threats.""",
    spans=[
        ("REPETITION", "on three Thursdays (06/03, 13/03, 20/03)"),
        ("STALK_CONTACT", "abused the vic"),
        ("RELIGIOUS_HOSTILITY", "take your heathen idol-worship back to India"),
        ("RELIGIOUS_HOSTILITY", "calling the class 'devil dancing'"),
        ("STALK_PROPERTY", "knocking the small shrine vic sets up at the front of the stage onto the floor"),
        ("RELIGIOUS_HOSTILITY", "not in a Christian building"),
        ("DISTRESS", "Vic distressed"),
    ],
)

case(
    34, "stalking_fear_alarm_distress", "CSF",
    voice="updates", case="upper", noise="abbrev", batch="uc",
    pattern="online_stranger_fixated_on_uni_womens_football_captain_touchline_threats", relationship="online", occasions=8,
    text="""\
UPDATE 1 - 0915 12/04 - IP IS CAPTAIN OF KINGSTON UNI WOMEN'S FOOTBALL. SINCE FEB AN ACCOUNT @GAFFER_DAVE77 HAS SENT HER 100+ DMS VIA THE CLUB INSTAGRAM AND HER OWN, SAYS HE IS HER 'NUMBER ONE FAN' AND THEY ARE 'MEANT TO BE'. IP HAS BLOCKED HIM 6 TIMES, HE OPENS NEW ACCOUNTS. IP HAS NEVER MET HIM.
UPDATE 2 - MALE MATCHING HIS PROFILE PIC HAS BEEN ON THE TOUCHLINE AT 3 HOME GAMES (01/03, 22/03, 05/04), STOOD ON HIS OWN, FILMING HER.
UPDATE 3 - 23/03 DM: 'SAW YOU LAUGHING WITH THAT LAD AFTER THE GAME. DO IT AGAIN AND I'LL BREAK YOUR JAW'. 06/04 DM: 'YOU CANT HIDE FROM ME, I'LL GET YOU ON YOUR OWN ONE DAY'. IP STATES SHE IS SCARED HE WILL ATTACK HER AT A MATCH OR WALKING BACK TO HALLS.""",
    spans=[
        ("STALK_CONTACT", "HAS SENT HER 100+ DMS VIA THE CLUB INSTAGRAM AND HER OWN"),
        ("FIXATION", "SAYS HE IS HER 'NUMBER ONE FAN' AND THEY ARE 'MEANT TO BE'"),
        ("UNWANTED", "IP HAS BLOCKED HIM 6 TIMES"),
        ("FIXATION", "HE OPENS NEW ACCOUNTS"),
        ("STALK_TURN_UP", "HAS BEEN ON THE TOUCHLINE AT 3 HOME GAMES"),
        ("REPETITION", "01/03, 22/03, 05/04"),
        ("STALK_WATCH", "STOOD ON HIS OWN, FILMING HER"),
        ("STALK_MONITOR", "SAW YOU LAUGHING WITH THAT LAD AFTER THE GAME"),
        ("THREAT_VIOLENCE", "DO IT AGAIN AND I'LL BREAK YOUR JAW"),
        ("THREAT_VIOLENCE", "I'LL GET YOU ON YOUR OWN ONE DAY"),
        ("FEAR_OF_VIOLENCE", "SHE IS SCARED HE WILL ATTACK HER AT A MATCH OR WALKING BACK TO HALLS"),
    ],
)

case(
    35, "aggravated_harassment_fear_of_violence", "CFR",
    voice="crime_summary", case="mixed", noise="clean", batch="uc",
    pattern="history_student_antisemitic_threats_to_jewish_society_president", relationship="acquaintance", occasions=3,
    text="""\
The victim, a third-year at Wexford Hall University, is president of the Jewish Society. The suspect is on her history course; they are not friends.

On 6 February, after a seminar, the suspect caught up with the victim in the corridor and said to her "you Zionist rat, you lot run everything, someone's going to put you in an oven". She told her tutor.

On 13 February the suspect sent the victim an email from his university account: "Heard you grassed. Jews always do. Keep talking and I'll finish what Hitler started, with you personally."

On 15 February he walked past her desk in the library and said "I meant every word".

The victim states she is afraid he will physically attack her. The university has suspended the suspect pending its own investigation.""",
    spans=[
        ("RELIGIOUS_HOSTILITY", "you Zionist rat, you lot run everything"),
        ("THREAT_VIOLENCE", "someone's going to put you in an oven"),
        ("STALK_CONTACT", "the suspect sent the victim an email from his university account"),
        ("RELIGIOUS_HOSTILITY", "Jews always do"),
        ("THREAT_VIOLENCE", "I'll finish what Hitler started, with you personally"),
        ("THREAT_VIOLENCE", "I meant every word"),
        ("FEAR_OF_VIOLENCE", "she is afraid he will physically attack her"),
    ],
)

case(
    36, "stalking", "CS",
    voice="call_log", case="mixed", noise="typos", batch="uc",
    pattern="am_dram_co_star_fixated_poems_waits_after_rehearsal_threats_she_is_not_afraid_of", relationship="acquaintance", occasions=7,
    text="""\
Call 2104 - caller Megan (IP), 35, Rushden Players (am dram group, rehearsals Tues + Fri in Holy Trinity hall). Gareth, who played her husband in the spring production, seems to think the romance was real - 'he's convinced we're soulmates'. Megan is married and has said so to him, and said no to him, at least three times. Since May: poems posted to her home addres (which she never gave him), Gareth hanging about in the vestry car park after each rehersal till she comes out, and twice he has walked into Boots on the high st where she works 'just to say hello'. Fri last week, after she told him to back off, he hissed 'ill wring your neck for making a fool of me'. Tonight in the interval the same again - 'ill wring your neck one of these days Megan'. Megan laughing about that part - 'hes five foot two, I could flatten him' - she isnt frightened, just sick to death of it and wants someone to have a word. Plans to stay in the group.""",
    spans=[
        ("FIXATION", "he's convinced we're soulmates"),
        ("UNWANTED", "said no to him, at least three times"),
        ("STALK_CONTACT", "poems posted to her home addres"),
        ("STALK_LOITER", "hanging about in the vestry car park after each rehersal till she comes out"),
        ("STALK_TURN_UP", "twice he has walked into Boots on the high st where she works"),
        ("THREAT_VIOLENCE", "ill wring your neck for making a fool of me"),
        ("REPETITION", "the same again"),
        ("THREAT_VIOLENCE", "ill wring your neck one of these days Megan"),
        ("DISTRESS", "just sick to death of it"),
    ],
)

case(
    37, "aggravated_stalking", "CSR",
    voice="supervisor_review", case="mixed", noise="redacted", batch="uc",
    pattern="msc_student_photographs_chinese_classmate_posts_racist_forum_threads", relationship="acquaintance", occasions=8,
    text="""\
Supervisor review - [SGT 1]

Victim [NAME 1], 23, Chinese national, MSc student. Suspect [NAME 2], 25, on the same MSc. After a group project in which [NAME 1] reported [NAME 2] to the module leader for not contributing, he has:
- taken photos of her in lectures and in the library without her knowledge (she has seen him doing it, two friends have too);
- posted those photos on an anonymous student forum under the heading 'Spot the spy', with comments that she is a CCP plant and that 'these people eat dogs';
- emailed her four times, the last on [DATE], saying 'I'm watching you, little Miss Wuhan';
- been seen by the victim standing outside her shared house in [STREET] on two evenings.

The victim is not frightened of violence and there are no threats. She is distressed and embarrassed but has kept to her routine.

The OIC recorded this as malicious communications. I disagree. This is a course of conduct with several stalking behaviours aimed at her personally - photographing, publishing, monitoring, turning up at her home - with clear racial hostility. Reclassify as racially aggravated stalking. Actions: preservation request to forum host, arrest and interview, seize phone and laptop.""",
    spans=[
        ("STALK_WATCH", "taken photos of her in lectures and in the library without her knowledge"),
        ("STALK_PUBLISH", "posted those photos on an anonymous student forum under the heading 'Spot the spy'"),
        ("RACIAL_HOSTILITY", "she is a CCP plant"),
        ("RACIAL_HOSTILITY", "these people eat dogs"),
        ("STALK_CONTACT", "emailed her four times"),
        ("STALK_WATCH", "I'm watching you"),
        ("RACIAL_HOSTILITY", "little Miss Wuhan"),
        ("STALK_LOITER", "standing outside her shared house in [STREET] on two evenings"),
        ("DISTRESS", "She is distressed and embarrassed"),
    ],
)

case(
    38, "no_offence", "",
    voice="crime_summary", case="mixed", noise="clean", batch="uc",
    pattern="sunday_league_teammates_clubhouse_row_reconciled_then_one_text_months_later", relationship="acquaintance", occasions=2,
    text="""\
Reported by IP as 'ongoing harassment'. IP and SUSP play for Priory Arms FC and have been friends since school. On 14 September after a match they argued in the clubhouse over a missed penalty; SUSP shoved IP and told him he'd 'batter him' if he ever showed his face there again. They sorted it out within the week - they shook hands, SUSP apologised, and played together for the rest of the autumn.

On 20 February SUSP sent IP a text calling him 'a snake' after IP was made club captain. Nothing else has happened since. IP says he is more hurt than scared.

Two incidents five months apart with a genuine reconciliation in between; they are not connected as a course of conduct. No offence under PHA. NFA.""",
    spans=[
        ("THREAT_VIOLENCE", "told him he'd 'batter him' if he ever showed his face there again"),
        ("STALK_CONTACT", "SUSP sent IP a text calling him 'a snake'"),
        ("DISTRESS", "he is more hurt than scared"),
    ],
)

case(
    39, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="victim_diary", case="mixed", noise="typos", batch="uc",
    pattern="walking_group_member_shadows_muslim_walker_anti_muslim_abuse_threats_he_quits", relationship="acquaintance", occasions=6,
    text="""\
Diary kept at PC Shaw's suggestion - Tariq

Sun 5 Oct - Ridgeway walk with Chiltern Striders. Colin again walked right behind me the whole 9 miles, close enough to catch my heels. At lunch he sat opposite and said loud enough for everyone 'hope your not carrying a bomb in that rucksack mate'. couple of people laughed.
Tue 7 Oct - Colin has commented on every one of my photos in the group WhatsApp, 'allahu akbar', 'prayer mat packed?' etc.
Sat 11 Oct - went on the short Saturday walk, which Colin never does. He was there. Nobody told him I was going, I only booked on Thurs.
Sat 11 Oct (later) - at the stile above the quarry he said quietly 'one slip off here and nobody would miss a muzzie'.
Sun 19 Oct - text from a number I dont know: 'Next walk is your last, terrorist'. Pretty sure its him, no one else in the group talks like this.
Mon 20 Oct - I've stopped going. Told the organiser I've hurt my knee. Im honestly frightened he will push me off something on a hill and say it was an accident. 12 years I've walked with this group.""",
    spans=[
        ("REPETITION", "again"),
        ("STALK_FOLLOW", "walked right behind me the whole 9 miles"),
        ("RELIGIOUS_HOSTILITY", "hope your not carrying a bomb in that rucksack mate"),
        ("STALK_CONTACT", "commented on every one of my photos in the group WhatsApp"),
        ("RELIGIOUS_HOSTILITY", "'allahu akbar', 'prayer mat packed?'"),
        ("STALK_TURN_UP", "which Colin never does. He was there"),
        ("STALK_MONITOR", "Nobody told him I was going, I only booked on Thurs"),
        ("THREAT_VIOLENCE", "one slip off here and nobody would miss a muzzie"),
        ("STALK_CONTACT", "text from a number I dont know"),
        ("THREAT_VIOLENCE", "Next walk is your last, terrorist"),
        ("SERIOUS_IMPACT", "I've stopped going"),
        ("FEAR_OF_VIOLENCE", "Im honestly frightened he will push me off something on a hill"),
    ],
)

case(
    40, "harassment_fear_of_violence", "CF",
    voice="notebook", case="upper", noise="abbrev", batch="uc",
    pattern="halls_resident_threatens_university_cleaner_twice_after_drugs_report", relationship="acquaintance", occasions=2,
    text="""\
PNB 16/05 1015. ATT BEECHWOOD HALLS BLOCK C. IP = CLEANER EMPLOYED BY UNI (F, 58). IP REPORTED CANNABIS IN ROOM C14 TO WARDEN 08/05. 09/05 RESIDENT OF C14 (SUSP, M, 20) MET HER IN STAIRWELL: 'YOU'RE THE GRASS. I'LL THROW YOU DOWN THESE STAIRS'. TODAY 0920 SUSP BLOCKED KITCHEN DOORWAY + SAID 'LAST WARNING, NEXT TIME YOU'RE GOING DOWN THEM HEAD FIRST'. IP SHAKING, TEARFUL, STATES SHE IS AFRAID HE WILL ACTUALLY DO IT. SUSP NOT IN ROOM. S/A TO FOLLOW.""",
    spans=[
        ("THREAT_VIOLENCE", "I'LL THROW YOU DOWN THESE STAIRS"),
        ("ESCALATION", "LAST WARNING"),
        ("THREAT_VIOLENCE", "NEXT TIME YOU'RE GOING DOWN THEM HEAD FIRST"),
        ("DISTRESS", "IP SHAKING, TEARFUL"),
        ("FEAR_OF_VIOLENCE", "SHE IS AFRAID HE WILL ACTUALLY DO IT"),
    ],
)

case(
    41, "aggravated_harassment", "CRD",
    voice="updates", case="mixed", noise="abbrev", batch="uc",
    pattern="phd_student_anti_romanian_abuse_of_night_porter_who_moves_to_day_shift", relationship="acquaintance", occasions=20,
    text="""\
16/10 PC 812 - IP Mihai (Romanian national) is a night porter at Queen's Building, Calder University. A PhD student (SUSP) who works late in the building has, since start of Sept, made comments to IP most nights he is on - 'gypsy', 'thief', asked if IP 'stole the uniform', told him 'Romanians should be sent back in cattle trucks'. Twice left notes on the porters' desk: 'WATCH YOUR WALLETS - ROMANIAN ON DUTY'.
17/10 PC 812 - IP states comments happen every shift where they overlap (approx 3 nights a wk). No threats. IP asked to be moved and as of this week has been transferred to the day shift at the Library site, which has cost him the night allowance (approx £180/month). W1 confirms.""",
    spans=[
        ("REPETITION", "since start of Sept"),
        ("STALK_CONTACT", "made comments to IP most nights he is on"),
        ("RACIAL_HOSTILITY", "'gypsy', 'thief'"),
        ("RACIAL_HOSTILITY", "Romanians should be sent back in cattle trucks"),
        ("STALK_PUBLISH", "Twice left notes on the porters' desk"),
        ("RACIAL_HOSTILITY", "WATCH YOUR WALLETS - ROMANIAN ON DUTY"),
        ("REPETITION", "approx 3 nights a wk"),
        ("SERIOUS_IMPACT", "has been transferred to the day shift at the Library site"),
        ("SERIOUS_IMPACT", "cost him the night allowance"),
    ],
)

case(
    42, "aggravated_harassment_fear_of_violence", "CFR",
    voice="call_log", case="lower", noise="heavy", batch="uc",
    pattern="club_runner_racially_threatens_parkrun_marshal_two_saturdays", relationship="acquaintance", occasions=2,
    text="""\
call 0934 sat. caller is vol marshal at langley parkrun (ip, blk male 67). regular runner, w/m 40s, red club vest 'wetherby harriers', ran past ip at the 3k point and said 'out the way you black c**t or i'll run you over'. same male did this last sat too - told him 'stand somewhere else monkey or youll get hurt'. ip says hes genuinly fearful the man wil hurt him, bad hip, doesnt want to marshal the back section alone. male now in cafe area. units req.""",
    spans=[
        ("RACIAL_HOSTILITY", "you black c**t"),
        ("THREAT_VIOLENCE", "i'll run you over"),
        ("REPETITION", "same male did this last sat too"),
        ("RACIAL_HOSTILITY", "monkey"),
        ("THREAT_VIOLENCE", "youll get hurt"),
        ("FEAR_OF_VIOLENCE", "hes genuinly fearful the man wil hurt him"),
    ],
)

case(
    43, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="vps", case="lower", noise="typos", batch="uc",
    pattern="flatmates_boyfriend_watches_and_tracks_black_student_racist_name_she_leaves_halls", relationship="acquaintance", occasions=7,
    text="""\
victim personal statment - chioma

i want to say how this has affected me. i am 19 and i was in my first year at ashgrove halls. my flatmate's boyfriend tom was round nearly every day.
from november he started sitting in the kitchen whenever i came in to cook and just watching me. he went through my post on the side and read my letters. when i started keeping my food in my room he left notes under my door, like 'you can run but i know your timetable', and he'd be outside my lecture hall when i came out even though he doesnt even go to this uni. in february he called me 'the jungle bunny' to my flatmate when he knew i could hear, and laughed.
i couldnt live there anymore. i moved out of halls in march into a private room that costs £140 a month more and i had to get a job in a bar to pay for it. i dont go into friends kitchens if i dont know who will be there. i still get panic attacks going onto campus.""",
    spans=[
        ("STALK_WATCH", "sitting in the kitchen whenever i came in to cook and just watching me"),
        ("STALK_MONITOR", "went through my post on the side and read my letters"),
        ("STALK_CONTACT", "he left notes under my door"),
        ("STALK_MONITOR", "you can run but i know your timetable"),
        ("STALK_TURN_UP", "he'd be outside my lecture hall when i came out even though he doesnt even go to this uni"),
        ("RACIAL_HOSTILITY", "he called me 'the jungle bunny'"),
        ("SERIOUS_IMPACT", "i moved out of halls in march into a private room that costs £140 a month more"),
        ("SERIOUS_IMPACT", "i had to get a job in a bar to pay for it"),
        ("DISTRESS", "i still get panic attacks going onto campus"),
    ],
)

case(
    44, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="judgment", case="mixed", noise="clean", batch="uc",
    pattern="former_client_stalks_lithuanian_personal_trainer_racist_messages_threats_she_moves", relationship="customer", occasions=12,
    text="""\
R v Nathan CROSBY - sentencing remarks (extract)

Mr Crosby, you have pleaded guilty to racially aggravated stalking involving fear of violence.

Ms Rasa Petrauskaite is a personal trainer, Lithuanian by birth, who has lived in this country for eleven years. You were one of her clients at Core Fitness in Braintree for about four months last year. When she ended the sessions because of your behaviour towards her, you would not accept it. Over the following ten weeks you booked yourself into the gym at the times she was working and stood watching her with other clients; you waited for her in the car park on at least six occasions; you found out where she lived and drove past her flat repeatedly, sometimes several times in an evening; and you sent her a stream of messages in which declarations of love and abuse were mixed. In one you called her an Eastern European slag who should be grateful anyone looks at her; in another you told her to go back to Vilnius, because her lot were only good for cleaning.

On 4 November you messaged her that if she would not train you, nobody would be training with her, because she would not be able to walk. On 11 November, in the car park, you told her you would break her legs. She believed you. She told me she still checks under her car.

The consequences have been serious. She left Core Fitness, losing most of her client base, and has moved to a flat on the other side of town. I have read her statement and I accept every word of it.""",
    spans=[
        ("FIXATION", "you would not accept it"),
        ("REPETITION", "Over the following ten weeks"),
        ("STALK_TURN_UP", "booked yourself into the gym at the times she was working"),
        ("STALK_WATCH", "stood watching her with other clients"),
        ("STALK_LOITER", "waited for her in the car park on at least six occasions"),
        ("STALK_MONITOR", "found out where she lived"),
        ("STALK_WATCH", "drove past her flat repeatedly, sometimes several times in an evening"),
        ("STALK_CONTACT", "sent her a stream of messages in which declarations of love and abuse were mixed"),
        ("RACIAL_HOSTILITY", "an Eastern European slag who should be grateful anyone looks at her"),
        ("RACIAL_HOSTILITY", "go back to Vilnius, because her lot were only good for cleaning"),
        ("THREAT_VIOLENCE", "nobody would be training with her, because she would not be able to walk"),
        ("THREAT_VIOLENCE", "you would break her legs"),
        ("FEAR_OF_VIOLENCE", "She believed you"),
        ("SERIOUS_IMPACT", "She left Core Fitness, losing most of her client base"),
        ("SERIOUS_IMPACT", "has moved to a flat on the other side of town"),
    ],
)
