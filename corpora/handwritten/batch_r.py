# ruff: noqa: E501
"""Hand-written narratives, writer r: less usual victims and suspects."""

from corpora.handwritten import case

case(
    1, "harassment", "C",
    voice="crime_summary", case="mixed", noise="abbrev", batch="r",
    pattern="female_ex_abusive_texts_male_ip", relationship="ex_partner", occasions=4,
    text="""\
IP Callum RENSHAW (34) reports his ex p/ner Kerry-Ann MALLOY has sent abusive msgs since they split in Feb. IP showed me phone - msgs on 3/4, 9/4, 11/4 and 17/4 calling him a "useless waste of space", "pathetic excuse for a dad" and saying she'll tell everyone at his work he's a sponger. No threats. IP says he's not scared of her, just wants it to stop, has 2 kids with her so can't block totally. Contact re kids is via his mum now. Screenshots exhibited CR/1. Susp to be interviewed VA.""",
    spans=[
        ("REPETITION", "on 3/4, 9/4, 11/4 and 17/4"),
        ("UNWANTED", "calling him a \"useless waste of space\""),
        ("UNWANTED", "saying she'll tell everyone at his work he's a sponger"),
    ],
)

case(
    2, "stalking", "CS",
    voice="call_log", case="upper", noise="abbrev", batch="r",
    pattern="elderly_male_neighbour_watching_from_car", relationship="neighbour", occasions=5,
    text="""\
14:52 RP IS 81YR OLD MALE MR DENNIS ASHWORTH, HARD OF HEARING, SPEAKING VIA DAUGHTER ON SPEAKER. STATES FEMALE FROM NO 9 SITS IN HER CAR OPP HIS BUNGALOW AND WRITES IN A NOTEBOOK WHEN HE GOES OUT. HAS DONE THIS 5 OR 6 TIMES THIS MONTH
14:55 ALSO TRIED HIS BACK GATE TWICE WHILE HE WAS IN THE GARDEN. RP SAYS "IM NOT FRIGHTENED OF HER, SHES A SILLY WOMAN, BUT WHY IS SHE DOING IT"
14:57 NO HISTORY ON ADDRESS. NOT URGENT. G3 - PCSO TO VISIT""",
    spans=[
        ("STALK_WATCH", "SITS IN HER CAR OPP HIS BUNGALOW AND WRITES IN A NOTEBOOK WHEN HE GOES OUT"),
        ("REPETITION", "5 OR 6 TIMES THIS MONTH"),
        ("STALK_PROPERTY", "TRIED HIS BACK GATE TWICE"),
    ],
)

case(
    3, "no_offence", "",
    voice="notebook", case="mixed", noise="abbrev", batch="r",
    pattern="teen_single_threat_at_bus_stop", relationship="acquaintance", occasions=1,
    text="""\
1620 Attended Elm Parade bus shelter. IP Harold Pugh (77) states group of youths, one he knows as Tyler from the estate (approx 15), told him "move or I'll knock you out old man" when he asked them to turn music down. IP shaken but ok. First time anything like this. Youths gone on arrival. Words of advice to be given to parents. No further action req by IP.""",
    spans=[
        ("THREAT_VIOLENCE", "\"move or I'll knock you out old man\""),
        ("DISTRESS", "IP shaken"),
    ],
)

case(
    4, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="updates", case="mixed", noise="abbrev", batch="r",
    pattern="female_colleague_islamophobic_following_male_ip", relationship="colleague", occasions=6,
    text="""\
UPDATE 1 (PC 4417 Gill) - IP is Imran QURESHI, works at distribution centre Corby. Susp Jodie HARTLEY, same shift. Since he reported her to mgmt for comments in canteen about "you lot and your bombs" she has started waiting by his car at end of shift.
UPDATE 2 - IP states she has followed him home in her Fiesta on at least 3 occ, once all the way to his mosque on Fri. Dashcam footage obtained.
UPDATE 3 - msgs on works WhatsApp group referring to IP as "the terrorist". IP has now moved to nights to avoid her and his wife drops him at work. GP has signed him off 1 wk w/ stress.
UPDATE 4 - susp not yet interviewed, on leave. OIC to chase HR for shift rota.""",
    spans=[
        ("RELIGIOUS_HOSTILITY", "\"you lot and your bombs\""),
        ("STALK_LOITER", "waiting by his car at end of shift"),
        ("STALK_FOLLOW", "followed him home in her Fiesta"),
        ("REPETITION", "on at least 3 occ"),
        ("STALK_FOLLOW", "all the way to his mosque"),
        ("RELIGIOUS_HOSTILITY", "referring to IP as \"the terrorist\""),
        ("SERIOUS_IMPACT", "moved to nights to avoid her"),
        ("SERIOUS_IMPACT", "GP has signed him off 1 wk w/ stress"),
    ],
)

case(
    5, "harassment_fear_of_violence", "CF",
    voice="statement", case="mixed", noise="clean", batch="r",
    pattern="same_sex_male_ex_threats_twice", relationship="ex_partner", occasions=3,
    text="""\
I was in a relationship with Lewis BRANAGH for about two years and we lived together in Salford until last October. After we split he kept my dog, which I didn't argue about at the time.

On Saturday 8th March he rang me at about half eleven at night. He had been drinking. He said "I know where you're living now and I'll come round and break your jaw." I believed him. He has hit me before, in 2023, though I never reported it. I didn't sleep that night and I put the chain on.

On the Tuesday after he sent a voice note saying the same sort of thing, that I'd "get a kicking" if I went to the Rovers Return quiz again because his mates go there. I was scared he would actually turn up and do it.

Last week he left a message on my Facebook just saying "soon". I took that as him meaning the same thing. I am frightened he will hurt me.""",
    spans=[
        ("THREAT_VIOLENCE", "I'll come round and break your jaw"),
        ("FEAR_OF_VIOLENCE", "I believed him"),
        ("THREAT_VIOLENCE", "I'd \"get a kicking\""),
        ("FEAR_OF_VIOLENCE", "I was scared he would actually turn up and do it"),
        ("FEAR_OF_VIOLENCE", "I am frightened he will hurt me"),
    ],
)

case(
    6, "stalking_fear_alarm_distress", "CSD",
    voice="dash_note", case="mixed", noise="typos", batch="r",
    pattern="wheelchair_user_ex_carer_turning_up", relationship="acquaintance", occasions=6,
    text="""\
DASH completed with IP Gareth Lloyd-Evans (52, wheelchair user, MS). Medium risk. Susp is Tanya FROST his former carer via agency, dismissed in Jan after IP complained. Since then she has turned up at his flat 4 times uninvited, once let herself in the communal door with an old fob. Rings him most days from diff numbers, he has blocked 6 so far. Left a card and chocolates on his door handle with "I'm the only one who really looks after you". IP says hes not scared she'll hurt him but he is very anxous, has had locks changed and stopped going to his day centre in case she's there. Agency informed. Referal to ASC made.""",
    spans=[
        ("STALK_TURN_UP", "turned up at his flat 4 times uninvited"),
        ("STALK_PROPERTY", "let herself in the communal door with an old fob"),
        ("STALK_CONTACT", "Rings him most days from diff numbers"),
        ("REPETITION", "he has blocked 6 so far"),
        ("STALK_GIFTS", "Left a card and chocolates on his door handle"),
        ("FIXATION", "\"I'm the only one who really looks after you\""),
        ("DISTRESS", "he is very anxous"),
        ("SERIOUS_IMPACT", "has had locks changed"),
        ("SERIOUS_IMPACT", "stopped going to his day centre"),
    ],
)

case(
    7, "aggravated_harassment", "CR",
    voice="mo_field", case="upper", noise="abbrev", batch="r",
    pattern="teen_girls_racial_abuse_elderly_shopkeeper", relationship="customer", occasions=3,
    text="""\
SUSPS (2X FEMALE YOUTHS APPROX 14-15) HAVE ENTERED IP'S NEWSAGENTS ON 3 OCCS OVER 2 WKS AND SHOUTED RACIALLY ABUSIVE LANGUAGE AT IP (72, SIKH MALE) - 'GO BACK TO YOUR OWN COUNTRY', 'P***' - AND KNOCKED STOCK OFF SHELVES BEFORE LEAVING. IP NOT IN FEAR, ANNOYED.""",
    spans=[
        ("REPETITION", "ON 3 OCCS OVER 2 WKS"),
        ("RACIAL_HOSTILITY", "'GO BACK TO YOUR OWN COUNTRY', 'P***'"),
        ("UNWANTED", "KNOCKED STOCK OFF SHELVES"),
    ],
)

case(
    8, "no_offence", "",
    voice="result_note", case="mixed", noise="clean", batch="r",
    pattern="council_care_letters_lawful", relationship="business", occasions=4,
    text="""\
Complainant Mr Wilfred Oyelaran (84) reported being 'harassed' by the council's adult social care finance team over unpaid care contributions - four letters and two phone calls since November, and a visit from an officer in January. Letters reviewed; all are standard arrears notices with a payment plan offered. Tone professional. Daughter (LPA) now dealing. No crime. Mr Oyelaran given advice, CAB details passed.""",
    spans=[],
)

case(
    9, "aggravated_stalking", "CSR",
    voice="crime_summary", case="mixed", noise="abbrev", batch="r",
    pattern="female_online_fake_profiles_racist_male_ip", relationship="online", occasions=5,
    text="""\
IP (Kwabena Asante, 29) met susp online via gaming site approx 18 months ago, never in person. After IP cut contact in Sept susp, believed to be Shannon WEBB of Rhyl, has created at least four fake Instagram accounts to follow him and his sister, messaging "no one will ever love a black boy like I do" and "monkey" with emojis. She also posted his home address on a forum. IP blocks each one and another appears within days. IP says he finds it "weird more than scary" and hasn't changed anything. Subscriber checks requested on accounts.""",
    spans=[
        ("STALK_PUBLISH", "created at least four fake Instagram accounts"),
        ("FIXATION", "\"no one will ever love a black boy like I do\""),
        ("RACIAL_HOSTILITY", "\"monkey\" with emojis"),
        ("STALK_PUBLISH", "posted his home address on a forum"),
        ("REPETITION", "another appears within days"),
    ],
)

case(
    10, "aggravated_harassment_fear_of_violence", "CFR",
    voice="third_party", case="mixed", noise="clean", batch="r",
    pattern="support_worker_reports_racial_threats_to_ld_tenant", relationship="neighbour", occasions=3,
    text="""\
Email from Marcus Adeyemi, support worker, Lime Tree supported housing, 22/05:

I'm writing about one of our tenants, Jamal (26, mild learning disability). The lad in the flat above, Connor, about 17, has three times now stood on the landing and shouted at Jamal, calling him a "n*****" and saying he's going to "stab him when he comes out". The first time Jamal hid in the bathroom until I got there. On Monday he rang me crying saying Connor was going to kill him and he wouldn't open his door for the meal delivery. He keeps asking me if Connor is allowed to do that. We've spoken to the housing officer. Could someone please contact me to arrange a visit, Jamal finds phones difficult.""",
    spans=[
        ("REPETITION", "three times now"),
        ("RACIAL_HOSTILITY", "calling him a \"n*****\""),
        ("THREAT_VIOLENCE", "going to \"stab him when he comes out\""),
        ("FEAR_OF_VIOLENCE", "Jamal hid in the bathroom until I got there"),
        ("FEAR_OF_VIOLENCE", "rang me crying saying Connor was going to kill him"),
    ],
)

case(
    11, "stalking", "CS",
    voice="victim_diary", case="lower", noise="typos", batch="r",
    pattern="older_woman_suspect_writes_to_widower", relationship="acquaintance", occasions=6,
    text="""\
mon - another letter thru door from Maureen. thats 5 now. says she knows Ive been lonely since Pat died and were meant to be together.
tues - she was at the end of the close again when i came back from the chemist, just standing
thurs - rang 4 times, didnt answer
sat - saw her at church, she sat right behind me. i told her agian i dont want this. she smiled.
not frightned of her, shes 70 odd like me. but its not right is it""",
    spans=[
        ("STALK_CONTACT", "another letter thru door from Maureen"),
        ("REPETITION", "thats 5 now"),
        ("FIXATION", "were meant to be together"),
        ("STALK_LOITER", "she was at the end of the close again"),
        ("STALK_CONTACT", "rang 4 times"),
        ("STALK_TURN_UP", "she sat right behind me"),
        ("UNWANTED", "i told her agian i dont want this"),
    ],
)

case(
    12, "harassment", "C",
    voice="call_log", case="inconsistent", noise="heavy", batch="r",
    pattern="teen_son_friend_prank_calls_disabled_man", relationship="acquaintance", occasions=7,
    text="""\
RP mr ian CROWTHER (deaf, uses textrelay) repting prank calls + txts frm teenage lads, belives 1 is KAI (16) who used to be friends w RP's nephew. approx 7 calls since sat, laughing and callng him "deafo" "spastic". also ordered 3 pizzas to his adress he didnt want. RP fed up not scared. adv re blocking, log for SNT""",
    spans=[
        ("REPETITION", "approx 7 calls since sat"),
        ("UNWANTED", "callng him \"deafo\" \"spastic\""),
        ("UNWANTED", "ordered 3 pizzas to his adress he didnt want"),
    ],
)

case(
    13, "stalking_fear_alarm_distress", "CSF",
    voice="statement", case="mixed", noise="clean", batch="r",
    pattern="lesbian_ex_tracker_and_threats", relationship="ex_partner", occasions=5,
    text="""\
Me and Danielle Kerrigan were together four years. I ended it in June because of her temper. In August I found an AirTag taped inside the spare wheel well of my Corsa. Only Danielle has had the keys to that car apart from me.

Since then she has turned up three times where I was - the Tesco in Wallasey, my mate Priya's birthday drinks, and outside my work on Hoylake Road. Each time she just stood and stared at me. At Priya's she came up close and said "you'll end up in a ditch if you carry on with her". I thought she was going to hit me there and then and I left by the back.

On 2nd October she sent me a photo of my car parked at my new girlfriend's and the words "found you". I genuinely think she is going to attack me. I've been sleeping at my mum's.""",
    spans=[
        ("STALK_MONITOR", "found an AirTag taped inside the spare wheel well of my Corsa"),
        ("STALK_TURN_UP", "turned up three times where I was"),
        ("STALK_WATCH", "just stood and stared at me"),
        ("THREAT_VIOLENCE", "\"you'll end up in a ditch if you carry on with her\""),
        ("FEAR_OF_VIOLENCE", "I thought she was going to hit me there and then"),
        ("STALK_MONITOR", "sent me a photo of my car parked at my new girlfriend's"),
        ("FEAR_OF_VIOLENCE", "I genuinely think she is going to attack me"),
        ("SERIOUS_IMPACT", "I've been sleeping at my mum's"),
    ],
)

case(
    14, "no_offence", "",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="r",
    pattern="mutual_row_two_women_care_home_staff", relationship="colleague", occasions=2,
    text="""\
Sgt review: Reported as harassment by IP (Lorraine Bakshi, senior carer) against colleague Sinead Mulvey. Having read both accounts and the WhatsApp export, this is a two-way falling out - both sent insulting msgs to each other on 12/1 and 14/1, IP calling susp a "lazy cow" and susp replying in kind. Neither suggests fear. Employer grievance ongoing. Not a crime, reclassify to incident, NFA. Advise both re comms.""",
    spans=[],
)

case(
    15, "harassment_fear_of_violence", "CF",
    voice="crime_summary", case="mixed", noise="abbrev", batch="r",
    pattern="grandson_threatens_elderly_grandmother_for_money", relationship="family", occasions=3,
    text="""\
Edna SWALES, 86, widowed, Athersley North. Grandson Reece (19) been round 3x in a fortnight after cash for what IP thinks is drugs. 04/11 - stood over her chair, fist raised, told her he'd "put her in the Northern General" unless she handed over fifty quid. She gave £20, told PC Ward she was shaking for hours after and thought he'd hit her. 09/11 - put his fist through kitchen door panel, "you're next nan". IP now waits for neighbour Bev to be in before she'll open up, says she's convinced he'll hurt her. Reluctant re court (family). DASH high, MARAC ref sent.""",
    spans=[
        ("REPETITION", "been round 3x in a fortnight"),
        ("THREAT_VIOLENCE", "told her he'd \"put her in the Northern General\""),
        ("FEAR_OF_VIOLENCE", "thought he'd hit her"),
        ("THREAT_VIOLENCE", "\"you're next nan\""),
        ("FEAR_OF_VIOLENCE", "says she's convinced he'll hurt her"),
    ],
)

case(
    16, "aggravated_stalking", "CSR",
    voice="notebook", case="mixed", noise="abbrev", batch="r",
    pattern="female_neighbour_antisemitic_watching_elderly_man", relationship="neighbour", occasions=4,
    text="""\
10:05 spoke to IP Mr Saul Rosenthal (79) at home, Broughton Park. States neighbour opposite, Mrs BEVAN (60s) photographs him every time he leaves for shul on Saturday. Has done so 4 weeks running, IP showed me his own phone video of her at window w/ camera. Last Sat she called across "your lot own everything round here". IP calm, says he's lived here 50 yrs and isn't going anywhere.""",
    spans=[
        ("STALK_WATCH", "photographs him every time he leaves for shul"),
        ("REPETITION", "4 weeks running"),
        ("RELIGIOUS_HOSTILITY", "\"your lot own everything round here\""),
    ],
)

case(
    17, "aggravated_harassment", "CR",
    voice="updates", case="mixed", noise="typos", batch="r",
    pattern="teen_girls_racist_online_abuse_schoolboy", relationship="online", occasions=3,
    text="""\
12/02 1530 - Mother of IP (Rafael, 14, Brazilian heritage) attended front counter with screenshots.
12/02 1545 - screenshots show 3 snapchats over a week from girls in his year group, calling him a "dirty immigrant" and saying "go back to the favela". Group chat with abt 20 members.
14/02 - school DSL contacted, aware. Susps identifed as 2 x 14yr old females. IP upset but attending school as normal.
16/02 - youth restorative approach proposed, mother agreeing.""",
    spans=[
        ("REPETITION", "3 snapchats over a week"),
        ("RACIAL_HOSTILITY", "calling him a \"dirty immigrant\""),
        ("RACIAL_HOSTILITY", "\"go back to the favela\""),
        ("DISTRESS", "IP upset"),
    ],
)

case(
    18, "stalking", "CS",
    voice="call_log", case="mixed", noise="abbrev", batch="r",
    pattern="gay_male_ex_repeated_calls_despite_block", relationship="ex_partner", occasions=8,
    text="""\
RP Tomasz Nowicki states ex bf Jordan Hale keeps ringing from withheld, 20+ calls since Sun, he's blocked his number and IG. Jordan also messaged RP's mum on FB asking where RP's working now. RP not scared of him, "just wants him to get the message". No DV history. Call back req.""",
    spans=[
        ("STALK_CONTACT", "keeps ringing from withheld"),
        ("REPETITION", "20+ calls since Sun"),
        ("UNWANTED", "he's blocked his number and IG"),
        ("STALK_CONTACT", "messaged RP's mum on FB asking where RP's working now"),
    ],
)

case(
    19, "aggravated_stalking_fear_alarm_distress", "CSFR",
    voice="judgment", case="mixed", noise="clean", batch="r",
    pattern="female_suspect_racist_stalking_of_disabled_man", relationship="neighbour", occasions=7,
    text="""\
The complainant, Mr Ravi Chandran, is a 58-year-old man who has used crutches since a road accident. The defendant, Mrs Carol Dunmore, lived two doors away. Between March and July the defendant on several occasions waited at the foot of the complainant's drive when he returned from dialysis, on one occasion following him the length of Cherry Tree Walk while calling him a "curry-stinking cripple". She put notes through his door saying that "Pakis" were not wanted in the street and that she would "sort him out". The complainant told the jury that after the notes he believed she would attack him, and after she followed him he was afraid she would push him over. He had a camera doorbell fitted and arranged for his brother to collect him from hospital.""",
    spans=[
        ("STALK_LOITER", "waited at the foot of the complainant's drive"),
        ("STALK_FOLLOW", "following him the length of Cherry Tree Walk"),
        ("RACIAL_HOSTILITY", "calling him a \"curry-stinking cripple\""),
        ("RACIAL_HOSTILITY", "\"Pakis\" were not wanted in the street"),
        ("THREAT_VIOLENCE", "she would \"sort him out\""),
        ("FEAR_OF_VIOLENCE", "he believed she would attack him"),
        ("FEAR_OF_VIOLENCE", "he was afraid she would push him over"),
        ("SERIOUS_IMPACT", "had a camera doorbell fitted"),
    ],
)

case(
    20, "harassment", "CD",
    voice="vps", case="mixed", noise="clean", batch="r",
    pattern="female_ex_false_reports_impact_on_male_nurse", relationship="ex_partner", occasions=5,
    text="""\
I'm a nurse and my job is everything to me. Since Amber and I separated she has rung my ward manager twice, made a complaint to the NMC, and written on Facebook that I'm a thief and a liar. She has sent me dozens of messages calling me a loser. I'm not afraid of Amber physically. But I have been off sick for three weeks with anxiety and I've had to start seeing a counsellor. I don't sleep. I just want it to end.""",
    spans=[
        ("UNWANTED", "rung my ward manager twice"),
        ("UNWANTED", "written on Facebook that I'm a thief and a liar"),
        ("REPETITION", "dozens of messages calling me a loser"),
        ("SERIOUS_IMPACT", "off sick for three weeks with anxiety"),
        ("SERIOUS_IMPACT", "start seeing a counsellor"),
        ("DISTRESS", "I don't sleep"),
    ],
)

case(
    21, "no_offence", "",
    voice="crime_summary", case="mixed", noise="abbrev", batch="r",
    pattern="two_incidents_months_apart_reconciled", relationship="partner", occasions=2,
    text="""\
IP Owen Pritchard (41) states his partner Claire sent him abusive texts in Jan ("you're worthless"), they then reconciled and lived together without issue until last night when she swore at him during an argument about money. IP says they are still together and he just wanted it logged. No threats, no fear expressed. Advice given, DASH std.""",
    spans=[
        ("UNWANTED", "sent him abusive texts in Jan"),
    ],
)

case(
    22, "stalking_fear_alarm_distress", "CSD",
    voice="updates", case="lower", noise="abbrev", batch="r",
    pattern="learning_disabled_woman_followed_by_teen_boy", relationship="acquaintance", occasions=5,
    text="""\
upd 1 - ip is laura dyson 31, has downs syndrome, lives w parents. susp ethan CRANE 15 from the youth club. mum says he has followed laura home from the bus stop 3 or 4 times, walking a few steps behind and copying how she talks.
upd 2 - he also got her number off another member and sends her msgs every evening asking what she's wearing and where she is. laura deleted them as she thought she was in trouble.
upd 3 - laura now refuses to go to youth club or get the bus alone, mum has given up work 2 days a wk to drive her. she cries at bedtime. no threats identified. appropriate adult needed for ABE - booked 21/3.""",
    spans=[
        ("STALK_FOLLOW", "followed laura home from the bus stop"),
        ("REPETITION", "3 or 4 times"),
        ("STALK_CONTACT", "sends her msgs every evening asking what she's wearing and where she is"),
        ("SERIOUS_IMPACT", "refuses to go to youth club or get the bus alone"),
        ("DISTRESS", "she cries at bedtime"),
    ],
)

case(
    23, "harassment_fear_of_violence", "CF",
    voice="call_log", case="upper", noise="heavy", batch="r",
    pattern="female_ex_threats_with_knife_male_ip", relationship="ex_partner", occasions=2,
    text="""\
2214 CALLER MALE DARREN OKAFOR V DISTRESSED WHISPERING. EX GF NATALIE PEGG OUTSIDE BANGING DOOR SHOUTING SHE WILL "GUT HIM". CALLER IN BEDROOM WITH DOOR BLOCKED, BELIEVES SHE HAS KNIFE AS SHE SHOWED IT HIM LAST WK WHEN SHE SAID SAME THING - HE WAS TERRIFED THEN TOO & WENT TO HIS BROTHERS
2216 G1 ASSIGNED
2231 UNITS O/S SUSP DETAINED, KITCHEN KNIFE RECOVERED FROM HANDBAG""",
    spans=[
        ("THREAT_VIOLENCE", "SHOUTING SHE WILL \"GUT HIM\""),
        ("FEAR_OF_VIOLENCE", "CALLER IN BEDROOM WITH DOOR BLOCKED"),
        ("THREAT_VIOLENCE", "SHE SHOWED IT HIM LAST WK"),
        ("FEAR_OF_VIOLENCE", "HE WAS TERRIFED THEN TOO"),
    ],
)

case(
    24, "aggravated_harassment_fear_of_violence", "CFR",
    voice="statement", case="mixed", noise="clean", batch="r",
    pattern="teen_gang_racist_threats_to_polish_carer", relationship="stranger", occasions=3,
    text="""\
I am a care worker and I walk between clients on the Ravenscroft estate. Since the start of November a group of four or five teenagers, one of them a girl who they call Mads, have waited on the bench by the garages. The first time they shouted "Polish scum" and said they'd "batter" me if I came past again. I was scared and went the long way round.

About a week later the same girl threw a bottle that hit the wall next to me and said "we'll do you properly next time, go home". I honestly thought they were going to beat me up. On the third time, 19th November, one of the boys ran at me and I dropped my bag. I have asked my agency to take me off that round.""",
    spans=[
        ("RACIAL_HOSTILITY", "shouted \"Polish scum\""),
        ("THREAT_VIOLENCE", "they'd \"batter\" me if I came past again"),
        ("FEAR_OF_VIOLENCE", "I was scared and went the long way round"),
        ("THREAT_VIOLENCE", "\"we'll do you properly next time, go home\""),
        ("FEAR_OF_VIOLENCE", "I honestly thought they were going to beat me up"),
        ("SERIOUS_IMPACT", "asked my agency to take me off that round"),
    ],
)

case(
    25, "stalking", "CS",
    voice="dash_note", case="mixed", noise="abbrev", batch="r",
    pattern="older_female_ex_monitoring_email_male_ip", relationship="ex_partner", occasions=4,
    text="""\
Risk note. IP Geoffrey Hamer 73. Ex-wife Pauline (71) still has password to his email from when they were married and IP noticed emails opened before he'd read them, and she replied to his solicitor once pretending to be him. She also emailed his new partner Brenda twice. IP not in fear. Std risk. Advised change passwords, 2FA.""",
    spans=[
        ("STALK_MONITOR", "emails opened before he'd read them"),
        ("STALK_PUBLISH", "replied to his solicitor once pretending to be him"),
        ("STALK_CONTACT", "emailed his new partner Brenda twice"),
    ],
)

case(
    26, "aggravated_stalking", "CSR",
    voice="updates", case="mixed", noise="typos", batch="r",
    pattern="female_client_fixated_on_muslim_physio", relationship="customer", occasions=6,
    text="""\
03/06 Reported by practice manager on behalf of physio Yusuf Patel. Former client Gemma Lacey (38) has emailed him 15+ times since discharge telling him God sent her to him.
05/06 IP seen. Says Lacey has been sitting in her car in the clinic car park at lunchtimes, 3 times that he's seen. When he asked her to leave she said he should "ditch the Allah nonsense and be with me properly" and called him a "raghead". IP says hes more embarased than anything, hasnt changed routine.
09/06 Lacey left flowers on his car windscreen. Bodycam from PCSO 7731 shows her there.""",
    spans=[
        ("STALK_CONTACT", "emailed him 15+ times since discharge"),
        ("FIXATION", "telling him God sent her to him"),
        ("STALK_LOITER", "sitting in her car in the clinic car park at lunchtimes"),
        ("REPETITION", "3 times that he's seen"),
        ("RELIGIOUS_HOSTILITY", "\"ditch the Allah nonsense and be with me properly\""),
        ("RACIAL_HOSTILITY", "called him a \"raghead\""),
        ("STALK_GIFTS", "left flowers on his car windscreen"),
    ],
)

case(
    27, "harassment", "C",
    voice="notebook", case="mixed", noise="abbrev", batch="r",
    pattern="carer_verbally_abused_by_clients_daughter", relationship="family", occasions=3,
    text="""\
Spoke w/ IP Maxine Lowther (carer, private). Client's daughter Joanne GREEN has shouted at her on 3 visits calling her a "thieving slag" and "money-grabbing bitch", last one in front of client. Says it's because of the will. No threats. IP wants it recorded + words with Green.""",
    spans=[
        ("REPETITION", "on 3 visits"),
        ("UNWANTED", "calling her a \"thieving slag\" and \"money-grabbing bitch\""),
    ],
)

case(
    28, "stalking_fear_alarm_distress", "CSDF",
    voice="crime_summary", case="mixed", noise="redacted", batch="r",
    pattern="male_ex_partner_same_sex_tracking_threats", relationship="ex_partner", occasions=6,
    text="""\
IP [REDACTED] (m, 44) reports ex-partner Person A (m, 39) has continued contact after relationship ended [REDACTED] 2024. Person A has attended IP's workplace at XXXX on 4 occ and waited outside. IP found Person A's location-sharing still active on IP's iPad - Person A had been viewing his whereabouts daily. Msg on 11/09: "see you at the gym tonight, hope you've got a first aid kit". IP did not go and says he believes A will "do something" to him. After A was seen on his road 14/09 IP was too scared to leave the flat. IP has since moved to his sister's in [REDACTED] and changed his phone. Voluntary interview of A arranged.""",
    spans=[
        ("STALK_TURN_UP", "attended IP's workplace at XXXX"),
        ("REPETITION", "on 4 occ"),
        ("STALK_LOITER", "waited outside"),
        ("STALK_MONITOR", "viewing his whereabouts daily"),
        ("THREAT_VIOLENCE", "\"see you at the gym tonight, hope you've got a first aid kit\""),
        ("FEAR_OF_VIOLENCE", "believes A will \"do something\" to him"),
        ("STALK_LOITER", "A was seen on his road"),
        ("FEAR_OF_VIOLENCE", "too scared to leave the flat"),
        ("SERIOUS_IMPACT", "moved to his sister's"),
        ("SERIOUS_IMPACT", "changed his phone"),
    ],
)

case(
    29, "no_offence", "",
    voice="call_log", case="mixed", noise="abbrev", batch="r",
    pattern="landlord_notice_elderly_tenant", relationship="landlord", occasions=3,
    text="""\
RP Mrs Agnieszka Dabrowski (74) says landlord keeps 'harassing' her - 3 letters re gas safety access and one visit with engineer, all with notice. RP didn't want them in. No abuse, no entry without consent. Advised civil matter, Shelter no. given. Closing.""",
    spans=[],
)

case(
    30, "aggravated_harassment", "CR",
    voice="third_party", case="inconsistent", noise="typos", batch="r",
    pattern="teen_lads_homophobic_racist_abuse_via_mum", relationship="neighbour", occasions=4,
    text="""\
Im ringing for my son Nathaniel, hes 23 and autistic, he wont speak on the phone. The two boys from number 4, theyre about 16 17, every time he puts the bins out they shout "oi chinky" and do the slanty eyes thing, thats been 4 times this month. yesterday they threw eggs at our front window. Nath isnt scared of them as such he just gets very angry and goes red. We are half Chinese on his dads side. Can someone have a word with there parents please""",
    spans=[
        ("RACIAL_HOSTILITY", "shout \"oi chinky\" and do the slanty eyes thing"),
        ("REPETITION", "thats been 4 times this month"),
        ("UNWANTED", "threw eggs at our front window"),
    ],
)

case(
    31, "harassment_fear_of_violence", "CFD",
    voice="victim_diary", case="mixed", noise="clean", batch="r",
    pattern="female_neighbour_threatens_disabled_man", relationship="neighbour", occasions=3,
    text="""\
Fri 7th. Karen from upstairs banged on my door at 1am because she said my TV was loud (it was off). Said if I complained to the council again she'd throw me down the stairs, wheelchair and all. Couldn't stop shaking. Rang Aisha.

Sun 9th. Karen in the lift. Said "remember what I told you". I was sure she'd actually do it. Went back in.

Wed 12th. Note under door "last warning cripple". Haven't been out since Sunday. Aisha doing my shopping.""",
    spans=[
        ("THREAT_VIOLENCE", "she'd throw me down the stairs, wheelchair and all"),
        ("FEAR_OF_VIOLENCE", "Couldn't stop shaking"),
        ("THREAT_VIOLENCE", "\"remember what I told you\""),
        ("FEAR_OF_VIOLENCE", "I was sure she'd actually do it"),
        ("UNWANTED", "Note under door \"last warning cripple\""),
        ("SERIOUS_IMPACT", "Haven't been out since Sunday"),
    ],
)

case(
    32, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="r",
    pattern="supervisor_reclassifies_racist_ex_wife_stalking", relationship="ex_partner", occasions=6,
    text="""\
DS review 18/08: Crime recorded as malicious comms. Disagree. IP Adebayo (Bayo) ODUYA, 66, has described his ex-wife Sandra driving past his flat "most evenings" since April and parking up to watch the windows, plus turning up at his allotment twice. She has sent letters calling him "a sponging African" who should "go back to Lagos". IP has stopped going to the allotment and had a CCTV camera put up. He is clear he's not scared of violence. Please re-record and update VIW. Ensure DASH re-done as IP is diabetic and lives alone.""",
    spans=[
        ("STALK_WATCH", "driving past his flat \"most evenings\" since April"),
        ("STALK_WATCH", "parking up to watch the windows"),
        ("STALK_TURN_UP", "turning up at his allotment twice"),
        ("RACIAL_HOSTILITY", "calling him \"a sponging African\" who should \"go back to Lagos\""),
        ("SERIOUS_IMPACT", "stopped going to the allotment"),
        ("SERIOUS_IMPACT", "had a CCTV camera put up"),
    ],
)

case(
    33, "stalking", "CS",
    voice="mo_field", case="upper", noise="abbrev", batch="r",
    pattern="teen_girl_following_male_teacher", relationship="acquaintance", occasions=5,
    text="""\
SUSP (F, 16, FORMER PUPIL) HAS REPEATEDLY WAITED OUTSIDE IP'S (M TEACHER) HOME ADDRESS AND FOLLOWED HIM ON FOOT TO GYM ON 5 OCCS, SENDING IG MSGS AFTERWARDS DESCRIBING WHAT HE WAS WEARING.""",
    spans=[
        ("STALK_LOITER", "WAITED OUTSIDE IP'S (M TEACHER) HOME ADDRESS"),
        ("STALK_FOLLOW", "FOLLOWED HIM ON FOOT TO GYM"),
        ("REPETITION", "ON 5 OCCS"),
        ("STALK_WATCH", "SENDING IG MSGS AFTERWARDS DESCRIBING WHAT HE WAS WEARING"),
    ],
)

case(
    34, "aggravated_harassment_fear_of_violence", "CFR",
    voice="updates", case="mixed", noise="abbrev", batch="r",
    pattern="female_customer_threatens_muslim_taxi_driver", relationship="customer", occasions=3,
    text="""\
Entry 1 (PCSO Hughes): IP Mohammed Rafiq, taxi driver, Burnley. Regular fare Tracey BRIGGS (54) refused to pay on 2/2 and called him a "Muslim terrorist" and said "I'll get my lads to cut your throat". IP locked himself in car until she walked off.
Entry 2 (PC Lund): same susp rang the taxi office 6/2 asking for "the Paki driver" by name and saying he's "dead when I see him". Controller confirms. IP says he was frightened to work that weekend and believes she means it.
Entry 3: susp arrested 10/2, denies, says she was drunk.""",
    spans=[
        ("RELIGIOUS_HOSTILITY", "called him a \"Muslim terrorist\""),
        ("THREAT_VIOLENCE", "\"I'll get my lads to cut your throat\""),
        ("FEAR_OF_VIOLENCE", "IP locked himself in car until she walked off"),
        ("RACIAL_HOSTILITY", "\"the Paki driver\""),
        ("THREAT_VIOLENCE", "he's \"dead when I see him\""),
        ("FEAR_OF_VIOLENCE", "frightened to work that weekend and believes she means it"),
    ],
)

case(
    35, "stalking_fear_alarm_distress", "CSD",
    voice="statement", case="mixed", noise="clean", batch="r",
    pattern="female_volunteer_fixated_on_blind_man", relationship="acquaintance", occasions=6,
    text="""\
I have been registered blind since 2009 and I live on my own in Penarth. I met Siân Howells when she volunteered at the talking newspaper. After I said I didn't want to see her outside of there, she started ringing my landline several times a day. I know her voice. She rings and says nothing, or tells me she loves me.

My neighbour Derek has seen her standing at my gate three or four times late at night. Last month my guide dog's harness went missing from the porch and then turned up on my doorstep the next morning with a note that Derek read to me: "you need me". I no longer let my landline ring, I have unplugged it, which means my daughter can't reach me. I don't go to the talking newspaper anymore. I am not frightened she'll hurt me but I feel like I'm being watched all the time and I'm not sleeping.""",
    spans=[
        ("STALK_CONTACT", "ringing my landline several times a day"),
        ("FIXATION", "tells me she loves me"),
        ("STALK_LOITER", "standing at my gate three or four times late at night"),
        ("STALK_PROPERTY", "my guide dog's harness went missing from the porch"),
        ("FIXATION", "\"you need me\""),
        ("SERIOUS_IMPACT", "I have unplugged it"),
        ("SERIOUS_IMPACT", "I don't go to the talking newspaper anymore"),
        ("DISTRESS", "I'm not sleeping"),
    ],
)

case(
    36, "harassment", "C",
    voice="crime_summary", case="lower", noise="typos", batch="r",
    pattern="teen_grandson_abusive_voicemails_grandad", relationship="family", occasions=5,
    text="""\
ip ernest bailey 88 reports grandson (kyle, 17) leaving nasty voicemails since ip refused to lend him money - 5 in total, swearing and calling ip a "tight old b*****d" and saying he hopes he dies soon so he gets the house. ip says kyle wouldnt hurt him, he's just a mouthy lad. ip wants him spoken to only.""",
    spans=[
        ("REPETITION", "5 in total"),
        ("UNWANTED", "calling ip a \"tight old b*****d\""),
        ("UNWANTED", "saying he hopes he dies soon so he gets the house"),
    ],
)

case(
    37, "no_offence", "",
    voice="result_note", case="mixed", noise="abbrev", batch="r",
    pattern="negated_ex_girlfriend_contact_denied", relationship="ex_partner", occasions=1,
    text="""\
Result: IP Liam Fairclough reported ex gf Holly Marsh had been messaging him from fake accts. Enquiries with Meta show accounts registered to IP's own brother as a joke, brother admits. Holly denies any msgs and there is no evidence she has contacted IP since they split in May. One genuine msg from her on 3/6 re returning his PS5 - polite. NFA, no crime.""",
    spans=[],
)

case(
    38, "aggravated_stalking", "CSR",
    voice="call_log", case="mixed", noise="heavy", batch="r",
    pattern="woman_follows_gay_irish_man_slurs", relationship="stranger", occasions=4,
    text="""\
rp Padraig o'SULLIVAN, says woman he doesnt know, 40s blonde, has followd him from the station 4 nites in a row, calls out "go back to ireland you bogtrotter" + "fenian", tonight she took pics of his front door. rp "more baffled than scared". no inj. cad 2291 ref'd to snt""",
    spans=[
        ("STALK_FOLLOW", "followd him from the station"),
        ("REPETITION", "4 nites in a row"),
        ("RACIAL_HOSTILITY", "\"go back to ireland you bogtrotter\""),
        ("RELIGIOUS_HOSTILITY", "\"fenian\""),
        ("STALK_WATCH", "took pics of his front door"),
    ],
)

case(
    39, "harassment_fear_of_violence", "CF",
    voice="notebook", case="mixed", noise="abbrev", batch="r",
    pattern="female_partner_threatens_disabled_male_partner", relationship="partner", occasions=2,
    text="""\
1940 @ 12 Fenwick Close. IP Stuart Hague (partial paralysis post stroke) in kitchen, partner Donna HAGUE in lounge. IP states yesterday Donna held a pan of boiling water over his lap and said "one more word". Today she said she'll "finish him off in his sleep". IP tearful, says he's scared she will. Also scared yesterday, couldn't move away. Donna arrested 1955. DASH - high.""",
    spans=[
        ("THREAT_VIOLENCE", "held a pan of boiling water over his lap and said \"one more word\""),
        ("THREAT_VIOLENCE", "she'll \"finish him off in his sleep\""),
        ("FEAR_OF_VIOLENCE", "says he's scared she will"),
        ("FEAR_OF_VIOLENCE", "Also scared yesterday, couldn't move away"),
    ],
)

case(
    40, "aggravated_harassment", "CRD",
    voice="vps", case="mixed", noise="clean", batch="r",
    pattern="female_colleague_racist_notes_impact", relationship="colleague", occasions=4,
    text="""\
Over the last two months someone at work, and I now know it was Lynn, has left notes in my locker saying "smelly foreigner" and "no Romanians here". There were four of them. I am not scared of Lynn. But every day I wonder who else thinks this. I changed my shifts so I don't overlap with her team and I lost money doing that. My wife says I have become quiet. I used to love that job.""",
    spans=[
        ("RACIAL_HOSTILITY", "\"smelly foreigner\" and \"no Romanians here\""),
        ("REPETITION", "There were four of them"),
        ("SERIOUS_IMPACT", "I changed my shifts so I don't overlap with her team"),
        ("DISTRESS", "I have become quiet"),
    ],
)

case(
    41, "stalking", "CS",
    voice="updates", case="mixed", noise="abbrev", batch="r",
    pattern="female_ex_turning_up_at_care_home_elderly_ip", relationship="ex_partner", occasions=4,
    text="""\
21/10 - Care home manager Oakleigh Lodge rang: resident Mr Frank Tillotson (90) being visited by former partner Rita ROWE despite his clear wishes. Staff have turned her away 3 times this month, today she got in via fire door and sat in his room.
22/10 - Spoke to Mr T with staff present, has capacity. He doesn't want her visits, "not scared, just tired of it". Rita also rings the home asking what he's eaten, who's visited.
25/10 - awaiting callback from Rita.""",
    spans=[
        ("REPETITION", "turned her away 3 times this month"),
        ("STALK_TURN_UP", "got in via fire door and sat in his room"),
        ("UNWANTED", "He doesn't want her visits"),
        ("STALK_MONITOR", "rings the home asking what he's eaten, who's visited"),
    ],
)

case(
    42, "aggravated_stalking_fear_alarm_distress", "CSFR",
    voice="statement", case="mixed", noise="clean", batch="r",
    pattern="female_ex_racist_threats_and_following_male_ip", relationship="ex_partner", occasions=5,
    text="""\
Chloe Mason and I split in January. She is white and I'm mixed race, and when we broke up she started saying things about my dad's side. On 3rd February she followed me from the Arndale to the tram stop and said "I'll have you done in, you half-caste rat". I really thought I was going to be jumped and I rang my cousin to come and get me. She then waited outside my flat in Levenshulme on three nights that month. I've had messages from her saying "I know your shift times". On 1st March she was outside my work and said she had "people ready" for me. I'm scared to walk anywhere on my own now because I believe she will get someone to attack me.""",
    spans=[
        ("STALK_FOLLOW", "followed me from the Arndale to the tram stop"),
        ("THREAT_VIOLENCE", "\"I'll have you done in"),
        ("RACIAL_HOSTILITY", "you half-caste rat\""),
        ("FEAR_OF_VIOLENCE", "I really thought I was going to be jumped"),
        ("STALK_LOITER", "waited outside my flat in Levenshulme on three nights"),
        ("STALK_MONITOR", "\"I know your shift times\""),
        ("STALK_TURN_UP", "she was outside my work"),
        ("THREAT_VIOLENCE", "had \"people ready\" for me"),
        ("FEAR_OF_VIOLENCE", "I believe she will get someone to attack me"),
    ],
)

case(
    43, "stalking_fear_alarm_distress", "CSD",
    voice="crime_summary", case="inconsistent", noise="typos", batch="r",
    pattern="teen_boy_watching_neighbour_with_ld", relationship="neighbour", occasions=6,
    text="""\
ip is Sam Whitcombe, 19, moderate learning difficulty, lives with his nan. suspect is 14 yr old boy next door (Alfie DENT). Alfie has been filming Sam thru the bathroom window from his garden + posting clips on TikTok with Sam's name, at least 6 videos. Sam has now stoppd going to college as "everybody's seen it" and wont use the bathroom unless nan covers the window. no threats. Nan very angry. Tiktok removal req sent, school liaison aware.""",
    spans=[
        ("STALK_WATCH", "filming Sam thru the bathroom window from his garden"),
        ("STALK_PUBLISH", "posting clips on TikTok with Sam's name"),
        ("REPETITION", "at least 6 videos"),
        ("SERIOUS_IMPACT", "stoppd going to college"),
        ("SERIOUS_IMPACT", "wont use the bathroom unless nan covers the window"),
    ],
)

case(
    44, "aggravated_harassment_fear_of_violence", "CFR",
    voice="call_log", case="upper", noise="abbrev", batch="r",
    pattern="teen_girls_threats_to_elderly_jewish_woman", relationship="stranger", occasions=2,
    text="""\
RP MRS MIRIAM LEVY (83). 2ND CALL TODAY. SAME 3 TEENAGE GIRLS AT HER DOOR AGAIN SHOUTING "DIRTY JEW" AND "WE'LL BURN YOU OUT". RP VERY FRIGHTENED, SAYS THIS MORNING THEY KICKED THE DOOR AND SHE THOUGHT THEY WOULD GET IN AND HURT HER. NOW HIDING IN BEDROOM, CONVINCED THEY'LL HARM HER. G1.""",
    spans=[
        ("REPETITION", "2ND CALL TODAY"),
        ("RELIGIOUS_HOSTILITY", "\"DIRTY JEW\""),
        ("THREAT_VIOLENCE", "\"WE'LL BURN YOU OUT\""),
        ("FEAR_OF_VIOLENCE", "SHE THOUGHT THEY WOULD GET IN AND HURT HER"),
        ("FEAR_OF_VIOLENCE", "CONVINCED THEY'LL HARM HER"),
    ],
)
