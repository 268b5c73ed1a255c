# ruff: noqa: E501
"""Hand-written narratives, writer yd: victims and reporters writing to the police themselves."""

from corpora.handwritten import case

case(
    1, "no_offence", "R",
    voice="statement", case="mixed", noise="typos", batch="yd",
    pattern="single_racist_remark_stranger_at_bus_stop", relationship="stranger", occasions=1,
    text="""\
ONLINE REPORT - NON EMERGENCY
What happened?: waiting at bus stop Carrow Rd about 5.40pm tuesday. A man I never seen before walked past and said "f***ing go back to Romania you gypsy scum" and spat by my feet, then got on the 22 bus.
Do you know the person?: No
Has this happened before?: No never
How has this affected you?: I was shaking and my friend had to come get me. I am ok now but it was horible""",
    spans=[
        ("RACIAL_HOSTILITY", "f***ing go back to Romania you gypsy scum"),
        ("DISTRESS", "I was shaking and my friend had to come get me"),
    ],
)

case(
    2, "harassment", "C",
    voice="victim_diary", case="mixed", noise="typos", batch="yd",
    pattern="upstairs_neighbour_night_knocking_and_notes_about_baby_noise", relationship="neighbour", occasions=8,
    text="""\
Subject: problem with neighbour flat 4 please help

Dear Neighbourhood Team,

I live in Flat 2, 19 Brindle Court with my wife and baby. The man from Flat 4 above is making very much problem for us. Since start of March he is knocking on our door always late in night, 11pm or midnight, and saying we are too loud, the baby is crying too much, the washing machine is loud. He put the notes under our door, I think 6 or 7 notes now, saying "shut that kid up" and "some of us work". Last week he was knocking three times in one night and shouting on the stairs.

He never say he will hurt us and I dont think he is dangerous man, he is just very angry all the time. My wife is very stressed and she dont want to open the door anymore. Housing association say to contact police because it is now harrassment.

Thank you
Tomasz Wrobel""",
    spans=[
        ("STALK_CONTACT", "he is knocking on our door always late in night"),
        ("REPETITION", "Since start of March"),
        ("STALK_CONTACT", "He put the notes under our door"),
        ("REPETITION", "I think 6 or 7 notes now"),
        ("REPETITION", "knocking three times in one night"),
        ("DISTRESS", "My wife is very stressed"),
    ],
)

case(
    3, "harassment_fear_of_violence", "CF",
    voice="call_log", case="inconsistent", noise="heavy", batch="yd",
    pattern="friends_ex_boyfriend_threatens_teen_in_person_then_instagram", relationship="acquaintance", occasions=2,
    text="""\
WEBCHAT TRANSCRIPT 19/10 2147
Agent (Sam): Hi, you're through to the police webchat. What would you like to report?
User: hi um its about this lad called Kyle he's my mates ex boyfriend
Agent (Sam): OK. What has Kyle done?
User: so basically he thinks i told her to dump him which i didnt. on saturday he came up to me outside the leisure centre and said if i keep chatting s**t he'll break my jaw
User: then last night he messaged me on insta saying "ur dead when i see u, watch ur back"
Agent (Sam): That sounds frightening. How old are you and are you safe right now?
User: im 15. im at home. my mum doesnt know yet
User: honestly im scared hes going to jump me on the way to school hes like 18 and massive
Agent (Sam): OK. Are you happy for us to contact your mum?
User: ok yeah i guess""",
    spans=[
        ("STALK_TURN_UP", "he came up to me outside the leisure centre"),
        ("THREAT_VIOLENCE", "if i keep chatting s**t he'll break my jaw"),
        ("REPETITION", "then last night"),
        ("STALK_CONTACT", "he messaged me on insta"),
        ("THREAT_VIOLENCE", "ur dead when i see u, watch ur back"),
        ("FEAR_OF_VIOLENCE", "im scared hes going to jump me on the way to school"),
    ],
)

case(
    4, "stalking", "CS",
    voice="victim_diary", case="mixed", noise="clean", batch="yd",
    pattern="ex_girlfriend_pleading_messages_gifts_waits_at_mums_no_threats", relationship="ex_partner", occasions=10,
    text="""\
Sorry to bother you, I wasn't sure if this is even something the police deal with so apologies if I'm wasting your time.

I split up with my girlfriend Danielle in August after two years. It was my decision and I've tried to be kind about it. Since then she has messaged me pretty much every day, sometimes 30 or 40 times. It's mostly her saying she loves me, she can't live without me, asking for one more chance, asking me to just meet for a coffee. I've told her clearly lots of times that I don't want to get back together and asked her to stop. She's never threatened me or anything like that and I don't want her to get in trouble really.

Last Sunday she was sat on the wall outside my mum's house when I got there, and two weeks ago she left a card and a box of the biscuits I like on my car windscreen at work.

I'm not scared of her, it's more that it's constant and I don't know how to make it stop. Again, sorry if this is the wrong place.

Ryan""",
    spans=[
        ("STALK_CONTACT", "she has messaged me pretty much every day"),
        ("REPETITION", "sometimes 30 or 40 times"),
        ("FIXATION", "she can't live without me, asking for one more chance"),
        ("UNWANTED", "I've told her clearly lots of times that I don't want to get back together and asked her to stop"),
        ("STALK_LOITER", "she was sat on the wall outside my mum's house"),
        ("STALK_GIFTS", "she left a card and a box of the biscuits I like on my car windscreen"),
    ],
)

case(
    5, "stalking_fear_alarm_distress", "CSD",
    voice="statement", case="mixed", noise="clean", batch="yd",
    pattern="gym_stranger_matches_her_times_watches_follows_she_changes_gym", relationship="stranger", occasions=5,
    text="""\
Report type: Stalking / harassment
Your account:
A man at PureFit on Holloway Lane ("Gaz" per staff) is following me. Over about six weeks he has started turning up at the same times as me, even when I changed from mornings to evenings. He stands by the water fountain and watches me the whole session. On 3rd Feb he followed me out to the car park and stood next to my car while I was loading my bag, asking where I lived "roughly". I said I didn't want to chat. On 11th Feb he was parked two spaces from me and sat in his car until I left, and I think he followed me as far as the roundabout on Kingsway.
He has never threatened me or touched me.
What impact has this had on you?:
I've cancelled my membership and joined a gym in another town 20 minutes away. I now get my husband to pick me up from work.""",
    spans=[
        ("REPETITION", "Over about six weeks"),
        ("STALK_TURN_UP", "he has started turning up at the same times as me, even when I changed from mornings to evenings"),
        ("STALK_WATCH", "watches me the whole session"),
        ("STALK_FOLLOW", "he followed me out to the car park"),
        ("UNWANTED", "I said I didn't want to chat"),
        ("STALK_LOITER", "sat in his car until I left"),
        ("STALK_FOLLOW", "he followed me as far as the roundabout on Kingsway"),
        ("SERIOUS_IMPACT", "I've cancelled my membership and joined a gym in another town 20 minutes away"),
        ("SERIOUS_IMPACT", "I now get my husband to pick me up from work"),
    ],
)

case(
    6, "aggravated_harassment", "CR",
    voice="victim_diary", case="lower", noise="heavy", batch="yd",
    pattern="youths_return_to_corner_shop_racist_abuse_of_owner", relationship="acquaintance", occasions=6,
    text="""\
to police Eastfield

hello i am owner of Star Mini Mart on Dunmore st. i want to report again about the boys from the flats. 4 or 5 boys, about 14 15 age. they come in the shop nearly every evening for 3 week now, they dont buy nothing, they shout at me "paki go home" "smelly p***" and make noise like monkey. saturday they throw can of drink at the counter. yesterday 2 of them come again and say "this is england not your country". i am from Sri Lanka not pakistan but it dont matter, it is very bad for me and my customers see this. my daughter she help me in the shop and now she is crying, she dont want to work in evening.
i have cctv.
Mr R. Selvarajah""",
    spans=[
        ("REPETITION", "nearly every evening for 3 week now"),
        ("STALK_CONTACT", "they shout at me"),
        ("RACIAL_HOSTILITY", "paki go home"),
        ("RACIAL_HOSTILITY", "smelly p***"),
        ("RACIAL_HOSTILITY", "make noise like monkey"),
        ("REPETITION", "yesterday 2 of them come again"),
        ("RACIAL_HOSTILITY", "this is england not your country"),
        ("DISTRESS", "it is very bad for me"),
    ],
)

case(
    7, "aggravated_harassment_fear_of_violence", "CFR",
    voice="call_log", case="mixed", noise="clean", batch="yd",
    pattern="neighbour_racist_abuse_then_two_knife_threats", relationship="neighbour", occasions=3,
    text="""\
101 CALL - TRANSCRIBED
CH: Police, how can I help?
C: Yeah hi, I want to report the bloke at number 31, he's at it again.
CH: OK, what's your name and address please?
C: Kwame Mensah, 27 Pennine Walk.
CH: And what's happened today?
C: I was putting the bins out about half seven and he's come out on his step and gone "oi, monkey, I'll stab you up, you black c***". In front of my kids. Same as Thursday, Thursday he said he'd come round with a blade and "do" me.
CH: Is he still outside?
C: No, he went in. Look I'm not being funny but I'm actually scared of him now, I've been watching the window all night. He's been calling me names since I moved in, May time, but the knife stuff is new.""",
    spans=[
        ("RACIAL_HOSTILITY", "oi, monkey"),
        ("THREAT_VIOLENCE", "I'll stab you up"),
        ("RACIAL_HOSTILITY", "you black c***"),
        ("REPETITION", "Same as Thursday"),
        ("THREAT_VIOLENCE", "he said he'd come round with a blade and \"do\" me"),
        ("FEAR_OF_VIOLENCE", "I'm actually scared of him now"),
        ("REPETITION", "He's been calling me names since I moved in, May time"),
        ("ESCALATION", "the knife stuff is new"),
    ],
)

case(
    8, "aggravated_stalking", "CSR",
    voice="victim_diary", case="mixed", noise="clean", batch="yd",
    pattern="ex_boyfriend_new_numbers_turns_up_at_work_racist_messages", relationship="ex_partner", occasions=6,
    text="""\
Hi,
I'm emailing about my ex, Connor Baines. We were together 18 months and I ended it on 2 January. Since then he won't leave it. He texts and rings constantly, I blocked him so he uses new numbers. When I don't answer the messages turn nasty - things like "you were always a dirty curry muncher anyway" and "go back to your own lot, nobody else would have you". He's also been to my work twice (the Co-op on Fennel St) and stood by the tills until my manager asked him to leave, and on Saturday he was outside my flat at 1am shouting up at the window.
He hasn't threatened to hurt me. I'm not really frightened of him, just sick of it.
Priya""",
    spans=[
        ("STALK_CONTACT", "He texts and rings constantly"),
        ("FIXATION", "I blocked him so he uses new numbers"),
        ("RACIAL_HOSTILITY", "you were always a dirty curry muncher anyway"),
        ("RACIAL_HOSTILITY", "go back to your own lot, nobody else would have you"),
        ("STALK_TURN_UP", "He's also been to my work twice"),
        ("STALK_LOITER", "stood by the tills until my manager asked him to leave"),
        ("STALK_TURN_UP", "he was outside my flat at 1am shouting up at the window"),
    ],
)

case(
    9, "harassment", "C",
    voice="statement", case="upper", noise="clean", batch="yd",
    pattern="shared_driveway_dispute_neighbour_photographs_van_and_films", relationship="neighbour", occasions=6,
    text="""\
SECTION 1 - WHAT ARE YOU REPORTING: HARASSMENT AND STALKING BY NEIGHBOUR
SECTION 2 - DETAILS:
MY NEIGHBOUR AT 8 LARCH CLOSE (MR D HOLLIS) HAS BEEN IN A DISPUTE WITH ME SINCE LAST YEAR ABOUT THE SHARED DRIVEWAY AND WHERE I PARK MY VAN. HE SAYS I BLOCK HIS ACCESS WHICH IS RUBBISH. FOR THE LAST MONTH HE STANDS AT HIS FRONT WINDOW AND TAKES PHOTOS OF MY VAN EVERY MORNING WHEN I LEAVE FOR WORK AND AGAIN WHEN I GET BACK. HE HAS PUT 3 LETTERS THROUGH MY DOOR SAYING HE WILL GO TO HIS SOLICITOR AND CALLING ME A "SELFISH IGNORANT OAF". ON 12/06 HE CAME OUT AND FILMED ME ON HIS PHONE WHILE HAVING A GO AT ME ABOUT THE BOUNDARY LINE FOR 10 MINUTES. THIS IS STALKING PURE AND SIMPLE.
SECTION 4 - WHAT WOULD YOU LIKE TO HAPPEN: I WANT HIM SPOKEN TO AND TOLD TO STOP PHOTOGRAPHING MY PROPERTY. IT IS WINDING MY WIFE UP AND IT IS WINDING ME UP.""",
    spans=[
        ("REPETITION", "FOR THE LAST MONTH"),
        ("STALK_WATCH", "STANDS AT HIS FRONT WINDOW AND TAKES PHOTOS OF MY VAN EVERY MORNING"),
        ("STALK_CONTACT", "HE HAS PUT 3 LETTERS THROUGH MY DOOR"),
        ("STALK_CONTACT", "CALLING ME A \"SELFISH IGNORANT OAF\""),
        ("STALK_WATCH", "FILMED ME ON HIS PHONE WHILE HAVING A GO AT ME"),
        ("DISTRESS", "IT IS WINDING ME UP"),
    ],
)

case(
    10, "stalking", "CS",
    voice="victim_diary", case="mixed", noise="clean", batch="yd",
    pattern="dating_app_match_refuses_rejection_flowers_waits_opposite_office", relationship="online", occasions=6,
    text="""\
I went on one date with "Jay" from Hinge on 22 July and messaged him the next day to say I didn't want a second date. Since then:
- he has messaged me on WhatsApp about 15 times a week, long messages saying we have a "connection" and I'm "scared of being happy"
- he sent flowers to my office on 8 August with a card saying "I'm not giving up on us"
- he has commented on nearly every one of my Instagram posts even after I blocked him on Hinge
- last Thursday he was sitting in the window of the cafe opposite my office when I came out at lunch. He waved.

I've told him three times to stop contacting me. I'm honestly on edge all the time and I'm not sleeping well, I keep checking who is behind me.

Thanks,
Hannah""",
    spans=[
        ("UNWANTED", "I didn't want a second date"),
        ("STALK_CONTACT", "he has messaged me on WhatsApp about 15 times a week"),
        ("FIXATION", "saying we have a \"connection\" and I'm \"scared of being happy\""),
        ("STALK_GIFTS", "he sent flowers to my office"),
        ("FIXATION", "I'm not giving up on us"),
        ("STALK_CONTACT", "he has commented on nearly every one of my Instagram posts"),
        ("STALK_LOITER", "he was sitting in the window of the cafe opposite my office"),
        ("UNWANTED", "I've told him three times to stop contacting me"),
        ("DISTRESS", "I'm honestly on edge all the time and I'm not sleeping well"),
    ],
)

case(
    11, "aggravated_stalking_fear_alarm_distress", "CSFR",
    voice="statement", case="mixed", noise="clean", batch="yd",
    pattern="ex_husband_breaches_restraining_order_racist_threats_to_kill", relationship="ex_partner", occasions=3,
    text="""\
Online crime report - ref will be emailed
Offence type selected: Breach of restraining order
Tell us what happened:
My ex husband Lee Kirwan has a restraining order from Teesford Magistrates in March saying he can't come to my address or contact me. On Friday night (25th) he was at my front door banging on it for about 5 min shouting "open the door you black b***h, I'm going to kill you". I didn't open it. Then Sunday morning he was across the road by the phone box just watching the house for nearly an hour. Tonight he rang from a withheld number and said "you and your n***** family won't know what's hit you, I'll burn the place down with you in it".
I am absolutely terrified. I believe he will hurt me. He did it before when we were married which is why I have the order.
Are you in danger now?: I don't know. Doors are locked.
Suspect details: Lee Kirwan, 41, white, shaved head, drives silver Astra""",
    spans=[
        ("STALK_TURN_UP", "he was at my front door banging on it for about 5 min"),
        ("RACIAL_HOSTILITY", "you black b***h"),
        ("THREAT_VIOLENCE", "I'm going to kill you"),
        ("STALK_WATCH", "he was across the road by the phone box just watching the house for nearly an hour"),
        ("STALK_CONTACT", "he rang from a withheld number"),
        ("RACIAL_HOSTILITY", "you and your n***** family"),
        ("THREAT_VIOLENCE", "I'll burn the place down with you in it"),
        ("FEAR_OF_VIOLENCE", "I am absolutely terrified. I believe he will hurt me"),
    ],
)

case(
    12, "no_offence", "",
    voice="statement", case="mixed", noise="clean", batch="yd",
    pattern="debt_recovery_letters_and_enforcement_visit_called_harassment", relationship="business", occasions=0,
    text="""\
FAO Chief Inspector / whoever deals with harassment

I want to make a formal complaint of HARASSMENT against Lowmoor Credit Recovery Ltd. Since April, 5 letters and about 2 phone calls a week about a catalogue debt of £640 which I dispute, asking me to set up a payment plan. Last Tuesday an enforcement officer came to my door, polite I'll give him that, but the whole street saw. I'm 67 and this is intimidation.

Not abusive or rude to be fair, it's the constant letters.

Yours,
Mr G. Pettifer""",
    spans=[],
)

case(
    13, "harassment_fear_of_violence", "CF",
    voice="statement", case="mixed", noise="clean", batch="yd",
    pattern="neighbours_son_threatens_elderly_man_twice_after_parish_complaint", relationship="neighbour", occasions=2,
    text="""\
Dear Sir or Madam,

I am 81 years of age and live alone at 4 Orchard Row, Little Benham.

The young man who lives with his mother at number 6, I believe his name is Dean, has taken against me since I complained to the Parish Council about his motorcycle on the green. On the 2nd of this month he stopped me by my gate and told me that if I "grassed" on him again he would "put me in the ground". I am afraid to say I did not sleep that night. Then on Wednesday last, when I was coming back from the post office, he rode his motorcycle up onto the pavement beside me and said "remember what I told you old man, I meant it."

I am frightened he will attack me. I am not as steady as I was and I would not be able to defend myself.

Yours faithfully,
Arthur Penhale""",
    spans=[
        ("STALK_CONTACT", "he stopped me by my gate"),
        ("THREAT_VIOLENCE", "he would \"put me in the ground\""),
        ("DISTRESS", "I did not sleep that night"),
        ("STALK_CONTACT", "he rode his motorcycle up onto the pavement beside me"),
        ("THREAT_VIOLENCE", "remember what I told you old man, I meant it."),
        ("FEAR_OF_VIOLENCE", "I am frightened he will attack me"),
    ],
)

case(
    14, "stalking_fear_alarm_distress", "CSFD",
    voice="call_log", case="mixed", noise="clean", batch="yd",
    pattern="ex_breaches_non_molestation_order_turning_up_repeats_threat", relationship="ex_partner", occasions=4,
    text="""\
CALL TRANSCRIPT - 101 NON EMERGENCY - 0912HRS
Caller: Hello, I need to report that my ex has broken his non-molestation order again.
Operator: OK, can I take your name?
Caller: Shannon Reilly. The order's against Marc Doyle, it was made in January, he's not to come within 100 metres of my house or my work.
Operator: When did he break it?
Caller: This morning at ten to eight he was stood at the end of my road when I came out with the kids. And Monday he was in the car park at work, at the hospital, sat in his car. He just stares. The Monday before that he was at the school gates, he doesn't even have contact with them, the kids aren't his.
Operator: Did he say anything to you today?
Caller: He shouted "I told you I'd finish you" as I was getting the kids in the car. He said the same thing on a voicemail at Christmas, before the order.
Operator: Are you frightened of him?
Caller: Yes. I'm petrified, honestly. I've moved the kids to my mum's for now and I've been off work sick since Monday because I can't face the car park.
Operator: Right, I'm going to raise this as urgent...""",
    spans=[
        ("REPETITION", "again"),
        ("STALK_LOITER", "he was stood at the end of my road when I came out with the kids"),
        ("STALK_LOITER", "he was in the car park at work, at the hospital, sat in his car"),
        ("STALK_WATCH", "He just stares"),
        ("STALK_TURN_UP", "he was at the school gates"),
        ("THREAT_VIOLENCE", "I told you I'd finish you"),
        ("REPETITION", "He said the same thing on a voicemail at Christmas"),
        ("FEAR_OF_VIOLENCE", "I'm petrified, honestly"),
        ("SERIOUS_IMPACT", "I've moved the kids to my mum's for now"),
        ("SERIOUS_IMPACT", "I've been off work sick since Monday"),
    ],
)

case(
    15, "aggravated_harassment", "CR",
    voice="statement", case="mixed", noise="clean", batch="yd",
    pattern="neighbour_repeated_anti_muslim_remarks_over_garden_fence", relationship="neighbour", occasions=6,
    text="""\
What are you reporting?: Harassment
Description of incident:
I live at 22 Calder Street. The woman next door at 24 (I think her name is Bev) has been making comments to me every time she sees me for the past 2 months. I wear a hijab. She says things like "take that rag off your head", "you lot are all terrorists", "go and pray to your bomb god". It happens when I am hanging washing in the garden or coming back from school run. On Monday she banged on the fence while I was on the phone and shouted "Allah this Allah that, shut up". She has not threatened to hurt me.
I have tried to ignore her. I feel humiliated and upset.""",
    spans=[
        ("STALK_CONTACT", "has been making comments to me every time she sees me"),
        ("REPETITION", "for the past 2 months"),
        ("RELIGIOUS_HOSTILITY", "take that rag off your head"),
        ("RELIGIOUS_HOSTILITY", "you lot are all terrorists"),
        ("RELIGIOUS_HOSTILITY", "go and pray to your bomb god"),
        ("RELIGIOUS_HOSTILITY", "Allah this Allah that, shut up"),
        ("DISTRESS", "I feel humiliated and upset"),
    ],
)

case(
    16, "aggravated_harassment_fear_of_violence", "CFRD",
    voice="victim_diary", case="mixed", noise="clean", batch="yd",
    pattern="bus_passenger_abuses_sikh_driver_about_turban_threatens_twice", relationship="customer", occasions=9,
    text="""\
Subject: Passenger on the 41 route - threats

Hi PC Lowther,

You gave me your card when you came to the depot in November so I hope it's ok to email you directly.

There is a passenger who gets on my bus at the Fenwick Road stop, white man, 30s, usually with a staffy. He has been on my bus maybe 8 or 9 times since the start of January and each time he has a go at me about my turban. "Take your tea towel off", "Bin Laden's driving" etc. I'm Sikh, not that it should matter. I've just kept driving.

On 30 January he leaned through the cab screen gap and said "one day I'm going to pull that thing off and stab you with your own knife" (meaning my kirpan I think). Then yesterday 6 Feb he got off and said "see you tomorrow, towel head, you're getting it". I have not slept properly since. I genuinely think he is going to attack me, and the depot have now moved me off the 41 at my request.

CCTV on bus 3317 will have both. I can give you the exact times from my duty card.

Thanks
Harjit Dhillon""",
    spans=[
        ("REPETITION", "maybe 8 or 9 times since the start of January"),
        ("STALK_CONTACT", "each time he has a go at me about my turban"),
        ("RELIGIOUS_HOSTILITY", "Take your tea towel off"),
        ("RELIGIOUS_HOSTILITY", "Bin Laden's driving"),
        ("THREAT_VIOLENCE", "one day I'm going to pull that thing off and stab you with your own knife"),
        ("RELIGIOUS_HOSTILITY", "towel head"),
        ("THREAT_VIOLENCE", "you're getting it"),
        ("DISTRESS", "I have not slept properly since"),
        ("FEAR_OF_VIOLENCE", "I genuinely think he is going to attack me"),
        ("SERIOUS_IMPACT", "the depot have now moved me off the 41 at my request"),
    ],
)

case(
    17, "harassment", "C",
    voice="call_log", case="mixed", noise="clean", batch="yd",
    pattern="unhappy_cake_customer_three_abusive_voicemails_minutes_apart", relationship="customer", occasions=3,
    text="""\
101 transcript, 14:32
Caller: Yeah, I run a little cake business from home, Sugar & Crumb, and I've got a woman, a customer, who's been leaving me abusive voicemails. I want it logged.
Handler: OK. When did they come in?
Caller: Last night. Three of them, one at 11.02, one at 11.06, one at 11.09. She ordered a birthday cake, she wasn't happy with the colour of the icing, I offered a partial refund. First message she calls me a "thieving fat cow". Second one she says she's going to tell everyone I'm a con artist and "you're a disgusting excuse for a woman". Third one is just screaming basically, swearing, calling me a useless bitch.
Handler: Has she threatened you at all?
Caller: No, no threats. It's just vile. I was in tears, my husband had to take the phone off me.
Handler: OK, keep those voicemails. I'll create a log.""",
    spans=[
        ("STALK_CONTACT", "leaving me abusive voicemails"),
        ("REPETITION", "Three of them, one at 11.02, one at 11.06, one at 11.09"),
        ("STALK_CONTACT", "she calls me a \"thieving fat cow\""),
        ("STALK_CONTACT", "you're a disgusting excuse for a woman"),
        ("STALK_CONTACT", "calling me a useless bitch"),
        ("DISTRESS", "I was in tears"),
    ],
)

case(
    18, "stalking", "CS",
    voice="call_log", case="inconsistent", noise="heavy", batch="yd",
    pattern="ex_on_bail_uses_friends_to_message_and_sit_outside_her_house", relationship="ex_partner", occasions=8,
    text="""\
Webchat 02/03 1811hrs
Customer: hi my ex jordan is on bail not to contact me and he hasnt but his mates are doing it for him. callum messages me nearly everyday saying jordan misses me and that jordan "isnt going anywhere". tyler sits outside my house in his car most nights, like 5 times in 2 weeks. then a parcel came with a teddy and a note in jordans writing "us forever x". i've told them all to leave me alone
Operator: Are you feeling safe?
Customer: im not scared of them tbh its just doing my head in""",
    spans=[
        ("STALK_CONTACT", "callum messages me nearly everyday saying jordan misses me"),
        ("FIXATION", "jordan \"isnt going anywhere\""),
        ("STALK_LOITER", "sits outside my house in his car most nights"),
        ("REPETITION", "like 5 times in 2 weeks"),
        ("STALK_GIFTS", "a parcel came with a teddy and a note in jordans writing"),
        ("FIXATION", "us forever x"),
        ("UNWANTED", "i've told them all to leave me alone"),
        ("DISTRESS", "its just doing my head in"),
    ],
)

case(
    19, "aggravated_stalking", "CSR",
    voice="statement", case="mixed", noise="clean", batch="yd",
    pattern="neighbour_across_courtyard_watches_and_posts_racist_photos_of_her", relationship="neighbour", occasions=6,
    text="""\
To the Neighbourhood Policing Team, Westbury

I am writing about the man in the flat opposite mine, across the courtyard at Marlowe House. I don't know his full name, the other residents call him Stuart.

For around three months he has been watching me. Whenever I open my curtains he is at his window, and several times I have seen him with binoculars or his phone pointed at my flat. He has posted photos of me on the residents' Facebook group, taken from his window, of me in my kitchen, with captions like "our resident Chinky spreading covid again" and "ching chong neighbour up late again". I reported these to the admin and they were taken down but he posts new ones. On 14 May I found my doormat had been cut up and someone had written "go home" on my door in marker pen. I can't prove that was him.

There is no dispute between us - I have never spoken to him. I am very upset and embarrassed that people in my building see these posts.

Yours sincerely,
Mei Lin Zhao""",
    spans=[
        ("REPETITION", "For around three months"),
        ("STALK_WATCH", "he has been watching me"),
        ("STALK_WATCH", "with binoculars or his phone pointed at my flat"),
        ("STALK_PUBLISH", "He has posted photos of me on the residents' Facebook group"),
        ("RACIAL_HOSTILITY", "our resident Chinky spreading covid again"),
        ("RACIAL_HOSTILITY", "ching chong neighbour up late again"),
        ("REPETITION", "he posts new ones"),
        ("DISTRESS", "I am very upset and embarrassed"),
    ],
)

case(
    20, "harassment_fear_of_violence", "CF",
    voice="victim_diary", case="inconsistent", noise="typos", batch="yd",
    pattern="former_landlord_deposit_dispute_two_threats_turns_up_new_flat", relationship="landlord", occasions=5,
    text="""\
subject: THREATS FROM MY LANDLORD!!!!

My ex landlord Gary Nuttall (owns 14 + 16 Selby Terrace) is refusing to give back my £900 deposit which is a civil thing I know, I've gone to the deposit scheme. BUT since I started the dispute he has rang me 4 times and on the 3rd he said "keep pushing this and I'll come and break your legs son". I laughed it off at first but then on friday he turned up at my new flat (how has he even got the address??) and said to my face "last warning, drop it or you'll be in hospital". He is a big bloke with a history.

I am scared to leave the flat now. I have been looking out the window everytime a car pulls up. This is harrasment and threats and I want him arrested.

Dan Kowalczyk""",
    spans=[
        ("STALK_CONTACT", "he has rang me 4 times"),
        ("THREAT_VIOLENCE", "keep pushing this and I'll come and break your legs son"),
        ("STALK_TURN_UP", "he turned up at my new flat"),
        ("THREAT_VIOLENCE", "last warning, drop it or you'll be in hospital"),
        ("FEAR_OF_VIOLENCE", "I am scared to leave the flat now"),
    ],
)

case(
    21, "aggravated_stalking_fear_alarm_distress", "CSRD",
    voice="statement", case="mixed", noise="heavy", batch="yd",
    pattern="stranger_on_bus_whispers_anti_muslim_abuse_follows_student", relationship="stranger", occasions=4,
    text="""\
Report online – Hate incident / Stalking
Please describe: I am student at City College. There is one man who get on same bus with me, the number 9, from Radford. From 2 weeks ago he sit behind me and say bad words about my religion quietly in my ear, "muslim whore", "your prophet is paedo". Then he get off the bus at same stop as me and walk behind me to the college gate. This happen 4 times, Monday, Tuesday, Thursday and again Monday. Last time he follow me also to the library and wait outside. I never talk with him, I dont know him.
How has this affected you: I am very afraid of this man. Now I dont take bus 9 anymore, my brother drive me to college every day and pick me after, and I changed my library day.
Description of the person: maybe 40 years, white, tall, glasses, black coat, smell of cigarette""",
    spans=[
        ("STALK_CONTACT", "he sit behind me and say bad words about my religion quietly in my ear"),
        ("RELIGIOUS_HOSTILITY", "muslim whore"),
        ("RELIGIOUS_HOSTILITY", "your prophet is paedo"),
        ("STALK_FOLLOW", "walk behind me to the college gate"),
        ("REPETITION", "This happen 4 times, Monday, Tuesday, Thursday and again Monday"),
        ("STALK_FOLLOW", "he follow me also to the library and wait outside"),
        ("DISTRESS", "I am very afraid of this man"),
        ("SERIOUS_IMPACT", "Now I dont take bus 9 anymore, my brother drive me to college every day"),
        ("SERIOUS_IMPACT", "I changed my library day"),
    ],
)

case(
    22, "stalking_fear_alarm_distress", "CSD",
    voice="statement", case="mixed", noise="clean", batch="yd",
    pattern="former_gardener_fixated_on_elderly_widow_calls_visits_watches", relationship="business", occasions=10,
    text="""\
Dear Officer,

My daughter has told me to write this down so here it is. I am 78 and a widow.

Last spring I employed a young man, Kevin, to do my garden once a fortnight. In September I let him go as my nephew now does it. Since then he will not leave me be. He telephones most days, sometimes three or four times, to say he misses our chats and I am "like a mother to him". He has come to the door on at least six occasions, once with a bunch of chrysanthemums, and I have found him standing at the bottom of the garden by the shed looking at the house. Twice now I have seen his van parked outside the Spar when I came out, and he offered me a lift home, which I refused. I have told him very firmly I do not want him calling.

He has never been unpleasant or threatening. But I have had all the locks changed, I have put the telephone on the answering machine permanently and I no longer go to the shops on my own - my daughter takes me on Saturdays.

Yours sincerely,
Mrs Edna Calloway""",
    spans=[
        ("STALK_CONTACT", "He telephones most days, sometimes three or four times"),
        ("FIXATION", "I am \"like a mother to him\""),
        ("STALK_TURN_UP", "He has come to the door on at least six occasions"),
        ("STALK_GIFTS", "once with a bunch of chrysanthemums"),
        ("STALK_WATCH", "standing at the bottom of the garden by the shed looking at the house"),
        ("STALK_LOITER", "his van parked outside the Spar when I came out"),
        ("UNWANTED", "I have told him very firmly I do not want him calling"),
        ("SERIOUS_IMPACT", "I have had all the locks changed"),
        ("SERIOUS_IMPACT", "I no longer go to the shops on my own"),
    ],
)

case(
    23, "no_offence", "",
    voice="call_log", case="mixed", noise="clean", batch="yd",
    pattern="one_off_mutual_shouting_match_over_recycling_bins", relationship="neighbour", occasions=1,
    text="""\
101 call – 1947
Caller: I want to report my neighbour Jackie at 12 for harassment. It's the bins. She's put her recycling in my green bin, so I took it out and put it back on her drive, and she's come out screaming at me, calling me a nosy old witch, so I've told her exactly what I think of her, I'm not going to lie, I called her a few things as well. Then her husband came out and it all kicked off, we were both at it for a good ten minutes in the street.
Call handler: Did anyone get hurt or threaten anyone?
Caller: No, no. Nobody touched anybody.
Call handler: Has anything happened before today?
Caller: Not really, we've always said hello. It's just today. But I want it on record.""",
    spans=[],
)

case(
    24, "aggravated_harassment", "CR",
    voice="call_log", case="mixed", noise="typos", batch="yd",
    pattern="warehouse_colleague_anti_polish_whatsapp_messages", relationship="colleague", occasions=20,
    text="""\
101 CALL TRANSCRIPT
Operator: Northshire Police, is this an emergency or non emergency?
Caller: Not emergency. I want report a man from my work, he sending me messages.
Operator: OK, what kind of messages?
Caller: He is in my team at warehouse, in Daventry. Since maybe six weeks he send me on WhatsApp pictures and messages, "Polish rats go home", "you steal our jobs dirty pole", picture of a rat with Polish flag. Maybe twenty messages. Also when we are on shift he is saying "kurwa" to me and laughing, like he make fun of my language.
Operator: Has he threatened you?
Caller: No. Is not threat. Is just every day this. I am not sleeping good, my wife is worry.""",
    spans=[
        ("REPETITION", "Since maybe six weeks"),
        ("STALK_CONTACT", "he send me on WhatsApp pictures and messages"),
        ("RACIAL_HOSTILITY", "Polish rats go home"),
        ("RACIAL_HOSTILITY", "you steal our jobs dirty pole"),
        ("RACIAL_HOSTILITY", "picture of a rat with Polish flag"),
        ("REPETITION", "Maybe twenty messages"),
        ("STALK_CONTACT", "he is saying \"kurwa\" to me and laughing"),
        ("REPETITION", "Is just every day this"),
        ("DISTRESS", "I am not sleeping good"),
    ],
)

case(
    25, "aggravated_harassment_fear_of_violence", "CFR",
    voice="statement", case="mixed", noise="typos", batch="yd",
    pattern="villager_drives_to_traveller_site_anti_traveller_threats_to_burn", relationship="stranger", occasions=2,
    text="""\
To Inspector Hale,

I am writing this with help from the lady at the Traveller Liaison because my writing is not great.

My name is Bridget Ward and I live on the Longacre site with my husband and children. There is a man from Hatherley village, he drives a red pickup, who has been coming down the lane past our pitch. Three weeks ago he stopped and shouted at me "dirty pikey scum, we're going to burn you out". Last Sunday night he came again about 11 oclock, revved the engine outside my trailer and shouted "you're first, p***y b***h, you'll go up with the caravan".

I am scared for my life and my kids. I dont sleep now till my husband is home. Other men on the site saw him on the Sunday.

Please do something before something happens.

Bridget Ward""",
    spans=[
        ("RACIAL_HOSTILITY", "dirty pikey scum"),
        ("THREAT_VIOLENCE", "we're going to burn you out"),
        ("REPETITION", "Last Sunday night he came again"),
        ("RACIAL_HOSTILITY", "p***y b***h"),
        ("THREAT_VIOLENCE", "you'll go up with the caravan"),
        ("FEAR_OF_VIOLENCE", "I am scared for my life and my kids"),
        ("DISTRESS", "I dont sleep now till my husband is home"),
    ],
)

case(
    26, "aggravated_stalking", "CSR",
    voice="victim_diary", case="mixed", noise="clean", batch="yd",
    pattern="language_app_contact_rejected_fake_accounts_antisemitic_abuse", relationship="online", occasions=6,
    text="""\
Hi there,

Long story, sorry. I met a guy called Rafael on a language app last year, met once for a drink in a group. In April he asked me out, I said no thanks, I'm seeing someone (Josh, we've just moved in together, which is a whole other saga with the landlord!!).

Anyway since then Rafael will not let it go. He set up three new accounts after I blocked him, messages me saying we are "meant to be" and that Josh is "not good enough". When I still said no the messages changed, he found out I'm Jewish from my Instagram and now it's "typical Jew b***h, only cares about money", "your people are parasites", stuff like that. Two Saturdays ago he was standing across from the synagogue when I came out with my mum. Didn't approach, just watched. He also emailed my work saying I'm "a liar".

Not frightened exactly but it's a lot. What do I do?

Rachel""",
    spans=[
        ("UNWANTED", "I said no thanks"),
        ("FIXATION", "He set up three new accounts after I blocked him"),
        ("STALK_CONTACT", "messages me saying we are \"meant to be\""),
        ("RELIGIOUS_HOSTILITY", "typical Jew b***h, only cares about money"),
        ("RELIGIOUS_HOSTILITY", "your people are parasites"),
        ("STALK_WATCH", "he was standing across from the synagogue when I came out with my mum"),
        ("STALK_PUBLISH", "He also emailed my work saying I'm \"a liar\""),
    ],
)

case(
    27, "harassment", "CD",
    voice="victim_diary", case="mixed", noise="clean", batch="yd",
    pattern="coworker_homophobic_messages_victim_signed_off_sick", relationship="colleague", occasions=25,
    text="""\
Subject: Homophobic abuse from coworker

I work at Brightwell Motors on the industrial estate. Since I came out at work in the summer one of the mechanics, Shane Moxley, has been sending me messages on Facebook Messenger and Snapchat. At first it was "jokes", now it's every few days: "bent", "f****t", "keep away from me in the changing room you nonce", a gif of a man being pushed off a building. Around 25 messages since July. He's never threatened me himself but the gif is pretty obvious. In person at work he doesn't say a thing.

HR have been useless. I've been signed off by my GP with stress since 2 October and I've started looking for another job because I can't go back in there.

Owen""",
    spans=[
        ("STALK_CONTACT", "has been sending me messages on Facebook Messenger and Snapchat"),
        ("REPETITION", "now it's every few days"),
        ("STALK_CONTACT", "keep away from me in the changing room you nonce"),
        ("THREAT_VIOLENCE", "a gif of a man being pushed off a building"),
        ("REPETITION", "Around 25 messages since July"),
        ("SERIOUS_IMPACT", "I've been signed off by my GP with stress since 2 October"),
    ],
)

case(
    28, "aggravated_stalking_fear_alarm_distress", "CSRD",
    voice="statement", case="mixed", noise="abbrev", batch="yd",
    pattern="neighbour_logs_family_movements_racist_shouts_damage_they_move_bedroom", relationship="neighbour", occasions=6,
    text="""\
Online report
Incident type: Criminal damage / hate
Your account (please include dates):
Since we moved into 5 Ashby Crescent in June the man at no. 7 (older, lives alone, name Roy I think) has been targeting us. He sits in a deckchair at the end of his drive and watches our house for hours, writes down when we come and go in a notebook (my son saw it). 2/8 someone wrote "PAKIS OUT" on our garage door in red spray paint. 19/8 our car tyres were let down and there was a bacon rasher stuck under the wiper. 3/9 he was stood at our front window at 6am looking in. He shouts "curry stinkers" at my wife when she walks past. We have camera now and it showed him at the car on 19/8.
Impact: My wife will not go in the front garden anymore. We have moved our bedroom to the back of the house and I put CCTV up (cost £400). My kids are scared.
Suspect: Roy, no. 7""",
    spans=[
        ("STALK_WATCH", "watches our house for hours"),
        ("STALK_MONITOR", "writes down when we come and go in a notebook"),
        ("STALK_PROPERTY", "our car tyres were let down"),
        ("RELIGIOUS_HOSTILITY", "a bacon rasher stuck under the wiper"),
        ("STALK_WATCH", "he was stood at our front window at 6am looking in"),
        ("RACIAL_HOSTILITY", "curry stinkers"),
        ("SERIOUS_IMPACT", "My wife will not go in the front garden anymore"),
        ("SERIOUS_IMPACT", "We have moved our bedroom to the back of the house and I put CCTV up"),
        ("DISTRESS", "My kids are scared"),
    ],
)

case(
    29, "harassment_fear_of_violence", "CFD",
    voice="call_log", case="mixed", noise="clean", batch="yd",
    pattern="block_resident_disablist_abuse_of_wheelchair_user_two_threats", relationship="neighbour", occasions=4,
    text="""\
101 – transcribed call
CH: Police non-emergency, how can I help?
C: It's about a man in my block. I'm a wheelchair user, I live on the ground floor at Heron Court. This man on the first floor, Wes, he's been having a go at me in the lobby for weeks. Calls me a "spastic", "cripple", says I'm a "waste of benefits".
CH: I'm sorry to hear that. Has he made any threats?
C: Tuesday he said if I report him to the housing he'll tip me out of my chair and stamp on me. And then this morning he stood in front of the lift so I couldn't get in and said "you're getting tipped, just wait".
CH: How are you feeling about that?
C: Honestly? I'm frightened. I can't exactly run away can I. I've been waiting till I hear him go out before I leave the flat.""",
    spans=[
        ("STALK_CONTACT", "he's been having a go at me in the lobby"),
        ("REPETITION", "for weeks"),
        ("THREAT_VIOLENCE", "he'll tip me out of my chair and stamp on me"),
        ("STALK_CONTACT", "he stood in front of the lift so I couldn't get in"),
        ("THREAT_VIOLENCE", "you're getting tipped, just wait"),
        ("FEAR_OF_VIOLENCE", "I'm frightened. I can't exactly run away can I"),
        ("SERIOUS_IMPACT", "I've been waiting till I hear him go out before I leave the flat"),
    ],
)

case(
    30, "aggravated_stalking_fear_alarm_distress", "CSFR",
    voice="call_log", case="mixed", noise="clean", batch="yd",
    pattern="fixated_tiktok_viewer_racist_posts_street_name_threatens_twice", relationship="online", occasions=8,
    text="""\
Live chat log – 23/11 – 22:14
Advisor: Good evening, you're chatting with Northshire Police. What's happened?
User: Hi. I do TikTok lives, about 40k followers. There is a guy, username @cold_truth_88, who has been in my comments every single stream since August. At first he was obsessed, like asking me to marry him, saying I'm his "only reason to live". When I blocked him he made new accounts.
Advisor: I'm sorry. Has it changed recently?
User: Yes it's got worse. He found out my family is from Ghana and now it's all "monkey", "jungle b***h go back to Africa". He made a whole account just posting screenshots of me and my street name. Last week he wrote "I know where you live, I'm coming to put you down like the animal you are". Tonight he commented "tick tock, 3 days".
Advisor: Are you in immediate danger right now?
User: I don't think so, my door is locked. But I am genuinely terrified he's going to turn up and kill me.
Advisor: OK. I'm going to ask an officer to call you tonight. Can you give me your address and phone number?""",
    spans=[
        ("STALK_CONTACT", "who has been in my comments every single stream since August"),
        ("FIXATION", "saying I'm his \"only reason to live\""),
        ("FIXATION", "When I blocked him he made new accounts"),
        ("ESCALATION", "it's got worse"),
        ("RACIAL_HOSTILITY", "monkey"),
        ("RACIAL_HOSTILITY", "jungle b***h go back to Africa"),
        ("STALK_PUBLISH", "He made a whole account just posting screenshots of me and my street name"),
        ("THREAT_VIOLENCE", "I know where you live, I'm coming to put you down like the animal you are"),
        ("THREAT_VIOLENCE", "tick tock, 3 days"),
        ("FEAR_OF_VIOLENCE", "I am genuinely terrified he's going to turn up and kill me"),
    ],
)

case(
    31, "stalking", "CS",
    voice="statement", case="mixed", noise="clean", batch="yd",
    pattern="ex_husband_jealous_of_new_partner_texts_turns_up_threats_not_feared", relationship="ex_partner", occasions=15,
    text="""\
To whom it may concern

My ex husband Steve Farrow. Divorced 2 years, all sorted. Since he found out I'm seeing someone (5 weeks ago) he's been texting me 10, 20 times a day, turning up at the pub where I work on a Friday and sitting at the bar all night staring at me, and he's driven past my house I'd say most days. Twice he's said he'll "smash my face in" if he sees me with Pete, once in a text, once to my face in the car park.

I am not frightened of Steve, he's all mouth. But it's embarrassing, it's affecting my job and I want him told to pack it in.

Carol""",
    spans=[
        ("STALK_CONTACT", "he's been texting me 10, 20 times a day"),
        ("STALK_TURN_UP", "turning up at the pub where I work on a Friday"),
        ("STALK_WATCH", "sitting at the bar all night staring at me"),
        ("STALK_WATCH", "he's driven past my house I'd say most days"),
        ("REPETITION", "Twice he's said"),
        ("THREAT_VIOLENCE", "he'll \"smash my face in\" if he sees me with Pete"),
        ("REPETITION", "once in a text, once to my face in the car park"),
        ("DISTRESS", "it's embarrassing, it's affecting my job"),
    ],
)

case(
    32, "stalking_fear_alarm_distress", "CSF",
    voice="call_log", case="inconsistent", noise="heavy", batch="yd",
    pattern="teen_ex_boyfriend_tracks_snap_map_turns_up_two_threats", relationship="ex_partner", occasions=5,
    text="""\
Webchat 14/05 16:02
User: hi im 16 and my ex wont leave me alone. we broke up 3 weeks ago, he keeps turning up where i am bc he can see my snap map, i turned it off but he got my friend to tell him where i was. he was at the park sat on the bench watching me with my friends on tues and at maccies on sat
User: he messages me like 50 times a day. and on sat he said if he sees me with another boy hes gonna "cave my head in". and last night he sent "ur gonna regret this, ill hurt u proper"
Agent: Thank you for telling me. How are you feeling?
User: scared tbh. i think he would actually do it hes hit a lad before""",
    spans=[
        ("STALK_TURN_UP", "he keeps turning up where i am"),
        ("STALK_MONITOR", "he can see my snap map"),
        ("STALK_MONITOR", "he got my friend to tell him where i was"),
        ("STALK_WATCH", "he was at the park sat on the bench watching me"),
        ("STALK_TURN_UP", "at maccies on sat"),
        ("STALK_CONTACT", "he messages me like 50 times a day"),
        ("THREAT_VIOLENCE", "cave my head in"),
        ("THREAT_VIOLENCE", "ur gonna regret this, ill hurt u proper"),
        ("FEAR_OF_VIOLENCE", "scared tbh. i think he would actually do it"),
    ],
)

case(
    33, "aggravated_harassment", "CR",
    voice="victim_diary", case="inconsistent", noise="clean", batch="yd",
    pattern="neighbour_repeated_anti_nigerian_abuse_one_threat_victim_unafraid", relationship="neighbour", occasions=5,
    text="""\
Subject: Complaint - yet again - neighbour at 41 Gorse Road

I am writing AGAIN because nothing was done the last time (ref 4471 of 12/01, nobody called me back). Let me also say that the street lights on Gorse Road have been out for three weeks and I have reported that to the council twice, and the potholes outside number 50 are a disgrace, but that is for another day. I also note that the PCSO who used to walk round here on a Thursday has not been seen since the autumn. When I was a boy in Enugu you knew your local officer by name.

Anyway. The man at 41, Mr Terry Budd, has now shouted racist abuse at me on at least four occasions since Christmas. "Go back to Nigeria you black monkey", "we don't want your sort here", and on Sunday while I was washing my car "you people are animals". On 9 March he also said he would "knock me out" if I parked outside his house again. I am a 58 year old chartered accountant, I have lived in this country for 31 years, and I am NOT afraid of a man like that, but I should not have to put up with it.

I have asked him to stop, politely, twice, the second time with my son present as a witness. His wife apologised to my wife at the shop on Baker Street the week after, and said he "has a temper when he has had a drink", which I am sure is true but is no excuse. It continued. I have been keeping a record in my diary of each date and I can bring it in to the station, I have also kept the letter I sent to the housing association in January which they never answered. My wife now asks me not to wash the car on the road, which is ridiculous in my own street.

I expect a reply this time, and I expect it to be from a named officer.

Mr Emmanuel Okafor""",
    spans=[
        ("STALK_CONTACT", "has now shouted racist abuse at me"),
        ("REPETITION", "on at least four occasions since Christmas"),
        ("RACIAL_HOSTILITY", "Go back to Nigeria you black monkey"),
        ("RACIAL_HOSTILITY", "we don't want your sort here"),
        ("RACIAL_HOSTILITY", "you people are animals"),
        ("THREAT_VIOLENCE", "he would \"knock me out\""),
        ("UNWANTED", "I have asked him to stop"),
        ("REPETITION", "It continued."),
    ],
)

case(
    34, "no_offence", "",
    voice="statement", case="mixed", noise="clean", batch="yd",
    pattern="partner_abusive_text_then_reconciliation_then_one_drunk_threat_months_later", relationship="partner", occasions=2,
    text="""\
Dear Sir/Madam

Women's Aid said to put this in writing. In February my partner Alan sent me a text saying I was a "useless old cow" after a row about his drinking, and moved to his brother's. In April he came back sober and we have been fine since, we had a lovely week in Tenerife in June.

On Saturday 7th October he came home drunk and said if I ever went through his phone again he'd "put me through the wall". He has apologised and nothing since. My sister says it's harassment. I just want it noted.

Margaret Hollins""",
    spans=[
        ("STALK_CONTACT", "sent me a text saying I was a \"useless old cow\""),
        ("THREAT_VIOLENCE", "he'd \"put me through the wall\""),
    ],
)

case(
    35, "aggravated_harassment_fear_of_violence", "CFRD",
    voice="statement", case="mixed", noise="heavy", batch="yd",
    pattern="fare_dodger_racist_threats_to_afghan_taxi_driver_twice", relationship="customer", occasions=2,
    text="""\
REPORT A CRIME ONLINE
Crime type: Threats / Hate crime
What happened: I am taxi driver for A1 Cars. On 2 of April I drive a man from Red Lion pub to Nelson estate, he not pay the fare £14 and he say "f*** off back to Afghanistan you terrorist raghead, I cut your throat". I let him go. On 16 April he see me at the rank by station and he come to my window and say "I remember you, taliban, next time I stab you". He show me something in his pocket maybe knife I dont know.
How do you feel: I am scare for my life, I have family. I dont work the night shift now because of this man, only day.""",
    spans=[
        ("RACIAL_HOSTILITY", "f*** off back to Afghanistan you terrorist raghead"),
        ("THREAT_VIOLENCE", "I cut your throat"),
        ("STALK_TURN_UP", "he come to my window"),
        ("RACIAL_HOSTILITY", "I remember you, taliban"),
        ("THREAT_VIOLENCE", "next time I stab you"),
        ("FEAR_OF_VIOLENCE", "I am scare for my life"),
        ("SERIOUS_IMPACT", "I dont work the night shift now because of this man"),
    ],
)

case(
    36, "aggravated_stalking", "CSR",
    voice="statement", case="mixed", noise="clean", batch="yd",
    pattern="dismissed_supervisor_follows_manager_home_racist_blog_and_note", relationship="colleague", occasions=10,
    text="""\
Dear Sergeant Ellis,

Further to my telephone call on Monday, I set out below the matters concerning Mr Graham Tulley, formerly a supervisor at Kestrel Logistics, where I am the operations manager.

Mr Tulley was dismissed in January following a disciplinary process in which I was a witness. Since then:

1. On at least five occasions between February and now, he has followed my car from the office to my home in Dunley, keeping close behind me.
2. He has set up a blog titled "The Truth About Kestrel" on which he posts almost daily about me, with photographs of my house and my children's school uniform, referring to me as "the curry-eating snake" and "Mr Patel from the corner shop who got promoted above his station".
3. My wife found a note in our letterbox on 22 March: "Go back to Delhi before I send you back".
4. He has been seen by my neighbours sitting in a car on our road on several evenings.

I am upset and worried for my family, though at present we are carrying on as normal. I can supply the blog links and dashcam footage.

Yours sincerely,
Anil Mehta""",
    spans=[
        ("REPETITION", "On at least five occasions between February and now"),
        ("STALK_FOLLOW", "he has followed my car from the office to my home in Dunley"),
        ("STALK_PUBLISH", "He has set up a blog titled \"The Truth About Kestrel\" on which he posts almost daily about me"),
        ("STALK_PUBLISH", "with photographs of my house and my children's school uniform"),
        ("RACIAL_HOSTILITY", "the curry-eating snake"),
        ("RACIAL_HOSTILITY", "Mr Patel from the corner shop who got promoted above his station"),
        ("STALK_CONTACT", "My wife found a note in our letterbox"),
        ("RACIAL_HOSTILITY", "Go back to Delhi before I send you back"),
        ("STALK_LOITER", "sitting in a car on our road on several evenings"),
        ("DISTRESS", "I am upset and worried for my family"),
    ],
)

case(
    37, "aggravated_stalking_fear_alarm_distress", "CSFRD",
    voice="statement", case="mixed", noise="typos", batch="yd",
    pattern="ex_partner_anti_turkish_abuse_facebook_posts_threats_she_moves_and_quits_job", relationship="ex_partner", occasions=14,
    text="""\
Handed in at front counter, Bridgend Rd station, 3/7

My name is Elif Demir. I am writing what happened with my ex partner Jason Crane. We were together 4 years, I left him in February because of his drinking and he pushed me.

From March he started message me all the time, calling me "Turkish slag", "kebab w****", saying I should go back to my "s***hole country". He came to my flat in Castle Street maybe 10 times, knocking, sitting in his car outside. In April he wrote on Facebook that I am a prostitute and put my address.

On 2 May he said on the phone "I will cut you, you Turkish b***h". On 28 May he was waiting by my car and said "you are dead, I swear on my mum". I am so scared of him, I really think he will kill me.

Because of this I moved out of Castle Street to my friend's house in Penarth, I changed my phone number, and I left my job at the salon because he knew where it is.

Elif Demir""",
    spans=[
        ("STALK_CONTACT", "he started message me all the time"),
        ("RACIAL_HOSTILITY", "Turkish slag"),
        ("RACIAL_HOSTILITY", "kebab w****"),
        ("RACIAL_HOSTILITY", "go back to my \"s***hole country\""),
        ("STALK_TURN_UP", "He came to my flat in Castle Street maybe 10 times"),
        ("STALK_LOITER", "sitting in his car outside"),
        ("STALK_PUBLISH", "he wrote on Facebook that I am a prostitute and put my address"),
        ("THREAT_VIOLENCE", "I will cut you"),
        ("RACIAL_HOSTILITY", "you Turkish b***h"),
        ("STALK_LOITER", "he was waiting by my car"),
        ("THREAT_VIOLENCE", "you are dead, I swear on my mum"),
        ("FEAR_OF_VIOLENCE", "I really think he will kill me"),
        ("SERIOUS_IMPACT", "I moved out of Castle Street to my friend's house in Penarth"),
        ("SERIOUS_IMPACT", "I changed my phone number"),
        ("SERIOUS_IMPACT", "I left my job at the salon"),
    ],
)

case(
    38, "harassment", "C",
    voice="call_log", case="inconsistent", noise="heavy", batch="yd",
    pattern="schoolboy_snapchat_insults_with_one_threat_not_feared", relationship="acquaintance", occasions=10,
    text="""\
webchat 09/01 2031
User: a boy in my year keeps sending me stuff on snapchat, calling me a tramp and a loser and saying no one likes me, since before xmas, like every couple days. then at new year he sent one saying hes going to batter me when we go back to school
Agent: Has he said anything like that since?
User: no just the usual names. hes sent another 4 since monday
Agent: And how are you feeling about it?
User: annoyed mostly. im not really scared of him hes smaller than me lol""",
    spans=[
        ("STALK_CONTACT", "keeps sending me stuff on snapchat"),
        ("STALK_CONTACT", "calling me a tramp and a loser and saying no one likes me"),
        ("REPETITION", "since before xmas, like every couple days"),
        ("THREAT_VIOLENCE", "hes going to batter me when we go back to school"),
        ("REPETITION", "hes sent another 4 since monday"),
    ],
)

case(
    39, "stalking", "CS",
    voice="victim_diary", case="mixed", noise="typos", batch="yd",
    pattern="older_man_from_church_gifts_love_letters_waits_after_mass", relationship="acquaintance", occasions=12,
    text="""\
Good morning,

I need to report a man, Sr. Alvaro, around 60, I know him from the Portuguese mass on Sunday at St Anne's. Since Easter he is giving me presents all the time: chocolates, a necklace, letters where he write he is in love with me and that God sent me to him. I told him very clear I am married and I dont want this. Now he waits for me outside the church after every mass and walks with me to the bus stop even when I say please go away. Two times he was outside my house on a weekday. Last week he left a letter in my post box saying he will wait for me "until the end of his life".

I am very uncomfortable.

Luisa Marques""",
    spans=[
        ("STALK_GIFTS", "he is giving me presents all the time: chocolates, a necklace"),
        ("FIXATION", "he write he is in love with me and that God sent me to him"),
        ("UNWANTED", "I told him very clear I am married and I dont want this"),
        ("STALK_LOITER", "he waits for me outside the church after every mass"),
        ("STALK_FOLLOW", "walks with me to the bus stop even when I say please go away"),
        ("STALK_TURN_UP", "Two times he was outside my house on a weekday"),
        ("STALK_CONTACT", "he left a letter in my post box"),
        ("FIXATION", "until the end of his life"),
        ("DISTRESS", "I am very uncomfortable"),
    ],
)

case(
    40, "aggravated_harassment_fear_of_violence", "CFRD",
    voice="statement", case="inconsistent", noise="typos", batch="yd",
    pattern="schoolgirls_racist_group_chat_and_two_threats_victim_stops_school", relationship="acquaintance", occasions=8,
    text="""\
Online report form
Are you reporting for yourself or someone else?: Myself (my mum is helping)
Age: 14
What happened?: theres a group chat called "deport them all" that 3 girls from my school made (Kacey, Lola and Mia in year 10) and they added me to it. They post pictures of me with monkey emojis and call me "n****r" and "slave". I left it and they keep adding me back, like 6 times. On the 4th they said in the chat "were going to jump her at the bus stop and stamp on her face". Then on friday Kacey walked past me in the corridor and said "bus stop, tuesday, your dead".
How are you feeling?: really scared they will actually do it. i havent been to school since friday and my mum has been picking me up from everywhere
Anything else?: I have screenshots. The school know about it but they said its outside school so its a police thing""",
    spans=[
        ("STALK_CONTACT", "they added me to it"),
        ("RACIAL_HOSTILITY", "They post pictures of me with monkey emojis"),
        ("RACIAL_HOSTILITY", "call me \"n****r\" and \"slave\""),
        ("REPETITION", "they keep adding me back, like 6 times"),
        ("THREAT_VIOLENCE", "were going to jump her at the bus stop and stamp on her face"),
        ("THREAT_VIOLENCE", "bus stop, tuesday, your dead"),
        ("FEAR_OF_VIOLENCE", "really scared they will actually do it"),
        ("SERIOUS_IMPACT", "i havent been to school since friday"),
        ("SERIOUS_IMPACT", "my mum has been picking me up from everywhere"),
    ],
)

case(
    41, "harassment_fear_of_violence", "CFD",
    voice="victim_diary", case="mixed", noise="typos", batch="yd",
    pattern="clients_son_accuses_carer_of_theft_threatens_twice_agency_moves_her", relationship="customer", occasions=2,
    text="""\
Dear police,

I am care worker, I visit Mrs [NAME 1] in Ravensby Road. Her son Mr [NAME 2] say I take money from his mother purse, which is not true, the agency check.

On 11 October he stand at the door and say "if you come here again I will smash your head on this wall". On 19 October I go with my colleague Joy and he follow us to the car and say "next time you come alone I kill you".

I am very scared of him. I have nightmares. The agency move me to other clients in another area now.

Maricel Santos""",
    spans=[
        ("THREAT_VIOLENCE", "if you come here again I will smash your head on this wall"),
        ("STALK_FOLLOW", "he follow us to the car"),
        ("THREAT_VIOLENCE", "next time you come alone I kill you"),
        ("FEAR_OF_VIOLENCE", "I am very scared of him"),
        ("DISTRESS", "I have nightmares"),
        ("SERIOUS_IMPACT", "The agency move me to other clients in another area now"),
    ],
)

case(
    42, "stalking_fear_alarm_distress", "CSD",
    voice="victim_diary", case="mixed", noise="clean", batch="yd",
    pattern="ex_messages_every_platform_threatens_new_partner_she_moves_and_changes_number", relationship="ex_partner", occasions=12,
    text="""\
Hi,

I split from Liam Hurst in January. Since about March he has been messaging me on every platform going, Insta, FB, WhatsApp, even LinkedIn. When I block one he uses another. It's all how I ruined his life and how he'll never stop loving me. He sent a Deliveroo to my flat at 2am with a note "thinking of you xx".

He's said three times he'll "put my new partner Kris in a wheelchair". I'm not worried for myself, he's never been violent to me, it's Kris I worry about.

I changed my number in May and in June I moved from my flat on Beech Road to Kris's place so Liam doesn't know where I live.

Zoe""",
    spans=[
        ("REPETITION", "Since about March"),
        ("STALK_CONTACT", "he has been messaging me on every platform going"),
        ("FIXATION", "When I block one he uses another"),
        ("FIXATION", "how he'll never stop loving me"),
        ("STALK_GIFTS", "He sent a Deliveroo to my flat at 2am with a note \"thinking of you xx\""),
        ("SERIOUS_IMPACT", "I changed my number in May"),
        ("SERIOUS_IMPACT", "in June I moved from my flat on Beech Road to Kris's place"),
    ],
)

case(
    43, "aggravated_harassment", "CR",
    voice="call_log", case="mixed", noise="clean", batch="yd",
    pattern="discord_gamer_antisemitic_dms_to_teenager", relationship="online", occasions=30,
    text="""\
Webchat transcript 27/12 19:40
Visitor: Hi. I'm 17. There's someone on Discord from a Fortnite server who keeps DMing me antisemitic stuff. His name is "Vexxo" I don't know his real name. I'm Jewish and I've got a Star of David in my profile pic, that's how he found out.
Operator: How long has this been going on?
Visitor: About two weeks. Probably 30+ messages. Things like "gas the jew", oven jokes, pictures of Hitler, "your lot run the banks".
Operator: Has he threatened you or said he knows where you live?
Visitor: No he doesn't know where I live. He hasn't threatened anything real. It's just really grim.""",
    spans=[
        ("STALK_CONTACT", "keeps DMing me antisemitic stuff"),
        ("REPETITION", "About two weeks. Probably 30+ messages"),
        ("RELIGIOUS_HOSTILITY", "gas the jew"),
        ("RELIGIOUS_HOSTILITY", "oven jokes, pictures of Hitler"),
        ("RELIGIOUS_HOSTILITY", "your lot run the banks"),
        ("DISTRESS", "It's just really grim"),
    ],
)

case(
    44, "aggravated_stalking", "CSR",
    voice="statement", case="mixed", noise="abbrev", batch="yd",
    pattern="ex_boyfriend_waits_at_gym_begs_then_racist_when_ignored", relationship="ex_partner", occasions=8,
    text="""\
Reporting ex bf Daniel (split June). Waits outside my gym most nights, turns up at my mums, begging msgs. Ignore him and its "go back to Jamaica with your yardie mates". Told him its over 10+ times. Im ok just want it logged.""",
    spans=[
        ("STALK_LOITER", "Waits outside my gym most nights"),
        ("STALK_TURN_UP", "turns up at my mums"),
        ("STALK_CONTACT", "begging msgs"),
        ("RACIAL_HOSTILITY", "go back to Jamaica with your yardie mates"),
        ("UNWANTED", "Told him its over 10+ times"),
    ],
)
