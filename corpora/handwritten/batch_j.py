# ruff: noqa: E501
"""Hand-written narratives, writer j: neighbours, landlords, businesses and communities."""

from corpora.handwritten import case

case(
    1, "harassment", "C",
    voice="call_log", case="upper", noise="abbrev", batch="j",
    pattern="neighbour_repeated_verbal_abuse_over_fence", relationship="neighbour", occasions=4,
    text="""\
CAD 0412 14/03 1907HRS
CLR STATES NEIGHBOUR AT NO 23 (MALE, 50S, KNOWN AS DEZ) HAS BEEN SHOUTING ABUSE AT HER OVER THE FENCE AGAIN - CALLED HER A 'FAT SLAG' AND A 'SCROUNGER' IN FRONT OF HER KIDS. STATES THIS IS THE 4TH TIME THIS MONTH, STARTED AFTER SHE COMPLAINED TO HOUSING ABOUT HIS DOG. NO THREATS. CLR UPSET, CRYING ON PHONE.
1911 THRIVE - NO IMMEDIATE THREAT, SUSP NOW INSIDE OWN ADDRESS. G3 APPT.""",
    spans=[
        ("REPETITION", "THIS IS THE 4TH TIME THIS MONTH"),
        ("DISTRESS", "CLR UPSET, CRYING ON PHONE"),
    ],
)

case(
    2, "aggravated_stalking", "CSR",
    voice="crime_summary", case="mixed", noise="abbrev", batch="j",
    pattern="neighbour_films_family_follows_to_gurdwara", relationship="neighbour", occasions=5,
    text="""\
IP (Mr Harjit SANGHA, 61) reports that since approx Sept last year the male at 4 Linden Close, opp side of the road, has been filming him and his family on his phone whenever they come and go. Susp stands at his front window or on his drive with the phone held up. On at least 3 occ susp has walked behind IP to the gurdwara on Wharf St, staying about 10m back, and then waited across the road until service finished. Sun 12/01 susp shouted 'go back to the Punjab, towel head' as IP left. IP states he is not scared of him, 'he is a sad man', but wants it recorded and wants it to stop. His wife has also seen susp writing down their car reg and times in a notebook. Susp believed to be Keith ORMEROD (PNC - nil trace). Doorbell footage requested, IP's son to upload to portal.""",
    spans=[
        ("STALK_WATCH", "filming him and his family on his phone"),
        ("REPETITION", "whenever they come and go"),
        ("REPETITION", "On at least 3 occ"),
        ("STALK_FOLLOW", "walked behind IP to the gurdwara on Wharf St"),
        ("STALK_LOITER", "waited across the road until service finished"),
        ("RACIAL_HOSTILITY", "'go back to the Punjab, towel head'"),
        ("UNWANTED", "wants it to stop"),
        ("STALK_MONITOR", "writing down their car reg and times"),
    ],
)

case(
    3, "no_offence", "",
    voice="updates", case="mixed", noise="clean", batch="j",
    pattern="landlord_arrears_letters_and_notice_lawful", relationship="landlord", occasions=3,
    text="""\
Update 1 - PC 4471 HOLLIS
Spoke to IP Ms Danielle OKAFOR by phone. She says her landlord, Mr Sandeep VARMA, is "harassing" her. Going through it with her: she is two months behind on rent, he has sent two letters about the arrears (I have seen them, polite in tone, breakdown of amounts owed) and a section 21 notice by recorded post. He attended on the 9th with a Gas Safe engineer for the annual check, having texted 48hrs before. He did not try to enter without her and there has been no abuse.
IP accepts this but says the whole thing is stressful and she is not sleeping.
Update 2
Advised civil matter, signposted to Shelter and the council tenancy relations officer. IP happy with this. No crime. Close.""",
    spans=[
        ("DISTRESS", "the whole thing is stressful and she is not sleeping"),
    ],
)

case(
    4, "stalking_fear_alarm_distress", "CSD",
    voice="statement", case="mixed", noise="clean", batch="j",
    pattern="upstairs_neighbour_notes_and_waiting_after_rejection", relationship="neighbour", occasions=15,
    text="""\
I live at Flat 2, 18 Morley Road, Keighley with my daughter who is 9. The man in the flat above, who I know as Gareth, moved in last spring. At first he was friendly and helped me carry shopping up. In about August he asked me out for a drink and I said no thank you, I wasn't interested. After that things changed.

He started leaving notes under my door. The first one said I WAS RUDE TO YOU AND IM SORRY CAN WE START AGAIN. I didn't reply. Since then there have been eleven more notes, I have kept them all and handed them to PC Dunmore. Some say he loves the way I do my hair, one says he knows I finish at the nursery at 3.15 on Tuesdays.

He is on the stairs whenever I come in. I don't know how he knows when I'm coming. Twice in October he was sitting on the wall by the bins when I got back from work at about 6pm and he just watched me go in, he didn't say anything.

I have had a camera doorbell fitted and I've stopped using the back garden because his window looks over it. I now go to my mum's most nights and only come back to sleep. I have been to my GP and I'm on tablets for my nerves.

He has never threatened me. I'm not frightened he will hit me, it's more that I feel like I can't breathe in my own home.""",
    spans=[
        ("UNWANTED", "I said no thank you, I wasn't interested"),
        ("STALK_CONTACT", "leaving notes under my door"),
        ("REPETITION", "eleven more notes"),
        ("FIXATION", "he loves the way I do my hair"),
        ("FIXATION", "he knows I finish at the nursery at 3.15 on Tuesdays"),
        ("STALK_LOITER", "He is on the stairs whenever I come in"),
        ("REPETITION", "Twice in October"),
        ("STALK_WATCH", "he just watched me go in"),
        ("SERIOUS_IMPACT", "I have had a camera doorbell fitted"),
        ("SERIOUS_IMPACT", "I've stopped using the back garden"),
        ("SERIOUS_IMPACT", "I now go to my mum's most nights"),
        ("SERIOUS_IMPACT", "I'm on tablets for my nerves"),
        ("DISTRESS", "I feel like I can't breathe in my own home"),
    ],
)

case(
    5, "harassment_fear_of_violence", "CFD",
    voice="crime_summary", case="lower", noise="typos", batch="j",
    pattern="rival_taxi_driver_threats_at_rank", relationship="business", occasions=3,
    text="""\
ip is a hackney driver working the rank at the station, susp is another driver (lee brannigan) who accuses ip of jumping the queue. 02/06 susp came to ip's window and said 'ill smash your face in next time'. ip says he was shaking and locked his doors. 09/06 susp back at the rank, punched ip's cab roof and said 'your dead, ive told you'. ip now scared susp will attack him when hes on nights, says susp is a big lad and has a reputaion. 14/06 susp drove past the rank slowly and drew finger across throat at ip. ip has stopped working the station rank after 10pm which is costing him money. witness - another driver mohammed tariq, statment to follow. cctv from station requested, network rail say 28 day retention.""",
    spans=[
        ("THREAT_VIOLENCE", "'ill smash your face in next time'"),
        ("FEAR_OF_VIOLENCE", "he was shaking and locked his doors"),
        ("THREAT_VIOLENCE", "'your dead, ive told you'"),
        ("FEAR_OF_VIOLENCE", "ip now scared susp will attack him when hes on nights"),
        ("THREAT_VIOLENCE", "drew finger across throat at ip"),
        ("SERIOUS_IMPACT", "stopped working the station rank after 10pm"),
    ],
)

case(
    6, "aggravated_harassment_fear_of_violence", "CFR",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="j",
    pattern="polish_shop_owner_threatened_three_times", relationship="customer", occasions=3,
    text="""\
Sgt review 22/11 1430
Read OIC update + MG11 from IP (Tomasz WISNIEWSKI, owner Polski Sklep, 41 High St). Three incidents now linked: 03/11 susp entered shop, knocked a display over and told IP "you Polish c*** will get your head kicked in"; 10/11 susp at the door shouting "go home to your own country or I'll burn this place with you in it"; 19/11 susp spat at the window & shouted the same. IP says after the 2nd one he started locking the door when on his own and keeps his phone in his hand, he's frightened the male will come back and attack him, particularly at closing. Susp ID'd from CCTV as Ryan McGUIRE, 19. Crime currently sat as 3x public order 9B - this is wrong, it's one course of conduct. Pls re-class and link, arrange arrest, consider bail condns not to attend High St. Not DA so no DASH but pls complete S-DASH.""",
    spans=[
        ("REPETITION", "Three incidents now linked"),
        ("RACIAL_HOSTILITY", "you Polish c***"),
        ("THREAT_VIOLENCE", "will get your head kicked in"),
        ("RACIAL_HOSTILITY", "go home to your own country"),
        ("THREAT_VIOLENCE", "I'll burn this place with you in it"),
        ("REPETITION", "shouted the same"),
        ("FEAR_OF_VIOLENCE", "started locking the door when on his own"),
        ("FEAR_OF_VIOLENCE", "he's frightened the male will come back and attack him"),
    ],
)

case(
    7, "stalking", "CS",
    voice="mo_field", case="upper", noise="abbrev", batch="j",
    pattern="customer_fixated_on_pharmacy_assistant", relationship="customer", occasions=10,
    text="""\
MO: SUSP (REGULAR CUSTOMER) ATTENDS PHARMACY DAILY ASKING FOR IP BY NAME, WAITS IN CAR PARK AT END OF IP SHIFT, FOUND IP ON FB & SENT 30+ MSGS 'U R MY GIRL', NEW ACCOUNT AFTER IP BLOCKED. NO THREATS.""",
    spans=[
        ("STALK_TURN_UP", "ATTENDS PHARMACY DAILY ASKING FOR IP BY NAME"),
        ("STALK_LOITER", "WAITS IN CAR PARK AT END OF IP SHIFT"),
        ("STALK_CONTACT", "SENT 30+ MSGS"),
        ("FIXATION", "'U R MY GIRL'"),
        ("STALK_CONTACT", "NEW ACCOUNT AFTER IP BLOCKED"),
    ],
)

case(
    8, "no_offence", "",
    voice="notebook", case="mixed", noise="clean", batch="j",
    pattern="mutual_hedge_boundary_row_single", relationship="neighbour", occasions=1,
    text="""\
SATURDAY 17 MAY 2025
1642 Attended 9 and 11 Orchard Way, Bideford re dispute. Present Mr Alan PASCOE (no 9) and Mrs Bernadette KINSELLA (no 11). Issue is a leylandii hedge on the boundary which Mr PASCOE cut back this afternoon to what he says is the line. Both parties shouting at each other on arrival. Mrs KINSELLA called him a THIEVING OLD GIT, he called her A MAD COW. Both calmed after separation. Neither alleges any previous incidents other than solicitors' letters about the boundary last year. No offences disclosed, advised civil / Land Registry. Words of advice to both.
1710 Resumed patrol.""",
    spans=[],
)

case(
    9, "aggravated_harassment", "CR",
    voice="third_party", case="mixed", noise="clean", batch="j",
    pattern="housing_officer_referral_anti_muslim_comments", relationship="neighbour", occasions=3,
    text="""\
Referral from Tenancy Sustainment Officer, Greenway Homes (Jo PRICHARD)
Our tenant Mrs Amina HUSSEIN at 3b Calder Court has told me that the man in 3a (also our tenant, Mr Paul DEAKIN) has been making comments about her religion for a few weeks. She wears a hijab. She gave me three dates - 28th Feb he said "take that rag off your head, this is England" as she passed on the landing, 4th March he shouted "Allahu akbar boom" at her and laughed with his mate, and on the 11th he said her children would grow up terrorists like their dad. She doesn't think he'll hurt her but she's upset and embarrassed, the kids heard the last one. I've issued him a warning letter under the tenancy. Mrs Hussein is happy to speak to police, best on her mobile after 3pm. I have not witnessed any of this myself.""",
    spans=[
        ("REPETITION", "for a few weeks"),
        ("RELIGIOUS_HOSTILITY", "take that rag off your head, this is England"),
        ("RELIGIOUS_HOSTILITY", "\"Allahu akbar boom\""),
        ("RELIGIOUS_HOSTILITY", "grow up terrorists like their dad"),
        ("DISTRESS", "she's upset and embarrassed"),
    ],
)

case(
    10, "stalking_fear_alarm_distress", "CSD",
    voice="crime_summary", case="mixed", noise="abbrev", batch="j",
    pattern="hmo_landlord_enters_room_and_monitors_tenant", relationship="landlord", occasions=8,
    text="""\
IP Chloe ASANTE-BOATENG (24) rents a room in HMO at 56 Tennyson St, Salford; susp is her landlord Martin FENWICK who lives off site but "pops in" most days. Since Jan IP has found her room has been entered while she's at work - bedding moved, knicker drawer left open, a cup left on her bedside table on 2 occ. Susp has a camera in the communal hall & has txt'd IP comments like 'nice dress today' and 'who was the lad u brought back sat' - IP never told him about this. He rang her 9 times one night when she stayed at her sister's. IP asked him to only contact her by email re tenancy matters, he ignored this. IP has now given notice and moved to her sister's in Eccles early, losing her deposit; she is sleeping badly and has taken 4 days off work. No threats. Susp not yet spoken to. Locks - IP fitted her own lock, susp removed it stating fire regs.""",
    spans=[
        ("STALK_PROPERTY", "her room has been entered while she's at work"),
        ("STALK_PROPERTY", "bedding moved, knicker drawer left open"),
        ("REPETITION", "on 2 occ"),
        ("STALK_WATCH", "has a camera in the communal hall"),
        ("FIXATION", "'nice dress today'"),
        ("STALK_MONITOR", "'who was the lad u brought back sat'"),
        ("STALK_CONTACT", "rang her 9 times one night"),
        ("UNWANTED", "IP asked him to only contact her by email"),
        ("SERIOUS_IMPACT", "moved to her sister's in Eccles early"),
        ("DISTRESS", "she is sleeping badly"),
        ("SERIOUS_IMPACT", "has taken 4 days off work"),
    ],
)

case(
    11, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="updates", case="mixed", noise="abbrev", batch="j",
    pattern="market_trader_photographs_posts_follows_romanian_rival", relationship="business", occasions=8,
    text="""\
14/04 OIC update - DC 2290 BELL
Statement taken from IP Mrs Ionela POPESCU (flower stall, Tues/Sat at Ashford market). Susp is Darren WHITLOCK who runs fruit & veg two pitches down.
- from Jan susp has photographed IP and her stall most market days, IP has seen him doing it "over and over"
- 3 posts on FB group 'Ashford Market Traders & Shoppers' with IP's photo captioned 'Romanian gypsy thieves robbing our market', one of them giving her van reg
- 2x susp waiting by IP's van in the Vicarage Lane car park at packing up, 1x followed her van as far as the A28 roundabout
IP says she does not feel safe there any more. She gave up her Saturday pitch in March and now only trades Tuesdays with her husband present. Her daughter reports IP crying at home.
16/04 screenshots of FB posts exhibited JB/1-3. Market manager confirms IP surrendered Sat pitch 02/03.
18/04 susp not in at home address, card left, will try again.""",
    spans=[
        ("STALK_WATCH", "photographed IP and her stall most market days"),
        ("REPETITION", "\"over and over\""),
        ("STALK_PUBLISH", "3 posts on FB group"),
        ("RACIAL_HOSTILITY", "'Romanian gypsy thieves robbing our market'"),
        ("STALK_PUBLISH", "giving her van reg"),
        ("STALK_LOITER", "2x susp waiting by IP's van"),
        ("STALK_FOLLOW", "followed her van as far as the A28 roundabout"),
        ("DISTRESS", "she does not feel safe there any more"),
        ("SERIOUS_IMPACT", "She gave up her Saturday pitch in March"),
        ("SERIOUS_IMPACT", "only trades Tuesdays with her husband present"),
        ("DISTRESS", "IP crying at home"),
    ],
)

case(
    12, "harassment_fear_of_violence", "CFD",
    voice="victim_diary", case="mixed", noise="clean", batch="j",
    pattern="neighbour_parking_threats_diary", relationship="neighbour", occasions=4,
    text="""\
Diary kept by Mr Wes ADEBAYO-LEWIS, 27 Foxglove Rd - handed to PCSO 8812

Sun 2 Feb - about 8.30am. Him from no 31 (Craig) came out when I was moving my car off the bit outside his house. Said "park there again and I'll put you in hospital". I was really shaken. Went back in.
Tue 4 Feb - he was on his drive when I got home from work. Said "remember what I said". Didn't sleep.
Sat 8 Feb - 10pm-ish. Banging on my front door, shouting come out, I'm going to batter you. I didn't open it. Rang 999 (ref 1477 8 Feb). I honestly thought he was going to come through the door and hurt me.
Mon 10 Feb - his mate in the white transit parked across my drive all day. Not sure if that's connected.

I've started going to work by the back lane so I don't walk past his house. I'm frightened of him now, he's twice my size.""",
    spans=[
        ("THREAT_VIOLENCE", "\"park there again and I'll put you in hospital\""),
        ("THREAT_VIOLENCE", "\"remember what I said\""),
        ("DISTRESS", "Didn't sleep"),
        ("THREAT_VIOLENCE", "come out, I'm going to batter you"),
        ("FEAR_OF_VIOLENCE", "I honestly thought he was going to come through the door and hurt me"),
        ("SERIOUS_IMPACT", "going to work by the back lane"),
        ("FEAR_OF_VIOLENCE", "I'm frightened of him now"),
    ],
)

case(
    13, "stalking", "CS",
    voice="dash_note", case="mixed", noise="abbrev", batch="j",
    pattern="congregation_member_cards_and_visits_to_curate", relationship="acquaintance", occasions=20,
    text="""\
S-DASH completed with IP (Rev. Naomi FAIRCLOUGH, curate St Barnabas) 1615 today.
Frightened? N - "more irritated than anything".
Previous harassment by susp? Y - susp (Lionel ACKROYD, 67, member of the congregation) has sent IP a card or letter every week since Easter, 20+ in total, many say God has chosen them to be together.
Damage to property? N.
Visits >3 times/wk? Y - turns up at the vicarage most evenings, also came to her Tues toddler group.
Loitering? Y - waits in the churchyard after evensong.
Threats? N. Others harassed? N. Others recruited? N. Violence? N. Drugs/alc? unk. Prior violence? N.
Archdeacon wrote to susp in June asking him to stop all contact - carried on regardless.
Risk: STANDARD. Rationale: no threats or violence, IP well supported by the parish. Refer to stalking SPOC re SPO.""",
    spans=[
        ("STALK_GIFTS", "sent IP a card or letter every week since Easter"),
        ("REPETITION", "20+ in total"),
        ("FIXATION", "God has chosen them to be together"),
        ("STALK_TURN_UP", "turns up at the vicarage most evenings"),
        ("STALK_TURN_UP", "came to her Tues toddler group"),
        ("STALK_LOITER", "waits in the churchyard after evensong"),
        ("UNWANTED", "asking him to stop all contact"),
        ("REPETITION", "carried on regardless"),
    ],
)

case(
    14, "no_offence", "R",
    voice="call_log", case="upper", noise="abbrev", batch="j",
    pattern="single_racist_threat_to_taxi_driver_by_passenger", relationship="customer", occasions=1,
    text="""\
CAD 2231 01/01 0247
PRIVATE HIRE DRIVER CLR STATES DRUNK MALE PASSENGER REFUSED TO PAY FARE FROM TOWN TO CHERRY TREE EST, CALLED HIM A 'P*** B******' AND SAID HE WOULD 'STAB HIM UP' THEN RAN OFF TOWARDS FLATS. CLR SHAKEN, SAT IN CAR AT GARAGE ON MILL RD. DASHCAM RUNNING.
0251 G2 ASSIGNED
0319 OFFICERS ON SCENE, DASHCAM FOOTAGE VIEWED, ASNT FOR MALE. CRIME RAISED MAKING OFF / PUBLIC ORDER""",
    spans=[
        ("RACIAL_HOSTILITY", "'P*** B******'"),
        ("THREAT_VIOLENCE", "SAID HE WOULD 'STAB HIM UP'"),
        ("DISTRESS", "CLR SHAKEN"),
    ],
)

case(
    15, "harassment", "C",
    voice="updates", case="lower", noise="typos", batch="j",
    pattern="aggrieved_customer_abusive_calls_to_restaurant_owner", relationship="customer", occasions=9,
    text="""\
update 12/09 pc 1102 - spoke to ip mr kwame osei owner of osei's kitchen, peckham rye. dispute w customer (shane doyle) over a cancelled birthday booking and £80 deposit. ip refunded the deposit on 4/9 (bank screenshot seen). since then susp has rang the resturant 6 times, each time swearing at whoever answers and demanding to speak to 'that useless c***' meaning ip. 3 voicemails left on 8/9 within 20 mins, listened to these - abusive, calls ip a crook and a con man, no threats. ip says his staff are upset and one waitress wont answer the phone now. ip wants it to stop, not bothered about court.
update 14/09 - tt susp, no ans, vm left.""",
    spans=[
        ("REPETITION", "rang the resturant 6 times"),
        ("REPETITION", "3 voicemails left on 8/9 within 20 mins"),
        ("UNWANTED", "ip wants it to stop"),
    ],
)

case(
    16, "aggravated_stalking", "CSR",
    voice="judgment", case="mixed", noise="clean", batch="j",
    pattern="rabbi_photographed_followed_posted_online", relationship="neighbour", occasions=8,
    text="""\
3. The complainant, Rabbi Eliezer GOLDFARB, is the minister of a small congregation in Prestwich. The appellant lived in a flat on the same road. Between March and July 2023 the appellant was seen on many occasions standing on the pavement opposite the synagogue on Saturday mornings, photographing the complainant as he arrived and left. On two occasions he walked some distance behind the complainant as he returned home, and on one of those occasions he stopped at the end of the complainant's drive and remained there for some minutes.

4. Photographs of the complainant, some showing his home, were uploaded to an online forum under the heading "Know your enemy", together with remarks about the Jews running the council. The complainant recognised himself and his house. He told the officer that he was not frightened for his own safety but that he found it "deeply unpleasant", and he had asked a neighbour to let him know if the man was outside.

5. The appellant's case at trial was that he was a keen amateur photographer of buildings and that the complainant simply happened to be in shot.""",
    spans=[
        ("REPETITION", "on many occasions"),
        ("STALK_LOITER", "standing on the pavement opposite the synagogue on Saturday mornings"),
        ("STALK_WATCH", "photographing the complainant as he arrived and left"),
        ("STALK_FOLLOW", "walked some distance behind the complainant as he returned home"),
        ("STALK_LOITER", "stopped at the end of the complainant's drive"),
        ("STALK_PUBLISH", "Photographs of the complainant, some showing his home, were uploaded"),
        ("RELIGIOUS_HOSTILITY", "\"Know your enemy\", together with remarks about the Jews running the council"),
        ("DISTRESS", "\"deeply unpleasant\""),
    ],
)

case(
    17, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="vps", case="mixed", noise="clean", batch="j",
    pattern="neighbour_racist_threats_bat_at_gate_vps", relationship="neighbour", occasions=5,
    text="""\
I understand that this statement may be used in court and that the defence may see it.

I have been asked to say how what Mr Holt has done has affected me and my family. Since we moved into Beech Grove in 2022 Mr Holt from across the road has shouted at us many times. He calls us monkeys and says we should go back to the jungle. The first time he said he would sort us out I thought it was just talk. But in May he came to the gate with a bat and said he'd cave my head in. Since then I am scared every time I go out to the car that he will come at me. In August he said he would get me when my husband was at work, and I believed him.

I don't let the children play out the front anymore. I sleep with my phone under my pillow. I used to love this house and now I don't want to be in it.""",
    spans=[
        ("REPETITION", "shouted at us many times"),
        ("RACIAL_HOSTILITY", "He calls us monkeys"),
        ("RACIAL_HOSTILITY", "go back to the jungle"),
        ("THREAT_VIOLENCE", "he would sort us out"),
        ("THREAT_VIOLENCE", "came to the gate with a bat and said he'd cave my head in"),
        ("FEAR_OF_VIOLENCE", "I am scared every time I go out to the car that he will come at me"),
        ("THREAT_VIOLENCE", "he would get me when my husband was at work"),
        ("FEAR_OF_VIOLENCE", "I believed him"),
        ("SERIOUS_IMPACT", "I don't let the children play out the front anymore"),
        ("SERIOUS_IMPACT", "I sleep with my phone under my pillow"),
    ],
)

case(
    18, "stalking_fear_alarm_distress", "CSF",
    voice="crime_summary", case="inconsistent", noise="heavy", batch="j",
    pattern="ousted_residents_chair_pursues_successor", relationship="neighbour", occasions=10,
    text="""\
Circs: IP (Ms Priya CHAUHAN) was voted in as chair of Westfield Estate Residents Assoc in Oct replacing SUSP (Nigel BRAITHWAITE). since then SUSP has turned up at IP's house 5 or 6 times unannounced wanting to 'discuss the accounts', IP has told him each time to put it in writing. he has followed her round the Co-op and hung about outside the dentists during her appt. messages her on whatsapp late at night, 40+ msgs, alot about how she 'stole' his position and how he knows who shes been meeting. 23/12 at her door he said "people like you end up getting hurt". IP states she was terrified, rang her brother to come over. 06/01 susp stood at end of her path approx 20 mins in the dark, IP again scared he was about to go for her, called 999 (CAD 0614). IP now has brother stopping with her. susp NOT spoke to yet, OIC on leave til 15th""",
    spans=[
        ("STALK_TURN_UP", "turned up at IP's house 5 or 6 times unannounced"),
        ("UNWANTED", "told him each time to put it in writing"),
        ("STALK_FOLLOW", "followed her round the Co-op"),
        ("STALK_LOITER", "hung about outside the dentists during her appt"),
        ("STALK_CONTACT", "messages her on whatsapp late at night"),
        ("REPETITION", "40+ msgs"),
        ("STALK_MONITOR", "he knows who shes been meeting"),
        ("THREAT_VIOLENCE", "\"people like you end up getting hurt\""),
        ("FEAR_OF_VIOLENCE", "she was terrified, rang her brother to come over"),
        ("STALK_LOITER", "stood at end of her path approx 20 mins in the dark"),
        ("FEAR_OF_VIOLENCE", "IP again scared he was about to go for her"),
    ],
)

case(
    19, "aggravated_harassment", "CR",
    voice="result_note", case="mixed", noise="abbrev", batch="j",
    pattern="barred_customer_racist_calls_to_taxi_controller", relationship="customer", occasions=11,
    text="""\
Result: charged. Susp (Barry NUTTALL) rang Castle Cars office 11 times between 02/03 and 19/03 after being barred for non-payment, each time asking for the controller (IP Imran BASHIR) and calling him a 'Paki' and a 'curry muncher'. Calls recorded on firm's system, all 11 exhibited. Susp admitted in interview, said he was "only having a laugh". No threats made. IP fed up rather than frightened.""",
    spans=[
        ("REPETITION", "11 times between 02/03 and 19/03"),
        ("RACIAL_HOSTILITY", "calling him a 'Paki' and a 'curry muncher'"),
        ("DISTRESS", "IP fed up"),
    ],
)

case(
    20, "harassment_fear_of_violence", "CFD",
    voice="call_log", case="lower", noise="abbrev", batch="j",
    pattern="cash_landlord_eviction_threats", relationship="landlord", occasions=3,
    text="""\
inc 0733 21/07 2214
clr mr dean oyelaran states landlord (terry stokes) attended flat 14b cromwell rd again tonight demanding he leaves by friday, said 'if your not out my lads will come and break your legs'. clr states landlord said similar on 12/07 & rang on 18/07 saying 'you know what happens to people who mess me about'. clr now scared to be in flat, thinks landlord will send people round to hurt him. has been staying at friends last 2 nights, came back tonight for clothes.
2216 clr advised lock door, G2 dispatched
2241 pc 3390/3391 attended, landlord gone. clr states no tenancy agreement, pays cash. advised re illegal eviction, ref to council TRO.
2250 clr adds he was terrified on 12th as well, landlord stood over him in kitchen""",
    spans=[
        ("THREAT_VIOLENCE", "'if your not out my lads will come and break your legs'"),
        ("REPETITION", "landlord said similar on 12/07"),
        ("THREAT_VIOLENCE", "'you know what happens to people who mess me about'"),
        ("FEAR_OF_VIOLENCE", "thinks landlord will send people round to hurt him"),
        ("SERIOUS_IMPACT", "staying at friends last 2 nights"),
        ("FEAR_OF_VIOLENCE", "he was terrified on 12th as well"),
    ],
)

case(
    21, "stalking", "CS",
    voice="crime_summary", case="mixed", noise="clean", batch="j",
    pattern="former_salon_client_new_accounts_and_flowers", relationship="customer", occasions=6,
    text="""\
Susp is a former client of IP's salon (Blush, Kings Rd). Since IP refused to do his hair any more in Feb he has made at least 4 new Instagram accounts to follow her private page after each block, and has left flowers with a card reading 'I'll wait for you' on the salon step twice. IP "creeped out" but carrying on as normal.""",
    spans=[
        ("UNWANTED", "IP refused to do his hair any more"),
        ("STALK_MONITOR", "made at least 4 new Instagram accounts to follow her private page after each block"),
        ("STALK_GIFTS", "left flowers with a card"),
        ("FIXATION", "'I'll wait for you'"),
        ("REPETITION", "twice"),
        ("DISTRESS", "\"creeped out\""),
    ],
)

case(
    22, "no_offence", "",
    voice="updates", case="mixed", noise="abbrev", batch="j",
    pattern="neighbour_security_camera_not_aimed_at_victim", relationship="neighbour", occasions=0,
    text="""\
UPDATE 03/10 - PCSO 6120 ROWE
Visited IP Mrs Hilary ENDICOTT, 5 Saxon Mews, re her belief that the neighbour at no 6 (Mr Farid RAHMANI) is 'spying' on her with CCTV. Camera is mounted on his garage and covers the shared drive and his car; he fitted it after his catalytic converter was taken in July (crime ref 46/88120/25 confirms). I viewed the live feed on his phone with his consent - shows his car and about a metre of drive, no view of IP's windows or garden. He has not spoken to IP in months and says he wants nothing to do with her. IP remains anxious about it.
UPDATE 05/10 - no offences disclosed. Advised IP re ICO if she wants to take it further as a data matter. Closing.""",
    spans=[
        ("DISTRESS", "IP remains anxious about it"),
    ],
)

case(
    23, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="call_log", case="upper", noise="redacted", batch="j",
    pattern="imam_followed_from_prayers_letters_photo_of_sons", relationship="stranger", occasions=8,
    text="""\
CAD [REDACTED] 19/08 2105
RP IS IMAM AT XXXX MOSQUE, [REDACTED] RD. STATES A WHITE MALE APPROX 40 HAS FOLLOWED HIM HOME FROM EVENING PRAYERS AGAIN TONIGHT, 4TH TIME SINCE RAMADAN. MALE STOPS AT END OF ROAD AND WATCHES HOUSE. RP HAS RECEIVED 3 LETTERS THROUGH DOOR 'JIHADI SCUM OUT OF OUR TOWN' AND ONE WITH A PHOTO OF HIS SONS AT THE BUS STOP. RP BELIEVES MALE IS GOING TO ATTACK HIM OR FAMILY, STATES 'I AM AFRAID FOR MY LIFE'. HAS FITTED CCTV AND NOW DRIVES TO MOSQUE INSTEAD OF WALKING, SONS BEING TAKEN TO SCHOOL BY A RELATIVE.
2107 G1 - RISK OF HARM, REPEAT, HATE. UNITS ASSIGNED
2119 ON SCENE, AREA SEARCH ASNT
2140 OFFICER NOTE: RP V SHAKEN. PREV LOGS [REDACTED] AND [REDACTED] LINKED. HATE CRIME FLAG ADDED.""",
    spans=[
        ("STALK_FOLLOW", "HAS FOLLOWED HIM HOME FROM EVENING PRAYERS"),
        ("REPETITION", "4TH TIME SINCE RAMADAN"),
        ("STALK_WATCH", "STOPS AT END OF ROAD AND WATCHES HOUSE"),
        ("STALK_CONTACT", "RECEIVED 3 LETTERS THROUGH DOOR"),
        ("RELIGIOUS_HOSTILITY", "'JIHADI SCUM OUT OF OUR TOWN'"),
        ("STALK_WATCH", "A PHOTO OF HIS SONS AT THE BUS STOP"),
        ("FEAR_OF_VIOLENCE", "RP BELIEVES MALE IS GOING TO ATTACK HIM OR FAMILY"),
        ("FEAR_OF_VIOLENCE", "'I AM AFRAID FOR MY LIFE'"),
        ("SERIOUS_IMPACT", "HAS FITTED CCTV"),
        ("SERIOUS_IMPACT", "NOW DRIVES TO MOSQUE INSTEAD OF WALKING"),
        ("DISTRESS", "RP V SHAKEN"),
    ],
)

case(
    24, "harassment", "C",
    voice="result_note", case="mixed", noise="abbrev", batch="j",
    pattern="downstairs_neighbour_abusive_texts_after_noise_complaint", relationship="neighbour", occasions=11,
    text="""\
Outcome: Community resolution. Susp (Lee HARGREAVES, flat 1) admitted sending IP (Yvonne TREADWELL, flat 3) 9 abusive texts in the last fortnight calling her a 'selfish cow' and a 'grass' after she reported his music to the council, and shouting 'snitch' at her in the stairwell x2. No threats. IP annoyed more than anything, agreed to CR, susp has apologised in writing.""",
    spans=[
        ("REPETITION", "9 abusive texts in the last fortnight"),
        ("REPETITION", "x2"),
        ("DISTRESS", "IP annoyed more than anything"),
    ],
)

case(
    25, "stalking_fear_alarm_distress", "CSD",
    voice="statement", case="mixed", noise="typos", batch="j",
    pattern="courier_driver_returns_to_customer_home", relationship="business", occasions=10,
    text="""\
I am 29 and live alone at 3 Ferry Lane, Goole. The man I now know as Stuart PILLING used to deliver parcels to my address for a courier firm. In June he said I had a nice smile and asked for my number, I said no and laughed it off.

About a week later he knocked at 9pm when I hadn't ordered anything. He said he was "just passing". Since then he has come to the door I think seven times, never with a parcel. I've seen his van parked at the end of the lane on his days off, and his own car too which is a silver Corsa. He sent me a friend request on Facebook and when I declined it he messaged me on Messenger saying "I know you live on your own, you need someone looking out for you". I blocked him. He then left a card through my letterbox on my birthday which I never told him.

I complained to the courier company and they say he's been moved off my route but he still turns up. I now get all my parcels sent to a locker at work. I don't answer the door after dark and I've had my dad fit a chain and a spyhole. Most weekends I stay at my boyfreinds now because I can't relax here. My manager has noticed I'm not myself.""",
    spans=[
        ("UNWANTED", "I said no and laughed it off"),
        ("STALK_TURN_UP", "he knocked at 9pm when I hadn't ordered anything"),
        ("REPETITION", "come to the door I think seven times"),
        ("STALK_LOITER", "his van parked at the end of the lane on his days off"),
        ("STALK_CONTACT", "messaged me on Messenger"),
        ("FIXATION", "\"I know you live on your own, you need someone looking out for you\""),
        ("UNWANTED", "I blocked him"),
        ("STALK_GIFTS", "left a card through my letterbox"),
        ("STALK_MONITOR", "on my birthday which I never told him"),
        ("REPETITION", "he still turns up"),
        ("SERIOUS_IMPACT", "I now get all my parcels sent to a locker at work"),
        ("SERIOUS_IMPACT", "I don't answer the door after dark"),
        ("SERIOUS_IMPACT", "had my dad fit a chain and a spyhole"),
        ("SERIOUS_IMPACT", "Most weekends I stay at my boyfreinds now"),
        ("DISTRESS", "I can't relax here"),
    ],
)

case(
    26, "aggravated_stalking", "CSR",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="j",
    pattern="takeaway_owner_watched_photographed_followed_anti_chinese", relationship="stranger", occasions=8,
    text="""\
Supervisor review - Insp 0921 VAUGHAN
Crime recorded as racially agg harassment (8M). Reviewing. Susp has stood outside the Golden Lotus takeaway on Bridge St most nights since the spring, staring in at IP (Mrs Mei LIN, owner), has taken photos of her through the glass on his phone (seen on CCTV), and twice walked behind her to her car at close. Each time he mutters 'Chinese virus' / 'go back to Wuhan'. IP says she isn't scared of him, just wants him moved on. No change in routine reported. OIC to obtain CCTV stills + IP statement and consider arrest. Re-review 14 days.""",
    spans=[
        ("STALK_LOITER", "stood outside the Golden Lotus takeaway on Bridge St most nights"),
        ("STALK_WATCH", "staring in at IP"),
        ("STALK_WATCH", "taken photos of her through the glass on his phone"),
        ("STALK_FOLLOW", "twice walked behind her to her car at close"),
        ("REPETITION", "Each time"),
        ("RACIAL_HOSTILITY", "'Chinese virus' / 'go back to Wuhan'"),
        ("UNWANTED", "wants him moved on"),
    ],
)

case(
    27, "harassment_fear_of_violence", "CF",
    voice="third_party", case="mixed", noise="clean", batch="j",
    pattern="unpaid_builder_threatens_elderly_homeowner", relationship="business", occasions=3,
    text="""\
Online report (third party): My dad (Raymond ELLIS, 78) had a builder do his roof and they fell out over the bill. The builder (Kieran) has come to the house three times since and the last two times said he'd "knock his block off" if he didn't pay up. Dad is frightened to answer the door now and thinks the man will hurt him. He was scared the first time too.""",
    spans=[
        ("REPETITION", "come to the house three times since"),
        ("THREAT_VIOLENCE", "he'd \"knock his block off\""),
        ("FEAR_OF_VIOLENCE", "Dad is frightened to answer the door now"),
        ("FEAR_OF_VIOLENCE", "thinks the man will hurt him"),
        ("FEAR_OF_VIOLENCE", "He was scared the first time too"),
    ],
)

case(
    28, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="updates", case="mixed", noise="redacted", batch="j",
    pattern="antisemitic_threats_from_neighbours_son", relationship="neighbour", occasions=3,
    text="""\
[REDACTED] 04/02 UPDATE OIC
Spoke to V1 (Mr [REDACTED] COHEN) re the 3rd incident. Susp (neighbour's adult son, XXXX) stood in the road outside V1's house at approx 2300hrs shouting 'Hitler should've finished the job' and 'I'm going to gas the lot of you'. Same male made near identical comments on 11/01 and 22/01, the 22nd while holding a lump of wood. V1 says after 22/01 he was convinced susp would attack him and has been checking the street before he leaves the house. Tonight he states he was 'genuinely terrified' and barricaded the front door.
05/02 susp arrested, interviewed, no comment. Bailed with condns not to contact V1 or enter [REDACTED] Avenue.""",
    spans=[
        ("RELIGIOUS_HOSTILITY", "'Hitler should've finished the job'"),
        ("THREAT_VIOLENCE", "'I'm going to gas the lot of you'"),
        ("REPETITION", "near identical comments on 11/01 and 22/01"),
        ("THREAT_VIOLENCE", "while holding a lump of wood"),
        ("FEAR_OF_VIOLENCE", "he was convinced susp would attack him"),
        ("SERIOUS_IMPACT", "checking the street before he leaves the house"),
        ("FEAR_OF_VIOLENCE", "'genuinely terrified' and barricaded the front door"),
    ],
)

case(
    29, "stalking", "CS",
    voice="victim_diary", case="mixed", noise="abbrev", batch="j",
    pattern="grooming_client_turns_up_at_parkrun_and_strava", relationship="customer", occasions=7,
    text="""\
Log kept by Hannah WREN (Waggy Tails grooming)
3/3 - Mr P (client, brings a spaniel) turned up at parkrun. Never mentioned he ran.
10/3 - at parkrun again, waited by my car after.
14/3 - he commented on my Strava "nice route Thursday, you should go the river way its safer". Never shared Strava with him. Made it private.
18/3 - booked the dog in 3 times this week (dog does not need it). Asked my assistant what time I leave.
21/3 - was across the road from my house when I got back from the gym. Just stood there.
Told him on the phone 22/3 to find a new groomer. He rang back 6 times.""",
    spans=[
        ("STALK_TURN_UP", "turned up at parkrun"),
        ("STALK_LOITER", "waited by my car after"),
        ("STALK_MONITOR", "he commented on my Strava"),
        ("UNWANTED", "Made it private"),
        ("REPETITION", "booked the dog in 3 times this week"),
        ("FIXATION", "Asked my assistant what time I leave"),
        ("STALK_LOITER", "was across the road from my house"),
        ("UNWANTED", "Told him on the phone 22/3 to find a new groomer"),
        ("STALK_CONTACT", "He rang back 6 times"),
    ],
)

case(
    30, "no_offence", "",
    voice="call_log", case="mixed", noise="abbrev", batch="j",
    pattern="council_enforcement_inspections_lawful", relationship="business", occasions=4,
    text="""\
Incident 1188 06/11
Caller Mr Owen GRIFFITHS says the council is harassing him, enforcement officer has been to his property 4 times in a month and keeps taking photos of his front garden. Established: council investigating scrap cars / waste on the land, notices served under EPA, visits are inspections. Caller angry, no allegation of abuse or threats. Advised to use council complaints procedure. No police action. Closed.""",
    spans=[],
)

case(
    31, "aggravated_harassment", "CR",
    voice="statement", case="mixed", noise="typos", batch="j",
    pattern="landlord_racist_texts_about_cooking", relationship="landlord", occasions=15,
    text="""\
I rent the top floor flat at 9 Albion Terrace from Mr Derek HOLLAND. Since the new year he has sent me a lot of texts about the smell of my cooking. He calls it African muck and says your lot should learn to live like English people. In one text on the 3rd of March he said "I dont rent to monkeys normaly". I have saved about 14 of these texts and shown them to the officer. When he came for the inspection in April he said the same things about the smell to my face in front of my son. I pay my rent on time and he has never said there is any other problem. It makes me feel small in my own home.""",
    spans=[
        ("RACIAL_HOSTILITY", "He calls it African muck"),
        ("RACIAL_HOSTILITY", "your lot should learn to live like English people"),
        ("RACIAL_HOSTILITY", "\"I dont rent to monkeys normaly\""),
        ("REPETITION", "about 14 of these texts"),
        ("REPETITION", "said the same things about the smell to my face"),
        ("DISTRESS", "It makes me feel small in my own home"),
    ],
)

case(
    32, "stalking_fear_alarm_distress", "CSFD",
    voice="crime_summary", case="mixed", noise="heavy", batch="j",
    pattern="evicted_tenant_pursues_landlady", relationship="landlord", occasions=12,
    text="""\
OIC summary for CPS (MG3 to follow)
IP Mrs Rukhsana BEGUM (52) owns 2 terraced houses on Clive St, Blackburn and lets them out. susp Anthony 'Tony' KERSHAW was her tenant at no 14 untill he was evicted by court bailiffs on 12/01 for arrears. IP lives 3 streets away on Hollins Rd.
from mid Jan susp has:
- come to IP's home on at least 6 occasions, banging on the door & shouting thru letterbox that she 'ruined his life'
- been seen sat on the wall opp her house on numerous evenings (neighbours confirm, one has ring doorbell footage 20/01, 27/01, 02/02)
- followed IP in his car from her house to the mosque on Audley Range 30/01, parked behind her and sat there till she came out
- sent letters to her home and to her daughters work address
on 02/02 susp said thru letterbox 'ill burn you out like you put me out'. IP says she beleived he would do it and had not slept that night. 09/02 susp stood at her gate with a petrol can (empty per susp in interview) - IP terrified, 999 call, son now sleeping at hers. IP has had a fire letterbox fitted by fire service, no longer goes to the mosque on her own, has stopped collecting rents in person and has been signed off work (part time at a pharmacy) since 10/02.
susp in interview: accepts attending to 'get answers', denies any threat, says petrol can was for his mower.
no indication of religious/racial hostility in any of the material - letters checked.""",
    spans=[
        ("STALK_TURN_UP", "come to IP's home on at least 6 occasions"),
        ("STALK_LOITER", "sat on the wall opp her house on numerous evenings"),
        ("STALK_FOLLOW", "followed IP in his car from her house to the mosque"),
        ("STALK_LOITER", "parked behind her and sat there till she came out"),
        ("STALK_CONTACT", "sent letters to her home and to her daughters work address"),
        ("THREAT_VIOLENCE", "'ill burn you out like you put me out'"),
        ("FEAR_OF_VIOLENCE", "IP says she beleived he would do it"),
        ("DISTRESS", "had not slept that night"),
        ("THREAT_VIOLENCE", "stood at her gate with a petrol can"),
        ("FEAR_OF_VIOLENCE", "IP terrified, 999 call"),
        ("SERIOUS_IMPACT", "son now sleeping at hers"),
        ("SERIOUS_IMPACT", "had a fire letterbox fitted"),
        ("SERIOUS_IMPACT", "no longer goes to the mosque on her own"),
        ("SERIOUS_IMPACT", "stopped collecting rents in person"),
        ("SERIOUS_IMPACT", "signed off work"),
    ],
)

case(
    33, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="third_party", case="mixed", noise="redacted", batch="j",
    pattern="neighbour_vexatious_complaints_cameras_log_racist", relationship="neighbour", occasions=35,
    text="""\
From: ASB Team, Northgate Housing
To: Hate Crime Unit
Re: Mr & Mrs [REDACTED] OKONKWO, 22 Pembroke Walk - ref XXXX

We are writing to ask for police involvement. Since the family moved in last year their neighbour at no 20 (Mr [REDACTED], owner-occupier) has made 31 complaints to us about them, covering noise, bins, visitors and parking; every one has been investigated and none substantiated. He has installed two cameras angled over their garden fence and keeps a written log of their visitors, which he has sent us with remarks such as "more of them arriving, it's like Lagos round here". Mrs Okonkwo has twice found him in their side passage. Our officer witnessed him tell Mr Okonkwo to "f*** off back to Africa" on 14/05.

The family have asked for an emergency transfer and Mrs Okonkwo has been signed off from her nursing job with stress. Their daughter has gone to stay at her grandmother's. We have sent him a warning letter, but as he is not our tenant our powers are limited.""",
    spans=[
        ("STALK_ORDERS", "made 31 complaints to us about them"),
        ("STALK_WATCH", "installed two cameras angled over their garden fence"),
        ("STALK_MONITOR", "keeps a written log of their visitors"),
        ("RACIAL_HOSTILITY", "\"more of them arriving, it's like Lagos round here\""),
        ("STALK_PROPERTY", "found him in their side passage"),
        ("RACIAL_HOSTILITY", "\"f*** off back to Africa\""),
        ("SERIOUS_IMPACT", "asked for an emergency transfer"),
        ("SERIOUS_IMPACT", "signed off from her nursing job with stress"),
        ("SERIOUS_IMPACT", "Their daughter has gone to stay at her grandmother's"),
    ],
)

case(
    34, "harassment", "C",
    voice="crime_summary", case="lower", noise="heavy", batch="j",
    pattern="removed_church_treasurer_abusive_emails_to_pastor", relationship="acquaintance", occasions=17,
    text="""\
ip pastor @ new life pentecostal, wolverhampton. susp is ex treasurer (removed by trustees in aug). since then 15-20 emails to ip calling him 'a thief', 'liar', 'fraud in a dog collar' + 2 abusive voicemails on the church phone. ip embarassed n stressed. no threats. trustees have reffered the finance q to charity commission""",
    spans=[
        ("REPETITION", "15-20 emails to ip"),
        ("REPETITION", "2 abusive voicemails"),
        ("DISTRESS", "ip embarassed n stressed"),
    ],
)

case(
    35, "stalking", "CS",
    voice="call_log", case="mixed", noise="typos", batch="j",
    pattern="taxi_driver_texts_and_waits_for_passenger", relationship="business", occasions=30,
    text="""\
Log 1544 27/10
1544 female clr, Jade FERREIRA, states a taxi driver from Aztec Cars who took her home from work 2 wks ago has been texting her on the number she booked with, msgs like 'hope u got home safe gorgeous', 'missing our chats'. she replied to leave her alone on 20/10. since then recieved approx 25 more texts. last 3 nights he's been parked outside the call centre where she works when she finishes at 10 - she recognises the car and plate. tonight he followed her bus in his cab to her stop, she got a lift from a colleage. clr says she's not scared as such but 'its weird'.
1552 TT Aztec Cars manager, will identify driver from booking records and call back
1610 driver ID'd as Mehmet ARSLAN, PNC no trace. G3, OIC to attend tmrw""",
    spans=[
        ("STALK_CONTACT", "texting her on the number she booked with"),
        ("FIXATION", "'hope u got home safe gorgeous', 'missing our chats'"),
        ("UNWANTED", "she replied to leave her alone on 20/10"),
        ("REPETITION", "approx 25 more texts"),
        ("REPETITION", "last 3 nights"),
        ("STALK_LOITER", "parked outside the call centre where she works when she finishes at 10"),
        ("STALK_FOLLOW", "followed her bus in his cab to her stop"),
        ("DISTRESS", "'its weird'"),
    ],
)

case(
    36, "aggravated_stalking", "CSR",
    voice="notebook", case="mixed", noise="clean", batch="j",
    pattern="cafe_owner_romany_photographed_posted_followed", relationship="business", occasions=14,
    text="""\
WEDNESDAY 9 APRIL
0915 Spoke to Mrs Roseanne LOVERIDGE at her cafe, Rosie's, Market Place, Stow. She is a Romany Gypsy and is well known locally as such. Male she knows as GAV from the bookies opposite has for the last 6 weeks taken photos of her every morning as she opens up, has walked behind her to the bank on Tuesdays, and posts the photos on a Facebook page called Stow Watch with comments PIKEY CAFE CHECK YOUR CHANGE. She showed me 14 posts on her phone. Mrs LOVERIDGE says she is NOT BOTHERED BY THE LIKES OF HIM but wants him stopped because customers are reading it. She has asked him to stop twice.
0940 Screenshots taken (exhibit RJT/1). Resumed.""",
    spans=[
        ("REPETITION", "for the last 6 weeks"),
        ("STALK_WATCH", "taken photos of her every morning as she opens up"),
        ("STALK_FOLLOW", "walked behind her to the bank on Tuesdays"),
        ("STALK_PUBLISH", "posts the photos on a Facebook page"),
        ("RACIAL_HOSTILITY", "PIKEY CAFE CHECK YOUR CHANGE"),
        ("REPETITION", "14 posts"),
        ("UNWANTED", "She has asked him to stop twice"),
    ],
)

case(
    37, "harassment_fear_of_violence", "CFD",
    voice="mo_field", case="upper", noise="abbrev", batch="j",
    pattern="barred_customer_threatens_corner_shop_owner", relationship="customer", occasions=3,
    text="""\
MO: BARRED CUSTOMER RETURNS TO SHOP 3X IN 10 DAYS, THREATENS TO 'GLASS' OWNER & 'WAIT FOR HIM AFTER CLOSING'. OWNER NOW SHUTS EARLY, SAYS HE IS SCARED SUSP WILL CARRY IT OUT; STAFF STATE HE WAS SHAKING AFTER 1ST VISIT.""",
    spans=[
        ("REPETITION", "RETURNS TO SHOP 3X IN 10 DAYS"),
        ("THREAT_VIOLENCE", "THREATENS TO 'GLASS' OWNER"),
        ("THREAT_VIOLENCE", "'WAIT FOR HIM AFTER CLOSING'"),
        ("SERIOUS_IMPACT", "OWNER NOW SHUTS EARLY"),
        ("FEAR_OF_VIOLENCE", "SAYS HE IS SCARED SUSP WILL CARRY IT OUT"),
        ("FEAR_OF_VIOLENCE", "HE WAS SHAKING AFTER 1ST VISIT"),
    ],
)

case(
    38, "no_offence", "",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="j",
    pattern="two_unrelated_neighbour_rows_months_apart_friendly_between", relationship="neighbour", occasions=2,
    text="""\
Review DS 3321 KHAN: Crime 52/19044/25 recorded as harassment. I have read both incidents. 1st - 14/03, Mr GREENHALGH called IP (Mrs Sheila MORTIMER, next door) a 'nosy old witch' during a row over his skip blocking her drive. Both parties confirm they then got on fine over the summer - IP fed his cats while he was in Spain in July. 2nd - 02/10, argument about a fence panel blown down in the storm, he swore at her once. IP says "I don't want him in trouble, I just want the fence sorting". Two unrelated disputes seven months apart with friendly relations in between - not a course of conduct. Reclassify N100 / no crime, WA already given. IP informed by phone.""",
    spans=[],
)

case(
    39, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="statement", case="mixed", noise="clean", batch="j",
    pattern="sikh_taxi_driver_threatened_by_pub_drinker", relationship="stranger", occasions=3,
    text="""\
I have been a private hire driver for Swift Cars for eleven years. I am a practising Sikh and I wear a turban. Around the beginning of September a man who drinks in the Crown, next door to our office on Stanley Road, started on me. I don't know his name but the other drivers call him Mouse.

The first time, on the 6th of September, he knocked on my window and said "OI BIN LADEN, YOU'RE NEXT". On the 13th he came over while I was waiting for a job and said he would pull my turban off and cut my throat with it. I was really frightened, I drove off and did not come back to the office that night. On the 20th he spat on my windscreen and said "I'LL BE WAITING FOR YOU ONE NIGHT, RAGHEAD".

Since then I have been scared that he is going to stab me. I check my mirrors all the time. I now park around the corner and walk in with another driver.""",
    spans=[
        ("RELIGIOUS_HOSTILITY", "\"OI BIN LADEN, YOU'RE NEXT\""),
        ("THREAT_VIOLENCE", "he would pull my turban off and cut my throat with it"),
        ("FEAR_OF_VIOLENCE", "I was really frightened"),
        ("THREAT_VIOLENCE", "I'LL BE WAITING FOR YOU ONE NIGHT"),
        ("RELIGIOUS_HOSTILITY", "RAGHEAD"),
        ("FEAR_OF_VIOLENCE", "I have been scared that he is going to stab me"),
        ("SERIOUS_IMPACT", "I now park around the corner and walk in with another driver"),
    ],
)

case(
    40, "stalking_fear_alarm_distress", "CSD",
    voice="updates", case="inconsistent", noise="abbrev", batch="j",
    pattern="allotment_plotholder_gifts_watching_interference", relationship="acquaintance", occasions=10,
    text="""\
02/06 - tt IP Mr Declan O'SHEA re allotment. States female plotholder (Mrs Glenys PRYCE, 60s) still leaving things on his shed - jam, a knitted hat, notes signed 'your Glen x'. He has told her twice he is married and not interested. she is at the allotments every time he is, IP thinks she watches for his car from her plot. last wk his seedlings were pulled up & his shed padlock glued - IP believes it was her after he ignored her at the gate, can't prove.
05/06 - IP has given up his plot after 15 yrs, says he 'can't face going'. His wife says he's low, not sleeping, GP appt booked.
06/06 - allotment society sec confirms several complaints from IP; has spoken to mrs PRYCE who says they are 'close friends'.""",
    spans=[
        ("STALK_GIFTS", "leaving things on his shed - jam, a knitted hat, notes"),
        ("FIXATION", "'your Glen x'"),
        ("UNWANTED", "told her twice he is married and not interested"),
        ("STALK_LOITER", "she is at the allotments every time he is"),
        ("STALK_WATCH", "she watches for his car from her plot"),
        ("STALK_PROPERTY", "his seedlings were pulled up & his shed padlock glued"),
        ("SERIOUS_IMPACT", "given up his plot after 15 yrs"),
        ("DISTRESS", "he's low, not sleeping"),
        ("FIXATION", "they are 'close friends'"),
    ],
)

case(
    41, "aggravated_harassment", "CR",
    voice="call_log", case="upper", noise="abbrev", batch="j",
    pattern="market_stallholder_racist_names_weekly", relationship="business", occasions=10,
    text="""\
1032 CLR (STALLHOLDER, BANGLADESHI) STATES TRADER ON NEXT PITCH HAS CALLED HIM 'BANGLA BOY' AND 'SMELLY FOREIGNER' MOST SAT MORNINGS SINCE JAN, AGAIN TODAY IN FRONT OF CUSTOMERS. NO THREATS. CLR WANTS OFFICER TO ATTEND MARKET.
1035 G3 - PCSOS ON FOOT IN TOWN CENTRE TO ATTEND""",
    spans=[
        ("RACIAL_HOSTILITY", "'BANGLA BOY' AND 'SMELLY FOREIGNER'"),
        ("REPETITION", "MOST SAT MORNINGS SINCE JAN"),
        ("REPETITION", "AGAIN TODAY"),
    ],
)

case(
    42, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="statement", case="mixed", noise="clean", batch="j",
    pattern="homes_for_ukraine_host_monitors_follows_guest", relationship="landlord", occasions=8,
    text="""\
Statement taken through interpreter (Ukrainian), Language Line ref 88231.

In April 2024 I came to the UK with my son under the Homes for Ukraine scheme. We lived in the annexe at the home of Mr Robert CALLOW in Little Haddon. For the first months it was good. In the autumn I got a job at the garden centre and started to go out more with other Ukrainian women. Mr Callow did not like this.

He began to look at my phone when I left it in the kitchen and he would tell me who I had messaged. He followed me in his car to the garden centre and sat in the car park. Twice he came into the annexe when I was at work and I found my drawers open. He said many times "you people come here and take everything" and "Ukrainians are all the same, ungrateful, you should go back and fight". When I told him I would find another place he said nobody would rent to a Ukrainian with no money.

In January I moved with my son to a room in Banbury. My son had to change school. I do not go out in the evenings now and I have panic attacks at work. I am not afraid he will hit me, but I feel he is always watching.""",
    spans=[
        ("STALK_MONITOR", "look at my phone when I left it in the kitchen"),
        ("STALK_MONITOR", "he would tell me who I had messaged"),
        ("STALK_FOLLOW", "followed me in his car to the garden centre"),
        ("STALK_LOITER", "sat in the car park"),
        ("REPETITION", "Twice"),
        ("STALK_PROPERTY", "came into the annexe when I was at work and I found my drawers open"),
        ("REPETITION", "said many times"),
        ("RACIAL_HOSTILITY", "\"you people come here and take everything\""),
        ("RACIAL_HOSTILITY", "\"Ukrainians are all the same, ungrateful, you should go back and fight\""),
        ("SERIOUS_IMPACT", "I moved with my son to a room in Banbury"),
        ("SERIOUS_IMPACT", "My son had to change school"),
        ("SERIOUS_IMPACT", "I do not go out in the evenings now"),
        ("SERIOUS_IMPACT", "I have panic attacks at work"),
        ("DISTRESS", "I feel he is always watching"),
    ],
)

case(
    43, "harassment", "C",
    voice="updates", case="inconsistent", noise="abbrev", batch="j",
    pattern="neighbour_abusive_notes_on_work_van", relationship="neighbour", occasions=6,
    text="""\
UPDATE 1 11/08: IP Mr Callum FROST, 6 Heron Way. neighbour Mrs Jean DOBBS at no 8 keeps putting notes under the wipers of IP's work van about where he parks it - 5 since July, latest reads 'MOVE YOUR SCRAP HEAP YOU IGNORANT PIG'. also swore at IP on the drive 02/08 calling him a 'thick b*****d'. van is legally parked on the road.
UPDATE 2 14/08: spoke to Mrs DOBBS, accepts the notes, says the van blocks her light. WA given. IP says he's 'sick of it' and dreads coming home from work.""",
    spans=[
        ("REPETITION", "5 since July"),
        ("DISTRESS", "dreads coming home from work"),
    ],
)

case(
    44, "stalking", "CS",
    voice="crime_summary", case="mixed", noise="redacted", batch="j",
    pattern="fruit_stallholder_cards_and_bus_stop_after_rejection", relationship="business", occasions=7,
    text="""\
IP (XXXX, 34, nurse) buys fruit most weeks from a stall on [REDACTED] market. Stallholder (male, 50s, 'Lenny') started giving her free flowers and won't take no. Since she stopped using his stall in Nov he has posted 3 cards through her door at [REDACTED] - she never gave him her address - one saying 'we're meant to be, you'll see'. He has been seen at the bus stop opposite her flat on 2 Sunday mornings. IP 'uneasy'.""",
    spans=[
        ("STALK_GIFTS", "giving her free flowers"),
        ("UNWANTED", "won't take no"),
        ("UNWANTED", "she stopped using his stall"),
        ("STALK_CONTACT", "posted 3 cards through her door"),
        ("STALK_MONITOR", "she never gave him her address"),
        ("FIXATION", "'we're meant to be, you'll see'"),
        ("STALK_LOITER", "at the bus stop opposite her flat"),
        ("REPETITION", "2 Sunday mornings"),
        ("DISTRESS", "'uneasy'"),
    ],
)
