# ruff: noqa: E501
"""Hand-written narratives, writer ya: the fear-of-violence boundary (one threat, repeated threats, threats to others, no fear)."""

from corpora.handwritten import case

case(
    1, "no_offence", "",
    voice="call_log", case="upper", noise="abbrev", batch="ya",
    pattern="single_doorstep_threat_over_missing_parcel", relationship="stranger", occasions=1,
    text="""\
CALLER STATES MALE KNOCKED AT HER DOOR 2140HRS RE A PARCEL HE SAYS SHE TOOK IN FOR HIM AND NEVER HANDED OVER. WHEN SHE SAID SHE HAD NO PARCEL HE SAID 'ILL CAVE YOUR HEAD IN YOU LYING COW' AND KICKED THE GATE ON WAY OUT. IP VERY SHAKEN, SAYS SHE IS SCARED HE WILL COME BACK AND HURT HER. DOES NOT KNOW MALE, THINKS HE LIVES IN ONE OF THE NEW FLATS ON CORBRIDGE RD. FIRST TIME SHE HAS EVER SEEN HIM, NO PREV CALLS FROM ADDR. UNITS ADV, NEIGHBOURS RING DOORBELL MAY HAVE IT.""",
    spans=[
        ("THREAT_VIOLENCE", "ILL CAVE YOUR HEAD IN YOU LYING COW"),
        ("DISTRESS", "IP VERY SHAKEN"),
        ("FEAR_OF_VIOLENCE", "SCARED HE WILL COME BACK AND HURT HER"),
    ],
)

case(
    2, "no_offence", "",
    voice="notebook", case="mixed", noise="abbrev", batch="ya",
    pattern="neighbours_trade_threats_over_hedge_mutual", relationship="neighbour", occasions=3,
    text="""\
Attended 14 Larch Close re ongoing dispute w/ no.16 over the leylandii. Mr Pell (caller) says neighbour Mr Okafor told him today he'd 'knock him spark out' if he cut the hedge back again. Spoke to Mr Okafor at no.16 who showed me a video on his phone from last Tues of Mr Pell at the fence shouting 'come round here and I'll put you in hospital'. Both men admit they have been going at each other across the fence since about March and each says the other started it. Neither says he is scared of the other, both just fed up. Words of advice to both, mediation leaflet left at each address. Mutual - no offences disclosed. Council hedge complaint ref HH/2291 already open.""",
    spans=[],
)

case(
    3, "no_offence", "",
    voice="statement", case="mixed", noise="clean", batch="ya",
    pattern="one_encounter_in_car_park_fear_without_threat", relationship="acquaintance", occasions=1,
    text="""\
I have known Dean Harrow for about two years through the five-a-side at Moorfield. On Saturday 8th February after the game he came over to my car while I was loading my kit and asked why I had blocked him on Instagram. I told him I didn't want to talk about it. He stood there for maybe a minute staring at me and then walked off to his van. He did not say anything threatening and he did not touch me or the car. I am frightened of Dean because of things I have heard from other lads, that he has hurt people before, and the way he looked at me made me think he would hit me. I have not heard from him since. I want this on record in case anything else happens.""",
    spans=[
        ("FEAR_OF_VIOLENCE", "the way he looked at me made me think he would hit me"),
    ],
)

case(
    4, "no_offence", "R",
    voice="call_log", case="lower", noise="typos", batch="ya",
    pattern="single_racist_threat_shouted_in_street", relationship="stranger", occasions=1,
    text="""\
caller [NAME 1] reports walking home from the bus stop on kelso st approx 2310 when a white male in grey trackies shouted at him 'go back to your own country you p*** before i stab you'. male then crossed over and went into the chip shop. caller says he was shaking and thought he was going to be attacked. never seen the male befor. descrip given, 30s, shaved head, tattoo on neck. no injurys. caller wants it recorded as a hate incident. area search negative, chip shop owner to be spoken to re cctv""",
    spans=[
        ("RACIAL_HOSTILITY", "go back to your own country you p***"),
        ("THREAT_VIOLENCE", "before i stab you"),
        ("FEAR_OF_VIOLENCE", "thought he was going to be attacked"),
    ],
)

case(
    5, "harassment", "C",
    voice="crime_summary", case="mixed", noise="abbrev", batch="ya",
    pattern="colleague_abusive_whatsapps_one_threat_among_many", relationship="colleague", occasions=8,
    text="""\
Summary: IP (Ms Rhona Tait) works with SUSP (Gary Venn) at Halden Logistics, both shift supervisors. Since start of Oct SUSP has sent her a stream of abusive WhatsApps about rota changes - calling her 'useless', 'a grass', 'a dyke' - roughly 40 msgs over 5 wks, some at 2-3am. On 19/10 one msg read 'keep this up and ill smash your face in at the gate'. IP says that msg did worry her at the time but nothing like it has been sent before or since, and she does not believe he will actually do anything. She is upset and fed up, dreads checking her phone, but still working normal shifts. HR aware. SUSP not yet spoken to. No prev DA or ASB between parties. OIC PC 4471 Marsh.""",
    spans=[
        ("STALK_CONTACT", "sent her a stream of abusive WhatsApps about rota changes"),
        ("REPETITION", "roughly 40 msgs over 5 wks"),
        ("THREAT_VIOLENCE", "keep this up and ill smash your face in at the gate"),
        ("FEAR_OF_VIOLENCE", "that msg did worry her at the time"),
        ("DISTRESS", "dreads checking her phone"),
    ],
)

case(
    6, "harassment", "C",
    voice="victim_diary", case="lower", noise="typos", batch="ya",
    pattern="neighbour_threatens_to_poison_dog_victim_fears_for_dog_only", relationship="neighbour", occasions=3,
    text="""\
hi pc lowther, as asked im writing down whats happend with [NAME] at number 9. 2nd may he came to the fence when bramble was barking and said if that dog doesnt shut up hes going to poison it. 10th may he said it again, said hed 'put something in her bowl' and id find her dead on the lawn. yesterday (23rd) he banged on my back door at 7am shouting about the barking and said the dog would be 'gone' by the end of the month. to be clear im not worried about him doing anything to me, hes 70 odd and i could push him over, but im terrified for bramble. ive been in tears over it most nights. thanks, jo""",
    spans=[
        ("STALK_CONTACT", "he came to the fence when bramble was barking"),
        ("REPETITION", "10th may he said it again"),
        ("STALK_CONTACT", "banged on my back door at 7am shouting about the barking"),
        ("DISTRESS", "ive been in tears over it most nights"),
    ],
)

case(
    7, "harassment", "C",
    voice="updates", case="mixed", noise="abbrev", batch="ya",
    pattern="banned_customer_threatens_shopkeeper_who_is_not_afraid", relationship="customer", occasions=3,
    text="""\
UPDATE 1 - 11/03 1520: Spoke to IP Mr Hamid Saleem, owner of Saleem's Off Licence, Brook Parade. Customer Kyle DUFFY (PNC trace done, nothing relevant) banned from shop in Feb after shoplifting. Since then DUFFY has come to the door on 3 occasions (27/02, 04/03, 10/03) shouting through it. On 04/03 said he'd 'burn the shop down with you in it', on 10/03 said he'd 'come back and do you with a bat'.
UPDATE 2 - 11/03 1545: IP clear he is not frightened - 'he's a kid, all mouth, I've had worse in this job'. Wants him to stop because it puts customers off. Declined VPS.
UPDATE 3 - 12/03 0910: DUFFY located at home address, words of advice, PIN considered - referred to Sgt for decision.""",
    spans=[
        ("STALK_TURN_UP", "DUFFY has come to the door"),
        ("REPETITION", "on 3 occasions (27/02, 04/03, 10/03)"),
        ("THREAT_VIOLENCE", "burn the shop down with you in it"),
        ("THREAT_VIOLENCE", "come back and do you with a bat"),
    ],
)

case(
    8, "harassment", "CD",
    voice="statement", case="mixed", noise="clean", batch="ya",
    pattern="online_gamer_money_row_threats_to_brother_victim_changes_number", relationship="online", occasions=20,
    text="""\
I met a man calling himself 'Reece' on a gaming Discord in the summer. We chatted for a few weeks, then fell out when he said I owed him £60 for an in-game item I never actually received. From about 1st September he messaged me every day, sometimes thirty or forty times, calling me a thief and a scammer and demanding the money. He found out my brother Connor plays for Ashby Town and twice, on 14th and 22nd September, he told me to pass on that he was going to 'break Connor's legs' after a match. I was worried for Connor and told him, and he reported it to his club. I don't think Reece would ever come after me, he lives in Wales and he has never said anything about hurting me. But the messages were relentless and on 25th September I changed my phone number and deleted all my social media, which I used for my nail business. I have lost regular customers because of it and I have had to start again on a new page.""",
    spans=[
        ("STALK_CONTACT", "he messaged me every day"),
        ("REPETITION", "sometimes thirty or forty times"),
        ("STALK_CONTACT", "calling me a thief and a scammer"),
        ("SERIOUS_IMPACT", "I changed my phone number and deleted all my social media"),
        ("SERIOUS_IMPACT", "I have lost regular customers because of it"),
    ],
)

case(
    9, "harassment", "C",
    voice="dash_note", case="mixed", noise="abbrev", batch="ya",
    pattern="ex_housemate_shouting_calls_over_deposit_fear_but_no_threats", relationship="acquaintance", occasions=5,
    text="""\
DASH completed w/ IP by phone. Relationship: ex-housemate (not partners, never intimate - IP clear on this). SUSP Liam ORCHARD moved out of shared house on Bevan St in Jan owing his share of rent; since then has rung IP 5 times in a fortnight demanding his deposit back and shouting down the phone, called her a 'thieving b****'. IP answered yes to 'are you frightened' - says Liam is 6'4 with a temper and she is scared he'll lose it and hit her if they bump into each other. Asked directly whether he has ever threatened her: 'no, never, he just shouts'. Risk graded STANDARD. IP has not changed routine. Adv re call blocking and keeping a log.""",
    spans=[
        ("STALK_CONTACT", "has rung IP"),
        ("REPETITION", "5 times in a fortnight"),
        ("STALK_CONTACT", "shouting down the phone, called her a 'thieving b****'"),
        ("FEAR_OF_VIOLENCE", "she is scared he'll lose it and hit her"),
    ],
)

case(
    10, "harassment_fear_of_violence", "CF",
    voice="call_log", case="upper", noise="abbrev", batch="ya",
    pattern="builder_payment_dispute_threats_by_phone_then_at_door", relationship="business", occasions=2,
    text="""\
CALLER MRS ANWEN PRICE. BUILDER SHE USED FOR HER KITCHEN (TERRY FLINT, FLINT & SON) SAYS SHE OWES £2400, SHE DISPUTES AS WORK NOT FINISHED. ON 03/06 HE RANG HER AND SAID IF HE DIDNT GET HIS MONEY HED 'COME ROUND AND TAKE IT OUT OF YOUR HIDE'. ON 11/06 HE TURNED UP AT HER DOOR AND SAID 'LAST WARNING, NEXT TIME YOU GET HURT'. CALLER LIVES ALONE, 71 YRS, VERY FRIGHTENED HE WILL ATTACK HER. HAS SMALL CLAIMS PAPERWORK READY. ADV 999 IF HE ATTENDS. LOG PASSED TO NPT FOR CALL BACK.""",
    spans=[
        ("THREAT_VIOLENCE", "COME ROUND AND TAKE IT OUT OF YOUR HIDE"),
        ("STALK_TURN_UP", "HE TURNED UP AT HER DOOR"),
        ("THREAT_VIOLENCE", "LAST WARNING, NEXT TIME YOU GET HURT"),
        ("FEAR_OF_VIOLENCE", "VERY FRIGHTENED HE WILL ATTACK HER"),
    ],
)

case(
    11, "harassment_fear_of_violence", "CF",
    voice="statement", case="mixed", noise="typos", batch="ya",
    pattern="neighbour_parking_row_same_threat_said_three_times", relationship="neighbour", occasions=4,
    text="""\
Stuart Beddow lives at 41, two doors up. He thinks the bit of road in front of his bay window belongs to him, it doesnt, its council. First it was notes tucked under my wipers back in August telling me to shift. Then on 2/9, with my little girl still strapped in the back, he marched over and told me hed throw me through my own front window. Hes come out with that same line three times now. Last Sunday I was wheeling the green bin down and he came right up close, nose to nose, and said 'window, I'm not joking'. I do beleive he'd do it. After dark Im frightened to walk out to my car and I check his curtains every time before I open the door. My partner is on nights so mostly its just me and the baby.""",
    spans=[
        ("STALK_CONTACT", "notes tucked under my wipers"),
        ("THREAT_VIOLENCE", "told me hed throw me through my own front window"),
        ("REPETITION", "Hes come out with that same line three times now"),
        ("THREAT_VIOLENCE", "window, I'm not joking"),
        ("FEAR_OF_VIOLENCE", "Im frightened to walk out to my car"),
    ],
)

case(
    12, "harassment_fear_of_violence", "CF",
    voice="crime_summary", case="mixed", noise="abbrev", batch="ya",
    pattern="brother_in_law_three_threatening_voicemails_in_fifteen_minutes", relationship="family", occasions=3,
    text="""\
MO: Between 2204 and 2219 on 17/01 SUSP (Marcus LEIGH, brother-in-law of IP) left three separate voicemails on IP's mobile following a family argument at a christening earlier that day. VM1: 'you've made my sister look a mug, you're getting it'. VM2 (approx 5 mins later): 'I know where you park, I'll be waiting with something for you'. VM3: 'you won't walk properly again'. IP played all three to officers. She states she was terrified listening to them and believes Marcus will attack her; she sat up most of the night. No further contact since. SUSP has previous for ABH (2019).""",
    spans=[
        ("REPETITION", "left three separate voicemails"),
        ("THREAT_VIOLENCE", "you're getting it"),
        ("THREAT_VIOLENCE", "I'll be waiting with something for you"),
        ("THREAT_VIOLENCE", "you won't walk properly again"),
        ("FEAR_OF_VIOLENCE", "believes Marcus will attack her"),
    ],
)

case(
    13, "harassment_fear_of_violence", "CF",
    voice="vps", case="lower", noise="clean", batch="ya",
    pattern="parent_after_school_fight_threatens_mother_and_son", relationship="acquaintance", occasions=4,
    text="""\
since the fight at school between my son jayden and his boy, mr [NAME 2] has messaged me on facebook four times. the first time, on the 9th, he said jayden 'better watch his back'. on the 12th he said 'you and your lad are both getting a slap when i see you'. on the 16th he said he knew which bus we get and he'd be 'waiting for the pair of you'. i am not only worried for jayden, i am scared for myself, he is a big man and he said it to me as well, 'you and your lad'. on the 20th he sent a picture of a baseball bat with no words. i think he means every word of it.""",
    spans=[
        ("STALK_CONTACT", "messaged me on facebook"),
        ("REPETITION", "four times"),
        ("THREAT_VIOLENCE", "you and your lad are both getting a slap when i see you"),
        ("THREAT_VIOLENCE", "waiting for the pair of you"),
        ("FEAR_OF_VIOLENCE", "i am scared for myself"),
        ("THREAT_VIOLENCE", "sent a picture of a baseball bat with no words"),
    ],
)

case(
    14, "harassment_fear_of_violence", "CFD",
    voice="supervisor_review", case="mixed", noise="clean", batch="ya",
    pattern="warehouse_worker_threatens_team_leader_twice_she_is_signed_off", relationship="colleague", occasions=2,
    text="""\
Supervisor review, 04/04. I have read the file. The allegation is that Dominic Farr, a warehouse operative, threatened his team leader Priya Nandra on two separate shifts after she reported him for smoking in the loading bay: on 11/03 in the canteen ('you'll get your head kicked in one of these nights') and on 18/03 in the car park ('I know what car you drive, I'll be waiting'). Both were overheard by W1 Mr Ellis, who has given a first account. IP says she genuinely fears he will attack her and she has been signed off sick by her GP since 20/03 and has not been back. IP's ethnicity is recorded on the crime for monitoring; there is nothing from either party or the witness to suggest anything said about it, so no aggravation. Classification agreed. Actions: OIC to obtain W1's full statement and the fit note, then arrange voluntary interview. Review again 18/04.""",
    spans=[
        ("REPETITION", "on two separate shifts"),
        ("THREAT_VIOLENCE", "you'll get your head kicked in one of these nights"),
        ("THREAT_VIOLENCE", "I know what car you drive, I'll be waiting"),
        ("FEAR_OF_VIOLENCE", "genuinely fears he will attack her"),
        ("SERIOUS_IMPACT", "signed off sick by her GP since 20/03"),
    ],
)

case(
    15, "stalking", "CS",
    voice="victim_diary", case="lower", noise="heavy", batch="ya",
    pattern="ex_partner_pleading_and_turning_up_one_drunk_threat", relationship="ex_partner", occasions=6,
    text="""\
mon 3rd - kai outside work again at half 5, said he just wantd to talk, i got in a taxi
tues 4th - 14 missd calls from him. vm cryin sayin he cant live w/o me
thurs 6th - flowers left on my car at tesco?? how did he even know i was there
sat 8th - he was at the end of my road in his car, just sat there. txt at 11pm 'if i see u with anyone else ill kill u'. 1st time hes ever said anythin like that. i dont think he wud really, hes not like that, it was the drink talkin
sun 9th - long msg sayin sorry, beggin me to take him back
mon 10th - outside work AGAIN. told him for the 100th time its over""",
    spans=[
        ("STALK_TURN_UP", "kai outside work again at half 5"),
        ("STALK_CONTACT", "14 missd calls from him"),
        ("STALK_GIFTS", "flowers left on my car at tesco"),
        ("STALK_LOITER", "he was at the end of my road in his car, just sat there"),
        ("THREAT_VIOLENCE", "if i see u with anyone else ill kill u"),
        ("FIXATION", "beggin me to take him back"),
        ("STALK_TURN_UP", "outside work AGAIN"),
        ("UNWANTED", "told him for the 100th time its over"),
    ],
)

case(
    16, "stalking", "CS",
    voice="crime_summary", case="upper", noise="abbrev", batch="ya",
    pattern="cafe_regular_fixated_on_barista_threatens_twice_she_is_not_afraid", relationship="customer", occasions=8,
    text="""\
SUMMARY: IP IS A BARISTA AT BEAN THERE, MARKET ST. SUSP (UNKNOWN MALE, KNOWN TO STAFF AS 'COLIN') HAS COME IN DAILY SINCE EARLY JUNE, ONLY WHEN IP IS ON SHIFT, AND SITS BY THE WINDOW FOR HOURS WATCHING HER. HAS LEFT NOTES ON THE COUNTER CALLING HER HIS 'GIRLFRIEND' AND WAS SEEN WAITING BY HER BIKE AT CLOSING ON 3 OCCASIONS. WHEN SHE TOLD HIM ON 21/06 TO LEAVE HER ALONE HE SAID 'YOU'LL BE SORRY, I'LL BREAK YOUR NECK'. SAID SIMILAR AGAIN ON 28/06 AT THE BIKE RACK. IP STATES SHE IS NOT FRIGHTENED OF HIM - 'HE'S PATHETIC, HE'S ABOUT FIVE FOOT TALL' - BUT WANTS HIM STOPPED AS HE IS PUTTING OFF CUSTOMERS AND STAFF. CCTV REQUESTED FROM MANAGER.""",
    spans=[
        ("STALK_TURN_UP", "HAS COME IN DAILY SINCE EARLY JUNE, ONLY WHEN IP IS ON SHIFT"),
        ("STALK_WATCH", "SITS BY THE WINDOW FOR HOURS WATCHING HER"),
        ("STALK_CONTACT", "LEFT NOTES ON THE COUNTER"),
        ("FIXATION", "CALLING HER HIS 'GIRLFRIEND'"),
        ("STALK_LOITER", "WAITING BY HER BIKE AT CLOSING ON 3 OCCASIONS"),
        ("THREAT_VIOLENCE", "I'LL BREAK YOUR NECK"),
        ("REPETITION", "SAID SIMILAR AGAIN ON 28/06"),
    ],
)

case(
    17, "stalking", "CS",
    voice="statement", case="mixed", noise="typos", batch="ya",
    pattern="ex_turns_up_and_threatens_new_boyfriend_victim_not_afraid_for_self", relationship="ex_partner", occasions=5,
    text="""\
I split up with Ryan Cole in November after four years. Since Christmas he has been turning up at my flat on Quarry Lane and at the leisure centre where I work, asking who Im seeing. He found out about Tom from my Facebook. On 4 Feb he messaged me 'tell your new fella hes getting glassed' and on 12 Feb he stood outside the gym and shouted that he'd 'stab that prick' when he saw him. Ryan has never hurt me and I honestly dont think he ever would, Im not scared of him for me. Its Tom Im worried about. I just want Ryan to leave me alone and accept its over, he keeps saying we can fix it.""",
    spans=[
        ("REPETITION", "Since Christmas"),
        ("STALK_TURN_UP", "turning up at my flat on Quarry Lane and at the leisure centre where I work"),
        ("STALK_MONITOR", "He found out about Tom from my Facebook"),
        ("FIXATION", "he keeps saying we can fix it"),
    ],
)

case(
    18, "stalking", "CS",
    voice="dash_note", case="mixed", noise="abbrev", batch="ya",
    pattern="estranged_husband_watching_and_monitoring_fear_but_no_threats", relationship="ex_partner", occasions=8,
    text="""\
DASH - answers summary (victim Mrs L. Okonjo, suspect estranged husband Femi OKONJO). Separated 6 wks. Q has he threatened to hurt/kill you - NO. Q are you frightened - YES: 'he's never said anything like that but he's watching me all the time and I think he's going to hurt me'. Since separation SUSP has driven past her house several times a day; sat in his car opposite her work (seen by colleagues 3x); been logging into her Gmail (she found a login from his laptop); messaged her sister asking where she goes at weekends. No physical DA hx. IP still at same address and job, no changes made. Childcare handled through solicitors, no issues there. Risk MEDIUM.""",
    spans=[
        ("FEAR_OF_VIOLENCE", "I think he's going to hurt me"),
        ("STALK_WATCH", "driven past her house several times a day"),
        ("STALK_LOITER", "sat in his car opposite her work"),
        ("REPETITION", "seen by colleagues 3x"),
        ("STALK_MONITOR", "been logging into her Gmail"),
        ("STALK_MONITOR", "messaged her sister asking where she goes at weekends"),
    ],
)

case(
    19, "stalking", "CS",
    voice="notebook", case="lower", noise="abbrev", batch="ya",
    pattern="online_viewer_fixated_on_streamer_threatens_her_cat", relationship="online", occasions=12,
    text="""\
1130 spoke to ip at home. ip streams on twitch as 'mossyfox'. susp user 'nightlark_88' known to her only online. over last 2 months he has: made 6+ new accounts after being banned, posted her home town + street name in a discord server, sent msgs saying shes 'meant to be with him', posted street view pics of her front window with circles drawn on. twice (dm 2/8, comment 9/8) said he would 'deal with that ugly cat' she shows on stream. ip v upset re the cat but says shes not worried he'd hurt her - 'its always the cat he goes on about, never me'. ip screenshots x 23 obtained. adv re platform reporting.""",
    spans=[
        ("REPETITION", "over last 2 months"),
        ("STALK_CONTACT", "made 6+ new accounts after being banned"),
        ("STALK_PUBLISH", "posted her home town + street name in a discord server"),
        ("FIXATION", "shes 'meant to be with him'"),
        ("STALK_MONITOR", "posted street view pics of her front window with circles drawn on"),
        ("DISTRESS", "ip v upset re the cat"),
    ],
)

case(
    20, "stalking_fear_alarm_distress", "CSF",
    voice="updates", case="mixed", noise="abbrev", batch="ya",
    pattern="ex_partner_at_door_and_garden_threatens_twice_after_dvpn", relationship="ex_partner", occasions=5,
    text="""\
14/09 1910 - IP (Kelly-Marie ASH) rang 101 from her car, parked outside Lidl. Ex-partner Darren MOSS (separated July, DVPN served 02/09, since expired) was at her door again earlier, refusing to leave, and said 'if you don't let me see you I'll break every bone in your body'. Left before units arrived. Attendance delayed due to RTC on the bypass (two units committed there until 2015). IP's two children were at their dad's (not MOSS) for the weekend.
15/09 0830 - OIC contact with IP. She says he has been outside the house 3 times this month and sends 'love' texts all night, sometimes 50+. Very frightened - 'he means it, I know what he's like'. DASH HIGH, MARAC referral submitted.
16/09 1430 - PCSO 7712 visited to fit a temporary door chain via Safer Homes; back gate has no lock, landlord (housing assoc.) contacted re repair. Neighbour at no.12 says she has seen a silver Astra 'a few times' late at night but did not get the reg.
17/09 1200 - IP reports recycling bin tipped over, doesn't know who by. Not attributed to MOSS - could be foxes, it happens on that estate.
18/09 - Screenshots of texts obtained (approx 300 since 01/09). Mostly 'I love you', 'answer me', 'we're meant to be together', some at 3-4am.
19/09 2240 - IP 999. MOSS in her back garden banging on the kitchen window, said 'I told you what would happen'. Arrested at scene by PC 3310 and PC 1187.
20/09 - Interview: denies any threats, says he just wants to get back together and she 'owes him that much'. Charged and remanded for court.""",
    spans=[
        ("STALK_TURN_UP", "was at her door again earlier, refusing to leave"),
        ("THREAT_VIOLENCE", "if you don't let me see you I'll break every bone in your body"),
        ("STALK_LOITER", "he has been outside the house 3 times this month"),
        ("STALK_CONTACT", "sends 'love' texts all night"),
        ("FEAR_OF_VIOLENCE", "Very frightened - 'he means it, I know what he's like'"),
        ("REPETITION", "approx 300 since 01/09"),
        ("FIXATION", "we're meant to be together"),
        ("STALK_TURN_UP", "MOSS in her back garden banging on the kitchen window"),
        ("THREAT_VIOLENCE", "I told you what would happen"),
        ("FIXATION", "he just wants to get back together"),
    ],
)

case(
    21, "stalking_fear_alarm_distress", "CSF",
    voice="call_log", case="lower", noise="typos", batch="ya",
    pattern="stranger_follows_from_station_says_same_threat_each_time", relationship="stranger", occasions=4,
    text="""\
female caller v distressed, says a man has followed her from the station again tonight, 4th time in 2 weeks. same man, long dark coat, beanie. walks a few steps behind her all the way down alma rd to her block and every time hes said 'ill get you, you know ill get you' as she goes in. tonight he said it again and then stood at the door buzzer. she is hiding in her flat, says she is so scared he will hurt her. dosnt know who he is, never spoken to him. units dispatched grade 1.""",
    spans=[
        ("DISTRESS", "female caller v distressed"),
        ("STALK_FOLLOW", "followed her from the station again tonight"),
        ("REPETITION", "4th time in 2 weeks"),
        ("STALK_FOLLOW", "walks a few steps behind her all the way down alma rd to her block"),
        ("REPETITION", "every time hes said"),
        ("THREAT_VIOLENCE", "ill get you, you know ill get you"),
        ("REPETITION", "tonight he said it again"),
        ("STALK_LOITER", "stood at the door buzzer"),
        ("FEAR_OF_VIOLENCE", "so scared he will hurt her"),
    ],
)

case(
    22, "stalking_fear_alarm_distress", "CSD",
    voice="crime_summary", case="mixed", noise="clean", batch="ya",
    pattern="ex_partner_gifts_and_messages_no_threats_victim_moves_away", relationship="ex_partner", occasions=15,
    text="""\
Victim Amy Rourke ended a two-year relationship with suspect Craig Hollins in March. Between April and August Hollins sent her hundreds of messages, most asking to meet or telling her how much he missed her, left cards and a bracelet on her doorstep, and was twice seen by her neighbour sitting in his car across the road at night. He has never threatened her and she says she does not think he would hurt her. But she stopped sleeping, stopped going to her evening pottery class in case he was outside, and in August gave up the tenancy and moved to her parents' in Kettering. She has also changed her number. Hollins states he only wanted closure.""",
    spans=[
        ("REPETITION", "Between April and August"),
        ("STALK_CONTACT", "sent her hundreds of messages"),
        ("FIXATION", "telling her how much he missed her"),
        ("STALK_GIFTS", "left cards and a bracelet on her doorstep"),
        ("REPETITION", "twice"),
        ("STALK_WATCH", "sitting in his car across the road at night"),
        ("SERIOUS_IMPACT", "stopped going to her evening pottery class"),
        ("SERIOUS_IMPACT", "gave up the tenancy and moved to her parents' in Kettering"),
        ("SERIOUS_IMPACT", "She has also changed her number"),
    ],
)

case(
    23, "stalking_fear_alarm_distress", "CSD",
    voice="statement", case="mixed", noise="typos", batch="ya",
    pattern="rejected_ex_colleague_rides_her_bus_one_threat_she_stops_using_bus", relationship="colleague", occasions=7,
    text="""\
I worked with Nathan Greaves at the call centre until he was let go in May. He asked me out twice while we worked together and I said no both times. Since he left he has been at the bus stop outside my house most mornings when I go to work, and he has followed me onto the 43 bus at least five times, sitting near me and staring. In June he got off at my stop and said 'you think your better than me, one day ill hurt you'. That is the only time he has said anything like that. I now get my dad to drive me to work and have stopped getting the bus at all, and I walk home the long way through the retail park. I feel sick every morning.""",
    spans=[
        ("STALK_LOITER", "at the bus stop outside my house most mornings"),
        ("STALK_FOLLOW", "followed me onto the 43 bus at least five times"),
        ("STALK_WATCH", "sitting near me and staring"),
        ("THREAT_VIOLENCE", "one day ill hurt you"),
        ("SERIOUS_IMPACT", "I now get my dad to drive me to work and have stopped getting the bus at all"),
        ("SERIOUS_IMPACT", "I walk home the long way through the retail park"),
        ("DISTRESS", "I feel sick every morning"),
    ],
)

case(
    24, "stalking_fear_alarm_distress", "CSFD",
    voice="notebook", case="upper", noise="heavy", batch="ya",
    pattern="rejected_choir_member_watches_house_and_leaves_knives_no_words", relationship="acquaintance", occasions=8,
    text="""\
OBS/NOTES 02/11 1400. IP MS G FENWICK. SUSP ID'D AS ALAN PRYCE, MET VIA CHOIR, IP TURNED HIM DOWN IN SEPT. SINCE THEN SUSP CAR SEEN PARKD OPP IP ADDR ON 6+ EVES, ENGINE RUNNING, IP CAN SEE HIM WATCHNG. 20/10 + 30/10 IP FOUND A KITCHEN KNIFE ON DOORMAT, BLADE POINTING AT DOOR, NO NOTE. DOORBELL CAM 30/10 SHOWS SUSP PLACING IT. SUSP HAS NEVR SAID ANYTHING IN WORDS. IP V FRIGHTND, 'HES TELLING ME HES GOING TO STAB ME', NOW SLEEPING AT SISTERS MOST NIGHTS. KNIVES SEIZED EXH GF/1, GF/2.""",
    spans=[
        ("UNWANTED", "IP TURNED HIM DOWN IN SEPT"),
        ("STALK_WATCH", "SUSP CAR SEEN PARKD OPP IP ADDR ON 6+ EVES, ENGINE RUNNING"),
        ("REPETITION", "20/10 + 30/10"),
        ("THREAT_VIOLENCE", "FOUND A KITCHEN KNIFE ON DOORMAT, BLADE POINTING AT DOOR"),
        ("FEAR_OF_VIOLENCE", "HES TELLING ME HES GOING TO STAB ME"),
        ("SERIOUS_IMPACT", "NOW SLEEPING AT SISTERS MOST NIGHTS"),
    ],
)

case(
    25, "aggravated_harassment", "CR",
    voice="call_log", case="mixed", noise="abbrev", batch="ya",
    pattern="upstairs_neighbour_racist_notes_one_threat", relationship="neighbour", occasions=6,
    text="""\
Caller Mr Tariq Jamil, 22 Fernlea Ave. Upstairs neighbour (female, Ms Kerry-Ann BOOTH) has been putting notes under his door since Easter about noise - last 4 notes call him a 'smelly P***' and tell him to 'go back to Pakistan where you belong'. On one note (approx 2 wks ago) she wrote 'next time I'll glass you'. Caller says that note scared him a bit but the rest are just abuse, and she has never said anything like it again, in writing or in person. He is upset, his kids have seen some of the notes. Has kept all of them. Wants officer to attend. Ref prev CAD 0412 (noise complaint BY Ms Booth about caller, NFA).""",
    spans=[
        ("STALK_CONTACT", "putting notes under his door since Easter"),
        ("REPETITION", "last 4 notes"),
        ("RACIAL_HOSTILITY", "smelly P***"),
        ("RACIAL_HOSTILITY", "go back to Pakistan where you belong"),
        ("THREAT_VIOLENCE", "next time I'll glass you"),
        ("FEAR_OF_VIOLENCE", "that note scared him a bit"),
        ("DISTRESS", "He is upset"),
    ],
)

case(
    26, "aggravated_harassment", "CR",
    voice="statement", case="mixed", noise="clean", batch="ya",
    pattern="drunk_fare_racially_abuses_taxi_driver_threats_driver_unafraid", relationship="customer", occasions=3,
    text="""\
I am a private hire driver for Crown Cars. I have driven the suspect, who I know as Shane, from the Fox and Hounds maybe a dozen times. On three of his last trips, 2nd, 9th and 16th March, he refused to pay and called me a 'terrorist' and a 'dirty Arab', and said I should be 'sent back on a dinghy'. On the 9th and again on the 16th he said he would 'slit my throat' if I reported him to the office. I have been driving taxis for nineteen years and I am not afraid of this man, he is a drunk who can barely stand up. I am making this statement because the company has asked me to and because I am sick of the abuse, not because I think he will hurt me.""",
    spans=[
        ("REPETITION", "On three of his last trips, 2nd, 9th and 16th March"),
        ("RACIAL_HOSTILITY", "called me a 'terrorist' and a 'dirty Arab'"),
        ("RACIAL_HOSTILITY", "sent back on a dinghy"),
        ("REPETITION", "On the 9th and again on the 16th"),
        ("THREAT_VIOLENCE", "slit my throat"),
        ("DISTRESS", "I am sick of the abuse"),
    ],
)

case(
    27, "aggravated_harassment", "CR",
    voice="third_party", case="mixed", noise="clean", batch="ya",
    pattern="colleague_mocks_muslim_worker_and_talks_of_burning_mosques", relationship="colleague", occasions=5,
    text="""\
From: HR Business Partner, Ardent Foods Ltd
To: Hate Crime Unit
I am writing on behalf of our employee, Mr Imran Qureshi, who has asked us to pass this on. Over the past six weeks a colleague on the same line, Mr Lee Scanlon, has repeatedly made remarks to Imran about his faith: mocking him for praying in his break ('off to kiss the floor again'), putting a bacon sandwich on his workstation on two occasions, and on 5 October telling him that 'all the mosques in this country want burning down'. Imran has told me he does not feel personally threatened by Lee and is not frightened to come in to work, but he is humiliated and wants it dealt with properly. Mr Scanlon has been suspended pending our own investigation. Witness details and the shift rota are attached.""",
    spans=[
        ("REPETITION", "Over the past six weeks"),
        ("RELIGIOUS_HOSTILITY", "mocking him for praying in his break ('off to kiss the floor again')"),
        ("RELIGIOUS_HOSTILITY", "putting a bacon sandwich on his workstation"),
        ("REPETITION", "on two occasions"),
        ("RELIGIOUS_HOSTILITY", "all the mosques in this country want burning down"),
        ("DISTRESS", "he is humiliated"),
    ],
)

case(
    28, "aggravated_harassment", "CRD",
    voice="victim_diary", case="mixed", noise="typos", batch="ya",
    pattern="neighbour_racist_shouting_no_threats_family_changes_home_life", relationship="neighbour", occasions=5,
    text="""\
Email to PCSO Haines, 3 Aug. Hi, you asked me to keep a log so here it is. The man at 7 (I think his name is Gordon) has shouted at me nearly every time I've gone out since we moved in in May. 'Go home you black b****' on 12 June, monkey noises at my kids on 20 June and again 2 July, 'we dont want your sort on this street' 28 July. He has never said he'll hurt us and I cant honestly say he's threatened me. But I am frightened of him, he's a big man and always angry. We've moved the kids into the back bedroom so they dont hear him, and my husband put up a doorbell camera and another camera on the side. I only go out now when my husband is home. Thanks, Grace""",
    spans=[
        ("STALK_CONTACT", "shouted at me nearly every time I've gone out"),
        ("RACIAL_HOSTILITY", "Go home you black b****"),
        ("RACIAL_HOSTILITY", "monkey noises at my kids"),
        ("REPETITION", "on 20 June and again 2 July"),
        ("RACIAL_HOSTILITY", "we dont want your sort on this street"),
        ("FEAR_OF_VIOLENCE", "I am frightened of him"),
        ("SERIOUS_IMPACT", "moved the kids into the back bedroom"),
        ("SERIOUS_IMPACT", "put up a doorbell camera and another camera on the side"),
        ("SERIOUS_IMPACT", "I only go out now when my husband is home"),
    ],
)

case(
    29, "aggravated_harassment", "CR",
    voice="notebook", case="lower", noise="abbrev", batch="ya",
    pattern="school_gate_parent_anti_polish_abuse_threats_aimed_at_husband", relationship="acquaintance", occasions=10,
    text="""\
0915 obtained acc from ip mrs s kowalczyk at home. ip polish national. susp mr r. gant, known to ip from school gate. since jan susp has made comments to ip most mornings at drop-off - 'polish scrounger', 'go back to poland and take your brats', mocking her accent. 2x told ip to tell her husband hes 'a dead man' after husband confronted him in feb. ip says she is not scared for herself, 'he is a coward with women, he only shouts', but worried for husband who works nights. husband to be seen sep. ip upset, has told school. no injuries.""",
    spans=[
        ("REPETITION", "since jan"),
        ("STALK_CONTACT", "made comments to ip most mornings at drop-off"),
        ("RACIAL_HOSTILITY", "polish scrounger"),
        ("RACIAL_HOSTILITY", "go back to poland and take your brats"),
        ("RACIAL_HOSTILITY", "mocking her accent"),
        ("DISTRESS", "ip upset"),
    ],
)

case(
    30, "aggravated_harassment_fear_of_violence", "CRF",
    voice="call_log", case="upper", noise="abbrev", batch="ya",
    pattern="shop_customer_racist_threats_to_young_cashier_two_visits", relationship="customer", occasions=2,
    text="""\
SPAR WELLGATE: MALE 'DAZ' CALLED AISHA (STAFF, 19) A 'F***ING P*** SLAG', SAID HE'D 'SMASH HER FACE IN'. SAME MALE LAST THURS SAID HE'D WAIT FOR HER AFTER SHIFT TO 'SORT HER OUT'. IP THINKS HE WILL ATTACK HER.""",
    spans=[
        ("RACIAL_HOSTILITY", "F***ING P*** SLAG"),
        ("THREAT_VIOLENCE", "SMASH HER FACE IN"),
        ("REPETITION", "SAME MALE LAST THURS"),
        ("THREAT_VIOLENCE", "SAID HE'D WAIT FOR HER AFTER SHIFT TO 'SORT HER OUT'"),
        ("FEAR_OF_VIOLENCE", "THINKS HE WILL ATTACK HER"),
    ],
)

case(
    31, "aggravated_harassment_fear_of_violence", "CRF",
    voice="statement", case="mixed", noise="clean", batch="ya",
    pattern="antisemitic_neighbour_repeats_same_threat_on_stairs", relationship="neighbour", occasions=4,
    text="""\
I live at Flat 3, Rosen Court with my wife. I am Jewish and I wear a kippah. The man in Flat 5, whose name I now know is Philip Tennant, first spoke to me on the stairs on 28 January. He said 'Hitler should have finished the job, and I'll finish it with you'. I took this as a threat to kill me. On 6 February he said it again by the bins, word for word, and laughed. Since then he has said it again twice, most recently yesterday, 19 February, when he also spat at my feet. I am 74. I am genuinely afraid that he will attack me on the stairs, where there is no camera. I look through the spyhole before I open the door.""",
    spans=[
        ("RELIGIOUS_HOSTILITY", "Hitler should have finished the job"),
        ("THREAT_VIOLENCE", "and I'll finish it with you"),
        ("REPETITION", "On 6 February he said it again by the bins, word for word"),
        ("REPETITION", "he has said it again twice"),
        ("FEAR_OF_VIOLENCE", "I am genuinely afraid that he will attack me on the stairs"),
    ],
)

case(
    32, "aggravated_harassment_fear_of_violence", "CRF",
    voice="crime_summary", case="mixed", noise="abbrev", batch="ya",
    pattern="former_landlord_four_racist_threatening_voicemails_in_quarter_hour", relationship="landlord", occasions=4,
    text="""\
MO: Following a dispute over return of deposit, SUSP (former landlord Keith ARNOLD) left four voicemails on IP's phone between 2331 and 2346 on 02/12. In all four he refers to IP as a 'f***ing African' and tells him to 'go back to the jungle'. VM2: 'I'll come to your new place and break your jaw'. VM4: 'I've got your new address, you're dead when I see you'. IP (Mr Chidi Eze) states he is scared - 'he knows where I live now and he sounded like he meant it' - and has not slept since. Deposit dispute itself is with the TDS, not a police matter. SUSP no trace PNC.""",
    spans=[
        ("REPETITION", "left four voicemails on IP's phone between 2331 and 2346"),
        ("RACIAL_HOSTILITY", "refers to IP as a 'f***ing African'"),
        ("RACIAL_HOSTILITY", "go back to the jungle"),
        ("THREAT_VIOLENCE", "I'll come to your new place and break your jaw"),
        ("THREAT_VIOLENCE", "you're dead when I see you"),
        ("FEAR_OF_VIOLENCE", "he is scared - 'he knows where I live now and he sounded like he meant it'"),
        ("DISTRESS", "has not slept since"),
    ],
)

case(
    33, "aggravated_harassment_fear_of_violence", "CRF",
    voice="updates", case="lower", noise="heavy", batch="ya",
    pattern="allotment_holder_anti_sikh_abuse_and_threats_two_dates", relationship="acquaintance", occasions=2,
    text="""\
upd 1 (pc 2290): ip mr d. singh, allotmnt plot 14 greaves ln. susp = plot holder 'mick' (surname tbc). 5/5 susp told ip 'get off my allotments you t***** c***' n 'ill take that spade to ur head'. ip didnt report at the time, thought it was a one off.
upd 2: 19/5 susp came over to ips plot again, knocked his patka off w/ a cane n said 'next time its ur head not ur rag'. ip v scared, thinks susp will attack him next time hes up there alone, hes 68.
upd 3: allotmnt cttee sec confirms susp = michael dowd, dob held. ip shown photo, confirms.""",
    spans=[
        ("RACIAL_HOSTILITY", "you t***** c***"),
        ("THREAT_VIOLENCE", "ill take that spade to ur head"),
        ("REPETITION", "susp came over to ips plot again"),
        ("RACIAL_HOSTILITY", "knocked his patka off w/ a cane"),
        ("THREAT_VIOLENCE", "next time its ur head not ur rag"),
        ("FEAR_OF_VIOLENCE", "thinks susp will attack him next time hes up there alone"),
    ],
)

case(
    34, "aggravated_harassment_fear_of_violence", "CRFD",
    voice="vps", case="mixed", noise="clean", batch="ya",
    pattern="depot_colleague_anti_chinese_abuse_two_threats_victim_quits_job", relationship="colleague", occasions=6,
    text="""\
I want the court to know how this has affected me. For three months at the depot Craig Lowe called me 'Chinky' and 'Covid' in front of the others. Twice, once in the yard in November and once in the locker room in December, he told me he would 'batter me so my own mother won't know me'. I believed him then and I believe it now. I am frightened every time I think about going back. I have not been back to the depot since December. I handed in my notice in January and I now work part time at my uncle's restaurant for less money. I don't go to the gym where he trains any more.""",
    spans=[
        ("REPETITION", "For three months"),
        ("RACIAL_HOSTILITY", "called me 'Chinky' and 'Covid'"),
        ("REPETITION", "Twice, once in the yard in November and once in the locker room in December"),
        ("THREAT_VIOLENCE", "batter me so my own mother won't know me"),
        ("FEAR_OF_VIOLENCE", "I am frightened every time I think about going back"),
        ("SERIOUS_IMPACT", "I handed in my notice in January"),
        ("SERIOUS_IMPACT", "I don't go to the gym where he trains any more"),
    ],
)

case(
    35, "aggravated_stalking", "CSR",
    voice="crime_summary", case="mixed", noise="abbrev", batch="ya",
    pattern="ex_partner_racist_begging_messages_one_voice_note_threat", relationship="ex_partner", occasions=10,
    text="""\
IP (Ms Nadia Bashir) was in a relationship w/ SUSP (Jordan WEBB) for 18 months, ended by IP 10/01. Since then SUSP has messaged IP daily from different numbers, incl. 'your family always hated me, you p*** lot are all the same' and 'no one else will touch a p*** like you'; turned up at her mum's house twice asking to see her; left a teddy and a letter on her car. On 02/02, in a voice note, he said 'if I find out you're with someone I'll put you in a wheelchair'. IP was shaken by that but says the rest is him begging and being nasty - that is the only threat. IP upset, still working, no change to routine. SUSP on bail for unrelated theft.""",
    spans=[
        ("STALK_CONTACT", "messaged IP daily from different numbers"),
        ("RACIAL_HOSTILITY", "you p*** lot are all the same"),
        ("RACIAL_HOSTILITY", "no one else will touch a p*** like you"),
        ("STALK_TURN_UP", "turned up at her mum's house twice asking to see her"),
        ("STALK_GIFTS", "left a teddy and a letter on her car"),
        ("THREAT_VIOLENCE", "I'll put you in a wheelchair"),
        ("DISTRESS", "IP was shaken by that"),
        ("DISTRESS", "IP upset"),
    ],
)

case(
    36, "aggravated_stalking", "CSR",
    voice="statement", case="mixed", noise="typos", batch="ya",
    pattern="older_stranger_fixated_on_hijabi_nurse_threats_she_is_unafraid", relationship="stranger", occasions=10,
    text="""\
I am a student nurse at St Cuthberts. Since about October a man I dont know, white, 50s, grey ponytail, has been waiting at the hospital bus stop when my shift finishes. He follows me to the bus and sits behind me. He talks to me about my hijab and says Islam is a 'disease' and I should 'take that rag off for him'. He has told me he loves me and he leaves chocolate on the bus seat for me. Twice in November he said he would rip it off my head and strangle me with it. I know people will think I should be scared but honestly Im not, he is old and frail and there are always people about, I just want him to stop. Security at the hospital have his picture.""",
    spans=[
        ("STALK_LOITER", "waiting at the hospital bus stop when my shift finishes"),
        ("STALK_FOLLOW", "He follows me to the bus and sits behind me"),
        ("RELIGIOUS_HOSTILITY", "says Islam is a 'disease'"),
        ("RELIGIOUS_HOSTILITY", "take that rag off for him"),
        ("FIXATION", "He has told me he loves me"),
        ("STALK_GIFTS", "he leaves chocolate on the bus seat for me"),
        ("REPETITION", "Twice in November"),
        ("THREAT_VIOLENCE", "he would rip it off my head and strangle me with it"),
    ],
)

case(
    37, "aggravated_stalking", "CSR",
    voice="notebook", case="upper", noise="abbrev", batch="ya",
    pattern="ex_boyfriend_follows_and_racially_abuses_threats_aimed_at_her_father", relationship="ex_partner", occasions=8,
    text="""\
1630 ATT IP ADDR. IP MISS T. CAMPBELL, MIXED RACE. SUSP EX-BF RHYS OWEN, SPLIT 3 MTHS. SINCE SPLIT SUSP HAS FOLLOWED IP FROM WORK ON 4 OCCS (IP HAS SEEN HIS CAR BEHIND HER BUS), SENT OVER 200 MSGS MANY BEGGING, SOME CALLING HER A 'HALF-CASTE SLAG'. SUSP BLAMES IP'S DAD FOR SPLIT. 2X SENT MSGS 'TELL YOUR [RACIAL SLUR] DAD HES GETTING STABBED'. IP STATES SHE IS NOT WORRIED ABOUT HERSELF, SUSP 'WOULD NEVER TOUCH ME', BUT DAD HAS HEART CONDITION AND SHE IS SCARED FOR HIM. DAD INFORMED, SEP CRIME TO BE RAISED FOR DAD. IP UPSET BUT COPING.""",
    spans=[
        ("STALK_FOLLOW", "FOLLOWED IP FROM WORK ON 4 OCCS"),
        ("STALK_CONTACT", "SENT OVER 200 MSGS MANY BEGGING"),
        ("RACIAL_HOSTILITY", "CALLING HER A 'HALF-CASTE SLAG'"),
        ("DISTRESS", "IP UPSET BUT COPING"),
    ],
)

case(
    38, "aggravated_stalking", "CSR",
    voice="result_note", case="mixed", noise="clean", batch="ya",
    pattern="blocked_man_fixates_on_councillor_racist_posts_fear_no_threats", relationship="online", occasions=20,
    text="""\
Result: charged s.2A PHA 1997, racially aggravated under s.32 CDA 1998. Summary for file: Owen Tranter became fixated on the victim, a Bangladeshi-British ward councillor, after she blocked him on X in April. Over five months he created accounts in her name, posted her surgery times and car registration with comments about 'Bangladeshi invaders', attended three of her public surgeries and sat at the back filming her, and emailed her office over 300 times. None of his messages contained a threat of violence. The victim said in interview that she was 'on edge' and frightened that he might do something at a surgery, but she has carried on holding them exactly as before. Bail conditions: no contact, not to attend any council surgery.""",
    spans=[
        ("FIXATION", "became fixated on the victim"),
        ("REPETITION", "Over five months"),
        ("STALK_PUBLISH", "created accounts in her name"),
        ("STALK_PUBLISH", "posted her surgery times and car registration"),
        ("RACIAL_HOSTILITY", "comments about 'Bangladeshi invaders'"),
        ("STALK_TURN_UP", "attended three of her public surgeries"),
        ("STALK_WATCH", "sat at the back filming her"),
        ("STALK_CONTACT", "emailed her office over 300 times"),
        ("DISTRESS", "she was 'on edge'"),
        ("FEAR_OF_VIOLENCE", "frightened that he might do something at a surgery"),
    ],
)

case(
    39, "aggravated_stalking", "CSR",
    voice="call_log", case="lower", noise="abbrev", batch="ya",
    pattern="ex_girlfriend_keys_car_racist_word_threatens_brothers_will_batter_him_he_laughs", relationship="ex_partner", occasions=5,
    text="""\
caller mr ade ogunleye rng re ex gf leanne [surname redacted], split in june. says shes been outside his flat most nights this wk, keyed his car 'w/ a word he wont repeat' - caller confirms its the n-word - and msgs him saying 'no one wants a black c*** like u anyway'. 2x in voice notes (mon + wed) she said shed 'get her brothers to batter' him. caller laughing, says hes not bothered about that at all, 'her brothers are 15 and 12', not scared. wants it logged for his car insurance and wants her told to stop coming round. no dv hx. adv re evidence.""",
    spans=[
        ("STALK_LOITER", "outside his flat most nights this wk"),
        ("STALK_PROPERTY", "keyed his car"),
        ("RACIAL_HOSTILITY", "its the n-word"),
        ("RACIAL_HOSTILITY", "no one wants a black c*** like u anyway"),
        ("REPETITION", "2x in voice notes (mon + wed)"),
        ("THREAT_VIOLENCE", "get her brothers to batter"),
    ],
)

case(
    40, "aggravated_stalking_fear_alarm_distress", "CSRF",
    voice="statement", case="mixed", noise="typos", batch="ya",
    pattern="ex_partner_anti_roma_abuse_watching_workplace_two_threats", relationship="ex_partner", occasions=6,
    text="""\
Me and Gavin were together three years and I left in April because of his drinking. Since then he has been turning up at the car wash where I work, sitting in his van across the road for hours, and messaging me all night. When I dont answer he calls me 'Romanian gypsy trash' and says I was only with him for a passport. On the 3rd of May he messaged 'your going to end up in a ditch where you belong'. On the 17th he was waiting by my car after work and said to my face 'I will kill you before I let you go'. I am very scared of him, he hit me once when we were together. I lock myself in the staff toilet when I see his van.""",
    spans=[
        ("STALK_TURN_UP", "turning up at the car wash where I work"),
        ("STALK_WATCH", "sitting in his van across the road for hours"),
        ("STALK_CONTACT", "messaging me all night"),
        ("RACIAL_HOSTILITY", "Romanian gypsy trash"),
        ("THREAT_VIOLENCE", "your going to end up in a ditch where you belong"),
        ("STALK_LOITER", "waiting by my car after work"),
        ("THREAT_VIOLENCE", "I will kill you before I let you go"),
        ("FEAR_OF_VIOLENCE", "I am very scared of him"),
    ],
)

case(
    41, "aggravated_stalking_fear_alarm_distress", "CSRF",
    voice="supervisor_review", case="mixed", noise="clean", batch="ya",
    pattern="unknown_man_follows_hindu_shopkeeper_repeats_burning_threat", relationship="stranger", occasions=8,
    text="""\
Supervisor's review 22/08. Victim Mrs Meena Patel, 52, runs a dry cleaner's on the High Street. Suspect is an unknown male, IC1, described by her as 'the man in the green jacket'. Over the past month he has followed her from the shop to her car on at least six evenings, photographed her through the shop window, and twice left printed leaflets about 'Hindu idol worshippers going to hell' pushed under the shutter with her name written on them in marker. When he follows her he says 'you'll burn, and I'll be the one to light it' - she says he has said this at least four times now. She is very frightened he will set fire to her or to the shop. Good work so far, CCTV recovered from the bookmaker next door. Outstanding: canvass the other shops on the parade, prepare an appeal image, refer to the hate crime coordinator. Agree with classification.""",
    spans=[
        ("REPETITION", "Over the past month"),
        ("STALK_FOLLOW", "followed her from the shop to her car on at least six evenings"),
        ("STALK_WATCH", "photographed her through the shop window"),
        ("RELIGIOUS_HOSTILITY", "Hindu idol worshippers going to hell"),
        ("STALK_CONTACT", "pushed under the shutter with her name written on them in marker"),
        ("THREAT_VIOLENCE", "you'll burn, and I'll be the one to light it"),
        ("REPETITION", "he has said this at least four times now"),
        ("FEAR_OF_VIOLENCE", "very frightened he will set fire to her or to the shop"),
    ],
)

case(
    42, "aggravated_stalking_fear_alarm_distress", "CSRD",
    voice="victim_diary", case="lower", noise="typos", batch="ya",
    pattern="ex_partner_anti_filipina_posts_no_threats_victim_moves_and_changes_job", relationship="ex_partner", occasions=20,
    text="""\
email to dc harlow 9 march
hi, sorry this is long. since i left mark in october he hasnt stopped. hes never threatned me, i want to be honest about that, he doesnt do threats. but hes outside my work most days, he messages my friends to find out where i am, he put my address and pics on a facebook group calling me a 'filipina gold digger' and 'mail order bride' and hes sent me loads of messages saying i should 'go back to manila with the other whores'. ive moved out of the flat to my cousins in leyton and ive changed jobs because he knew where i worked. i cant sleep. thanks, rosalie""",
    spans=[
        ("STALK_LOITER", "hes outside my work most days"),
        ("STALK_MONITOR", "he messages my friends to find out where i am"),
        ("STALK_PUBLISH", "put my address and pics on a facebook group"),
        ("RACIAL_HOSTILITY", "calling me a 'filipina gold digger' and 'mail order bride'"),
        ("STALK_CONTACT", "hes sent me loads of messages"),
        ("RACIAL_HOSTILITY", "go back to manila with the other whores"),
        ("SERIOUS_IMPACT", "ive moved out of the flat to my cousins in leyton"),
        ("SERIOUS_IMPACT", "ive changed jobs because he knew where i worked"),
        ("DISTRESS", "i cant sleep"),
    ],
)

case(
    43, "aggravated_stalking_fear_alarm_distress", "CSRD",
    voice="mo_field", case="upper", noise="abbrev", batch="ya",
    pattern="neighbour_opposite_watches_follows_racist_slur_one_threat_victim_changes_routine", relationship="neighbour", occasions=6,
    text="""\
SUSP HAS REPEATEDLY WATCHED IP FROM HIS WINDOW OPPOSITE, FOLLOWED HER TO THE GYM ON 3 OCCS AND PUT LETTERS THROUGH HER DOOR DESCRIBING WHAT SHE WAS WEARING. WHEN IP TOLD HIM TO STOP HE CALLED HER A 'JUNGLE BUNNY' AND SAID SHE WAS 'LUCKY HE EVEN LOOKED AT HER'. ON 12/07 HE SAID SHE'D 'GET A SMACK' IF SHE CALLED POLICE AGAIN - ONLY THREAT MADE. IP NOW USES BACK ENTRANCE, HAS CANCELLED GYM MEMBERSHIP AND GETS A TAXI HOME FROM WORK.""",
    spans=[
        ("STALK_WATCH", "WATCHED IP FROM HIS WINDOW OPPOSITE"),
        ("STALK_FOLLOW", "FOLLOWED HER TO THE GYM ON 3 OCCS"),
        ("STALK_CONTACT", "PUT LETTERS THROUGH HER DOOR DESCRIBING WHAT SHE WAS WEARING"),
        ("RACIAL_HOSTILITY", "CALLED HER A 'JUNGLE BUNNY'"),
        ("THREAT_VIOLENCE", "SHE'D 'GET A SMACK' IF SHE CALLED POLICE AGAIN"),
        ("SERIOUS_IMPACT", "IP NOW USES BACK ENTRANCE"),
        ("SERIOUS_IMPACT", "HAS CANCELLED GYM MEMBERSHIP"),
        ("SERIOUS_IMPACT", "GETS A TAXI HOME FROM WORK"),
    ],
)

case(
    44, "aggravated_stalking_fear_alarm_distress", "CSRFD",
    voice="crime_summary", case="inconsistent", noise="heavy", batch="ya",
    pattern="fishing_forum_rival_posts_cartridges_with_anti_muslim_notes", relationship="online", occasions=10,
    text="""\
Crime Summ. IP = Mr Yusuf ADEYEMI-KHAN. SUSP = forum user 'BigLenny' (IDENT: Leonard BRACE) - met IP on a FISHING FORUM, became obsessed after IP beat him in a comp, posts about IP dozens of times a day. SUSP drove 40 miles to IP's home on 2 occasions (ANPR confirms 07/10, 15/10) & on each occ a single shotgun cartridge was pushed thru letterbox, wrapped in a note saying 'MUSLIM VERMIN'. no words of threat said, but ip says 'its obvious, hes going to shoot me'. ip has sent his wife n kids to her mums in bolton, has taken time off work, new CCTV fitted. SUSP HOLDS SHOTGUN CERT - firearms licensing informed.""",
    spans=[
        ("FIXATION", "became obsessed after IP beat him in a comp"),
        ("STALK_PUBLISH", "posts about IP dozens of times a day"),
        ("STALK_TURN_UP", "drove 40 miles to IP's home on 2 occasions"),
        ("THREAT_VIOLENCE", "a single shotgun cartridge was pushed thru letterbox"),
        ("RELIGIOUS_HOSTILITY", "MUSLIM VERMIN"),
        ("FEAR_OF_VIOLENCE", "its obvious, hes going to shoot me"),
        ("SERIOUS_IMPACT", "sent his wife n kids to her mums in bolton"),
        ("SERIOUS_IMPACT", "has taken time off work"),
        ("SERIOUS_IMPACT", "new CCTV fitted"),
    ],
)
