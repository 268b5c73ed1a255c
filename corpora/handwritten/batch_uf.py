# ruff: noqa: E501
"""Hand-written narratives, writer uf: older and disabled victims, their carers, relatives and neighbours."""

from corpora.handwritten import case

case(
    1, "no_offence", "",
    voice="updates", case="mixed", noise="abbrev", batch="uf",
    pattern="two_sheltered_housing_residents_row_over_lounge_tv_both_sides", relationship="neighbour", occasions=2,
    text="""\
Update 1 - 14/03 1120hrs. Attended Larchfield Court (sheltered scheme), flats 6 and 9. Scheme mgr Mrs Okafor called it in as 'harassment of a vulnerable adult'. Mr DENHOLM (flat 6) says Mrs PRYCE (flat 9) shouts at him in the residents lounge about the TV volume. Mrs PRYCE says Mr DENHOLM started it and called her a nosy old cow last Tues, she called him a deaf old goat back. Both agree there have been 2 arguments in the lounge over the remote, and the scheme mgr who saw the second one says they both gave as good as they got. No threats either side.
Update 2 - spoke to scheme mgr, she will arrange separate TV times. Both have capacity. Mutual verbal disagreement, no offence disclosed. NFA police, closed to partner agency.""",
    spans=[],
)

case(
    2, "no_offence", "",
    voice="call_log", case="upper", noise="abbrev", batch="uf",
    pattern="daughter_reports_debt_collector_letters_for_fathers_care_home_fees", relationship="business", occasions=4,
    text="""\
CALLER IS DAUGHTER OF MR ALBERT KEMBLE (91), RESIDENT AT THE BEECHES NURSING HOME. SAYS SHE IS BEING HARASSED BY A DEBT COLLECTION CO OVER HER FATHERS CARE HOME FEES. 3 LETTERS SINCE JAN, AND AN AGENT CALLED ONCE ON 02/04 - POLITE, LEFT WHEN ASKED. SHE HOLDS LPA AND DISPUTES THE AMOUNT (CHC FUNDING AWARDED FEB). ADV CIVIL MATTER, CONTACT IS FOR A LEGITIMATE DEBT. CAB NO. GIVEN. NO CRIME.""",
    spans=[],
)

case(
    3, "no_offence", "",
    voice="crime_summary", case="mixed", noise="clean", batch="uf",
    pattern="grandson_rows_over_money_twice_seven_months_apart_reconciled_between", relationship="family", occasions=2,
    text="""\
Victim is Mrs Irene Culshaw, 79, who has carers twice a day. Suspect is her grandson Liam CULSHAW, 24. In February this year Liam asked to borrow £300 and when she said no he swore at her and slammed the door so hard a picture fell off the wall. He apologised a week later, and since then he has done her shopping every Saturday; she describes them as 'close again'. On Sunday 14th September he asked for money for a car repair, she refused and he called her a 'tight old witch' and left. Her carer noticed she was tearful on the Monday morning and raised it with the local authority safeguarding team, who passed it to police. Irene does not want anything done, says it was one row and he has texted sorry. The two incidents are seven months apart with a genuine reconciliation in between, so there is no course of conduct. NFA.""",
    spans=[
        ("STALK_CONTACT", "he swore at her and slammed the door"),
        ("STALK_CONTACT", "he called her a 'tight old witch'"),
        ("DISTRESS", "she was tearful on the Monday morning"),
    ],
)

case(
    4, "no_offence", "R",
    voice="notebook", case="lower", noise="typos", batch="uf",
    pattern="home_carer_racially_abused_once_by_passing_stranger_on_scooter", relationship="stranger", occasions=1,
    text="""\
0915 ip grace mutasa, home carer, walking between calls on holloway st. male 60s on a mobility scooter shouted 'go back to africa you black b*****' as he went past. never seen him before. ip shaken. no cctv. susp nk.""",
    spans=[
        ("RACIAL_HOSTILITY", "'go back to africa you black b*****'"),
        ("DISTRESS", "ip shaken"),
    ],
)

case(
    5, "harassment", "C",
    voice="statement", case="mixed", noise="clean", batch="uf",
    pattern="neighbour_photographs_carers_cars_on_shared_drive_boundary_dispute", relationship="neighbour", occasions=6,
    text="""\
I am the wife and main carer of Dennis Arkwright who has Parkinson's. We have carers four times a day. Our drive is shared with number 17, where Mr Colin ROSS lives. Since the start of June Mr Ross has been standing at his front window photographing every carer's car that pulls onto the drive. On at least six occasions he has come out and filmed the carers on his phone as they get out. On 22 June he took a photo of me through our kitchen window while I was helping Dennis with his tablets. He has told me twice to my face that he will keep doing it until the carers stop parking on his side. I find all this very upsetting and I'm on edge every time a car comes. I understand there is a dispute about where the boundary is and our solicitor has written to him about it.""",
    spans=[
        ("REPETITION", "Since the start of June"),
        ("STALK_WATCH", "standing at his front window photographing every carer's car"),
        ("REPETITION", "On at least six occasions"),
        ("STALK_WATCH", "took a photo of me through our kitchen window"),
        ("STALK_CONTACT", "told me twice to my face that he will keep doing it"),
        ("DISTRESS", "I find all this very upsetting and I'm on edge"),
    ],
)

case(
    6, "harassment", "C",
    voice="third_party", case="inconsistent", noise="typos", batch="uf",
    pattern="youths_shout_disability_abuse_at_man_with_learning_disability_on_way_to_shop", relationship="stranger", occasions=4,
    text="""\
Referral from Joanne Birtles, Support Worker, Keyring Living Support Network, re: her client Mr Gareth POOLE (34), who has a learning disability and lives on his own. gareth has told me that a group of 3 or 4 lads, he thinks from the high school, have been shouting at him when he walks to the Co-op. he says they call him 'spaz' and 'retard' and do impressions of how he walks. This has happend on 4 occasions he can remember, the last being Thursday 9th at about 4pm when one of them shouted 'oi mong, whats your pin number' and the others laughed. They have not touched him or threatened him. gareth was upset and tearful telling me, but he still goes to the shop on his own, he says 'im not letting them win'. I would class this as a disability hate incident and would like police to speak to the youths. Gareth consented to this referal.""",
    spans=[
        ("STALK_CONTACT", "have been shouting at him when he walks to the Co-op"),
        ("REPETITION", "on 4 occasions he can remember"),
        ("STALK_CONTACT", "one of them shouted 'oi mong, whats your pin number'"),
        ("DISTRESS", "gareth was upset and tearful telling me"),
    ],
)

case(
    7, "harassment", "CD",
    voice="crime_summary", case="mixed", noise="abbrev", batch="uf",
    pattern="sacked_private_carer_bombards_clients_daughter_with_calls_over_wages", relationship="business", occasions=25,
    text="""\
IP is Ms Helen FAIRBROTHER, 52, who arranges private care for her mother Dorothy (88, dementia). SUSP Karen WHITLEY was employed privately as Dorothy's live-in carer until 03/10 when IP ended the arrangement after cash went missing from Dorothy's purse. Since 04/10 SUSP has rung IP's mobile 20-30 times, mostly evenings, and sent approx 40 texts. Content is abusive and all about the job: 'you've ruined my life', 'liar', 'you owe me 2 weeks wages you thieving cow', 'I'll tell everyone what you're like'. No threats of violence. IP blocked SUSP on two numbers and SUSP then called from a withheld number. On 21/10 IP changed her mobile number and had to tell all her work contacts. IP says she is exhausted and dreads the phone ringing. OIC assessment: repeated unwanted contact about the employment dispute and the wages; nothing to suggest SUSP is fixated on IP as a person. Harassment s.2 PHA. SUSP to be interviewed VA.""",
    spans=[
        ("REPETITION", "Since 04/10"),
        ("STALK_CONTACT", "rung IP's mobile 20-30 times"),
        ("STALK_CONTACT", "sent approx 40 texts"),
        ("STALK_CONTACT", "called from a withheld number"),
        ("SERIOUS_IMPACT", "On 21/10 IP changed her mobile number"),
        ("DISTRESS", "IP says she is exhausted and dreads the phone ringing"),
    ],
)

case(
    8, "harassment", "C",
    voice="call_log", case="upper", noise="heavy", batch="uf",
    pattern="nephew_three_voicemails_in_minutes_demanding_money_aunt_not_scared", relationship="family", occasions=3,
    text="""\
RP MRS BRENDA HOLLIS 73YRS WHEELCHAIR USER. RPTS NEPHEW DEAN HOLLIS LEFT 3 VOICEMAILS ON HER LANDLINE BETWEEN 2141 AND 2150 LAST NITE. 1ST SAYS 'PICK UP YOU OLD BAG I NEED THAT MONEY'. 2ND 'I KNOW YOUR IN, ANSWER THE FONE'. 3RD 'IF I DONT GET THE 200 BY FRIDAY ILL PUT YOU THRU YOUR OWN WINDOW'. RP STATES SHE IS NOT SCARED OF HIM 'HES ALL MOUTH, BEEN LIKE IT SINCE HE WAS 12' AND HE WOULDNT DARE. WANTS HIM SPOKEN TO AS SHE IS FED UP WITH IT. VMS STILL ON MACHINE.""",
    spans=[
        ("STALK_CONTACT", "LEFT 3 VOICEMAILS ON HER LANDLINE"),
        ("REPETITION", "BETWEEN 2141 AND 2150 LAST NITE"),
        ("THREAT_VIOLENCE", "ILL PUT YOU THRU YOUR OWN WINDOW"),
    ],
)

case(
    9, "harassment", "C",
    voice="updates", case="mixed", noise="redacted", batch="uf",
    pattern="brother_and_his_partner_message_carer_sister_over_lasting_power_of_attorney", relationship="family", occasions=6,
    text="""\
[OFFICER 1] update 11/02: IP [NAME 1] is the main carer for her mother, who is 86 and in the early stages of Alzheimer's. IP holds Lasting Power of Attorney (property & finance). Her brother [NAME 2] disputes this and believes he should have it. Over the past 5 weeks [NAME 2] has sent IP numerous emails and WhatsApps accusing her of 'stealing mum's house' and calling her a 'parasite'. When IP blocked him, his partner [NAME 3] began messaging her instead, saying '[NAME 2] asked me to tell you...' followed by the same accusations. [NAME 3] also rang IP at work twice on 06/02. No threats. IP very upset, crying during the visit, but is still working and caring for mum as normal.
[OFFICER 1] update 14/02: crime recorded as harassment (volume + third party used to get round the block). Both to be interviewed.""",
    spans=[
        ("REPETITION", "Over the past 5 weeks"),
        ("STALK_CONTACT", "sent IP numerous emails and WhatsApps"),
        ("STALK_CONTACT", "his partner [NAME 3] began messaging her instead"),
        ("STALK_CONTACT", "rang IP at work twice on 06/02"),
        ("DISTRESS", "IP very upset, crying during the visit"),
    ],
)

case(
    10, "harassment_fear_of_violence", "CFD",
    voice="crime_summary", case="mixed", noise="typos", batch="uf",
    pattern="neighbour_threatens_elderly_man_twice_over_shared_bin_store", relationship="neighbour", occasions=2,
    text="""\
Victim Mr Tadeusz Nowak, 78, lives in a ground floor flat in the Lime Tree sheltered block. Polish national, in the UK since 1968, good English but asked for his daughter to be present. Suspect is Gary FENWICK, 50s, who shares the bin store. Mr Nowak has been moving Mr Fenwick's recyling back to his door as it was blocking the path for his walking frame. On 3rd May Fenwick came down, stood over him and said 'touch my bins again and I'll put you in a wheelchair, old man'. On the 11th he banged on Mr Nowak's window at 11pm and shouted 'I told you, next time your getting it'. Mr Nowak says he is frightened Fenwick will hurt him, he is unsteady and couldnt get away. He has not been out to the bins since, his daughter comes round to take them. Dispute is about the bins; Mr Nowak's nationality was never mentioned by the suspect.""",
    spans=[
        ("THREAT_VIOLENCE", "'touch my bins again and I'll put you in a wheelchair, old man'"),
        ("UNWANTED", "banged on Mr Nowak's window at 11pm"),
        ("THREAT_VIOLENCE", "'I told you, next time your getting it'"),
        ("FEAR_OF_VIOLENCE", "he is frightened Fenwick will hurt him"),
        ("SERIOUS_IMPACT", "He has not been out to the bins since"),
    ],
)

case(
    11, "harassment_fear_of_violence", "CF",
    voice="dash_note", case="mixed", noise="abbrev", batch="uf",
    pattern="grandson_takes_pension_card_and_threatens_grandmother_twice", relationship="family", occasions=3,
    text="""\
DASH completed with IP Mrs Edna ROWLEY (82) at her home, 1450hrs 19/11. Risk: MEDIUM. SUSP is IP's grandson Kyle ROWLEY (27), lives with IP on and off. Q1 injured? No. Q2 frightened? Yes - 'I'm frightened of what he'll do to me when he's had a drink'. Q10 financial? Yes - Kyle takes her pension card from her handbag and she has found £1,100 gone over 2 months. Q12 threats? Yes - on 08/11 when she asked for the card back he said 'give me any grief and I'll knock you into next week'. Again on Sun 17/11 he put his fist up to her face and said 'I mean it nan'. IP still goes to her luncheon club on Weds. ASC safeguarding referral made (financial abuse + threats).""",
    spans=[
        ("FEAR_OF_VIOLENCE", "'I'm frightened of what he'll do to me when he's had a drink'"),
        ("UNWANTED", "Kyle takes her pension card from her handbag"),
        ("THREAT_VIOLENCE", "'give me any grief and I'll knock you into next week'"),
        ("REPETITION", "Again on Sun 17/11"),
        ("THREAT_VIOLENCE", "put his fist up to her face and said 'I mean it nan'"),
    ],
)

case(
    12, "harassment_fear_of_violence", "CFD",
    voice="third_party", case="mixed", noise="clean", batch="uf",
    pattern="care_home_resident_repeatedly_threatens_another_resident_over_seat", relationship="acquaintance", occasions=3,
    text="""\
Safeguarding concern raised by the Registered Manager, Maple Lodge Care Home. Resident A (Mr Frank Tolley, 87, has capacity, wheelchair user) has reported to staff that another resident, Mr Royston BIRCH (79, no cognitive impairment), has threatened him. Incident 1, 29/01, dining room: Mr Birch leaned over Mr Tolley's table and said 'you sit in my seat again and I'll cave your head in'. Incident 2, 02/02, corridor outside room 14: Mr Birch blocked his chair and said 'remember what I told you'. Incident 3, 05/02, Mr Birch said the same thing again in the lounge in front of a carer. Mr Tolley told me 'I'm scared he'll come in my room at night and do me in'. He has asked for his door to be locked at night, which we have done with his consent, and he now eats in his room. Referred to LA (s.42) and police.""",
    spans=[
        ("THREAT_VIOLENCE", "'you sit in my seat again and I'll cave your head in'"),
        ("THREAT_VIOLENCE", "blocked his chair and said 'remember what I told you'"),
        ("REPETITION", "said the same thing again in the lounge"),
        ("FEAR_OF_VIOLENCE", "'I'm scared he'll come in my room at night and do me in'"),
        ("SERIOUS_IMPACT", "He has asked for his door to be locked at night"),
        ("SERIOUS_IMPACT", "he now eats in his room"),
    ],
)

case(
    13, "harassment_fear_of_violence", "CF",
    voice="victim_diary", case="lower", noise="typos", batch="uf",
    pattern="neighbour_threatens_disabled_woman_over_scooter_charging_in_corridor", relationship="neighbour", occasions=4,
    text="""\
mon 4th - the man from 12 (sean) came out when i was charging my scooter in the corridor and said if he trips over 'that cripple cart' again he will tip me out of it. he called me a fat cripple.
weds 6th - he kicked the back wheel as he went past, i was sat on it. said 'next time its your head'. i was shaking for an hour after.
sat 9th - note under door 'MOVE IT OR ELSE'. not signed but its his writing.
sun 10th - i am scared to go in the corridor in case he comes out, i honestly think he will hurt me. rang the housing assoc again, they say they will look at a charging point in the bike store.""",
    spans=[
        ("THREAT_VIOLENCE", "he will tip me out of it"),
        ("STALK_CONTACT", "he called me a fat cripple"),
        ("UNWANTED", "he kicked the back wheel as he went past"),
        ("THREAT_VIOLENCE", "'next time its your head'"),
        ("DISTRESS", "i was shaking for an hour after"),
        ("STALK_CONTACT", "note under door 'MOVE IT OR ELSE'"),
        ("FEAR_OF_VIOLENCE", "i honestly think he will hurt me"),
    ],
)

case(
    14, "harassment_fear_of_violence", "CFD",
    voice="statement", case="mixed", noise="clean", batch="uf",
    pattern="clients_son_threatens_home_carer_on_visits_after_she_reports_neglect", relationship="customer", occasions=3,
    text="""\
Since March I have visited Mrs Joan Pettit, 90, at 4 Orchard Close, three mornings a week to help her wash and dress. Her son Martin PETTIT lives with her. On 14 April he followed me into the kitchen while I was making Joan's porridge and said that if I reported him to the office again about the state of the house he would 'break my fingers so I can't write anything'. On 25 April he stood in the hallway as I was leaving and said quietly 'remember your fingers'. On 2 May he was on the front step when I arrived and said 'you'll get what's coming if you open your mouth'. I genuinely believe he will hurt me. I have asked to be taken off Joan's visits and now only do afternoon calls in the town centre.""",
    spans=[
        ("THREAT_VIOLENCE", "he would 'break my fingers so I can't write anything'"),
        ("THREAT_VIOLENCE", "said quietly 'remember your fingers'"),
        ("THREAT_VIOLENCE", "'you'll get what's coming if you open your mouth'"),
        ("FEAR_OF_VIOLENCE", "I genuinely believe he will hurt me"),
        ("SERIOUS_IMPACT", "I have asked to be taken off Joan's visits"),
    ],
)

case(
    15, "stalking", "CS",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="uf",
    pattern="elderly_ex_partner_pleading_letters_roses_and_turning_up_at_class", relationship="ex_partner", occasions=70,
    text="""\
Supervisor review 07/08. Have read the OIC's file. IP is Mrs Valerie ASHWORTH, 74, who ended a 6 yr relationship with SUSP Ronald GEE (76) in May after he moved into her bungalow and she found it 'too much'. Since then: 60+ letters and cards through her door, many hand-delivered late at night; calls to her landline most days asking her to 'give us one more chance, Val, I can't live without you'; a bunch of roses left on her car every Sunday (9 occasions); and he has twice turned up at her aqua-fit class at the leisure centre. No threats, no abuse - the letters are pleading and sentimental. IP says she feels 'sorry for him but smothered' and is upset, but has not changed anything about her routine. OIC recorded as harassment - reclassified to stalking s.2A: former partner, persistent contact, gifts and turning up where she goes, not accepting the relationship is over. Proportionate next step is interview given ages and no threats; review in 14 days.""",
    spans=[
        ("REPETITION", "Since then"),
        ("STALK_CONTACT", "60+ letters and cards through her door"),
        ("STALK_CONTACT", "calls to her landline most days"),
        ("FIXATION", "'give us one more chance, Val, I can't live without you'"),
        ("STALK_GIFTS", "a bunch of roses left on her car every Sunday"),
        ("STALK_TURN_UP", "twice turned up at her aqua-fit class"),
        ("DISTRESS", "feels 'sorry for him but smothered' and is upset"),
    ],
)

case(
    16, "stalking", "CS",
    voice="third_party", case="mixed", noise="clean", batch="uf",
    pattern="helpful_neighbour_fixated_on_woman_with_cerebral_palsy_gifts_watching", relationship="neighbour", occasions=20,
    text="""\
Adult Social Care - information shared with police (Care Act s.42 enquiry). Author: Priya Raman, Social Worker, Community Disability Team. Ms Sharon Lowther, 47, has cerebral palsy and uses a power chair. Her neighbour, Mr Derek Hales (60s), began 'helping' in the spring by taking her bins out. Sharon says that over the last two months this has become constant. He knocks several times a day offering to do things, and she has told him clearly and more than once that she doesn't want his help. He tells the carers he is her 'boyfriend' and 'she'd be lost without me', which is not true. Carers have seen him standing at his gate watching Sharon's front window when they arrive and leave. He has left chocolates, a card saying 'my special girl' and a teddy on her step. Last week he asked a carer what time Sharon's evening call finishes. Sharon describes feeling 'watched all the time' and is upset; she still goes to her day service and her routine is the same. No threats have been made.""",
    spans=[
        ("REPETITION", "over the last two months"),
        ("STALK_TURN_UP", "He knocks several times a day offering to do things"),
        ("UNWANTED", "she has told him clearly and more than once that she doesn't want his help"),
        ("FIXATION", "'she'd be lost without me'"),
        ("STALK_WATCH", "standing at his gate watching Sharon's front window"),
        ("STALK_GIFTS", "left chocolates, a card saying 'my special girl' and a teddy on her step"),
        ("STALK_MONITOR", "asked a carer what time Sharon's evening call finishes"),
        ("DISTRESS", "feeling 'watched all the time' and is upset"),
    ],
)

case(
    17, "stalking", "CS",
    voice="statement", case="mixed", noise="typos", batch="uf",
    pattern="agency_carer_removed_from_calls_keeps_turning_up_one_threat", relationship="business", occasions=14,
    text="""\
My name is Leonard Pye, I am 84 and I live in flat 22 at Harbour View, sheltered housing. Tina MORLEY was one of my carers from the agency for about a year. In January the agency took her off my calls. Since then she has not let it go. She comes to the building and waits in the residents lounge for me, she has done this about ten times. She sends me cards nearly every week saying I am 'her Len' and that the new carers dont love me like she does. She rang the warden pretending to be my niece to find out when my hospital appointment was and then she was at the hospital when I got there. On 3 March in the lounge I told her to stop coming and she went red in the face and said 'I'd sooner see you dead than let them have you'. That frightened me at the time. She has not said anything like that since, she has gone back to being sweet. I still go down to the lounge for bingo on a Thursday.""",
    spans=[
        ("STALK_LOITER", "waits in the residents lounge for me"),
        ("REPETITION", "about ten times"),
        ("STALK_CONTACT", "sends me cards nearly every week"),
        ("FIXATION", "I am 'her Len'"),
        ("STALK_MONITOR", "rang the warden pretending to be my niece to find out when my hospital appointment was"),
        ("STALK_TURN_UP", "she was at the hospital when I got there"),
        ("THREAT_VIOLENCE", "'I'd sooner see you dead than let them have you'"),
        ("FEAR_OF_VIOLENCE", "That frightened me at the time"),
    ],
)

case(
    18, "stalking", "CS",
    voice="mo_field", case="upper", noise="abbrev", batch="uf",
    pattern="ex_husband_breaches_restraining_order_turning_up_at_care_home", relationship="ex_partner", occasions=2,
    text="""\
SUSP EX-HUSBAND OF IP (81, CARE HOME RESIDENT). RO IN FORCE. ON 12/06 AND AGAIN 19/06 SUSP ATTENDED CARE HOME RECEPTION ASKING TO SEE 'MY WIFE', LEFT A PHOTO ALBUM OF THEIR WEDDING FOR HER. 2ND OCC SAT IN CAR PARK 40 MINS LOOKING UP AT HER WINDOW. IP: 'HE DOESN'T FRIGHTEN ME'. NO THREATS. BREACH OF RO X2.""",
    spans=[
        ("REPETITION", "ON 12/06 AND AGAIN 19/06"),
        ("STALK_TURN_UP", "SUSP ATTENDED CARE HOME RECEPTION ASKING TO SEE 'MY WIFE'"),
        ("STALK_GIFTS", "LEFT A PHOTO ALBUM OF THEIR WEDDING FOR HER"),
        ("STALK_WATCH", "SAT IN CAR PARK 40 MINS LOOKING UP AT HER WINDOW"),
    ],
)

case(
    19, "stalking", "CS",
    voice="crime_summary", case="lower", noise="abbrev", batch="uf",
    pattern="sheltered_block_resident_fixated_on_widow_reads_her_post_threatens_her_son", relationship="neighbour", occasions=12,
    text="""\
ip mrs margaret orme 77yrs, widowed, lives flat 3 ashgrove court (sheltered). susp kenneth blythe 74 flat 8 same block. per ip since about easter susp has attached himself to her. follows her to the post office every monday (pension day) walking a few yards behind, has been seen by the warden taking her post out of the shared pigeonholes and reading it, and sits at his window facing her door 'all day'. ip has told him she isnt interested in being 'his lady friend' and he said 'you will come round'. on 02/07 ips son paul attended and told susp to leave his mum alone. since then susp has told ip twice 'tell paul if he comes here again i'll stick a knife in him'. ip not frightened for herself 'he thinks he loves me' but worries for paul. ip upset, crying on the phone to the warden.""",
    spans=[
        ("REPETITION", "since about easter"),
        ("STALK_FOLLOW", "follows her to the post office every monday"),
        ("STALK_PROPERTY", "taking her post out of the shared pigeonholes and reading it"),
        ("STALK_WATCH", "sits at his window facing her door"),
        ("FIXATION", "he said 'you will come round'"),
        ("DISTRESS", "ip upset, crying on the phone to the warden"),
    ],
)

case(
    20, "stalking_fear_alarm_distress", "CSD",
    voice="vps", case="mixed", noise="clean", batch="uf",
    pattern="day_centre_attendee_follows_woman_with_ms_she_gives_up_centre_and_home", relationship="acquaintance", occasions=30,
    text="""\
I am making this statement to tell the court how Stephen Cole's behaviour has affected me. I am 58 and I have MS. For six years I went to the Fairfield Day Centre three days a week; it was the only time I saw people outside my family. From September last year Stephen, who also went there, started sitting next to me every session and asking me to go back to his flat. I said no every time. Then he started being at the bus stop when I got home, and twice I saw him outside my bungalow at night just standing by the lamp post looking in. He found my Facebook and sent me dozens of messages saying we were meant to be together. He never threatened me and he never touched me. But I stopped going to the day centre in November because I could not face him, and I have lost all my friends there. In January I gave up my bungalow, which had been adapted for me, and moved in with my daughter. I don't sleep properly.""",
    spans=[
        ("REPETITION", "From September last year"),
        ("UNWANTED", "I said no every time"),
        ("STALK_LOITER", "being at the bus stop when I got home"),
        ("STALK_WATCH", "outside my bungalow at night just standing by the lamp post looking in"),
        ("STALK_CONTACT", "sent me dozens of messages"),
        ("FIXATION", "saying we were meant to be together"),
        ("SERIOUS_IMPACT", "I stopped going to the day centre in November"),
        ("SERIOUS_IMPACT", "gave up my bungalow, which had been adapted for me, and moved in with my daughter"),
        ("DISTRESS", "I don't sleep properly"),
    ],
)

case(
    21, "stalking_fear_alarm_distress", "CSF",
    voice="dash_note", case="upper", noise="abbrev", batch="uf",
    pattern="ex_partner_watches_woman_on_home_oxygen_threatens_to_turn_it_off", relationship="ex_partner", occasions=8,
    text="""\
DASH 22/01 IP PATRICIA LENNON 69YRS, COPD, HOME OXYGEN. SUSP EX-PARTNER BRIAN STOTT 71, SEP 3 MONTHS AFTER 11YR REL. RISK HIGH. Q2 FRIGHTENED - YES 'TERRIFIED, HE SAYS HE'LL FINISH ME'. SINCE SEP SUSP HAS DRIVEN PAST HER HOUSE SEVERAL TIMES A DAY, PARKS OPPOSITE WHEN HER CARER IS DUE, RINGS HER SISTER TO ASK WHO SHE'S SEEING. 10/01 AT HER DOOR: 'IF I SEE ANOTHER MAN IN THERE I'LL TURN YOUR OXYGEN OFF AND WATCH'. 18/01 VOICEMAIL 'I MEANT WHAT I SAID PAT, YOU'RE FINISHED'. Q5 ISOLATED - YES. Q9 JEALOUS/CONTROLLING - YES. IP FEARS HE WILL KILL HER. MARAC REFERRAL, IDVA REFERRAL, TEC ALARM REQUESTED.""",
    spans=[
        ("FEAR_OF_VIOLENCE", "'TERRIFIED, HE SAYS HE'LL FINISH ME'"),
        ("STALK_WATCH", "DRIVEN PAST HER HOUSE SEVERAL TIMES A DAY"),
        ("STALK_LOITER", "PARKS OPPOSITE WHEN HER CARER IS DUE"),
        ("STALK_MONITOR", "RINGS HER SISTER TO ASK WHO SHE'S SEEING"),
        ("THREAT_VIOLENCE", "'IF I SEE ANOTHER MAN IN THERE I'LL TURN YOUR OXYGEN OFF AND WATCH'"),
        ("THREAT_VIOLENCE", "'I MEANT WHAT I SAID PAT, YOU'RE FINISHED'"),
        ("FEAR_OF_VIOLENCE", "IP FEARS HE WILL KILL HER"),
    ],
)

case(
    22, "stalking_fear_alarm_distress", "CSFD",
    voice="notebook", case="mixed", noise="typos", batch="uf",
    pattern="neighbour_cameras_and_log_on_partially_sighted_widow_stairs_threats", relationship="neighbour", occasions=6,
    text="""\
1340 attended 41 Cranmore Ave re ongoing. IP Mrs Dilys Evans 83 lives alone, partially sighted. Neighbour at 43, Anthony PRICE, has put up 2 cameras, one pointing straight at her front door & one over the fence into her back gdn. He comments on who has visited ('your carer was late again today'). Since August he has also kept a log of IP's comings and goings and pushed photocopies of it through her door. IP states on 14/10 over the fence he said 'one of these nights you'll have an accident on them stairs'. Then on 20/10 he said 'I wasnt joking about the stairs'. IP believes he means to hurt her. She has moved her bed downstairs into the front room, had a pendant alarm fitted and wont go in the back garden any more. Photos of cameras taken.""",
    spans=[
        ("STALK_MONITOR", "one pointing straight at her front door"),
        ("STALK_MONITOR", "comments on who has visited ('your carer was late again today')"),
        ("REPETITION", "Since August"),
        ("STALK_MONITOR", "kept a log of IP's comings and goings"),
        ("STALK_CONTACT", "pushed photocopies of it through her door"),
        ("THREAT_VIOLENCE", "'one of these nights you'll have an accident on them stairs'"),
        ("THREAT_VIOLENCE", "'I wasnt joking about the stairs'"),
        ("FEAR_OF_VIOLENCE", "IP believes he means to hurt her"),
        ("SERIOUS_IMPACT", "moved her bed downstairs into the front room"),
        ("SERIOUS_IMPACT", "wont go in the back garden any more"),
    ],
)

case(
    23, "stalking_fear_alarm_distress", "CSD",
    voice="updates", case="mixed", noise="redacted", batch="uf",
    pattern="church_friend_takes_cheques_from_widower_then_will_not_stay_away", relationship="acquaintance", occasions=40,
    text="""\
Update 1 (PC [REDACTED]) 03/03: IP is Mr Walter Higgs, 88, widower, lives alone at [ADDRESS]. SUSP is [NAME 1], female, 50s, who met IP at the church coffee morning last autumn and started calling round. IP's son reports she has had IP sign cheques totalling £6,000 for 'her car'. When the son told her to stay away in January she kept coming: IP says she is at the door every day, sometimes three times, and when he doesn't answer she taps on the windows and calls through the letterbox 'Walter, I know you need me'. She has written him love letters and rung him up to 20 times a day. She waited for him outside the GP surgery on 24/02.
Update 2 03/03: IP has changed his locks and since 27/02 has been staying at his son's house in [TOWN], away from his own home for the first time in 60 years. IP says 'I just want some peace'. No threats. s.2A stalking recorded.""",
    spans=[
        ("STALK_TURN_UP", "she is at the door every day, sometimes three times"),
        ("UNWANTED", "she taps on the windows and calls through the letterbox"),
        ("FIXATION", "'Walter, I know you need me'"),
        ("STALK_CONTACT", "written him love letters"),
        ("STALK_CONTACT", "rung him up to 20 times a day"),
        ("STALK_LOITER", "waited for him outside the GP surgery on 24/02"),
        ("SERIOUS_IMPACT", "IP has changed his locks"),
        ("SERIOUS_IMPACT", "has been staying at his son's house"),
        ("DISTRESS", "'I just want some peace'"),
    ],
)

case(
    24, "stalking_fear_alarm_distress", "CSF",
    voice="call_log", case="mixed", noise="heavy", batch="uf",
    pattern="man_from_deaf_facebook_group_new_profiles_posts_and_signed_threats", relationship="online", occasions=8,
    text="""\
Contact via Relay UK (text relay) 1612. Caller profoundly deaf, 61yrs, BSL user, Ms Anita Greaves. Reports male she met on a deaf community fb group approx 6 wks ago, name on profile 'Rob T'. Chatted twice, she then blocked him as he kept asking for her addr. Since then he has made 4 new profiles to msg her, posted in the group that she is a 'liar and a tease' with her photo and her town, and sent her a video of himself signing 'I will find your house and you will pay'. Yday another video, signing 'soon'. Caller v frightened, believes he will come and hurt her, says she wont hear him coming. Lives alone. Advsd re emergencySMS reg. Screenshots + vids to be obtained, BSL interp needed for stmt.""",
    spans=[
        ("STALK_CONTACT", "made 4 new profiles to msg her"),
        ("STALK_PUBLISH", "posted in the group that she is a 'liar and a tease' with her photo and her town"),
        ("THREAT_VIOLENCE", "signing 'I will find your house and you will pay'"),
        ("THREAT_VIOLENCE", "Yday another video, signing 'soon'"),
        ("FEAR_OF_VIOLENCE", "believes he will come and hurt her"),
    ],
)

case(
    25, "aggravated_harassment", "CR",
    voice="result_note", case="mixed", noise="clean", batch="uf",
    pattern="sheltered_housing_resident_mocks_sikh_residents_turban_in_lounge", relationship="neighbour", occasions=5,
    text="""\
Result: Community resolution agreed with the victim's consent. Summary: Victim Mr Gurnam Singh Dhillon, 81, resident of Hollybank sheltered housing. Suspect Mr Raymond Clegg, 77, another resident. Over about three weeks in October Mr Clegg made remarks to Mr Dhillon in the communal lounge on at least five occasions, including calling his turban a 'tea towel', saying 'your lot should worship in your own country' and refusing to sit at the table 'with a Sikh'. No threats. Mr Dhillon was hurt and embarrassed but carries on using the lounge. Mr Clegg admitted the comments in interview, apologised in writing and has agreed to attend an awareness session run by the local gurdwara. Religiously aggravated s.2 PHA. Warden to monitor.""",
    spans=[
        ("REPETITION", "Over about three weeks in October"),
        ("REPETITION", "on at least five occasions"),
        ("RELIGIOUS_HOSTILITY", "calling his turban a 'tea towel'"),
        ("RELIGIOUS_HOSTILITY", "'your lot should worship in your own country'"),
        ("RELIGIOUS_HOSTILITY", "refusing to sit at the table 'with a Sikh'"),
        ("DISTRESS", "hurt and embarrassed"),
    ],
)

case(
    26, "aggravated_harassment", "CRD",
    voice="third_party", case="mixed", noise="abbrev", batch="uf",
    pattern="clients_husband_racially_abuses_zimbabwean_home_carer_each_visit", relationship="customer", occasions=12,
    text="""\
Incident report - Carewell Domiciliary Services, completed by Safeguarding Lead (M. Ferris). Care Worker: Ms Rudo Chikwanha (Zimbabwean national, 6 yrs with us). Client: Mrs Ivy Parr, 86, double-up calls x4 daily. Person causing concern: Mr Dennis Parr, 88, client's husband, no known cognitive impairment. Ms Chikwanha reports that since she started on this round on 1st Aug, Mr Parr has made comments at nearly every visit: he calls her 'the coloured girl', tells her not to touch his cups, and on 19/08 said to her colleague in front of her 'why do they send us these monkeys from Africa'. No threats. Ms C asked to be removed from the round and has been moved to a different area, losing her usual clients and mileage. Reported to police with her consent.""",
    spans=[
        ("REPETITION", "since she started on this round on 1st Aug"),
        ("REPETITION", "at nearly every visit"),
        ("RACIAL_HOSTILITY", "he calls her 'the coloured girl'"),
        ("RACIAL_HOSTILITY", "'why do they send us these monkeys from Africa'"),
        ("SERIOUS_IMPACT", "has been moved to a different area, losing her usual clients"),
    ],
)

case(
    27, "aggravated_harassment", "CR",
    voice="call_log", case="lower", noise="typos", batch="uf",
    pattern="neighbour_blocks_blue_badge_holders_kerb_anti_polish_abuse_and_notes", relationship="neighbour", occasions=5,
    text="""\
caller mrs halina kowalczyk 72, blue badge. neighbour at no 11 (lee) parks across her dropped kerb. asked him to move on 2 occassions, he said 'f*** off back to poland you scrounging old cow'. since then 3 notes left on her windscreen 'POLISH SPONGER - YOU DONT PAY FOR THIS ROAD'. caller upset. no threats.""",
    spans=[
        ("REPETITION", "on 2 occassions"),
        ("RACIAL_HOSTILITY", "'f*** off back to poland you scrounging old cow'"),
        ("STALK_CONTACT", "3 notes left on her windscreen"),
        ("RACIAL_HOSTILITY", "'POLISH SPONGER - YOU DONT PAY FOR THIS ROAD'"),
        ("DISTRESS", "caller upset"),
    ],
)

case(
    28, "aggravated_harassment", "CR",
    voice="statement", case="mixed", noise="redacted", batch="uf",
    pattern="residents_son_makes_anti_muslim_remarks_to_care_assistant_on_sunday_visits", relationship="customer", occasions=3,
    text="""\
I am a senior care assistant at [HOME NAME] and I have worked there for 3 years. I am Muslim and I wear a hijab at work. [NAME 1] visits his father, who lives on our dementia unit, most Sunday afternoons. On 4th February he asked me if I had 'a bomb under that tea cosy'. On 11th February, with me standing next to him, he told another resident's daughter loudly that 'they let the terrorists wipe our dads' bums now'. On 25th February when I brought his father's tea he said 'I hope you haven't said one of your prayers over it' and laughed. He has never threatened me and I'm not scared of him, but it is humiliating, and the other families hear it. I would like it to stop.""",
    spans=[
        ("RELIGIOUS_HOSTILITY", "'a bomb under that tea cosy'"),
        ("RELIGIOUS_HOSTILITY", "'they let the terrorists wipe our dads' bums now'"),
        ("RELIGIOUS_HOSTILITY", "'I hope you haven't said one of your prayers over it'"),
        ("DISTRESS", "it is humiliating"),
    ],
)

case(
    29, "aggravated_harassment", "CR",
    voice="supervisor_review", case="inconsistent", noise="abbrev", batch="uf",
    pattern="former_lodger_rings_elderly_jewish_landlady_over_deposit_antisemitic_abuse", relationship="landlord", occasions=9,
    text="""\
SR 16/05: IP Mrs Ruth ABRAHAMS, 84, let a room to SUSP Craig DUNN for 8 months; he left in March and she kept £250 of his deposit for damage. Since 2/4 SUSP has phoned IP on 9 occasions demanding the money. calls start about the deposit then turn to abuse - 'typical Jew, robbing a working man', 'you people and your money', and on the last call 'go cry to your synagogue'. NO threats to harm IP and she is clear she is not afraid of him ('I've had worse from better') but she is distressed and sleeping badly. Deposit dispute is civil (IP advised re small claims) but the ABUSE is not. Correctly recorded as religiously aggravated harassment s.32 CDA. OIC to arrange interview.""",
    spans=[
        ("REPETITION", "Since 2/4"),
        ("STALK_CONTACT", "phoned IP on 9 occasions demanding the money"),
        ("RELIGIOUS_HOSTILITY", "'typical Jew, robbing a working man'"),
        ("RELIGIOUS_HOSTILITY", "'you people and your money'"),
        ("RELIGIOUS_HOSTILITY", "'go cry to your synagogue'"),
        ("DISTRESS", "she is distressed and sleeping badly"),
    ],
)

case(
    30, "aggravated_harassment_fear_of_violence", "CRFD",
    voice="crime_summary", case="mixed", noise="typos", batch="uf",
    pattern="tenants_grandson_racially_abuses_and_threatens_supported_living_worker", relationship="customer", occasions=2,
    text="""\
Victim Mr Emeka OBI, 38, support worker at a supported living house for adults with acquired brain injury (3 tenants). Suspect Jordan MASON, 22, grandson of one of the tenants, visits at weekends. Sat 7th: Mason arrived drunk, Obi asked him to come back sober, Mason said 'I'm not taking orders off a f***ing n****r, I'll batter you'. Sun 15th: Mason came back, stood at the office window, drew his finger across his throat and shouted 'you're dead, African'. Obi states he is scared Mason will attack him on shift or as he walks to the bus, and he has asked not to do lone night shifts any more. Manager has banned Mason from the house and informed the tenants social worker. Racially aggravated s.4 PHA.""",
    spans=[
        ("RACIAL_HOSTILITY", "'I'm not taking orders off a f***ing n****r"),
        ("THREAT_VIOLENCE", "I'll batter you"),
        ("THREAT_VIOLENCE", "drew his finger across his throat and shouted 'you're dead, African'"),
        ("FEAR_OF_VIOLENCE", "he is scared Mason will attack him"),
        ("SERIOUS_IMPACT", "he has asked not to do lone night shifts any more"),
    ],
)

case(
    31, "aggravated_harassment_fear_of_violence", "CRFD",
    voice="statement", case="mixed", noise="clean", batch="uf",
    pattern="new_neighbour_racially_abuses_and_threatens_elderly_bangladeshi_couple", relationship="neighbour", occasions=5,
    text="""\
This statement was taken through a Sylheti interpreter. My name is Abdul Mannan, I am 76. My wife Rokeya is 71 and uses a walking frame. In the summer a man moved into number 30. Since July when he sees us in the garden he shouts 'P**i b******s' over the fence and says that we smell of curry. On 2 August he threw a bottle over the fence that smashed near my wife and said 'next one's going at your head'. On 20 August he stood at our front gate and said he would 'burn you out'. In September he said it again, that he would burn the house with us in it. I believe he will hurt us. We do not go in our garden now. My wife will not stay in the house alone, so I no longer go to the mosque for Friday prayers.""",
    spans=[
        ("REPETITION", "Since July"),
        ("RACIAL_HOSTILITY", "he shouts 'P**i b******s' over the fence"),
        ("RACIAL_HOSTILITY", "says that we smell of curry"),
        ("UNWANTED", "threw a bottle over the fence that smashed near my wife"),
        ("THREAT_VIOLENCE", "'next one's going at your head'"),
        ("THREAT_VIOLENCE", "he would 'burn you out'"),
        ("REPETITION", "In September he said it again"),
        ("FEAR_OF_VIOLENCE", "I believe he will hurt us"),
        ("SERIOUS_IMPACT", "We do not go in our garden now"),
        ("SERIOUS_IMPACT", "I no longer go to the mosque for Friday prayers"),
    ],
)

case(
    32, "aggravated_harassment_fear_of_violence", "CRF",
    voice="call_log", case="mixed", noise="abbrev", batch="uf",
    pattern="residents_son_threatens_filipino_nurse_twice_over_mothers_care", relationship="customer", occasions=2,
    text="""\
1922 call from nurse in charge, Elmhurst Nursing Home. Staff nurse Maricel SANTOS (Filipino, 44) reports the son of a resident, Mr Keith DRAPER, has threatened her again tonight. Earlier this week (Tues) he accused her of neglecting his mother and said 'you Filipino wh*re, I'll smash your face in if she gets another bedsore'. Tonight approx 1900 he came up to her at the nurses station shouting 'go back to the Philippines before I send you back in a box'. Staff got him to leave, drove off in silver Astra. Maricel is shaking and says she is terrified he'll be waiting for her in the car park when she finishes at 2000. Req officers attend + escort at end of shift. Home mgr raising safeguarding re the mother separately.""",
    spans=[
        ("REPETITION", "again tonight"),
        ("RACIAL_HOSTILITY", "'you Filipino wh*re"),
        ("THREAT_VIOLENCE", "I'll smash your face in if she gets another bedsore'"),
        ("RACIAL_HOSTILITY", "'go back to the Philippines"),
        ("THREAT_VIOLENCE", "before I send you back in a box'"),
        ("DISTRESS", "Maricel is shaking"),
        ("FEAR_OF_VIOLENCE", "she is terrified he'll be waiting for her in the car park"),
    ],
)

case(
    33, "aggravated_harassment_fear_of_violence", "CRF",
    voice="notebook", case="lower", noise="heavy", batch="uf",
    pattern="neighbour_threatens_elderly_irish_traveller_over_visiting_caravan", relationship="neighbour", occasions=3,
    text="""\
1105 ip patrick ward 70 irish traveller, housed, bad heart. neighbour no 7 (dave). 12/09 'you dirty pikey, get that s**t off my street or i'll torch it with you in it'. 19/09 same again at the gate + 'thieving gyppos'. 23/09 dave shouted across the rd 'im coming for you pikey'. ip says hes scared dave will do him over. wife confirms.""",
    spans=[
        ("RACIAL_HOSTILITY", "'you dirty pikey"),
        ("THREAT_VIOLENCE", "i'll torch it with you in it'"),
        ("REPETITION", "19/09 same again at the gate"),
        ("RACIAL_HOSTILITY", "'thieving gyppos'"),
        ("THREAT_VIOLENCE", "'im coming for you pikey'"),
        ("FEAR_OF_VIOLENCE", "hes scared dave will do him over"),
    ],
)

case(
    34, "aggravated_harassment_fear_of_violence", "CRF",
    voice="judgment", case="mixed", noise="clean", batch="uf",
    pattern="upstairs_neighbour_anti_muslim_abuse_and_threats_to_woman_with_ms", relationship="neighbour", occasions=10,
    text="""\
Sentencing remarks (extract). Mr Hollins, you are 46 and you have pleaded guilty to religiously aggravated harassment putting a person in fear of violence. Your victim, Mrs Samina Akhtar, is 63, has multiple sclerosis and lives in the flat below yours. Between March and June of last year you shouted abuse at her from your balcony whenever she came home, calling her a 'Muslim terrorist' and telling her to 'take that rag off her head'. On 17 April you told her you would 'drag her out of that wheelchair and kick her head in'. On 2 June you repeated that threat on the stairs and spat near her feet. She told the police, and I accept, that she was terrified you would carry it out. I take into account that this was aimed at her faith and at a woman you knew could not defend herself, and that you have previous convictions for public order offences. I have read the pre-sentence report.""",
    spans=[
        ("REPETITION", "Between March and June of last year"),
        ("STALK_CONTACT", "shouted abuse at her from your balcony whenever she came home"),
        ("RELIGIOUS_HOSTILITY", "calling her a 'Muslim terrorist'"),
        ("RELIGIOUS_HOSTILITY", "'take that rag off her head'"),
        ("THREAT_VIOLENCE", "you would 'drag her out of that wheelchair and kick her head in'"),
        ("THREAT_VIOLENCE", "you repeated that threat on the stairs"),
        ("FEAR_OF_VIOLENCE", "she was terrified you would carry it out"),
    ],
)

case(
    35, "aggravated_stalking", "CSR",
    voice="crime_summary", case="mixed", noise="abbrev", batch="uf",
    pattern="neighbour_fixated_on_chinese_widow_gifts_waiting_then_racist_notes", relationship="neighbour", occasions=30,
    text="""\
IP Mrs Mei Ling CHAN, 71, widow, lives alone on Beaumont Terrace; hard of hearing. SUSP Trevor KNOWLES, 66, neighbour 3 doors down. Since IP's husband died in Feb SUSP has attached himself to her - mowed her lawn uninvited, then began calling at her house daily, sitting in his car outside when she was out and waiting for her to come back. He has left flowers and an empty ring box on her doorstep and put letters through her door saying he'll 'look after you like your husband should have'. IP told him on 3 occasions to leave her alone. Since the last refusal on 19/06 his notes have become abusive: 'ungrateful chink', 'go back to Hong Kong and see who looks after you'. No threats. IP upset but continues her routine, goes to her club twice a week.""",
    spans=[
        ("REPETITION", "Since IP's husband died in Feb"),
        ("STALK_TURN_UP", "began calling at her house daily"),
        ("STALK_LOITER", "sitting in his car outside when she was out and waiting for her to come back"),
        ("STALK_GIFTS", "left flowers and an empty ring box on her doorstep"),
        ("FIXATION", "he'll 'look after you like your husband should have'"),
        ("UNWANTED", "IP told him on 3 occasions to leave her alone"),
        ("ESCALATION", "his notes have become abusive"),
        ("RACIAL_HOSTILITY", "'ungrateful chink'"),
        ("RACIAL_HOSTILITY", "'go back to Hong Kong and see who looks after you'"),
        ("DISTRESS", "IP upset"),
    ],
)

case(
    36, "aggravated_stalking", "CSR",
    voice="victim_diary", case="mixed", noise="typos", batch="uf",
    pattern="ex_husband_pleading_texts_turns_up_at_church_racist_when_told_stop", relationship="ex_partner", occasions=6,
    text="""\
Diary kept by Beverley Campbell for PC Adams - about my ex husband Roy GRANT.
Thurs 2nd - 14 texts from Roy today. Same as always, 'Bev please just talk to me', 'I'm nothing without you'. Didnt answer.
Fri 3rd - card through door. Says he will wait for me as long as it takes.
Sun 5th - he was at church, sat two rows behind me. He hasnt been to St Marks in 20 years.
Mon 6th - I sent him one text saying stop. He sent back 'who do you think you are you jumped up coon, I made you'. Then an hour later 'sorry sorry I love you'. He knows how that word hurts me.
Weds 8th - voicemail, crying. Then another saying my family are 'jungle people' who turned me against him.
Not frightened of Roy, hes 74 and can hardly walk to the car, but I am sick of it. My nephew reads this back to me as my eyes are bad now.""",
    spans=[
        ("STALK_CONTACT", "14 texts from Roy today"),
        ("FIXATION", "'I'm nothing without you'"),
        ("STALK_CONTACT", "card through door"),
        ("FIXATION", "he will wait for me as long as it takes"),
        ("STALK_TURN_UP", "he was at church, sat two rows behind me"),
        ("RACIAL_HOSTILITY", "'who do you think you are you jumped up coon, I made you'"),
        ("STALK_CONTACT", "voicemail, crying"),
        ("RACIAL_HOSTILITY", "my family are 'jungle people'"),
        ("DISTRESS", "I am sick of it"),
    ],
)

case(
    37, "aggravated_stalking", "CSR",
    voice="updates", case="upper", noise="redacted", batch="uf",
    pattern="stranger_follows_and_films_elderly_mosque_goer_posts_videos_with_abuse", relationship="stranger", occasions=6,
    text="""\
UPDATE 1: VICTIM [NAME 1], 79, WIDOWER, PARTIALLY SIGHTED, WALKS TO [MOSQUE NAME] FOR FAJR AND ISHA DAILY. SINCE MID-NOVEMBER A MALE APPROX 30S HAS BEEN SEEN BY WORSHIPPERS FOLLOWING HIM HOME FROM EVENING PRAYERS, FILMING ON HIS PHONE. VICTIM'S GRANDSON FOUND 3 VIDEOS ON A TIKTOK ACCOUNT '[HANDLE REDACTED]' SHOWING VICTIM WALKING, HIS FRONT DOOR AND HOUSE NUMBER, CAPTIONED 'ANOTHER ONE OF THE INVADERS OFF TO HIS TERROR TRAINING' AND 'ALLAH'S PENSIONER, WHO PAYS FOR HIS MOSQUE?'. ON 02/12 MALE WAS STOOD OPPOSITE VICTIM'S HOUSE AT 0530 AS VICTIM LEFT FOR FAJR.
UPDATE 2: VICTIM SPOKEN TO WITH GRANDSON. NOT SCARED, SAYS 'GOD IS MY PROTECTOR', STILL GOING TO MOSQUE AS BEFORE, BUT UNHAPPY ABOUT BEING ON THE INTERNET. TIKTOK PRESERVATION REQUEST SUBMITTED. NO THREATS IN ANY OF THE VIDEOS.""",
    spans=[
        ("REPETITION", "SINCE MID-NOVEMBER"),
        ("STALK_FOLLOW", "FOLLOWING HIM HOME FROM EVENING PRAYERS"),
        ("STALK_MONITOR", "FILMING ON HIS PHONE"),
        ("STALK_PUBLISH", "3 VIDEOS ON A TIKTOK ACCOUNT"),
        ("RELIGIOUS_HOSTILITY", "'ANOTHER ONE OF THE INVADERS OFF TO HIS TERROR TRAINING'"),
        ("RELIGIOUS_HOSTILITY", "'ALLAH'S PENSIONER, WHO PAYS FOR HIS MOSQUE?'"),
        ("STALK_WATCH", "STOOD OPPOSITE VICTIM'S HOUSE AT 0530"),
        ("DISTRESS", "UNHAPPY ABOUT BEING ON THE INTERNET"),
    ],
)

case(
    38, "aggravated_stalking", "CSR",
    voice="supervisor_review", case="mixed", noise="typos", batch="uf",
    pattern="clients_son_follows_ghanaian_carer_between_calls_racist_after_rejection", relationship="customer", occasions=12,
    text="""\
Sup review 28/09 - IP Abena Owusu, 29, domiciliary carer, Ghanaian. SUSP Neil Barker, 45, son of IP's client Mrs Barker (dementia, 3 calls daily). From early Aug SUSP asked IP out repeatedly during calls, she declined and told her office. Then: SUSP followed her car between calls on at least 4 days (she recognised his red Corsa in her mirror), was waiting outside her next client's bungalow on Elm Grove twice, got her number from the care folder in his mother's kitchen and has sent 50+ WhatsApps, a mix of 'you're the only one who understands me' and, when she didnt reply, 'you think your too good for me you african b***h', 'go back to your mud hut'. No threats. IP upset, anxious on shift, but still covering the same round incl Mrs Barker's calls. OIC had this as harassment - it is stalking, racially aggravated: following, waiting, fixated contact after rejection. Amend classification.""",
    spans=[
        ("REPETITION", "From early Aug"),
        ("UNWANTED", "asked IP out repeatedly during calls"),
        ("STALK_FOLLOW", "followed her car between calls on at least 4 days"),
        ("STALK_LOITER", "was waiting outside her next client's bungalow on Elm Grove twice"),
        ("STALK_MONITOR", "got her number from the care folder in his mother's kitchen"),
        ("STALK_CONTACT", "has sent 50+ WhatsApps"),
        ("FIXATION", "'you're the only one who understands me'"),
        ("RACIAL_HOSTILITY", "'you think your too good for me you african b***h'"),
        ("RACIAL_HOSTILITY", "'go back to your mud hut'"),
        ("DISTRESS", "IP upset, anxious on shift"),
    ],
)

case(
    39, "aggravated_stalking", "CSR",
    voice="third_party", case="mixed", noise="clean", batch="uf",
    pattern="independent_living_neighbour_orders_parcels_and_complaints_against_irish_widow", relationship="neighbour", occasions=28,
    text="""\
From: Tenancy Sustainment Officer, Greenacre Housing. To: PC 4417 Marsh. Re: Mrs Bridget Mulcahy, 80, Flat 2, Cedar House (independent living). Since June Mrs Mulcahy has received about 15 parcels she did not order - incontinence pads, a Bible, a 'Learn English' CD - all in her name, cash on delivery or 'free trial' subscriptions. The scheme manager has had 11 written complaints about her in the same period, all unsigned, accusing her of being drunk, of smells, of 'IRA sympathies'; each was checked and found groundless. Her neighbour Mrs Jean Platt (Flat 4) was seen by a carer putting one complaint in the office box, and Mrs Platt has said to Mrs Mulcahy in the corridor 'you Irish are all the same, thick and dirty' and 'Paddy, go home'. Mrs Mulcahy is bewildered and upset but says she 'won't be driven out by that one' and her routine is unchanged. No threats. She has capacity and wants police involvement.""",
    spans=[
        ("REPETITION", "Since June"),
        ("STALK_ORDERS", "received about 15 parcels she did not order"),
        ("STALK_ORDERS", "11 written complaints about her"),
        ("RACIAL_HOSTILITY", "'IRA sympathies'"),
        ("RACIAL_HOSTILITY", "'you Irish are all the same, thick and dirty'"),
        ("RACIAL_HOSTILITY", "'Paddy, go home'"),
        ("DISTRESS", "bewildered and upset"),
    ],
)

case(
    40, "aggravated_stalking_fear_alarm_distress", "CSRF",
    voice="dash_note", case="mixed", noise="abbrev", batch="uf",
    pattern="ex_husband_watches_and_threatens_pakistani_heritage_ex_wife_on_crutches", relationship="ex_partner", occasions=20,
    text="""\
DASH 09/03 - IP Mrs Nasreen HOLT (nee Iqbal), 66, rheumatoid arthritis, uses crutches. SUSP ex-husband Graham HOLT, 70. Divorce finalised Dec. Risk HIGH (14 ticks). Since Jan SUSP has been ringing and texting IP daily, sitting outside her flat in his van, and turned up at her hydrotherapy appt at the hospital on 20/02. Msgs include 'you'll never get rid of me' and 'p**i gold digger, you only married me for a passport'. 26/02 on phone: 'I'll break every bone you've got left'. 05/03 at her door: 'I told you what I'd do, I'll break you'. IP: 'I'm frightened to death of him, he knows I can't run'. No children at home. Referrals: MARAC, IDVA, Sanctuary scheme.""",
    spans=[
        ("REPETITION", "Since Jan"),
        ("STALK_CONTACT", "ringing and texting IP daily"),
        ("STALK_LOITER", "sitting outside her flat in his van"),
        ("STALK_TURN_UP", "turned up at her hydrotherapy appt at the hospital on 20/02"),
        ("FIXATION", "'you'll never get rid of me'"),
        ("RACIAL_HOSTILITY", "'p**i gold digger, you only married me for a passport'"),
        ("THREAT_VIOLENCE", "'I'll break every bone you've got left'"),
        ("THREAT_VIOLENCE", "'I told you what I'd do, I'll break you'"),
        ("FEAR_OF_VIOLENCE", "'I'm frightened to death of him, he knows I can't run'"),
    ],
)

case(
    41, "aggravated_stalking_fear_alarm_distress", "CSRD",
    voice="result_note", case="mixed", noise="clean", batch="uf",
    pattern="neighbour_follows_amputee_on_scooter_photographs_him_racist_he_moves", relationship="neighbour", occasions=25,
    text="""\
Result: CPS authorised charge, racially aggravated stalking (s.2A PHA / s.32 CDA); bailed with conditions not to contact the victim or enter Westfield Road. Summary for file: Victim Mr Desmond Akande, 59, lower limb amputee, uses a mobility scooter, lived at 14 Westfield Road for 9 years. Suspect Peter Gilroy, 62, no 16. Between January and April the suspect followed the victim on foot or on his bicycle whenever he went out on his scooter, shouting 'slow down, sambo' and 'they should've left you in the jungle'. He photographed the victim through his front window and kept the photos in an album with dates and times written under each. He left a banana on the victim's scooter seat on at least three occasions. No threats were made. The victim stopped going out alone, cancelled his place at the amputee support group and in May accepted a transfer to a housing association flat across the city. His social worker describes him as 'withdrawn and ashamed'.""",
    spans=[
        ("REPETITION", "Between January and April"),
        ("STALK_FOLLOW", "followed the victim on foot or on his bicycle whenever he went out on his scooter"),
        ("RACIAL_HOSTILITY", "'slow down, sambo'"),
        ("RACIAL_HOSTILITY", "'they should've left you in the jungle'"),
        ("STALK_WATCH", "photographed the victim through his front window"),
        ("STALK_MONITOR", "kept the photos in an album"),
        ("RACIAL_HOSTILITY", "left a banana on the victim's scooter seat"),
        ("REPETITION", "on at least three occasions"),
        ("SERIOUS_IMPACT", "stopped going out alone"),
        ("SERIOUS_IMPACT", "cancelled his place at the amputee support group"),
        ("SERIOUS_IMPACT", "accepted a transfer to a housing association flat across the city"),
        ("DISTRESS", "'withdrawn and ashamed'"),
    ],
)

case(
    42, "aggravated_stalking_fear_alarm_distress", "CSRFD",
    voice="notebook", case="upper", noise="typos", batch="uf",
    pattern="former_volunteer_driver_fixated_on_sikh_widow_threatens_to_burn_gurdwara_with_her", relationship="acquaintance", occasions=10,
    text="""\
1530 HRS. IP MRS HARJIT KAUR SANDHU 72YRS PARKINSONS, W/ DAUGHTER. SUSP ALAN REDFERN 60S, WAS HER VOLUNTEER DRIVER FOR HOSP APPTS UNTIL DEC. SINCE SHE ASKED THE SCHEME FOR A DIFFERENT DRIVER HE HAS RUNG HER HOUSE 'ALL HOURS', DRIVEN TO THE GURDWARA ON SUNDAYS AND WAITED IN THE CAR PARK FOR HER, AND SENT CARDS SAYING SHE IS 'HIS PRINCESS'. WHEN SHE IGNORED HIM HE LEFT A VOICEMAIL 'YOU AND YOUR TURBAN TEMPLE, I'LL BURN IT DOWN WITH YOU INSIDE'. 2ND VM 2 DAYS LATER SAME THREAT + 'YOUR GOD WONT SAVE YOU'. IP VERY FRIGHTENED HE WILL HURT HER, SAYS SHE CANT SLEEP. IP HAS STOPPED GOING TO GURDWARA, DAUGHTER TAKING HER TO HER SISTERS INSTEAD. VMS SAVED ON LANDLINE, TO BE DOWNLOADED.""",
    spans=[
        ("STALK_CONTACT", "RUNG HER HOUSE 'ALL HOURS'"),
        ("STALK_LOITER", "WAITED IN THE CAR PARK FOR HER"),
        ("STALK_CONTACT", "SENT CARDS"),
        ("FIXATION", "SHE IS 'HIS PRINCESS'"),
        ("RELIGIOUS_HOSTILITY", "'YOU AND YOUR TURBAN TEMPLE"),
        ("THREAT_VIOLENCE", "I'LL BURN IT DOWN WITH YOU INSIDE'"),
        ("THREAT_VIOLENCE", "2ND VM 2 DAYS LATER SAME THREAT"),
        ("RELIGIOUS_HOSTILITY", "'YOUR GOD WONT SAVE YOU'"),
        ("FEAR_OF_VIOLENCE", "IP VERY FRIGHTENED HE WILL HURT HER"),
        ("SERIOUS_IMPACT", "IP HAS STOPPED GOING TO GURDWARA"),
    ],
)

case(
    43, "aggravated_stalking_fear_alarm_distress", "CSRFD",
    voice="vps", case="mixed", noise="clean", batch="uf",
    pattern="care_home_visitor_fixated_on_somali_care_assistant_follows_her_home_threats", relationship="customer", occasions=9,
    text="""\
My name is Hodan Warsame. I am a care assistant at Rosewood House and I was born in Somalia. I want the court to know what Gavin Pickering did to my life. He visited his aunt at Rosewood every day. At first he was friendly, then he started bringing me chocolates and asking me out, and when I said I was married he said 'you'll leave him for me, they all do'. He waited outside the staff entrance at the end of my shifts and twice he followed me on the bus home. Once he rang the home pretending to be my husband to ask for my rota. When I reported him he changed. He told me in the car park 'you Somali rats come here and think you can say no to me, I'll cut you'. A week later a note was on my car: 'I know where you live. Cut.' I believed he would do it. I gave up night shifts, which paid more, and my husband drives me to and from work every day. I am not the same person I was.""",
    spans=[
        ("STALK_GIFTS", "bringing me chocolates"),
        ("FIXATION", "'you'll leave him for me, they all do'"),
        ("STALK_LOITER", "waited outside the staff entrance at the end of my shifts"),
        ("STALK_FOLLOW", "twice he followed me on the bus home"),
        ("STALK_MONITOR", "rang the home pretending to be my husband to ask for my rota"),
        ("ESCALATION", "When I reported him he changed"),
        ("RACIAL_HOSTILITY", "'you Somali rats come here and think you can say no to me"),
        ("THREAT_VIOLENCE", "I'll cut you'"),
        ("THREAT_VIOLENCE", "a note was on my car: 'I know where you live. Cut.'"),
        ("FEAR_OF_VIOLENCE", "I believed he would do it"),
        ("SERIOUS_IMPACT", "I gave up night shifts"),
        ("SERIOUS_IMPACT", "my husband drives me to and from work every day"),
    ],
)

case(
    44, "aggravated_stalking_fear_alarm_distress", "CSRD",
    voice="updates", case="mixed", noise="typos", batch="uf",
    pattern="upstairs_neighbour_antisemitic_notes_mezuzah_torn_off_watches_carers", relationship="neighbour", occasions=14,
    text="""\
Update 1 - 04/11 (PC 2281): Victim Mr Solomon Fine, 86, lives alone in ground floor flat, 3 Ravensworth Court. Mild COPD, careline pendant. Referred by Adult Social Care (SW Gemma Booth) after his home carer found a swastika scratched into his front door.
Update 2 - 05/11 (PC 2281): Spoke to Mr Fine at length with SW present. He says the problems started in the summer when the man above, Lee TURNBULL (40s), moved in. Since then: his mezuzah has been pulled off the door frame three times (he has replaced it each time); Turnbull stands on his balcony and watches Mr Fine's front path, and twice shouted down 'morning, Shylock, counting your money?' as he went out; notes have been pushed under his door: 'JEW RAT', 'WE KNOW WHAT YOU PEOPLE DID', and one listing the times his carers came and went that week; his wheelie bin has been tipped out on his path four times. He has not been threatend. He told me 'I am not afraid of him, I have seen far worse men than him' but he is plainly distressed.
Update 3 - 12/11 (SW Booth, shared with consent): Mr Fine has had his son fit a doorbell camera, has moved his bedroom from the front room to the back so he does not hear the door, and has stopped going to the Thursday lunch at the synagogue because he does not want to leave the flat empty. He is eating less. Care Act s.42 enquiry open.
Update 4 - 14/11: Turnbull arrested, search - notebook recovered with Mr Fine's name and carer times in it. Religiously aggravated stalking s.2A/s.32 recorded. Housing assoc informed.""",
    spans=[
        ("RELIGIOUS_HOSTILITY", "a swastika scratched into his front door"),
        ("REPETITION", "Since then"),
        ("STALK_PROPERTY", "his mezuzah has been pulled off the door frame three times"),
        ("STALK_WATCH", "stands on his balcony and watches Mr Fine's front path"),
        ("RELIGIOUS_HOSTILITY", "'morning, Shylock, counting your money?'"),
        ("RELIGIOUS_HOSTILITY", "'JEW RAT'"),
        ("RELIGIOUS_HOSTILITY", "'WE KNOW WHAT YOU PEOPLE DID'"),
        ("STALK_MONITOR", "one listing the times his carers came and went that week"),
        ("STALK_PROPERTY", "his wheelie bin has been tipped out on his path four times"),
        ("DISTRESS", "he is plainly distressed"),
        ("SERIOUS_IMPACT", "fit a doorbell camera"),
        ("SERIOUS_IMPACT", "moved his bedroom from the front room to the back"),
        ("SERIOUS_IMPACT", "stopped going to the Thursday lunch at the synagogue"),
    ],
)
