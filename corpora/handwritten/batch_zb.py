# ruff: noqa: E501
"""Hand-written narratives, writer zb: strangers and acquaintances (gym, commute, delivery, shop, app date, neighbour's son, taxi, congregation, volunteering)."""

from corpora.handwritten import case

case(
    1, "stalking", "CS",
    voice="call_log", case="upper", noise="abbrev", batch="zb",
    pattern="gym_member_watches_waits_at_car_then_finds_her_workplace_after_refusals", relationship="acquaintance", occasions=4,
    text="""\
CALLER STATES MALE FROM HER GYM (PUREFIT, STATION RD), KNOWN ONLY AS 'DEAN', 40S, WILL NOT LEAVE HER ALONE. SINCE START OF MONTH HE HAS STOOD BY THE SQUAT RACK WATCHING HER FOR HER WHOLE SESSION. HAS ASKED HER OUT X3 AND SHE SAID NO EACH TIME. THURS LAST WK WAITING BY HER CAR IN THE GYM CAR PARK AT 2115. TODAY 1140 WALKED INTO THE CAFE WHERE SHE WORKS IN LOWFIELD - SHE NEVER TOLD HIM WHERE - AND SAID 'YOU CAN'T HIDE FROM ME, FOUND YOU ON INSTA'. NO THREATS. IP UPSET AND SHAKY ON PHONE. GYM HAS CCTV. NON URGENT APPT BOOKED.""",
    spans=[
        ("REPETITION", "SINCE START OF MONTH"),
        ("STALK_WATCH", "STOOD BY THE SQUAT RACK WATCHING HER FOR HER WHOLE SESSION"),
        ("UNWANTED", "HAS ASKED HER OUT X3 AND SHE SAID NO EACH TIME"),
        ("STALK_LOITER", "WAITING BY HER CAR IN THE GYM CAR PARK"),
        ("STALK_TURN_UP", "WALKED INTO THE CAFE WHERE SHE WORKS"),
        ("FIXATION", "YOU CAN'T HIDE FROM ME"),
        ("STALK_MONITOR", "FOUND YOU ON INSTA"),
        ("DISTRESS", "IP UPSET AND SHAKY ON PHONE"),
    ],
)

case(
    2, "harassment", "C",
    voice="crime_summary", case="mixed", noise="clean", batch="zb",
    pattern="regular_customer_rings_and_emails_dry_cleaner_owner_over_ruined_suit", relationship="customer", occasions=17,
    text="""\
Victim Mrs Gail Hollis (58) owns Hollis Dry Cleaners, Market Row. Suspect Owen PRYCE, a regular customer of some years, says a wool suit came back shrunk on 2nd October and demanded £400. She offered £60, which he refused.

Between 3rd and 12th October Pryce has rung the shop landline eleven times, shouting that she is a 'thieving old cow', and has sent six emails to the shop account in similar terms. He has not been to the shop and there is nothing to suggest any interest in Mrs Hollis beyond the money. No threats.

Mrs Hollis says she now dreads the phone ringing but has kept normal hours and changed nothing. Interview by appointment.""",
    spans=[
        ("REPETITION", "Between 3rd and 12th October"),
        ("STALK_CONTACT", "rung the shop landline eleven times"),
        ("STALK_CONTACT", "sent six emails to the shop account in similar terms"),
        ("DISTRESS", "she now dreads the phone ringing"),
    ],
)

case(
    3, "no_offence", "",
    voice="result_note", case="lower", noise="typos", batch="zb",
    pattern="single_taxi_journey_inappropriate_comments_then_firm_chases_unpaid_fare", relationship="stranger", occasions=1,
    text="""\
result - taxi 02/03 approx 0140, vaults nightclub to fenwick close. driver (ace cars, veh 212) made coments about her dress and asked if she had a boyfreind, ip felt uncomfertable and got dropped at the end of her road. no further contact from him. 2 calls + a text since from the ace cars office re £14 fare unpaid that night - thats the firm chasing the fare, lawful, ip accepts that. one incident, no course of conduct. passed to council licensing re driver. nfa.""",
    spans=[
        ("UNWANTED", "made coments about her dress and asked if she had a boyfreind"),
        ("DISTRESS", "ip felt uncomfertable"),
    ],
)

case(
    4, "harassment_fear_of_violence", "CF",
    voice="statement", case="mixed", noise="clean", batch="zb",
    pattern="fellow_train_commuter_threatens_older_man_twice_after_music_complaint", relationship="stranger", occasions=3,
    text="""\
I travel every weekday on the 07:12 from Hatherby to Marlow Street and have done for about nine years. On Monday 4th March a man got on at Hatherby playing music out of his phone with no headphones. I asked him politely to turn it down. He told me to mind my own business and I left it there.

I have since worked out that he gets the same train every day. I think he always has; I just never noticed him before. On Monday 11th March he walked past my seat and said, 'You're going off this train at the next stop, old man, head first.' On Tuesday 19th March he stood over me in the vestibule and said, 'I meant what I said. I'll break your jaw.' He has never followed me off the train or anything like that, it is only when he sees me.

I am frightened of him. I am 63 and he is a big lad in his twenties. I have started to feel sick on Sunday nights thinking about Monday. I would describe him as white, about six foot two, grey North Face coat.""",
    spans=[
        ("THREAT_VIOLENCE", "You're going off this train at the next stop, old man, head first"),
        ("REPETITION", "I meant what I said"),
        ("THREAT_VIOLENCE", "I'll break your jaw"),
        ("FEAR_OF_VIOLENCE", "I am frightened of him"),
        ("DISTRESS", "I have started to feel sick on Sunday nights thinking about Monday"),
    ],
)

case(
    5, "aggravated_harassment", "CR",
    voice="crime_summary", case="mixed", noise="abbrev", batch="zb",
    pattern="passenger_texts_racist_abuse_to_private_hire_driver_after_fare_dispute", relationship="customer", occasions=7,
    text="""\
IP Arshad IQBAL, PH driver (Citylink). 14/07 fare dispute w/ SUSP, Crown PH to Dene Est - SUSP paid £10 of £18.40 and walked. SUSP had IP's mob from the pickup call. 15/07-17/07 IP rec'd 5 texts from same number: 'ur a thievin p**i c**t', 'go back to wherever u crawled out of' + 3 similar. 2 calls also. No threats. IP not worried for his safety, just wants it stopped. SUSP ID'd via booking acct - Lee MARSH.""",
    spans=[
        ("REPETITION", "15/07-17/07"),
        ("STALK_CONTACT", "IP rec'd 5 texts from same number"),
        ("RACIAL_HOSTILITY", "ur a thievin p**i c**t"),
        ("RACIAL_HOSTILITY", "go back to wherever u crawled out of"),
        ("STALK_CONTACT", "2 calls also"),
    ],
)

case(
    6, "stalking_fear_alarm_distress", "CSD",
    voice="victim_diary", case="lower", noise="typos", batch="zb",
    pattern="dating_app_match_after_one_date_floods_messages_gifts_and_parks_outside_she_changes_number", relationship="online", occasions=6,
    text="""\
sat 4th. told jordan nicely i didnt want a 2nd date. one drink, thats all it was. he sent 14 messages by midnight asking what he did wrong and saying we had something special.
sun 5th. 22 more. blocked him on the app and whatsapp.
mon 6th. flowers on my doorstep with a card 'dont give up on us j x'. i never gave him my adress. he must of followed the taxi home from the bar??
wed 8th. his car parked across the road when i got in from work. he just sat there with the engine running. i went straight in and didnt put the lights on.
thurs 9th. new account messaging me on insta. 'i just want to talk'. blocked.
fri 10th. got a new number today and im staying at becs for a bit, cant sleep in my own flat. becs says go to the police so this is me writing it all down like they told her.""",
    spans=[
        ("STALK_CONTACT", "he sent 14 messages by midnight"),
        ("FIXATION", "saying we had something special"),
        ("REPETITION", "22 more"),
        ("STALK_GIFTS", "flowers on my doorstep with a card"),
        ("FIXATION", "dont give up on us j x"),
        ("STALK_LOITER", "his car parked across the road when i got in from work"),
        ("STALK_CONTACT", "new account messaging me on insta"),
        ("SERIOUS_IMPACT", "got a new number today"),
        ("SERIOUS_IMPACT", "im staying at becs for a bit"),
        ("DISTRESS", "cant sleep in my own flat"),
    ],
)

case(
    7, "aggravated_stalking", "CSR",
    voice="third_party", case="mixed", noise="clean", batch="zb",
    pattern="older_parishioner_leaves_notes_waits_after_mass_then_anti_polish_note_when_rejected", relationship="acquaintance", occasions=9,
    text="""\
I am writing as choir leader at St Brendan's, Cowley Road, on behalf of Agnieszka WOJCIK (34), who has asked me to put this in for her because she is not confident writing in English.

Since about Easter an older parishioner, Gerald FINCH, has taken a keen interest in her. He started leaving folded notes in her hymn book, six or seven of them, saying how lovely her voice is and that they are 'meant to walk together'. Most Sundays he has been standing by the bike rack when she comes out after the 11 o'clock Mass, even though he comes by car. In June he sent a card to the care home where she works, which she had never mentioned to him.

She told him plainly in July, in front of me, that she is not interested. The following Sunday there was another note: 'You Polish are all the same, take what you can get and go home where you belong.'

Agnieszka says she is annoyed rather than frightened and she still comes to Mass and sings. But she would like it on record and she wants him told.""",
    spans=[
        ("REPETITION", "Since about Easter"),
        ("STALK_CONTACT", "leaving folded notes in her hymn book, six or seven of them"),
        ("FIXATION", "they are 'meant to walk together'"),
        ("STALK_LOITER", "standing by the bike rack when she comes out"),
        ("STALK_CONTACT", "sent a card to the care home where she works"),
        ("UNWANTED", "She told him plainly in July, in front of me, that she is not interested"),
        ("RACIAL_HOSTILITY", "You Polish are all the same, take what you can get and go home where you belong"),
    ],
)

case(
    8, "harassment", "CD",
    voice="updates", case="mixed", noise="abbrev", batch="zb",
    pattern="neighbours_adult_son_photographs_and_films_woman_over_parking_she_parks_elsewhere", relationship="neighbour", occasions=8,
    text="""\
UPDATE 09/05 PC 4471 ROWE: IP Mrs Dawn ELLERBY. Dispute with neighbour's adult son Reece CARTWRIGHT (27, lives with his mum at no.12) about IP parking across the end of their shared drive.
UPDATE 09/05 cont: Since mid-April Reece has photographed IP's car most mornings from his mum's front step, and twice filmed IP on his phone while she was getting her shopping out. Has left 4 notes under her wiper re parking. No threats. All of it is about the drive.
UPDATE 14/05: IP now parks on Birch Lane, two streets away, and has paid for a doorbell camera. Says she's 'living like a prisoner on my own street'.
UPDATE 16/05: Reece spoken to, says he's 'gathering evidence for the council'. File to supervisor.""",
    spans=[
        ("REPETITION", "Since mid-April"),
        ("STALK_WATCH", "photographed IP's car most mornings from his mum's front step"),
        ("STALK_WATCH", "twice filmed IP on his phone while she was getting her shopping out"),
        ("STALK_CONTACT", "left 4 notes under her wiper re parking"),
        ("SERIOUS_IMPACT", "IP now parks on Birch Lane, two streets away"),
        ("SERIOUS_IMPACT", "paid for a doorbell camera"),
        ("DISTRESS", "living like a prisoner on my own street"),
    ],
)

case(
    9, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="notebook", case="upper", noise="heavy", batch="zb",
    pattern="resident_threatens_romanian_delivery_driver_twice_over_parcels_in_hall", relationship="customer", occasions=2,
    text="""\
1015 ATT SWIFTDROP DEPOT, SPOKE W/ IP MIHAI POPESCU, DELIVRY DRIVER. ISSUE W/ RESIDENT FLAT 6 KINGSMERE HSE (M 50S) RE PARCELS LEFT IN HALL.
22/11 APPROX 1400 SUSP SHOUTED 'U ROMANIAN GYPO, TOUCH MY POST AGAIN N ILL STAB U'.
29/11 APPROX 1330 SUSP WAITING AT MAIN DOOR, SAID 'TOLD U, U DIRTY ROMANIAN, NEXT TIME I'LL CUT U'. PUSHED TROLLY INTO IP'S LEGS.
IP V SHAKEN, SAYS HE BELIEVES SUSP WILL DO IT, WONT GO IN THAT BLOCK W/OUT A 2ND DRIVER NOW. ROUTE CHANGD PER DEPOT MGR. NO CCTV. X REF CAD 0412 29/11.""",
    spans=[
        ("RACIAL_HOSTILITY", "U ROMANIAN GYPO"),
        ("THREAT_VIOLENCE", "TOUCH MY POST AGAIN N ILL STAB U"),
        ("RACIAL_HOSTILITY", "U DIRTY ROMANIAN"),
        ("THREAT_VIOLENCE", "NEXT TIME I'LL CUT U"),
        ("ESCALATION", "PUSHED TROLLY INTO IP'S LEGS"),
        ("DISTRESS", "IP V SHAKEN"),
        ("FEAR_OF_VIOLENCE", "SAYS HE BELIEVES SUSP WILL DO IT"),
        ("SERIOUS_IMPACT", "WONT GO IN THAT BLOCK W/OUT A 2ND DRIVER NOW"),
    ],
)

case(
    10, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="statement", case="mixed", noise="clean", batch="zb",
    pattern="fellow_food_bank_volunteer_waits_follows_home_religious_abuse_she_stops_volunteering", relationship="colleague", occasions=5,
    text="""\
I have volunteered at the Hillside Community Food Bank on Tuesdays and Thursdays since 2022. Kevin (I don't know his surname) started about six months ago. He is in his fifties. I wear a hijab and I am a practising Muslim; I say this because of what he said later.

At first he was friendly. Then he kept offering me lifts home after every shift. I said no every time, politely, and told him my husband was happy for me to get the bus. From about February he was at the bus stop on Grange Road when I got there, although he drives. On 27 February he got on the number 9 behind me, got off at my stop in Elm Park and walked behind me until I turned into my road. He has no reason to be in Elm Park. He also sent me Facebook friend requests from two different accounts.

When I spoke to the coordinator about him, he found out. On 5 March, in the storeroom, he said to me, 'You people hide under that cloth because you've all got something to hide. Your Allah can't help you.'

I have stopped volunteering. I have not been back since 5 March. My husband now collects me from work every day because I do not want to be on a bus on my own. I feel stupid about it, but I am watching the street all the time.""",
    spans=[
        ("UNWANTED", "offering me lifts home after every shift. I said no every time"),
        ("REPETITION", "From about February"),
        ("STALK_LOITER", "he was at the bus stop on Grange Road when I got there"),
        ("STALK_FOLLOW", "got off at my stop in Elm Park and walked behind me until I turned into my road"),
        ("STALK_CONTACT", "sent me Facebook friend requests from two different accounts"),
        ("RELIGIOUS_HOSTILITY", "You people hide under that cloth because you've all got something to hide"),
        ("RELIGIOUS_HOSTILITY", "Your Allah can't help you"),
        ("SERIOUS_IMPACT", "I have stopped volunteering"),
        ("SERIOUS_IMPACT", "My husband now collects me from work every day"),
        ("DISTRESS", "I am watching the street all the time"),
    ],
)

case(
    11, "no_offence", "R",
    voice="call_log", case="upper", noise="abbrev", batch="zb",
    pattern="single_racist_shout_from_stranger_at_bus_stop", relationship="stranger", occasions=1,
    text="""\
CALLER AT BUS STOP O/S LIDL FORD ST. UNK W/M 30S GREY HOODIE SHOUTED 'GO HOME YOU BLACK B*****D' AT HIM IN PASSING, THEN GOT ON NO.42. NEVER SEEN HIM BEFORE. NO THREATS. NOT HURT.""",
    spans=[
        ("RACIAL_HOSTILITY", "GO HOME YOU BLACK B*****D"),
    ],
)

case(
    12, "stalking", "CS",
    voice="updates", case="mixed", noise="typos", batch="zb",
    pattern="regular_customer_visits_florist_daily_watches_from_cafe_opposite_sends_cards", relationship="customer", occasions=8,
    text="""\
14/06 1010 - Ms Ruth ADEYEMI, owner of Petal & Stem florist, Gloucester Rd. Regular customer 'Mr Colin', late 50s, has been coming in every day since end of April, buys a single stem, stays 20-30 mins talking to her.
14/06 1025 - On 3 June she asked him not to come in unless he was buying flowers for someone and said she has a partner. He said 'we both know thats not true'. Next day he was back.
14/06 1040 - Since then he sits in the window of the Costa oposite most afternoons facing the shop; staff have seen him there 5 or 6 times. Has posted two cards to the shop addresed to 'my Ruth'.
16/06 0915 - Not scared of him exactley, 'creepy', she gets upset when she sees him. Routine unchanged. Susp ID'd via card payments - Colin BRAITHWAITE. Stalking crimed.""",
    spans=[
        ("STALK_TURN_UP", "coming in every day since end of April"),
        ("FIXATION", "we both know thats not true"),
        ("STALK_TURN_UP", "Next day he was back"),
        ("STALK_WATCH", "sits in the window of the Costa oposite most afternoons facing the shop"),
        ("REPETITION", "5 or 6 times"),
        ("STALK_CONTACT", "posted two cards to the shop addresed to 'my Ruth'"),
        ("DISTRESS", "she gets upset when she sees him"),
    ],
)

case(
    13, "harassment_fear_of_violence", "CFD",
    voice="supervisor_review", case="mixed", noise="clean", batch="zb",
    pattern="taxi_driver_leaves_three_threatening_voicemails_in_minutes_after_complaint", relationship="business", occasions=3,
    text="""\
SUPERVISOR REVIEW - DS Kaur
Initial classification by the call handler was 'malicious communications - single incident' and the log was heading for NFA. I disagree and have re-crimed.
Facts: on 21/08 the IP, Ms Jade Corrigan, complained to Premier Taxis about a driver who refused to put his meter on. The firm passed her complaint to the driver with her mobile number on it (a separate data issue, referred to their DPO). At 2204, 2209 and 2213 the same evening she received three voicemails from the driver. First: 'You want to cost me my badge? I'll find you and smash your face in.' Second: 'Don't think I won't.' Third: 'You'll get what's coming, I know where I dropped you.'
Three calls within ten minutes are three separate occasions (Kelly), so this is capable of being a course of conduct. The threat runs across all three calls and Ms Corrigan says she is terrified. She has not been out alone since. She believes he will come to her address. Nothing suggests any fixation on her; it is about the complaint. Harassment (fear of violence), s.4. Driver to be arrested. Safeguarding: TM on address.""",
    spans=[
        ("REPETITION", "At 2204, 2209 and 2213"),
        ("STALK_CONTACT", "she received three voicemails from the driver"),
        ("THREAT_VIOLENCE", "I'll find you and smash your face in"),
        ("THREAT_VIOLENCE", "Don't think I won't"),
        ("THREAT_VIOLENCE", "You'll get what's coming, I know where I dropped you"),
        ("FEAR_OF_VIOLENCE", "Ms Corrigan says she is terrified"),
        ("SERIOUS_IMPACT", "She has not been out alone since"),
        ("FEAR_OF_VIOLENCE", "She believes he will come to her address"),
    ],
)

case(
    14, "harassment", "C",
    voice="mo_field", case="mixed", noise="abbrev", batch="zb",
    pattern="gym_member_sends_abusive_dms_after_being_reported_one_car_park_threat_no_fear", relationship="acquaintance", occasions=9,
    text="""\
MO: SUSP & VIC both members Ironworks Gym. VIC reported SUSP to staff 02/09 re not re-racking weights. Over following 8 days SUSP sent VIC approx 9 Instagram DMs - 'grass', 'snake', 'little rat'. One on 06/09: 'watch yourself in the car park'. VIC not frightened, 'he's all mouth'. All about the complaint. Screenshots obtained.""",
    spans=[
        ("REPETITION", "Over following 8 days"),
        ("STALK_CONTACT", "SUSP sent VIC approx 9 Instagram DMs"),
        ("THREAT_VIOLENCE", "watch yourself in the car park"),
    ],
)

case(
    15, "stalking_fear_alarm_distress", "CSF",
    voice="dash_note", case="lower", noise="heavy", batch="zb",
    pattern="neighbours_son_watches_follows_knocks_and_threatens_woman_twice", relationship="neighbour", occasions=7,
    text="""\
s-dash compl w/ ip 1830 21/01. risk med. suspt ricky doyle 31, son of ip's nxt door neighbr (no.7). ip 44 lives alone.
since nov ricky stands at his bedrm window watching her come n go, has followed her to co-op on 3 occasions walking 10yds behind, twice knocked her door late at nite 'just to see if ur ok'. she has told him to stop. 02/01 on the path: 'ur gonna get hurt if u keep ignoring me'. 18/01 note thru door 'i will make u listen even if i have to hurt u'. ip says she is scared he will hurt her, sleeps w/ phone in hand. still working as normal. ref stalking advocacy, tm.""",
    spans=[
        ("REPETITION", "since nov"),
        ("STALK_WATCH", "stands at his bedrm window watching her come n go"),
        ("STALK_FOLLOW", "followed her to co-op on 3 occasions walking 10yds behind"),
        ("STALK_TURN_UP", "twice knocked her door late at nite"),
        ("UNWANTED", "she has told him to stop"),
        ("THREAT_VIOLENCE", "ur gonna get hurt if u keep ignoring me"),
        ("THREAT_VIOLENCE", "i will make u listen even if i have to hurt u"),
        ("FEAR_OF_VIOLENCE", "ip says she is scared he will hurt her"),
    ],
)

case(
    16, "aggravated_harassment", "CR",
    voice="third_party", case="mixed", noise="redacted", batch="zb",
    pattern="congregant_emails_racist_abuse_to_vicar_over_church_dispute_vicar_not_afraid", relationship="acquaintance", occasions=12,
    text="""\
From: Churchwarden, [CHURCH]
On behalf of our vicar, the Revd [NAME 1], with his agreement. Since the PCC voted in September to remove the old pews, Mr [NAME 2], a member of the congregation, has sent the vicar a series of emails - I hold eleven, from 14 September to 30 October. From early October they change: he calls the vicar 'a jumped-up African who should have stayed in the bush', says 'your sort' are 'destroying English churches', and wrote on 30 October that he would 'never take communion from a black hand'.
The vicar is not afraid of Mr [NAME 2], who is 81, and nothing has been threatened. But he regards the emails as racist and wants them dealt with.""",
    spans=[
        ("STALK_CONTACT", "has sent the vicar a series of emails"),
        ("REPETITION", "eleven, from 14 September to 30 October"),
        ("ESCALATION", "From early October they change"),
        ("RACIAL_HOSTILITY", "a jumped-up African who should have stayed in the bush"),
        ("RACIAL_HOSTILITY", "'your sort' are 'destroying English churches'"),
        ("RACIAL_HOSTILITY", "never take communion from a black hand"),
    ],
)

case(
    17, "no_offence", "",
    voice="supervisor_review", case="mixed", noise="clean", batch="zb",
    pattern="running_club_members_two_rows_five_months_apart_reconciled_between", relationship="acquaintance", occasions=2,
    text="""\
Supervisor's review, Sgt P. Nwosu. IP Helen GRANT and Martin SHAW are both members of Westbury Harriers. In January, after a row about relay selection, Shaw rang IP and was very rude, called her 'a stuck-up cow' - one call. They made it up in February; on her own account they were on good terms after that, ran together most Sundays and he gave her lifts to races. On 11 June at the club AGM he shouted at her across the room that she was 'a snake'. Nothing since.
Two incidents five months apart with a real reconciliation in between: no course of conduct, and no offence. IP accepts. Close.""",
    spans=[
        ("STALK_CONTACT", "Shaw rang IP and was very rude, called her 'a stuck-up cow'"),
        ("UNWANTED", "shouted at her across the room that she was 'a snake'"),
    ],
)

case(
    18, "harassment_fear_of_violence", "CFD",
    voice="vps", case="mixed", noise="clean", batch="zb",
    pattern="customer_threatens_delivery_driver_twice_over_missing_parcel_driver_changes_route", relationship="customer", occasions=2,
    text="""\
Victim Personal Statement - Lewis ACHESON

I have been a driver for Parcelfast for three years. My route covered Ashby Park. I want the court to know how this has affected me.

The man at 41 Laurel Drive started complaining after a parcel of his went missing in August, which was not my fault; it was never scanned onto my van. On 2 September he came out while I was on his neighbour's step and said if I 'lost' anything else of his he'd 'break both my legs and put me in my own van'. I reported it to my depot. On 9 September he was standing by my van when I came back to it and said, 'I meant it about your legs.' He then kicked the wing mirror.

I believed him both times. I am not a small man, but I was scared to get out of the van in that street. I asked to be moved off the Ashby Park route and I was, which has cost me about £40 a week because the new route has fewer drops. My wife says I have been short-tempered at home and I have not been sleeping well.""",
    spans=[
        ("THREAT_VIOLENCE", "he'd 'break both my legs and put me in my own van'"),
        ("THREAT_VIOLENCE", "I meant it about your legs"),
        ("ESCALATION", "He then kicked the wing mirror"),
        ("FEAR_OF_VIOLENCE", "I believed him both times"),
        ("FEAR_OF_VIOLENCE", "I was scared to get out of the van in that street"),
        ("SERIOUS_IMPACT", "I asked to be moved off the Ashby Park route and I was"),
        ("DISTRESS", "I have not been sleeping well"),
    ],
)

case(
    19, "aggravated_stalking", "CSR",
    voice="crime_summary", case="mixed", noise="redacted", batch="zb",
    pattern="dating_app_match_after_one_date_new_accounts_racist_forum_posts_turns_up_at_work", relationship="online", occasions=8,
    text="""\
[NAME 1] (IP, 29) met [NAME 2] (SUSP, 33) on Hinge; one date on [DATE]. IP messaged next day to say she did not want to meet again. SUSP continued to message over the next fortnight despite IP blocking him - at least 4 new numbers and 2 new Instagram accounts.
On [DATE] SUSP posted on a Reddit forum for local singles naming IP, with her photos, calling her a 'gold-digging chink' and 'typical oriental, all smiles then a knife in the back'. Removed after report; SUSP reposted it two days later.
On [DATE] SUSP attended IP's workplace ([BUSINESS]) at 1730 and asked reception for her by name.
IP 'more furious than frightened', routine unchanged. Agg stalking s.2A / s.32.""",
    spans=[
        ("UNWANTED", "continued to message over the next fortnight despite IP blocking him"),
        ("STALK_CONTACT", "at least 4 new numbers and 2 new Instagram accounts"),
        ("STALK_PUBLISH", "posted on a Reddit forum for local singles naming IP"),
        ("RACIAL_HOSTILITY", "gold-digging chink"),
        ("RACIAL_HOSTILITY", "typical oriental, all smiles then a knife in the back"),
        ("REPETITION", "SUSP reposted it two days later"),
        ("STALK_TURN_UP", "attended IP's workplace ([BUSINESS]) at 1730 and asked reception for her by name"),
    ],
)

case(
    20, "stalking", "CS",
    voice="statement", case="mixed", noise="typos", batch="zb",
    pattern="church_member_proposes_then_sends_letters_and_gift_via_sister_and_friend", relationship="acquaintance", occasions=6,
    text="""\
I am making this statment about Daniel OKAFOR who attends the same church as me, Living Waters on Carr Lane. I have known him to say hello to for about two years.

In March he asked me to marry him, in the church car park, which was a total shock as we have never been out. I said no and that I didnt think of him that way. He said God had told him we were meant to be together and he would wait.

Since then I have had things from him almost every week but not from him directly. His sister Grace gave me a letter after the Sunday service on 2 April, another on 16 April and then a gold bracelet in a box on 30 April. I gave the bracelet back through her. On 9 May a man I dont know came up to me at the bus stop on Pelham Street and said 'Daniel isnt giving up on you, you should know that'. Daniel himself waits by the church door every week untill I come out.

I am upset by it. I cry after church some weeks. I havent stopped going and I dont want to, its my church too.""",
    spans=[
        ("FIXATION", "God had told him we were meant to be together and he would wait"),
        ("REPETITION", "almost every week"),
        ("STALK_CONTACT", "His sister Grace gave me a letter after the Sunday service on 2 April"),
        ("STALK_GIFTS", "a gold bracelet in a box on 30 April"),
        ("STALK_CONTACT", "a man I dont know came up to me at the bus stop on Pelham Street"),
        ("FIXATION", "Daniel isnt giving up on you"),
        ("STALK_LOITER", "waits by the church door every week untill I come out"),
        ("DISTRESS", "I cry after church some weeks"),
    ],
)

case(
    21, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="call_log", case="mixed", noise="typos", batch="zb",
    pattern="bus_commuter_abuses_woman_in_headscarf_on_three_mornings_threatens_she_changes_bus", relationship="stranger", occasions=3,
    text="""\
Caller Mrs Nadia HUSSAIN reporting abuse on the 0745 no.17 bus from Moorside. Same white male, 60ish, flat cap, gets on at Albion St. Has targeted her on 3 mornings now. 03/02 'take that rag off, this is a Christian country'. 06/02 stood over her seat: 'I'll rip that thing off your head and slap you, you terrorist'. Today spat by her feet: 'I warned you, Muslim, next time you're getting it'.
Caller very frightend, voice shaking, says she thinks he will attack her. Has already started getting the 0705 bus to avoid him. Driver saw 2nd incident. Req attendence at her work (Moorside Library) pls.""",
    spans=[
        ("REPETITION", "Has targeted her on 3 mornings now"),
        ("RELIGIOUS_HOSTILITY", "take that rag off, this is a Christian country"),
        ("THREAT_VIOLENCE", "I'll rip that thing off your head and slap you"),
        ("RELIGIOUS_HOSTILITY", "you terrorist"),
        ("RELIGIOUS_HOSTILITY", "I warned you, Muslim"),
        ("THREAT_VIOLENCE", "next time you're getting it"),
        ("DISTRESS", "voice shaking"),
        ("FEAR_OF_VIOLENCE", "says she thinks he will attack her"),
        ("SERIOUS_IMPACT", "started getting the 0705 bus to avoid him"),
    ],
)

case(
    22, "harassment", "C",
    voice="notebook", case="lower", noise="abbrev", batch="zb",
    pattern="banned_customer_phones_shop_owner_with_abuse_threat_aimed_at_son_owner_not_afraid", relationship="customer", occasions=8,
    text="""\
1420 spoke to ip sunil varma, owner of varma's news, 2 cliff st. ip banned male 'tonka' 3 wks ago for shoplifting cans. since then tonka has phoned shop approx 8 times calling ip a 'fat thief' and 'robbing b*****d'. 1310 today: 'i'll do your lad when he's walking home from college' - ip's son is 17. ip not worried for himself, 'he wouldnt dare come in'. no racial remarks, asked directly. phone log shows 8 calls same mob.""",
    spans=[
        ("STALK_CONTACT", "tonka has phoned shop approx 8 times"),
        ("REPETITION", "8 calls same mob"),
    ],
)

case(
    23, "stalking_fear_alarm_distress", "CSD",
    voice="vps", case="mixed", noise="clean", batch="zb",
    pattern="train_commuter_changes_carriages_after_her_gets_off_at_her_stop_she_drives_instead", relationship="stranger", occasions=6,
    text="""\
Victim Personal Statement - Chloe BARRINGTON

Until March I got the 08.03 train into Leeds every day and sat in the third carriage. A man I didn't know, who I now know is called Adam Riley, began sitting next to me or opposite me in January. He talked about the weather, my book, my job. I kept my headphones in and answered as little as I could.

When I started moving to the front carriage he started moving too. He was always there a few minutes after me. On 14 February and again on 3 March he got off at my stop, Horsforth, which I had never seen him do before, and walked along the platform behind me. On 3 March he said, 'You look tired, Chloe,' and I had never told him my name.

He has never threatened me. But I stopped getting the train. I now drive to work, which costs me about £200 a month in parking and petrol that I can't really afford, and I leave at 7 instead of 7.40. I check my mirrors all the time. I still feel sick when I see a man in a navy parka.""",
    spans=[
        ("UNWANTED", "began sitting next to me or opposite me in January"),
        ("STALK_FOLLOW", "When I started moving to the front carriage he started moving too"),
        ("REPETITION", "On 14 February and again on 3 March"),
        ("STALK_FOLLOW", "got off at my stop, Horsforth"),
        ("STALK_FOLLOW", "walked along the platform behind me"),
        ("STALK_MONITOR", "I had never told him my name"),
        ("SERIOUS_IMPACT", "I stopped getting the train"),
        ("SERIOUS_IMPACT", "I now drive to work"),
        ("DISTRESS", "I still feel sick when I see a man in a navy parka"),
    ],
)

case(
    24, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="crime_summary", case="upper", noise="abbrev", batch="zb",
    pattern="passenger_fixates_on_somali_cab_driver_waits_at_rank_visits_home_racist_threats", relationship="customer", occasions=13,
    text="""\
IP HODAN ABDI (38), HACKNEY CARRIAGE DRIVER. SUSP GARY KEMP (45) FIRST A FARE 12/04. SINCE THEN HAS ASKED FOR HER BY PLATE NO. AT THE RANK ON AT LEAST 9 OCCASIONS. HAS ASKED HER OUT REPEATEDLY, GIVEN HER A NECKLACE & A CARD SAYING 'MY QUEEN'. 02/05 SHE REFUSED TO TAKE HIM AGAIN.
04/05 SUSP WAITING BY HER CAB AT RANK 2310: 'NO ONE TURNS ME DOWN, LEAST OF ALL A SOMALI SKIVVY. I'LL HAVE YOU.'
09/05 SEEN WALKING PAST IP'S HOME ADDR (UNK HOW HE HAS IT), STOPPED OUTSIDE FOR 10 MINS.
11/05 AT RANK: 'GO BACK TO MOGADISHU BEFORE I PUT YOU IN THE BOOT OF YOUR OWN CAB'.
IP STATES SHE IS FRIGHTENED HE WILL HURT HER, HAS NOT WORKED NIGHTS SINCE 04/05. SUSP ARRESTED 12/05 - NO COMMENT.""",
    spans=[
        ("STALK_TURN_UP", "ASKED FOR HER BY PLATE NO. AT THE RANK ON AT LEAST 9 OCCASIONS"),
        ("UNWANTED", "HAS ASKED HER OUT REPEATEDLY"),
        ("STALK_GIFTS", "GIVEN HER A NECKLACE & A CARD SAYING 'MY QUEEN'"),
        ("STALK_LOITER", "SUSP WAITING BY HER CAB AT RANK 2310"),
        ("FIXATION", "NO ONE TURNS ME DOWN"),
        ("RACIAL_HOSTILITY", "LEAST OF ALL A SOMALI SKIVVY"),
        ("THREAT_VIOLENCE", "I'LL HAVE YOU"),
        ("STALK_LOITER", "STOPPED OUTSIDE FOR 10 MINS"),
        ("RACIAL_HOSTILITY", "GO BACK TO MOGADISHU"),
        ("THREAT_VIOLENCE", "BEFORE I PUT YOU IN THE BOOT OF YOUR OWN CAB"),
        ("FEAR_OF_VIOLENCE", "IP STATES SHE IS FRIGHTENED HE WILL HURT HER"),
        ("SERIOUS_IMPACT", "HAS NOT WORKED NIGHTS SINCE 04/05"),
    ],
)

case(
    25, "no_offence", "",
    voice="result_note", case="mixed", noise="abbrev", batch="zb",
    pattern="two_commuters_mutual_rows_over_station_car_park_space", relationship="stranger", occasions=2,
    text="""\
Result: Mr Ian FORD and Mr Stephen LOWE both commute from Brayton station and use the small free car park. 06/03 row over a space, each blames the other. CCTV shows both out of their cars, both shouting, both pointing. 13/03 round two at the same bay - Lowe swore first, Ford gave it back. Each has now reported the other for harassment. No threats per CCTV & station staff. Neither fears the other. Two mutual rows over parking, not a course of conduct by either. Words of advice both. NFA both reports.""",
    spans=[],
)

case(
    26, "harassment", "C",
    voice="result_note", case="mixed", noise="clean", batch="zb",
    pattern="man_at_tram_stop_shouts_homophobic_abuse_at_commuter_six_times", relationship="stranger", occasions=6,
    text="""\
RESULT - CHARGED s.2 PHA. SUSP Kyle DENNETT (24) bailed to Northfield Mags 03/12. IP Marcus Elland (41) and SUSP both wait at Clayfield tram stop on weekday mornings. On 6 occasions between 14/10 and 12/11 SUSP shouted abuse at IP about his sexuality ('batty boy', 'f****t') and twice flicked a lit cigarette at him. No threats. IP describes it as 'humiliating' but has changed nothing. Homophobic hostility - not s.32; hate crime flag for sentencing.""",
    spans=[
        ("REPETITION", "On 6 occasions between 14/10 and 12/11"),
        ("UNWANTED", "shouted abuse at IP about his sexuality"),
        ("UNWANTED", "twice flicked a lit cigarette at him"),
        ("DISTRESS", "describes it as 'humiliating'"),
    ],
)

case(
    27, "stalking", "CS",
    voice="judgment", case="mixed", noise="clean", batch="zb",
    pattern="breach_of_restraining_order_by_sitting_in_gym_car_park_twice", relationship="acquaintance", occasions=2,
    text="""\
R v Liam STOCKDALE - sentencing remarks (extract), HHJ Carver

Mr Stockdale, you are before me for breach of a restraining order made at this court on 18 January, following your conviction for harassing Miss Amy Patel, whom you met at the Fitzone gym in Harrowgate Road. The order forbade you from contacting her directly or indirectly and from attending Fitzone.

Within six weeks you breached it. On 2 March and again on 9 March you drove to the Fitzone car park at the time you knew Miss Patel trains, parked facing the entrance, and sat there for over an hour. On 9 March you got out and stood by her car. You told the police you 'just wanted closure'. The CCTV and your own admissions make plain that you went there for her and no one else.

Miss Patel's statement describes the distress of seeing you again after she thought it was over. She has, to her credit, carried on training there. No threats were made on either occasion. I take into account your guilty plea at the first opportunity...""",
    spans=[
        ("REPETITION", "On 2 March and again on 9 March"),
        ("STALK_TURN_UP", "you drove to the Fitzone car park at the time you knew Miss Patel trains"),
        ("STALK_WATCH", "parked facing the entrance, and sat there for over an hour"),
        ("STALK_LOITER", "you got out and stood by her car"),
        ("FIXATION", "just wanted closure"),
        ("FIXATION", "you went there for her and no one else"),
        ("DISTRESS", "the distress of seeing you again"),
    ],
)

case(
    28, "stalking_fear_alarm_distress", "CSFD",
    voice="dash_note", case="inconsistent", noise="typos", batch="zb",
    pattern="bumble_match_after_one_date_threatens_twice_parks_on_street_she_moves_to_mums", relationship="online", occasions=10,
    text="""\
S-DASH / stalking screening - PC 2290 Hale, IP by phone.
Relationship: MET ON BUMBLE, ONE DATE ONLY (28/09).
1. Very frightened? YES - 'i think hes going to kill me'.
3. Threats? YES x2. 01/10 voice note 'you dont get to ghost me, I'll cut your pretty face up'. 05/10 outside her house shouting through letterbox 'Ill hurt you, you know I will'.
4. Loitering? YES - parked on her street 4 nites running 2-5 oct.
5. Contact - 60+ msgs, 30 missed calls since 29/09, multiple numbers.
6. Obsessive? msgs say 'youre mine now whether you like it or not'.
Other: ip has moved out to her MUMS in Selby as of 06/10 and is not going to work. RISK: HIGH. Not DA - refer stalking advocacy. TM both addresses.""",
    spans=[
        ("FEAR_OF_VIOLENCE", "i think hes going to kill me"),
        ("FIXATION", "you dont get to ghost me"),
        ("THREAT_VIOLENCE", "I'll cut your pretty face up"),
        ("STALK_TURN_UP", "outside her house shouting through letterbox"),
        ("THREAT_VIOLENCE", "Ill hurt you, you know I will"),
        ("STALK_LOITER", "parked on her street 4 nites running 2-5 oct"),
        ("STALK_CONTACT", "60+ msgs, 30 missed calls since 29/09, multiple numbers"),
        ("FIXATION", "youre mine now whether you like it or not"),
        ("SERIOUS_IMPACT", "ip has moved out to her MUMS in Selby"),
        ("SERIOUS_IMPACT", "is not going to work"),
    ],
)

case(
    29, "aggravated_harassment", "CR",
    voice="updates", case="mixed", noise="clean", batch="zb",
    pattern="boxing_gym_member_sends_racist_threatening_messages_after_sparring_refusal_victim_unafraid", relationship="acquaintance", occasions=4,
    text="""\
Update 1 - 17/03 - PC Osei: IP Tariq MAHMOOD (29) at front counter. He and SUSP Craig BELL train at Unit 9 Boxing. 10/03 IP refused to spar with SUSP after SUSP hurt a junior. SUSP has since sent IP WhatsApps on 11/03, 12/03 (x2) and 15/03.
Update 2 - PC Osei: 11/03 'u think ur better than me u p**i'. 12/03 'ill batter u in the car park'. 12/03 later 'ur lot shud be sent back on the boats'. 15/03 'still gonna batter u, watch'.
Update 3 - PC Osei: IP not scared of SUSP - 'I've sparred him, he's nothing.' Training as normal. Wants it dealt with for the racist stuff. Messages only, all about the sparring.
Update 4 - 19/03 - Sgt Lamb: Racially agg harassment s.32(1)(a); not s.4, no fear. Arrest plan agreed.""",
    spans=[
        ("STALK_CONTACT", "SUSP has since sent IP WhatsApps on 11/03, 12/03 (x2) and 15/03"),
        ("RACIAL_HOSTILITY", "u think ur better than me u p**i"),
        ("THREAT_VIOLENCE", "ill batter u in the car park"),
        ("RACIAL_HOSTILITY", "ur lot shud be sent back on the boats"),
        ("THREAT_VIOLENCE", "still gonna batter u, watch"),
    ],
)

case(
    30, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="vps", case="mixed", noise="typos", batch="zb",
    pattern="neighbours_adult_son_racially_abuses_bangladeshi_mother_threatens_to_burn_house_twice", relationship="neighbour", occasions=6,
    text="""\
Victim Personal Statement of Rumana BEGUM

I live at 22 Ashcroft Road with my husband and three children. We have lived here since 2015. Our next door neighbour is an elderly lady who has always been kind to us. Her son Darren moved back in with her last summer.

Since September Darren has shouted at me almost every time he sees me in the garden or on the street. He calls me a 'Paki b***h' and tells me to 'go back to Bangladesh'. In October he told me he would 'burn this curry house down with you in it'. In Novmber he said it again, that he'd burn us out and I would be the first one. He said it looking straight at me.

I am frightend of him. I believe he means it. I keep a fire extinguisher by the back door now and I dont hang washing out any more in case he is there. I have stopped taking the children to school myself, my husband does it. I used to love this house. I want the court to know I have lived in this country for twenty years and I have never been spoken to like this.""",
    spans=[
        ("REPETITION", "almost every time he sees me"),
        ("RACIAL_HOSTILITY", "Paki b***h"),
        ("RACIAL_HOSTILITY", "go back to Bangladesh"),
        ("THREAT_VIOLENCE", "burn this curry house down with you in it"),
        ("REPETITION", "In Novmber he said it again"),
        ("THREAT_VIOLENCE", "he'd burn us out and I would be the first one"),
        ("FEAR_OF_VIOLENCE", "I am frightend of him. I believe he means it."),
        ("SERIOUS_IMPACT", "I keep a fire extinguisher by the back door now"),
        ("SERIOUS_IMPACT", "I dont hang washing out any more"),
        ("SERIOUS_IMPACT", "I have stopped taking the children to school myself"),
    ],
)

case(
    31, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="mo_field", case="upper", noise="abbrev", batch="zb",
    pattern="customer_fixates_on_shopkeeper_in_niqab_watches_from_bench_religious_abuse_shop_hours_cut", relationship="customer", occasions=15,
    text="""\
MO: SUSP, REGULAR CUSTOMER AT VIC'S FAMILY SHOP (HALAL GROCERY, STATION PARADE), BECAME FIXATED ON VIC (F 33, WEARS NIQAB). FROM JAN ATTENDED SHOP DAILY, OFTEN 2-3 TIMES, ASKING VIC'S NAME, AGE, WHETHER SHE IS MARRIED. ASKED TO STOP, THEN SAT ON BENCH OPP SHOP FOR HRS WATCHING HER THRU WINDOW (CCTV 11 DAYS IN FEB). LEFT CHOCOLATES & A LETTER ON COUNTER. WHEN EJECTED SHOUTED 'TAKE THAT BIN BAG OFF YOUR FACE, YOUR PROPHET WAS A NONCE'. VIC NOW ONLY WORKS IN BACK OFFICE, SHOP HRS CUT TO 1800. NO THREATS.""",
    spans=[
        ("FIXATION", "BECAME FIXATED ON VIC"),
        ("STALK_TURN_UP", "ATTENDED SHOP DAILY, OFTEN 2-3 TIMES"),
        ("UNWANTED", "ASKING VIC'S NAME, AGE, WHETHER SHE IS MARRIED"),
        ("STALK_WATCH", "SAT ON BENCH OPP SHOP FOR HRS WATCHING HER THRU WINDOW"),
        ("REPETITION", "11 DAYS IN FEB"),
        ("STALK_GIFTS", "LEFT CHOCOLATES & A LETTER ON COUNTER"),
        ("RELIGIOUS_HOSTILITY", "TAKE THAT BIN BAG OFF YOUR FACE, YOUR PROPHET WAS A NONCE"),
        ("SERIOUS_IMPACT", "VIC NOW ONLY WORKS IN BACK OFFICE"),
        ("SERIOUS_IMPACT", "SHOP HRS CUT TO 1800"),
    ],
)

case(
    32, "stalking", "CS",
    voice="third_party", case="mixed", noise="typos", batch="zb",
    pattern="neighbours_son_watches_follows_and_mocks_disabled_woman_on_scooter_notes_through_door", relationship="neighbour", occasions=6,
    text="""\
Im writing this as carer for Mrs Joan PEARSE (71) who uses a mobility scooter since her stroke. I go in mornings and evenings. Joan has asked me to report the son of the family across the road, I only know him as Kai, about 20.

For about 2 months Kai has been sitting in his car outside his mums house most afternoons watching Joan's front window. When she goes out on the scooter to the post office he follows on foot a few yards back, laughing and doing an impression of her speech, which has been slurred since the stroke. He calls her 'the spacker' and 'Robocop'. Twice he has put notes through her door, one said 'I SEE YOU' and one had a drawing of her on the scooter. Joan doesnt know why he has picked on her, she has never had words with the family.

Joan is very upset by it and has been crying when I arive. She still goes to the post office on Fridays, she says she wont give him the satisfaction. She is not afraid he'll hurt her she just wants it to stop.""",
    spans=[
        ("REPETITION", "For about 2 months"),
        ("STALK_WATCH", "sitting in his car outside his mums house most afternoons watching Joan's front window"),
        ("STALK_FOLLOW", "he follows on foot a few yards back"),
        ("UNWANTED", "doing an impression of her speech"),
        ("UNWANTED", "He calls her 'the spacker' and 'Robocop'"),
        ("STALK_CONTACT", "Twice he has put notes through her door"),
        ("FIXATION", "I SEE YOU"),
        ("DISTRESS", "has been crying when I arive"),
    ],
)

case(
    33, "harassment_fear_of_violence", "CFD",
    voice="mo_field", case="mixed", noise="abbrev", batch="zb",
    pattern="charity_shop_volunteer_threatens_colleague_by_text_after_being_reported_for_theft", relationship="colleague", occasions=3,
    text="""\
MO: VIC (F, 62) & SUSP (M, 40s) volunteers at Oxfam shop, Bridge St. VIC reported SUSP 20/06 for pocketing till cash; SUSP asked to leave. SUSP then sent VIC 3 texts (21/06, 24/06, 30/06): 'grass', 'i know where u live old woman, ill put u in hospital', 'hospital. dont forget'. VIC believes SUSP will assault her; son now walks her to and from shop. Only about the report.""",
    spans=[
        ("STALK_CONTACT", "SUSP then sent VIC 3 texts (21/06, 24/06, 30/06)"),
        ("THREAT_VIOLENCE", "ill put u in hospital"),
        ("THREAT_VIOLENCE", "hospital. dont forget"),
        ("FEAR_OF_VIOLENCE", "VIC believes SUSP will assault her"),
        ("SERIOUS_IMPACT", "son now walks her to and from shop"),
    ],
)

case(
    34, "harassment_fear_of_violence", "CFD",
    voice="notebook", case="mixed", noise="abbrev", batch="zb",
    pattern="ejected_passenger_returns_to_rank_threatens_driver_over_twenty_pounds_no_racial_element", relationship="customer", occasions=3,
    text="""\
Notebook PC 6102 GRAY 27/08
2140 Park Lane taxi rank. IP Mohammed RAFIQ, 48, PH driver. Male passenger he put out on 18/08 for being sick in cab has since come to rank 3 times looking for him. 25/08 at driver's window: 'You owe me my £20 back or I'll stab you.' 27/08 2100 banged on windscreen: 'Last chance, £20 or I'll cut you open.' Asked re race/religion - IP says none, 'it's just about the money'. IP is scared, says SUSP looked like he meant it, has stopped working this rank at night. W/M 20s, neck tattoo. Greggs CCTV to seize.""",
    spans=[
        ("STALK_TURN_UP", "has since come to rank 3 times looking for him"),
        ("THREAT_VIOLENCE", "You owe me my £20 back or I'll stab you"),
        ("THREAT_VIOLENCE", "Last chance, £20 or I'll cut you open"),
        ("FEAR_OF_VIOLENCE", "IP is scared, says SUSP looked like he meant it"),
        ("SERIOUS_IMPACT", "has stopped working this rank at night"),
    ],
)

case(
    35, "stalking_fear_alarm_distress", "CSF",
    voice="third_party", case="mixed", noise="clean", batch="zb",
    pattern="mosque_congregant_refused_marriage_waits_after_class_follows_widow_home_threatens_twice", relationship="acquaintance", occasions=6,
    text="""\
I am reporting on behalf of my mother, Mrs Fatima SHEIKH (56), who is a widow. I am her son, Imran, and I live with her. Her English is good but she asked me to write this down because she gets upset telling it.

My father died in 2021. There is a man who prays at the Jamia Masjid on Highfield Road, where my mother goes to the women's classes on Wednesdays and Fridays. His name is Nasir, he is about 60, and I think he drives for a living. Last year he approached the imam about marrying my mother. She said no through the imam, which is the proper way, and then, because he kept asking the imam, she told Nasir herself in December that the answer is no.

Since then he waits on the corner of Highfield Road after the women's class finishes. He has followed her car home at least twice - she recognises his silver Honda, and once I saw it myself turn into our road behind her and drive off when I came out. He has sent her long WhatsApps quoting the Quran about marriage and saying she is disobeying God by refusing him. I want to be clear that he does not insult her religion. He is a religious man himself and that is not what this is about. In January he said to her in the car park, 'If you will not be my wife you will be nobody's, you will see.' Last week he sent 'You will regret this with your life.'

I spoke to the mosque committee in February and one of the elders spoke to him. It made no difference.

My mother is terrified. She thinks he will hurt her. She still goes to the classes because she will not be kept out of her mosque, and she still drives herself, but she is shaking when she gets home. I am asking for him to be warned off properly.""",
    spans=[
        ("UNWANTED", "she told Nasir herself in December that the answer is no"),
        ("STALK_LOITER", "he waits on the corner of Highfield Road after the women's class finishes"),
        ("STALK_FOLLOW", "followed her car home at least twice"),
        ("STALK_FOLLOW", "turn into our road behind her"),
        ("STALK_CONTACT", "sent her long WhatsApps"),
        ("FIXATION", "saying she is disobeying God by refusing him"),
        ("THREAT_VIOLENCE", "If you will not be my wife you will be nobody's, you will see."),
        ("THREAT_VIOLENCE", "You will regret this with your life."),
        ("FEAR_OF_VIOLENCE", "She thinks he will hurt her."),
        ("DISTRESS", "she is shaking when she gets home"),
    ],
)

case(
    36, "aggravated_harassment", "CR",
    voice="statement", case="mixed", noise="clean", batch="zb",
    pattern="sacked_delivery_rider_sends_racist_messages_to_customer_who_complained", relationship="business", occasions=20,
    text="""\
On Saturday 8 July I ordered a takeaway through Deliveroo. The rider, who I later found out is called Jason Pike, left the food at the wrong door and I complained through the app. I understand he was taken off the platform.

Two days later I started getting messages on WhatsApp from a number I didn't know. He must have kept my number from the order. The first one said, 'Happy now? Lost my job because of a n****r who can't answer her door.' Between 10 and 19 July I got 14 messages and 6 voice notes from him. They are all about the complaint and losing his job and nearly all of them have racist words in: 'monkey', 'go back to Africa', 'your kind always play the victim'. I have kept them all and shown them to the officer.

He has not threatened me and he has not come to my flat. I am not frightened of him, I am angry. I am a nurse and I have lived in this city all my life. I don't see why I should have to read that.""",
    spans=[
        ("STALK_CONTACT", "I started getting messages on WhatsApp from a number I didn't know"),
        ("RACIAL_HOSTILITY", "Lost my job because of a n****r who can't answer her door"),
        ("REPETITION", "Between 10 and 19 July"),
        ("STALK_CONTACT", "14 messages and 6 voice notes"),
        ("RACIAL_HOSTILITY", "'monkey', 'go back to Africa', 'your kind always play the victim'"),
    ],
)

case(
    37, "aggravated_harassment", "CR",
    voice="updates", case="mixed", noise="typos", batch="zb",
    pattern="customer_refused_refund_returns_to_kosher_deli_four_times_antisemitic_abuse", relationship="customer", occasions=4,
    text="""\
28/02 1130 - Mr Avi LEVY, owner of Levy's Deli, Bury New Rd. Customer Peter DRUMMOND wants a refund for a cake, has been in 4 times since refused.
28/02 1135 - Each time shouted at Mr Levy across the counter infront of customers: 09/02 'you people and your money', 16/02 'typical Jew, rob you blind', 21/02 'Hitler had the right idea about your lot', today 'I'll be back every week till I get my money, Jew boy'.
28/02 1400 - PC Marsh attended. Drummond only intrested in the £22. Mr Levy not afraid, 'he's a sad old man', hasnt changed anything.
01/03 - CCTV obtained. Crimed racially/religiously agg harassment.""",
    spans=[
        ("REPETITION", "has been in 4 times since refused"),
        ("UNWANTED", "shouted at Mr Levy across the counter infront of customers"),
        ("RELIGIOUS_HOSTILITY", "you people and your money"),
        ("RELIGIOUS_HOSTILITY", "typical Jew, rob you blind"),
        ("RACIAL_HOSTILITY", "Hitler had the right idea about your lot"),
        ("RELIGIOUS_HOSTILITY", "Jew boy"),
    ],
)

case(
    38, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="victim_diary", case="mixed", noise="typos", batch="zb",
    pattern="unknown_driver_leaves_anti_polish_threat_notes_on_windscreen_at_station_car_park", relationship="stranger", occasions=3,
    text="""\
Mon 14 Oct - someone left a note under my wiper at Thornaby station car park. 'You dented my door you thick Polish slag. Pay or else.' I didnt dent anyones door. I park in the same spot every day, bay 31.
Wed 16 Oct - another note, same writing. 'Polish scum. Pay £300 or Ill break your legs.' Left my number on his note and wrote I didnt do it and to go to the police if he thinks I did.
Thu 17 Oct - text from unknown number. 'Your not getting away with it. Ill be waiting for you one night. Go back to Poland or go in a box.'
Fri 18 Oct - I didnt sleep. I drove to work today instead of the train, 45 mins each way, and Im going to keep driving. I am scared he is going to hurt me. I dont know what he looks like, thats the worst part, I look at every man in the car park.
Sat 19 Oct - going to the police station with the notes. Tomek says I should of gone on Monday.""",
    spans=[
        ("STALK_CONTACT", "someone left a note under my wiper"),
        ("RACIAL_HOSTILITY", "you thick Polish slag"),
        ("STALK_CONTACT", "another note, same writing"),
        ("RACIAL_HOSTILITY", "Polish scum"),
        ("THREAT_VIOLENCE", "Pay £300 or Ill break your legs"),
        ("STALK_CONTACT", "text from unknown number"),
        ("THREAT_VIOLENCE", "Ill be waiting for you one night"),
        ("RACIAL_HOSTILITY", "Go back to Poland"),
        ("THREAT_VIOLENCE", "or go in a box"),
        ("DISTRESS", "I didnt sleep"),
        ("SERIOUS_IMPACT", "I drove to work today instead of the train"),
        ("FEAR_OF_VIOLENCE", "I am scared he is going to hurt me"),
    ],
)

case(
    39, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="supervisor_review", case="mixed", noise="clean", batch="zb",
    pattern="gym_member_threatens_muslim_man_praying_in_changing_room_three_times", relationship="acquaintance", occasions=3,
    text="""\
Supervisor review - Insp. R. Hallam, 03/04.
Officer has classified this as a public order offence. Having read the statements I think it is more than that.
IP Yusuf ADEBAYO (33) is a Muslim and a member of Corefit gym. During Ramadan he prays in a quiet corner of the changing room, which the gym manager agreed to. SUSP Mark TILLOTSON, another member, on 12 March said in front of others 'we don't want your mumbo-jumbo in here, terrorist' and 'do that again and I'll knock you spark out'. On 19 March, seeing IP in the changing room, he said 'I told you what would happen, you Muslims never listen' and shoved him into a locker. On 26 March he repeated the threat to knock him out, this time in the car park.
IP says he is genuinely afraid he will be attacked, has moved his gym sessions to 6am to avoid Tillotson and now prays at home. Three linked occasions, threats on each, fear of violence made out, religious hostility plainly demonstrated. Recrime as religiously aggravated s.4 PHA. Not stalking - no fixation on IP beyond the hostility.""",
    spans=[
        ("RELIGIOUS_HOSTILITY", "we don't want your mumbo-jumbo in here, terrorist"),
        ("THREAT_VIOLENCE", "do that again and I'll knock you spark out"),
        ("THREAT_VIOLENCE", "I told you what would happen"),
        ("RELIGIOUS_HOSTILITY", "you Muslims never listen"),
        ("ESCALATION", "shoved him into a locker"),
        ("REPETITION", "On 26 March he repeated the threat to knock him out"),
        ("FEAR_OF_VIOLENCE", "he is genuinely afraid he will be attacked"),
        ("SERIOUS_IMPACT", "has moved his gym sessions to 6am to avoid Tillotson"),
        ("SERIOUS_IMPACT", "now prays at home"),
    ],
)

case(
    40, "aggravated_stalking", "CSR",
    voice="call_log", case="upper", noise="heavy", batch="zb",
    pattern="taxi_driver_turns_up_unbooked_at_travellers_site_anti_traveller_texts_victim_unafraid", relationship="business", occasions=10,
    text="""\
CALLER BRIDGET WARD 41 STATES TAXI DRVR FROM 'A1 CABS' KEEPS TURNING UP AT HER ADDR (CARAVAN SITE, LONG MOSS LN) UNBOOKED. DROVE HER TO HOSPTIAL APPTS IN JUNE, SINCE THEN ALMOST EVRY DAY SITS AT SITE ENTRNCE W/ ENGINE RUNNING. TEXTS HER 'UR MY FAV PASSENGER', 'I DREAM ABOUT U'. SHE TOLD HIM 2 WKS AGO SHES MARRIED N TO STOP. NEXT DAY TEXT 'DIRTY PIKEY, THINK UR TOO GOOD FOR ME, U PIKEYS R ALL THE SAME'. SEEN HIM SAT THERE TDAY 1500. NOT SCARED OF HIM 'HE'S A WEED' BUT WANTS IT STOPPED. NO THREATS. VRM PART 'KX1'.""",
    spans=[
        ("STALK_TURN_UP", "KEEPS TURNING UP AT HER ADDR"),
        ("REPETITION", "ALMOST EVRY DAY"),
        ("STALK_LOITER", "SITS AT SITE ENTRNCE W/ ENGINE RUNNING"),
        ("STALK_CONTACT", "TEXTS HER 'UR MY FAV PASSENGER'"),
        ("FIXATION", "I DREAM ABOUT U"),
        ("RACIAL_HOSTILITY", "DIRTY PIKEY"),
        ("RACIAL_HOSTILITY", "U PIKEYS R ALL THE SAME"),
        ("STALK_LOITER", "SEEN HIM SAT THERE TDAY 1500"),
    ],
)

case(
    41, "aggravated_stalking", "CSR",
    voice="statement", case="mixed", noise="clean", batch="zb",
    pattern="woman_from_church_gives_gifts_monitors_facebook_visits_office_then_racist_messages_on_engagement", relationship="acquaintance", occasions=15,
    text="""\
My name is Kofi MENSAH. I am 36 and I am an accountant. I have attended Grace Fellowship in Eastgate since 2016, where I met Lorraine HEWITT, who is a member there.

In 2023 Lorraine started giving me presents at church: a watch, aftershave, a framed photo of me she had printed from the church Facebook page. I returned them and told her I was seeing someone. She carried on. She commented on every post on my Facebook and on my fiancée's, and sent me messages saying we were 'destined'. Twice she came to my office in Eastgate at lunchtime and waited in reception.

When our engagement was announced at church in January she sent me a message: 'You'll regret marrying that jungle girl. Your people don't know loyalty. You were nothing before me, monkey.' Since then she has sent about ten more messages in the same vein.

I am not frightened of her and I don't think she would hurt anyone. My life is carrying on as normal and we still go to Grace Fellowship. But it has to stop, and I want it recorded as racist, because it is.""",
    spans=[
        ("STALK_GIFTS", "a watch, aftershave, a framed photo of me"),
        ("UNWANTED", "I returned them and told her I was seeing someone. She carried on."),
        ("STALK_MONITOR", "She commented on every post on my Facebook and on my fiancée's"),
        ("FIXATION", "we were 'destined'"),
        ("STALK_TURN_UP", "came to my office in Eastgate at lunchtime and waited in reception"),
        ("RACIAL_HOSTILITY", "that jungle girl"),
        ("RACIAL_HOSTILITY", "Your people don't know loyalty"),
        ("RACIAL_HOSTILITY", "monkey"),
        ("STALK_CONTACT", "she has sent about ten more messages in the same vein"),
    ],
)

case(
    42, "aggravated_stalking", "CSR",
    voice="judgment", case="mixed", noise="clean", batch="zb",
    pattern="takeaway_customer_loiters_photographs_owner_and_posts_racist_facebook_page", relationship="customer", occasions=20,
    text="""\
Sentencing remarks: R v Terence BLAKE

...Mrs Mei Lin CHEUNG runs the Golden Lotus takeaway on Victoria Road with her husband. You were, for some years, a customer. In the summer of last year your visits became something else. You came in three or four times a week, ordered nothing, and stood at the counter talking to her. She asked you more than once to leave her alone. You then took to standing across the road at closing time, and on at least eight occasions photographed her through the window; those photographs were found on your phone. You set up a Facebook page called 'Golden Lotus Lady' on which you posted them, with comments that she was a 'dirty chink' who 'brought the virus', and that you 'would wait for her as long as it takes'.

You have pleaded guilty to racially aggravated stalking. I have read Mrs Cheung's statement. She describes being upset and embarrassed, particularly by the page, which customers had seen. She is a resilient woman: she has carried on running the business exactly as before and she says she did not fear you would harm her. That does not lessen what you did...""",
    spans=[
        ("STALK_TURN_UP", "You came in three or four times a week, ordered nothing"),
        ("UNWANTED", "She asked you more than once to leave her alone."),
        ("STALK_LOITER", "standing across the road at closing time"),
        ("STALK_WATCH", "on at least eight occasions photographed her through the window"),
        ("STALK_PUBLISH", "set up a Facebook page called 'Golden Lotus Lady' on which you posted them"),
        ("RACIAL_HOSTILITY", "'dirty chink' who 'brought the virus'"),
        ("FIXATION", "would wait for her as long as it takes"),
        ("DISTRESS", "She describes being upset and embarrassed"),
    ],
)

case(
    43, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="updates", case="lower", noise="abbrev", batch="zb",
    pattern="tram_commuter_stares_follows_jewish_woman_to_office_waits_outside_threatens_twice", relationship="stranger", occasions=5,
    text="""\
upd 1 03/11 pc 118 yates: ip rachel stern (27). male approx 30 gets in her carriage on the metrolink from prestwich most mornings since sept, stares at her star of david necklace.
upd 2: 21/10 followed her off at victoria and along to her office on corporation st: 'i know where you work now, dirty jew'. 28/10 he was stood outside her office at 1730 when she left: 'one of these days someone's going to hurt you and it'll be me'. 01/11 on tram: 'you lot will get what's coming' and 'i'll put you under this tram'.
upd 3: ip v frightened, believes he will push her onto the tracks or attack her. she now works 2 days a wk from home, her dad drives her in the other days.
upd 4 ds hicks: cctv req tfgm. panic alarm issued.""",
    spans=[
        ("REPETITION", "most mornings"),
        ("STALK_WATCH", "stares at her star of david necklace"),
        ("STALK_FOLLOW", "followed her off at victoria and along to her office on corporation st"),
        ("STALK_MONITOR", "i know where you work now"),
        ("RELIGIOUS_HOSTILITY", "dirty jew"),
        ("STALK_LOITER", "he was stood outside her office at 1730 when she left"),
        ("THREAT_VIOLENCE", "one of these days someone's going to hurt you and it'll be me"),
        ("RELIGIOUS_HOSTILITY", "you lot will get what's coming"),
        ("THREAT_VIOLENCE", "i'll put you under this tram"),
        ("FEAR_OF_VIOLENCE", "believes he will push her onto the tracks or attack her"),
        ("SERIOUS_IMPACT", "she now works 2 days a wk from home"),
        ("SERIOUS_IMPACT", "her dad drives her in the other days"),
    ],
)

case(
    44, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="crime_summary", case="inconsistent", noise="heavy", batch="zb",
    pattern="parcel_courier_returns_uninvited_gifts_then_racist_notes_and_photo_victim_moves_out", relationship="business", occasions=10,
    text="""\
Crime summary. IP Abena OWUSU 31yrs lives alone. SUSP Craig DAWES 38yrs, Evri drvr, deliverd parcel to IP 14/08 + chatted at door, IP polite NOTHING MORE.
From 16/08 SUSP returnd to IP's flat aprox 6 times w/ no parcel, asking her out, once left a bunch of flowers + a note. 28/08 IP told him clearly to stop coming round. 30/08 note thru door: 'stuck up black b***h, u lot should be greatful anyone looks at u. I'll be watching.' further notes 02/09 + 05/09 in same terms, one with a photo of IP leaving work taken from accross the road.
IP has had locks changed, fitted ring doorbell + MOVED TO HER SISTERS IN LUTON since 06/09. Signed off work by GP (anxiety). no threats of violence. Arrested 09/09.""",
    spans=[
        ("STALK_TURN_UP", "returnd to IP's flat aprox 6 times w/ no parcel"),
        ("STALK_GIFTS", "left a bunch of flowers + a note"),
        ("UNWANTED", "IP told him clearly to stop coming round"),
        ("STALK_CONTACT", "note thru door"),
        ("RACIAL_HOSTILITY", "stuck up black b***h, u lot should be greatful anyone looks at u"),
        ("FIXATION", "I'll be watching"),
        ("REPETITION", "further notes 02/09 + 05/09 in same terms"),
        ("STALK_MONITOR", "a photo of IP leaving work taken from accross the road"),
        ("SERIOUS_IMPACT", "IP has had locks changed, fitted ring doorbell"),
        ("SERIOUS_IMPACT", "MOVED TO HER SISTERS IN LUTON since 06/09"),
        ("SERIOUS_IMPACT", "Signed off work by GP (anxiety)"),
    ],
)
