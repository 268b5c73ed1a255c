# ruff: noqa: E501
"""Hand-written narratives, writer vb: work and commerce (colleagues, customers, staff, trades)."""

from corpora.handwritten import case

case(
    1, "stalking", "CS",
    voice="call_log", case="upper", noise="abbrev", batch="vb",
    pattern="former_colleague_keeps_coming_into_shop_where_ip_now_works_after_rejection", relationship="colleague", occasions=5,
    text="""\
CALL 0917 RE HARASSMENT. IP ANJALI MEHTA WORKS AT GREGGS? NO - CORRECTION, WORKS ON THE BAKERY COUNTER IN MORRISONS HALEWOOD. SUSP IS DEAN FOLEY, EX COLLEAGUE FROM HER OLD JOB AT THE CALL CENTRE, SHE LEFT THERE IN MARCH. SUSP HAS COME INTO STORE 4 TIMES SINCE 2/5, STANDS AT END OF AISLE WATCHING HER SERVE, DOESNT BUY ANYTHING. IP TOLD HIM LAST WK SHE IS NOT INTERESTED AND TO LEAVE HER ALONE. HE SAID "I'LL WAIT, YOU'LL COME ROUND". CAME IN AGAIN YESTERDAY 1640. NO THREATS. STORE SECURITY (W1 GARY) AWARE AND HAS STILLS FROM CCTV. IP UPSET, WANTS ADVICE + LOG. NO INJ. VEH NOT KNOWN. TASKED TO NPT FOR CALLBACK.""",
    spans=[
        ("STALK_TURN_UP", "HAS COME INTO STORE"),
        ("REPETITION", "4 TIMES SINCE 2/5"),
        ("STALK_WATCH", "STANDS AT END OF AISLE WATCHING HER SERVE"),
        ("UNWANTED", "SHE IS NOT INTERESTED AND TO LEAVE HER ALONE"),
        ("FIXATION", "I'LL WAIT, YOU'LL COME ROUND"),
        ("STALK_TURN_UP", "CAME IN"),
        ("REPETITION", "AGAIN YESTERDAY"),
        ("DISTRESS", "IP UPSET"),
    ],
)

case(
    2, "harassment", "C",
    voice="crime_summary", case="mixed", noise="clean", batch="vb",
    pattern="customer_abuses_plumber_over_unpaid_boiler_job_one_threat_no_fear", relationship="customer", occasions=6,
    text="""\
Crime summary: The victim, Mr Ross Kettle, is a self-employed plumber. In January he fitted a new boiler at the home of the suspect, Mrs Paula Dray, of Wren Close. Mrs Dray was unhappy with the radiator in the back bedroom and refused to pay the final £640. Since 14/02 she has sent the victim a stream of abusive WhatsApp messages calling him a cowboy and a thief, and has rung his business line repeatedly, on one day eleven times. On 27/02 she left a voicemail saying "you'll get a slap if you come near this street again". Mr Kettle says he has no reason to go near the street and that he isn't frightened of her, but the calls are tying up his line and customers can't get through. He has kept all the messages. The small claims route has been suggested to both parties. Suspect to be interviewed voluntarily re s.2 PHA.""",
    spans=[
        ("REPETITION", "Since 14/02"),
        ("STALK_CONTACT", "sent the victim a stream of abusive WhatsApp messages calling him a cowboy and a thief"),
        ("STALK_CONTACT", "rung his business line repeatedly"),
        ("REPETITION", "on one day eleven times"),
        ("THREAT_VIOLENCE", "you'll get a slap if you come near this street again"),
    ],
)

case(
    3, "no_offence", "",
    voice="notebook", case="lower", noise="typos", batch="vb",
    pattern="bar_colleagues_two_insults_six_months_apart_made_up_in_between", relationship="colleague", occasions=2,
    text="""\
spoke to ip at the crown & anchor 1930hrs. ip (barmaid) says co-worker kyle sent her a horrible msg in june calling her a grass after she told the manger about him taking tips off the bar. they sorted it out next day, he apolgised, they been fine since, even went to the staff summer bbq together and covered each others shifts. last nite (4/12) after a row over the rota he called her a stupid cow in the cellar. nothing at all in between. ip dosent want police action just wanted it noted incase. advised re HR and grievence. nfa.""",
    spans=[
        ("STALK_CONTACT", "sent her a horrible msg in june calling her a grass"),
        ("UNWANTED", "called her a stupid cow in the cellar"),
    ],
)

case(
    4, "harassment_fear_of_violence", "CF",
    voice="statement", case="mixed", noise="clean", batch="vb",
    pattern="banned_gym_member_threatens_duty_manager_twice", relationship="customer", occasions=2,
    text="""\
I am the duty manager at Fitzone gym on Carver Street and have worked there four years. I make this statement about a member called Lee Brannigan, who I know by sight and from our membership system. On Saturday 8th March I had to cancel his membership after complaints from female members about him filming in the free weights area. I told him at the front desk and he leaned over and said "I know what car you drive, I'll have you when you're locking up." I took that seriously. On Tuesday 11th March at about 2150 he rang the gym and asked reception to put me on. He said "you're getting done in, mate, you and your little rules" and hung up. I am genuinely frightened he is going to attack me when I'm on my own. I have never had any problem with him before March and have no other dealings with him.""",
    spans=[
        ("THREAT_VIOLENCE", "I know what car you drive, I'll have you when you're locking up."),
        ("STALK_CONTACT", "he rang the gym and asked reception to put me on"),
        ("THREAT_VIOLENCE", "you're getting done in, mate, you and your little rules"),
        ("FEAR_OF_VIOLENCE", "I am genuinely frightened he is going to attack me"),
    ],
)

case(
    5, "aggravated_harassment", "CR",
    voice="third_party", case="mixed", noise="redacted", batch="vb",
    pattern="hr_referral_team_leader_racist_remarks_to_warehouse_picker", relationship="colleague", occasions=4,
    text="""\
HR REFERRAL - forwarded to police by [COMPANY] People Team
Employee A (complainant) is a picker on nights at the [LOCATION] distribution centre. Employee B is a team leader on the same shift. Employee A reports that since around the start of September Employee B has made repeated remarks about his Nigerian background over the radio and on the floor. On 12/09 he told Employee A to "go back to the jungle" in front of two agency staff. On 19/09 and again on 23/09 he made monkey noises when Employee A came to the pick face. On 30/09 a note was left in Employee A's locker reading "[SLUR] not wanted here". Employee A identifies Employee B's handwriting. Employee A states he is "sick of it" and angry but has carried on working his normal shifts. Witnesses: [NAME 1], [NAME 2] (agency). Employee B suspended pending investigation 01/10. Referral made to police at Employee A's request as he wants it recorded as a racially aggravated offence.""",
    spans=[
        ("REPETITION", "since around the start of September"),
        ("RACIAL_HOSTILITY", "made repeated remarks about his Nigerian background"),
        ("RACIAL_HOSTILITY", "go back to the jungle"),
        ("REPETITION", "On 19/09 and again on 23/09"),
        ("RACIAL_HOSTILITY", "made monkey noises"),
        ("STALK_CONTACT", "a note was left in Employee A's locker"),
        ("RACIAL_HOSTILITY", "[SLUR] not wanted here"),
        ("DISTRESS", "he is \"sick of it\" and angry"),
    ],
)

case(
    6, "stalking_fear_alarm_distress", "CSD",
    voice="updates", case="inconsistent", noise="abbrev", batch="vb",
    pattern="salon_client_fixated_on_stylist_gifts_and_waiting_she_moves_branch", relationship="customer", occasions=7,
    text="""\
UPDATE 1 - 14/10 PC 4471 HOLT
spoke to IP Chloe Barton (stylist, Snip Studio, High St). susp = Martin Greaves, client of hers for approx 1yr. since Aug he has booked in EVERY week even tho his hair doesnt need it, asks her about her bf, her days off.
UPDATE 2 - 15/10
IP states susp left flowers + card at salon 'to my girl' on 3/10, then a bracelet on 9/10. she returned both & told him she only wants a professional relationship. he said 'you don't mean that'. salon owner has now banned him.
UPDATE 3 - 21/10
since the ban susp has sat on the bench opposite salon at closing on 16/10, 18/10 and 20/10. didn't approach. IP now gets her dad to collect her, has swapped to the Ormskirk branch from next wk and has come off social media. no threats made at any time.
UPDATE 4 - 22/10
SUSP ARRESTED 0740 HOME ADDRESS ON SUSPICION OF STALKING. INTERVIEW PENDING.""",
    spans=[
        ("REPETITION", "EVERY week"),
        ("FIXATION", "asks her about her bf, her days off"),
        ("STALK_GIFTS", "left flowers + card at salon 'to my girl'"),
        ("STALK_GIFTS", "a bracelet on 9/10"),
        ("UNWANTED", "told him she only wants a professional relationship"),
        ("FIXATION", "he said 'you don't mean that'"),
        ("STALK_LOITER", "sat on the bench opposite salon at closing"),
        ("REPETITION", "on 16/10, 18/10 and 20/10"),
        ("SERIOUS_IMPACT", "gets her dad to collect her"),
        ("SERIOUS_IMPACT", "has swapped to the Ormskirk branch"),
        ("SERIOUS_IMPACT", "has come off social media"),
    ],
)

case(
    7, "aggravated_stalking", "CSR",
    voice="victim_diary", case="mixed", noise="typos", batch="vb",
    pattern="former_manager_posts_about_and_monitors_muslim_ex_employee_false_complaint_to_new_job", relationship="colleague", occasions=4,
    text="""\
Mon 3rd
Another one tonight. Craig (my old manager at Lawton Estates) has put a post up on the Lawton community page about "certain people who wear a tea towel on their head and steal clients". Everyone knows he means me. Screenshotted it.
Weds 5th
He's liked and commented on every photo on my Insta going back two years, even ones from uni. I've blocked him twice he just makes new accounts. One comment said "praying to the wrong god again".
Fri 7th
Sameera at my new office told me someone phoned HR pretending to be a client saying I'd been rude and was "one of them extremists". They didnt believe it but I was mortified.
Sun 9th
Thought I saw his van at the end of my road when I went for milk. Might be nothing. I keep telling myself I left that job to get away from him. Not scared of him exactly, Im just so tired of it. Going to ring 101 tomorow and give them this diary.""",
    spans=[
        ("STALK_PUBLISH", "has put a post up on the Lawton community page"),
        ("RELIGIOUS_HOSTILITY", "certain people who wear a tea towel on their head"),
        ("STALK_MONITOR", "liked and commented on every photo on my Insta going back two years"),
        ("FIXATION", "I've blocked him twice he just makes new accounts"),
        ("RELIGIOUS_HOSTILITY", "praying to the wrong god again"),
        ("STALK_ORDERS", "someone phoned HR pretending to be a client"),
        ("RELIGIOUS_HOSTILITY", "one of them extremists"),
        ("DISTRESS", "I was mortified"),
        ("DISTRESS", "Im just so tired of it"),
    ],
)

case(
    8, "aggravated_harassment_fear_of_violence", "CFR",
    voice="call_log", case="lower", noise="heavy", batch="vb",
    pattern="resident_racially_abuses_and_threatens_parcel_driver_twice", relationship="stranger", occasions=2,
    text="""\
c/r is a DPD driver, van parked on cresswell rd w/ hazards. states male at no 41 has come out AGAIN as he delivered next door, shouted 'f*** off back to pakistan p***' + said he wd put a brick thru his head. same male last tues said 'next time i see ur van ur getting stabbed'. c/r sikh, from wolverhampton, says hes shaking, scared to go down that rd, wont do the drop. male now back inside. unit req. c/r waiting at end of rd. ??weapons nk.""",
    spans=[
        ("REPETITION", "AGAIN"),
        ("RACIAL_HOSTILITY", "f*** off back to pakistan p***"),
        ("THREAT_VIOLENCE", "wd put a brick thru his head"),
        ("THREAT_VIOLENCE", "next time i see ur van ur getting stabbed"),
        ("FEAR_OF_VIOLENCE", "hes shaking, scared to go down that rd"),
    ],
)

case(
    9, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="supervisor_review", case="mixed", noise="clean", batch="vb",
    pattern="sacked_shop_worker_watches_follows_and_racially_threatens_owner", relationship="colleague", occasions=8,
    text="""\
Supervisor review - Sgt 2290 Okafor
I have reviewed this crime following the victim's second call today. The initial officer recorded it as a public order offence and a separate malicious communications; that is not right and I am re-classifying.
Victim Mr Tariq Hussain owns the Spar on Belmont Parade. Suspect Jordan Kemp worked there until he was sacked in July for stealing from the till. Since August the suspect has:
- stood across the road from the shop for long periods on at least six dates (CCTV from the bookies opposite confirms 12/8, 19/8, 2/9, 3/9, 10/9, 17/9), staring in;
- followed the victim in his car from the shop to the cash and carry on 3/9 and sat behind him in the car park;
- sent Facebook messages calling him a "dirty P***" and saying "your lot should be burnt out";
- on 10/9 told him face to face "I'll slash you and your shop";
- on 17/9 shouted at him through the door "you're dead, I'm coming back for you".
The victim tells me he is frightened to open up on his own and believes the suspect will attack him. He has had shutters fitted, now opens two hours later so that his nephew can be with him, and has stopped taking the takings to the bank himself.
This is not a sacking dispute: the suspect has no outstanding claim against the business and the conduct is aimed squarely at the victim. Racially aggravated s.4A PHA is the correct classification. Actions: OIC to obtain the bookies CCTV formally, screenshot the messages, arrest the suspect today. Consider bail conditions not to attend Belmont Parade. Risk: MEDIUM-HIGH.""",
    spans=[
        ("STALK_LOITER", "stood across the road from the shop for long periods"),
        ("REPETITION", "12/8, 19/8, 2/9, 3/9, 10/9, 17/9"),
        ("STALK_WATCH", "staring in"),
        ("STALK_FOLLOW", "followed the victim in his car from the shop to the cash and carry"),
        ("STALK_CONTACT", "sent Facebook messages"),
        ("RACIAL_HOSTILITY", "calling him a \"dirty P***\""),
        ("RACIAL_HOSTILITY", "your lot should be burnt out"),
        ("THREAT_VIOLENCE", "I'll slash you and your shop"),
        ("THREAT_VIOLENCE", "you're dead, I'm coming back for you"),
        ("FEAR_OF_VIOLENCE", "he is frightened to open up on his own and believes the suspect will attack him"),
        ("SERIOUS_IMPACT", "now opens two hours later so that his nephew can be with him"),
        ("SERIOUS_IMPACT", "has stopped taking the takings to the bank himself"),
    ],
)

case(
    10, "harassment", "C",
    voice="vps", case="mixed", noise="clean", batch="vb",
    pattern="pub_customer_homophobic_abuse_of_bar_supervisor_weekly", relationship="customer", occasions=8,
    text="""\
Victim Personal Statement - Daniel Pryce
I have been a bar supervisor at The Wheatsheaf for six years. I have had plenty of awkward customers, but what Shane Carter did over those five weeks was different. Every time he came in, which was most Fridays and Saturdays, he made comments about me being gay, loud enough for the whole bar to hear. He called me a "f****t" and asked other customers if they wanted to "catch something off the queer behind the bar". After we barred him he sent messages to the pub's Facebook page asking for me by name and calling me the same things. I want the court to know that it has made me dread going into work on a weekend. I've cried in the cellar more than once. I know some people will say it's just banter from a drunk, but it isn't banter when it's every week. I did not feel he was going to hurt me; it was the humiliation.""",
    spans=[
        ("REPETITION", "over those five weeks"),
        ("REPETITION", "most Fridays and Saturdays"),
        ("UNWANTED", "made comments about me being gay, loud enough for the whole bar to hear"),
        ("STALK_CONTACT", "sent messages to the pub's Facebook page asking for me by name"),
        ("DISTRESS", "it has made me dread going into work on a weekend"),
        ("DISTRESS", "I've cried in the cellar more than once"),
        ("REPETITION", "every week"),
    ],
)

case(
    11, "stalking", "CS",
    voice="mo_field", case="upper", noise="clean", batch="vb",
    pattern="ex_partner_same_office_pleading_teams_messages_waits_by_car", relationship="ex_partner", occasions=6,
    text="""\
SUSP, EX PARTNER OF IP (SEP JAN), WORKS SAME OFFICE. OVER 3 WKS HAS SENT IP 40+ TEAMS MSGS + WORK EMAILS BEGGING HER TO TAKE HIM BACK, LEFT CARD ON HER DESK, WAITED BY HER CAR IN STAFF CAR PARK ON 3 OCCASIONS. NO THREATS. IP REPORTED TO LINE MGR THEN POLICE.""",
    spans=[
        ("REPETITION", "OVER 3 WKS"),
        ("STALK_CONTACT", "HAS SENT IP 40+ TEAMS MSGS + WORK EMAILS"),
        ("FIXATION", "BEGGING HER TO TAKE HIM BACK"),
        ("STALK_GIFTS", "LEFT CARD ON HER DESK"),
        ("STALK_LOITER", "WAITED BY HER CAR IN STAFF CAR PARK"),
        ("REPETITION", "ON 3 OCCASIONS"),
    ],
)

case(
    12, "no_offence", "R",
    voice="dash_note", case="lower", noise="abbrev", batch="vb",
    pattern="drunk_customer_single_racist_slur_at_takeaway_counter", relationship="customer", occasions=1,
    text="""\
2310 attended golden wok, park lane. drunk male customer (left b4 arrival) called the owner a 'ch**k' when told card machine down, then walked out. one-off, never seen him before. owner shrugged it off. cctv req. desc circulated. s.5 POA rac agg crime raised.""",
    spans=[
        ("RACIAL_HOSTILITY", "called the owner a 'ch**k'"),
    ],
)

case(
    13, "harassment_fear_of_violence", "CF",
    voice="notebook", case="mixed", noise="typos", batch="vb",
    pattern="sacked_mechanic_texts_two_threats_to_service_manager", relationship="colleague", occasions=2,
    text="""\
PC 1187 Walsh. 1415 hrs 22/06. At Brightwell Motors, Dock Rd. Spoke with IP Simon Rudd, service manager. IP dismissed mechanic Aaron Tate on 18/06 for gross misconduct (turned up drunk). 19/06 2240 Tate text IP "ur gonna regret this im gonna batter u in front of ur kids". 21/06 0112 another txt "watch ur back when u lock up, ur getting it". IP showed me both on his phone, number saved as Aaron work. IP visably shaken, says he belives Tate will do it, Tate has a temper and has previous for assult. Has told staff not to let Tate on site. Photos of msgs taken. Crime raised.""",
    spans=[
        ("THREAT_VIOLENCE", "ur gonna regret this im gonna batter u in front of ur kids"),
        ("THREAT_VIOLENCE", "watch ur back when u lock up, ur getting it"),
        ("DISTRESS", "IP visably shaken"),
        ("FEAR_OF_VIOLENCE", "says he belives Tate will do it"),
    ],
)

case(
    14, "aggravated_harassment", "CR",
    voice="judgment", case="mixed", noise="clean", batch="vb",
    pattern="regular_customer_religious_abuse_of_sikh_newsagent_threat_not_feared", relationship="customer", occasions=7,
    text="""\
Sentencing remarks (extract)
Mr Lowe, you have pleaded guilty to religiously aggravated harassment. The facts are these. Mr Gurdeep Sandhu runs a newsagent's on Corporation Road and has done for nineteen years. You were a customer there, buying cigarettes and scratchcards most days. Between October and December last year you went into that shop on at least seven occasions and abused him because of his faith. You called him a "turban-headed terrorist". You reached across the counter and pulled at the end of his turban. You told him his religion was "a cult for dirty foreigners". On one occasion, on 2nd December, you said you would come back and "burn the place down with you in it".
I have read Mr Sandhu's statement with care. He is a dignified man. He says, and I accept, that he was never afraid of you; he describes you as "a sad drunk" and he carried on opening as normal. The Crown have rightly not put the case on the basis that he feared violence. But he also says that your words went to something he holds dear, and that his teenage son, who sometimes works behind the counter, heard some of it.
The aggravation by religious hostility is plain and I increase the sentence to reflect it. Taking into account your plea and your previous convictions, the sentence is one of 16 weeks' imprisonment, suspended.""",
    spans=[
        ("REPETITION", "on at least seven occasions"),
        ("RELIGIOUS_HOSTILITY", "abused him because of his faith"),
        ("RELIGIOUS_HOSTILITY", "turban-headed terrorist"),
        ("RELIGIOUS_HOSTILITY", "pulled at the end of his turban"),
        ("RELIGIOUS_HOSTILITY", "a cult for dirty foreigners"),
        ("THREAT_VIOLENCE", "burn the place down with you in it"),
    ],
)

case(
    15, "stalking_fear_alarm_distress", "CSFD",
    voice="crime_summary", case="inconsistent", noise="abbrev", batch="vb",
    pattern="courier_takes_customer_number_from_app_fixated_doorstep_threats", relationship="customer", occasions=6,
    text="""\
CRIME SUMMARY. IP (F, 24) lives alone in flat 3, Ashby Ct. SUSP is a courier for Quikdrop who delivered a parcel to IP on 2/4 and chatted to her on the doorstep. Obtained her mobile no. from the delivery app. since then:
3/4 - whatsapp 'ur gorgeous, fancy a drink?' IP said no thanks, has a bf.
5/4, 6/4, 9/4 - numerous msgs, 'i know u like me really', 'we had a connection'. IP blocked him.
11/4 - SUSP KNOCKED ON HER DOOR IN UNIFORM WITH NO PARCEL. IP didnt answer. Seen on ring doorbell.
14/4 - note thru door: 'you cant ignore me forever. if i cant have you nobody will.'
16/4 - SUSP on ring doorbell again 2315hrs, said into camera 'open the door or ill put it in and then youll see'.
IP V SCARED, BELIEVES HE WILL HURT HER. Staying at her mums since 16/4. Company (Quikdrop) contacted - susp suspended, they have provided his details. Arrest plan in place.""",
    spans=[
        ("STALK_MONITOR", "Obtained her mobile no. from the delivery app"),
        ("UNWANTED", "IP said no thanks, has a bf"),
        ("STALK_CONTACT", "numerous msgs"),
        ("FIXATION", "i know u like me really"),
        ("UNWANTED", "IP blocked him"),
        ("STALK_TURN_UP", "SUSP KNOCKED ON HER DOOR IN UNIFORM WITH NO PARCEL"),
        ("STALK_CONTACT", "note thru door"),
        ("THREAT_VIOLENCE", "if i cant have you nobody will"),
        ("REPETITION", "again 2315hrs"),
        ("THREAT_VIOLENCE", "open the door or ill put it in and then youll see"),
        ("FEAR_OF_VIOLENCE", "IP V SCARED, BELIEVES HE WILL HURT HER"),
        ("SERIOUS_IMPACT", "Staying at her mums since 16/4"),
    ],
)

case(
    16, "aggravated_stalking", "CSR",
    voice="result_note", case="mixed", noise="abbrev", batch="vb",
    pattern="ex_colleague_turns_up_on_polish_carers_rounds_racist_texts_false_report", relationship="colleague", occasions=8,
    text="""\
RESULT: Charged - racially aggravated stalking (s.2A PHA / s.32 CDA). Bailed to court 09/05.
Summary for file: IP Agnieszka Nowak, care worker with BrightCare Homecare. SUSP Wayne Purcell, former colleague (left company Jan). After IP declined to go out with him in Dec SUSP began turning up at clients' addresses on her rota, 6+ times Feb-Apr, having got the rota from a friend still at the company. Sat outside in his car while she did her calls. Sent texts calling her a "Polish tart who should go back to her own country" and saying "you'll come round, I'm not giving up". On 22/04 SUSP reported her to BrightCare as stealing from a client - investigated, false. IP says she feels sick every time she sees a silver car but has kept working her normal rota. No threats alleged. Full admissions in interview, says he "just wanted to talk to her".""",
    spans=[
        ("UNWANTED", "IP declined to go out with him"),
        ("STALK_TURN_UP", "turning up at clients' addresses on her rota"),
        ("REPETITION", "6+ times Feb-Apr"),
        ("STALK_MONITOR", "having got the rota from a friend still at the company"),
        ("STALK_WATCH", "Sat outside in his car while she did her calls"),
        ("STALK_CONTACT", "Sent texts"),
        ("RACIAL_HOSTILITY", "Polish tart who should go back to her own country"),
        ("FIXATION", "you'll come round, I'm not giving up"),
        ("STALK_ORDERS", "reported her to BrightCare as stealing from a client"),
        ("DISTRESS", "she feels sick every time she sees a silver car"),
    ],
)

case(
    17, "harassment", "C",
    voice="statement", case="lower", noise="typos", batch="vb",
    pattern="neighbouring_shop_owners_yard_dispute_photos_emails_threat_to_son", relationship="business", occasions=17,
    text="""\
i run the flower shop at 12 market row and mr dennis oakley runs the carpet place next door at no 14. we share the back yard. the falling out started in the summer over who owns the strip where the bins go. since september he has stood at his back door taking photos of my van every time my deliveries come, and hes filmed my staff putting the bins out. he has sent me abusive emails through the shop website, about 15 of them, calling me a liar and a theif and saying he'll have me shut down. he has put complaints in to the council about the bins which they looked at and took no action on. last week he told me if my son parks in the yard again he'll "put him through the windscreen". my son is 30 and can look after himself and i dont think he meant anything to me, i am not frightened of him im just fed up. all of it is about that yard. i have solicitors letters about the boundry. i want it to stop.""",
    spans=[
        ("STALK_WATCH", "taking photos of my van"),
        ("REPETITION", "every time my deliveries come"),
        ("STALK_CONTACT", "sent me abusive emails through the shop website"),
        ("REPETITION", "about 15 of them"),
        ("DISTRESS", "im just fed up"),
    ],
)

case(
    18, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="vps", case="mixed", noise="clean", batch="vb",
    pattern="pub_customer_racially_abuses_and_threatens_taxi_driver_three_fares", relationship="customer", occasions=3,
    text="""\
Victim Personal Statement - Mohammed Iqbal, taxi driver
I have driven for Star Cars for eleven years. I took the defendant home from the Cross Keys three times in February because he always asks the office for a car and I was on nights. The first time he called me a "smelly p*** bastard" and said he would cut my throat if I took the long way. I thought he was drunk and let it go. On the 20th he did the same, saying "I'll stab you, I know your face now". On the 27th he got in and said "this is the one I'm going to kill". I was so frightened that I pulled over and ran into the petrol station. Since then my heart goes every time I get a job from that pub. I am afraid he will find me on my own one night. I have had to stop doing Friday and Saturday nights, which is where most of my money comes from.""",
    spans=[
        ("REPETITION", "three times in February"),
        ("RACIAL_HOSTILITY", "smelly p*** bastard"),
        ("THREAT_VIOLENCE", "he would cut my throat if I took the long way"),
        ("THREAT_VIOLENCE", "I'll stab you, I know your face now"),
        ("THREAT_VIOLENCE", "this is the one I'm going to kill"),
        ("FEAR_OF_VIOLENCE", "I was so frightened that I pulled over"),
        ("FEAR_OF_VIOLENCE", "I am afraid he will find me on my own one night"),
        ("SERIOUS_IMPACT", "I have had to stop doing Friday and Saturday nights"),
    ],
)

case(
    19, "no_offence", "",
    voice="call_log", case="lower", noise="clean", batch="vb",
    pattern="former_employer_payroll_letters_and_debt_firm_calls_about_overpaid_wages", relationship="business", occasions=5,
    text="""\
caller states she is being harassed by her old employer, hanley foods. she left in march and they say she was overpaid £1,120 in her final month. she has had 3 letters from their payroll dept and 2 phone calls from a debt recovery firm acting for them asking for payment or a repayment plan. letters polite, no threats, calls during office hours. caller disputes the amount and is stressed about it. advised this is a civil matter, acas and citizens advice details given. no offences disclosed. closed.""",
    spans=[
        ("DISTRESS", "is stressed about it"),
    ],
)

case(
    20, "stalking", "CS",
    voice="third_party", case="mixed", noise="redacted", batch="vb",
    pattern="former_law_firm_client_fixated_on_trainee_emails_reception_visits_gifts", relationship="customer", occasions=7,
    text="""\
Report from [FIRM] office manager, forwarded by email to the Safer Neighbourhood team.
Our trainee solicitor, [NAME 1], acted for Mr X in a small employment matter which closed in January. Since the file closed Mr X has continued to email her at her work address, 2 or 3 times a day, about things unrelated to the case: what she did at the weekend, a dress she wore in her LinkedIn photo, how he "knew from the first meeting" they were meant to be. She replied once asking him to stop and he wrote back "you don't get to decide that". He has come to reception without an appointment on 14/02, 21/02 and 06/03 asking for her and waited in the lobby until our security asked him to leave. A box of chocolates and a poem were left for her on 21/02. [NAME 1] is upset and anxious about it but is carrying on as normal; she does not want to change her hours. No threats have been made. We would like advice and would support a warning letter or more.""",
    spans=[
        ("STALK_CONTACT", "continued to email her at her work address"),
        ("REPETITION", "2 or 3 times a day"),
        ("STALK_MONITOR", "a dress she wore in her LinkedIn photo"),
        ("FIXATION", "knew from the first meeting"),
        ("UNWANTED", "She replied once asking him to stop"),
        ("FIXATION", "you don't get to decide that"),
        ("STALK_TURN_UP", "come to reception without an appointment"),
        ("REPETITION", "on 14/02, 21/02 and 06/03"),
        ("STALK_LOITER", "waited in the lobby until our security asked him to leave"),
        ("STALK_GIFTS", "A box of chocolates and a poem were left for her"),
        ("DISTRESS", "upset and anxious about it"),
    ],
)

case(
    21, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="mo_field", case="upper", noise="abbrev", batch="vb",
    pattern="electrician_fixated_on_customer_drives_past_racist_msgs_after_refusal", relationship="customer", occasions=6,
    text="""\
SUSP (ELECTRICIAN, DID REWIRE AT IP ADDR IN JUNE) HAS SINCE DRIVEN PAST IP HOME DAILY, LEFT NOTES ON HER WINDSCREEN, MSGD 'U OWE ME A DATE'. WHEN REFUSED SENT MSGS CALLING HER 'BLACK B****' + 'MONKEY'. NO THREATS. IP HAS CHANGED NO., FITTED CCTV, NOW STAYING WITH SISTER.""",
    spans=[
        ("STALK_WATCH", "DRIVEN PAST IP HOME"),
        ("REPETITION", "DAILY"),
        ("STALK_CONTACT", "LEFT NOTES ON HER WINDSCREEN"),
        ("FIXATION", "U OWE ME A DATE"),
        ("UNWANTED", "WHEN REFUSED"),
        ("STALK_CONTACT", "SENT MSGS"),
        ("RACIAL_HOSTILITY", "BLACK B****"),
        ("RACIAL_HOSTILITY", "MONKEY"),
        ("SERIOUS_IMPACT", "HAS CHANGED NO., FITTED CCTV"),
        ("SERIOUS_IMPACT", "NOW STAYING WITH SISTER"),
    ],
)

case(
    22, "harassment_fear_of_violence", "CFD",
    voice="updates", case="upper", noise="typos", batch="vb",
    pattern="householder_threatens_romanian_builder_twice_over_late_extension", relationship="customer", occasions=2,
    text="""\
UPDATE 10/07 1120: IP VASILE POPESCU, ROMANIAN NATIONAL, INTERPRETER (ROMANIAN) BOOKED VIA BIG WORD FOR STATEMENT. IP IS A BUILDER DOING AN EXTENSION AT 7 HOLLY GROVE FOR SUSP NEIL JARVIS. JOB RUNNING 3 WKS LATE DUE TO STEEL DELIVERY.
UPDATE 10/07 1400: STATEMENT OBTAINED. ON 02/07 SUSP CAME OUT TO THE SKIP AND SAID 'FINISH IT THIS WEEK OR I'LL BREAK YOUR LEGS'. ON 06/07 SUSP RANG IP AT 2300 AND SAID HE WOULD 'PUT HIM IN THE FOOTINGS' IF HE SAW HIM ON SITE LATE AGAIN. IP VERY FRIGHTENED, THINKS SUSP WILL ASSULT HIM, HAS PULLED HIS LADS OFF THE JOB. NO MENTION OF IP'S NATIONALITY BY SUSP AT ANY TIME - CHECKED WITH IP THRU INTERPETER.
UPDATE 11/07: SUSP CALLED IN FOR VOL INT 15/07.""",
    spans=[
        ("THREAT_VIOLENCE", "FINISH IT THIS WEEK OR I'LL BREAK YOUR LEGS"),
        ("THREAT_VIOLENCE", "PUT HIM IN THE FOOTINGS"),
        ("FEAR_OF_VIOLENCE", "IP VERY FRIGHTENED, THINKS SUSP WILL ASSULT HIM"),
        ("SERIOUS_IMPACT", "HAS PULLED HIS LADS OFF THE JOB"),
    ],
)

case(
    23, "aggravated_harassment", "CR",
    voice="dash_note", case="mixed", noise="heavy", batch="vb",
    pattern="account_customer_abuses_taxi_driver_and_posts_racist_app_reviews_threat_to_brother", relationship="customer", occasions=4,
    text="""\
dash note 1705. spoke to IP (kwik kabs driver) at rank on Station Rd. same fare, female, regular acct customer, has on 3 occasions this month called him a 'terrorist' and 'ISIS driver' at pick up + left 1 star reviews on the app, 'dont get in with the p*** he'll blow u up'. last nite said she'd get her fella to smash his brothers face in (bro also drives for KK). IP says not worried for himself, more annoyed, worried for bro. advised. crime raised rac agg harass. acct dets from KK office tmrw.""",
    spans=[
        ("REPETITION", "on 3 occasions this month"),
        ("RELIGIOUS_HOSTILITY", "called him a 'terrorist' and 'ISIS driver'"),
        ("STALK_PUBLISH", "left 1 star reviews on the app"),
        ("RACIAL_HOSTILITY", "dont get in with the p*** he'll blow u up"),
    ],
)

case(
    24, "stalking_fear_alarm_distress", "CSD",
    voice="call_log", case="mixed", noise="abbrev", batch="vb",
    pattern="it_contractor_breaches_restraining_order_at_dental_practice_receptionist_signed_off", relationship="colleague", occasions=4,
    text="""\
CAD 4471 14/11 0812. Caller Ms Helen Cho, works reception at Parkside Dental. Ex colleague Gary Mott (was the practice IT contractor) has a restraining order (Liverpool MC, Aug) not to contact her or attend Parkside. He is sat in the car park NOW in a red Fiesta watching the front door. This is the 3rd time since the order - 28/10 he came into reception, 6/11 waited at her bus stop. Before the order he sent 200+ msgs saying they were "meant to be". No threats ever. Caller has been signed off work by GP since 6/11, only came in today to drop off sick note. Now hiding in the surgery office. Units dispatched grade 1. PNC: RO confirmed.""",
    spans=[
        ("STALK_LOITER", "sat in the car park NOW in a red Fiesta"),
        ("STALK_WATCH", "watching the front door"),
        ("REPETITION", "3rd time since the order"),
        ("STALK_TURN_UP", "28/10 he came into reception"),
        ("STALK_LOITER", "6/11 waited at her bus stop"),
        ("STALK_CONTACT", "sent 200+ msgs"),
        ("FIXATION", "meant to be"),
        ("SERIOUS_IMPACT", "signed off work by GP since 6/11"),
        ("DISTRESS", "Now hiding in the surgery office"),
    ],
)

case(
    25, "no_offence", "",
    voice="dash_note", case="inconsistent", noise="typos", batch="vb",
    pattern="market_stallholders_mutual_abuse_since_pitches_moved", relationship="business", occasions=4,
    text="""\
DASH NOTE 1322 Thurs market. Called by market supervisor re ongoing problems between two stall holders, Mrs Brenda Lyle (veg) and Mr Colin Pratt (hot food van). BOTH SAY THE OTHER IS HARRASSING THEM. Spoke to both + supervisor. This has gone on since the pitches were moved in spring: she says he calls her a fat old witch, he says she calls him a greasy crook and tells customers his burgers are off. supervisor confirms both give as good as they get, has seen them screaming at each other at least 4 times, and it was'nt the same one starting it each time. neither scared of the other. no threats. Words of advice to both, supervisor to move one pitch to the far end. NO OFFENCES.""",
    spans=[],
)

case(
    26, "harassment", "C",
    voice="victim_diary", case="lower", noise="abbrev", batch="vb",
    pattern="former_business_partner_abusive_calls_texts_mocking_stammer_over_van_money", relationship="business", occasions=4,
    text="""\
thurs 6 feb - 3 more voicemails from rob tonight about the van and the money from the business. calling me a thick spaz and doing my stammer back at me. "w-w-w-where's my money".
fri 7 - 12 texts. same stuff. "ur a cripple and a thief". he wants half the van.
sat 8 - emails to my work address (i'm at kwikfit now), 3 of them, cc'd my boss.
sun 9 - nothing
mon 10 - 6 texts, 2 missed calls. he's never said he'll hurt me, rob's all mouth. i'm just knackered from it, can't sleep. the accountant says the partnership debts are for both of us to sort.""",
    spans=[
        ("STALK_CONTACT", "3 more voicemails from rob tonight"),
        ("UNWANTED", "calling me a thick spaz and doing my stammer back at me"),
        ("STALK_CONTACT", "12 texts"),
        ("STALK_CONTACT", "emails to my work address"),
        ("STALK_CONTACT", "6 texts, 2 missed calls"),
        ("DISTRESS", "i'm just knackered from it, can't sleep"),
    ],
)

case(
    27, "aggravated_stalking", "CSR",
    voice="supervisor_review", case="mixed", noise="redacted", batch="vb",
    pattern="dismissed_call_centre_worker_uses_friends_to_watch_ex_colleague_tracks_and_posts_racist_video", relationship="colleague", occasions=5,
    text="""\
Supervisor review. Crime ref [REF]. VIC is a woman of Bangladeshi heritage who worked with SUSP at [COMPANY] call centre until she reported him to HR in March for sending her explicit messages; he was dismissed. The OIC has recorded this as harassment. Having read the file I do not agree. Since April SUSP has (1) got two friends, [NAME 2] and [NAME 3], to sit in the staff canteen at her new workplace and report back to him what she is doing - they have admitted this to security there; (2) tracked her location through a shared Life360 account she had forgotten to close; (3) posted on TikTok a video of her leaving work with the caption "curry muncher who got me sacked, who wants her address". He has messaged her that she "will never be rid of" him. This is fixated and aimed at her, not about the job loss as such. VIC is distressed; no threats, no change to routine recorded. Reclassify: racially aggravated stalking. Obtain TikTok data, re-interview SUSP.""",
    spans=[
        ("STALK_WATCH", "to sit in the staff canteen at her new workplace"),
        ("STALK_MONITOR", "report back to him what she is doing"),
        ("STALK_MONITOR", "tracked her location through a shared Life360 account"),
        ("STALK_PUBLISH", "posted on TikTok a video of her leaving work"),
        ("RACIAL_HOSTILITY", "curry muncher who got me sacked"),
        ("FIXATION", "will never be rid of"),
        ("DISTRESS", "VIC is distressed"),
    ],
)

case(
    28, "harassment_fear_of_violence", "CF",
    voice="call_log", case="upper", noise="clean", batch="vb",
    pattern="barred_punter_three_threatening_calls_to_bookmaker_in_ten_minutes", relationship="customer", occasions=3,
    text="""\
CALLER IS MANAGER AT LADBROKES ESSEX ST. PUNTER SHE BARRED LAST WK (KNOWN AS DIGGER) HAS RUNG THE SHOP LANDLINE 3 TIMES IN 10 MINS, EACH TIME SAYING HE'S COMING DOWN TO STAB HER. SHE IS PETRIFIED, HAS LOCKED THE DOOR.""",
    spans=[
        ("STALK_CONTACT", "HAS RUNG THE SHOP LANDLINE"),
        ("REPETITION", "3 TIMES IN 10 MINS"),
        ("THREAT_VIOLENCE", "EACH TIME SAYING HE'S COMING DOWN TO STAB HER"),
        ("FEAR_OF_VIOLENCE", "SHE IS PETRIFIED"),
    ],
)

case(
    29, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="third_party", case="mixed", noise="abbrev", batch="vb",
    pattern="excluded_shoplifter_racially_abuses_and_threatens_shopping_centre_guard", relationship="stranger", occasions=4,
    text="""\
WESTGATE SHOPPING CENTRE - SECURITY INCIDENT LOG (extract supplied to police by Ops Manager)
Ref 2291 - 03/01 1412 - Officer E. Mensah (SO1) stopped male known as "TJ" leaving Boots with unpaid goods. Goods recovered, male ejected, exclusion notice served. Male called SO1 a "n***** c***" on way out.
Ref 2304 - 06/01 1030 - Same male back in centre in breach of exclusion. SO1 and SO4 escorted out. Male said to SO1 "I'm gonna f***ing stab you, you black b******, I'll be waiting at the bus station". SO1 logged it, shaken.
Ref 2317 - 09/01 1655 - Male approached SO1 at east doors on patrol, shouted "go back to Africa" and made throat-cutting gesture. Police called (CAD 0911), male gone on arrival.
Ref 2340 - 14/01 0930 - Male spat at SO1's feet at the taxi rank, said "you're dead, monkey". CCTV cam 14 captured.
Note from Ops Manager: SO1 Emmanuel Mensah has worked for us 5 yrs and is not easily rattled. He has told me he is frightened this man will attack him on his way home and has asked not to work lates. He now gets a lift from a colleague instead of the bus. I have moved him to days and the control room for now. We would like police to take this forward as one matter rather than separate incidents; previous calls were treated as single public order offences.
Attached: CCTV stills x4, exclusion notice copy, officer PNB entries.""",
    spans=[
        ("RACIAL_HOSTILITY", "n***** c***"),
        ("THREAT_VIOLENCE", "I'm gonna f***ing stab you"),
        ("RACIAL_HOSTILITY", "you black b******"),
        ("THREAT_VIOLENCE", "I'll be waiting at the bus station"),
        ("DISTRESS", "SO1 logged it, shaken"),
        ("RACIAL_HOSTILITY", "go back to Africa"),
        ("THREAT_VIOLENCE", "made throat-cutting gesture"),
        ("THREAT_VIOLENCE", "you're dead"),
        ("RACIAL_HOSTILITY", "monkey"),
        ("FEAR_OF_VIOLENCE", "he is frightened this man will attack him on his way home"),
        ("SERIOUS_IMPACT", "has asked not to work lates"),
        ("SERIOUS_IMPACT", "He now gets a lift from a colleague instead of the bus"),
    ],
)

case(
    30, "stalking", "CS",
    voice="notebook", case="inconsistent", noise="heavy", batch="vb",
    pattern="ex_partner_same_supermarket_swaps_shifts_watches_till_and_cctv", relationship="ex_partner", occasions=6,
    text="""\
0930 18/3 TESCO EXTRA, CARLTON WAY, staff room. IP Kerry-Ann Doyle (checkout supv). SUSP = ex p Liam Shaw, split Xmas, he works nights in the warehouse. since split he swaps onto her shifts, hangs round the end of her till on his breaks starin, asks her mates wot she's doing at wkend & who with. HAS BEEN SEEN IN THE STAFF CCTV ROOM looking at her till cam (store mgr confirmed 3 occasions). txt "i just want to talk, pls kerry". no threats, no violence in rel. IP "creeped out", still workin. store mgr moving susp to other site. DASH = standard.""",
    spans=[
        ("STALK_MONITOR", "swaps onto her shifts"),
        ("STALK_WATCH", "hangs round the end of her till on his breaks starin"),
        ("STALK_MONITOR", "asks her mates wot she's doing at wkend & who with"),
        ("STALK_MONITOR", "looking at her till cam"),
        ("REPETITION", "3 occasions"),
        ("STALK_CONTACT", "i just want to talk, pls kerry"),
        ("DISTRESS", "creeped out"),
    ],
)

case(
    31, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="updates", case="lower", noise="clean", batch="vb",
    pattern="prescription_customer_fixated_on_muslim_pharmacist_follows_to_mosque_threats", relationship="customer", occasions=6,
    text="""\
update 1 (pc 3302, 02/02): ip is a pharmacist at the boots on kings road. susp is a regular customer who collects a weekly prescription. since november he has asked her out repeatedly at the counter. she said no each time. he then started waiting at the bus stop outside at 6pm when she finishes.
update 2 (02/02): ip reports susp followed her on foot to the mosque on grange st on 19/01 and 26/01 and stood at the gates. on 26/01 he shouted "youre wasted on those p*** in there, take that rag off".
update 3 (05/02): susp messaged ip via the boots facebook page: "if your not mine ill cut you". second msg 04/02: "i know where you pray, see you friday". ip terrified he will attack her, has stopped going to friday prayers and has transferred to the crosby branch.
update 4 (06/02): susp arrested at home address. phone seized.""",
    spans=[
        ("FIXATION", "asked her out repeatedly at the counter"),
        ("UNWANTED", "she said no each time"),
        ("STALK_LOITER", "waiting at the bus stop outside at 6pm when she finishes"),
        ("STALK_FOLLOW", "followed her on foot to the mosque"),
        ("REPETITION", "on 19/01 and 26/01"),
        ("STALK_LOITER", "stood at the gates"),
        ("RACIAL_HOSTILITY", "youre wasted on those p*** in there"),
        ("RELIGIOUS_HOSTILITY", "take that rag off"),
        ("STALK_CONTACT", "messaged ip via the boots facebook page"),
        ("THREAT_VIOLENCE", "if your not mine ill cut you"),
        ("THREAT_VIOLENCE", "i know where you pray, see you friday"),
        ("FEAR_OF_VIOLENCE", "ip terrified he will attack her"),
        ("SERIOUS_IMPACT", "has stopped going to friday prayers"),
        ("SERIOUS_IMPACT", "has transferred to the crosby branch"),
    ],
)

case(
    32, "harassment", "C",
    voice="result_note", case="mixed", noise="clean", batch="vb",
    pattern="refund_dispute_customer_visits_photographs_and_reviews_store_manager", relationship="customer", occasions=8,
    text="""\
Result: Community resolution. Suspect Mr Alan Birch, 58, accepted responsibility. Background: Birch bought a sofa from Comfy Living in May which he says was faulty; the store refused a refund and offered a repair. Between 1 and 20 June he came to the store five times demanding his money back, took photos of the manager Ms Faye Ling on his phone each time "for evidence", and posted three Google reviews naming her as a "lying crook". He also emailed her work address daily for two weeks. All of it concerned the sofa. Ms Ling found it stressful but has not changed anything. Birch has agreed not to contact Ms Ling and to use Trading Standards or the small claims court for the sofa. Victim content with outcome.""",
    spans=[
        ("REPETITION", "Between 1 and 20 June"),
        ("STALK_TURN_UP", "came to the store five times demanding his money back"),
        ("STALK_WATCH", "took photos of the manager Ms Faye Ling on his phone"),
        ("STALK_PUBLISH", "posted three Google reviews naming her as a \"lying crook\""),
        ("STALK_CONTACT", "emailed her work address daily for two weeks"),
        ("DISTRESS", "found it stressful"),
    ],
)

case(
    33, "stalking_fear_alarm_distress", "CSD",
    voice="dash_note", case="upper", noise="clean", batch="vb",
    pattern="coffee_shop_regular_fixated_on_barista_she_quits_and_changes_number", relationship="customer", occasions=6,
    text="""\
IP (BARISTA, COSTA, BOLD ST). REGULAR CUSTOMER IN DAILY SINCE JAN, WAITS FOR HER TO FINISH, FOUND HER INSTAGRAM + HOME STREET, LEAVES LETTERS SAYING THEY ARE SOULMATES. SHE HAS LEFT THE JOB AND CHANGED HER NUMBER. NO THREATS.""",
    spans=[
        ("REPETITION", "IN DAILY SINCE JAN"),
        ("STALK_LOITER", "WAITS FOR HER TO FINISH"),
        ("STALK_MONITOR", "FOUND HER INSTAGRAM + HOME STREET"),
        ("STALK_CONTACT", "LEAVES LETTERS"),
        ("FIXATION", "SAYING THEY ARE SOULMATES"),
        ("SERIOUS_IMPACT", "SHE HAS LEFT THE JOB AND CHANGED HER NUMBER"),
    ],
)

case(
    34, "aggravated_harassment", "CR",
    voice="mo_field", case="upper", noise="abbrev", batch="vb",
    pattern="shift_manager_nationality_abuse_and_locker_notes_to_polish_worker", relationship="colleague", occasions=5,
    text="""\
SUSP (SHIFT MGR) HAS OVER 2 MTHS REPEATEDLY CALLED IP "POLISH SCUM" + "FOREIGN RAT" IN FRONT OF STAFF, STUCK A "GO HOME" NOTE ON IP LOCKER TWICE. IP ANGRY, NOT FRIGHTENED.""",
    spans=[
        ("REPETITION", "OVER 2 MTHS"),
        ("RACIAL_HOSTILITY", "POLISH SCUM"),
        ("RACIAL_HOSTILITY", "FOREIGN RAT"),
        ("STALK_CONTACT", "STUCK A \"GO HOME\" NOTE ON IP LOCKER"),
        ("REPETITION", "TWICE"),
        ("DISTRESS", "IP ANGRY"),
    ],
)

case(
    35, "aggravated_stalking", "CSR",
    voice="crime_summary", case="upper", noise="typos", batch="vb",
    pattern="dropped_contractor_monitors_linkedin_visits_office_orders_food_racist_forum_post", relationship="colleague", occasions=16,
    text="""\
CRIME SUMMARY - RACIALLY AGGRAVATED STALKING (S.2A PHA / S.32 CDA)
VICTIM: MS MEI LIN WONG, 31, SENIOR ANALYST, HARTLEY & COE INSURANCE, CITY CENTRE OFFICE.
SUSPECT: PETER GALE, 44, WAS A CONTRACTOR IN THE VICTIMS TEAM UNTIL MAY WHEN HIS CONTRACT WAS NOT RENEWED. THE VICTIM HAD EARLIER COMPLAINED TO HER MANAGER THAT HE KEPT ASKING HER OUT AND HOVERING BEHIND HER DESK.
SINCE JUNE THE SUSPECT HAS:
- VIEWED THE VICTIMS LINKEDIN PROFILE ON 46 OCCASIONS (SCREENSHOTS FROM HER PREMIUM ACCOUNT) AND SENT HER 9 LINKEDIN MESSAGES AFTER SHE BLOCKED HIS NUMBER, INCLUDING 'YOU AND ME ARENT FINISHED' AND 'I KNOW YOU FELT IT TOO';
- ATTENDED THE LOBBY OF HER OFFICE BUILDING ON 14/07 AND 02/08, ASKING SECURITY IF SHE WAS IN. SECURITY LOG CONFIRMS BOTH. HE NO LONGER HAS A PASS OR ANY BUISNESS THERE;
- ON 21/08 ORDERED A TAKEAWAY TO HER OFFICE IN HER NAME WITH THE DELIVERY NOTE 'CHINKY FOOD FOR THE CHINKY';
- POSTED ON AN INDUSTRY FORUM THAT 'HARTLEYS LITTLE CHINESE SPY' GOT HIM SACKED, GIVING HER JOB TITLE SO SHE IS IDENTIFYABLE.
VICTIM DESCRIBES HERSELF AS 'ON EDGE ALL THE TIME' BUT HAS NOT CHANGED HER WORK PATTERN AND SAYS SHE WONT LET HIM DRIVE HER OUT. NO THREATS OF VIOLENCE HAVE BEEN MADE AND SHE HAS NOT SAID SHE FEARS VIOLENCE.
EVIDENCE: LINKEDIN SCREENSHOTS, SECURITY LOG + CCTV, DELIVERY APP ORDER RECORD (PAID FROM AN ACCOUNT IN SUSPECTS NAME), FORUM POST (PRESERVATION REQUEST SENT). SUSPECT INTERVIEWED 09/09 - NO COMMENT.
CPS ADVICE SOUGHT.""",
    spans=[
        ("STALK_MONITOR", "VIEWED THE VICTIMS LINKEDIN PROFILE"),
        ("REPETITION", "ON 46 OCCASIONS"),
        ("STALK_CONTACT", "SENT HER 9 LINKEDIN MESSAGES AFTER SHE BLOCKED HIS NUMBER"),
        ("FIXATION", "YOU AND ME ARENT FINISHED"),
        ("FIXATION", "I KNOW YOU FELT IT TOO"),
        ("STALK_TURN_UP", "ATTENDED THE LOBBY OF HER OFFICE BUILDING"),
        ("REPETITION", "ON 14/07 AND 02/08"),
        ("STALK_ORDERS", "ORDERED A TAKEAWAY TO HER OFFICE IN HER NAME"),
        ("RACIAL_HOSTILITY", "CHINKY FOOD FOR THE CHINKY"),
        ("STALK_PUBLISH", "POSTED ON AN INDUSTRY FORUM"),
        ("RACIAL_HOSTILITY", "HARTLEYS LITTLE CHINESE SPY"),
        ("DISTRESS", "ON EDGE ALL THE TIME"),
    ],
)

case(
    36, "harassment_fear_of_violence", "CF",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="vb",
    pattern="barred_regular_threatens_licensee_at_door_then_by_phone", relationship="customer", occasions=2,
    text="""\
Sup review 11/08: Original OIC closed this as a single s.4 POA and NFA. Disagree. IP (licensee, Fox & Hounds) barred SUSP on 30/07 for fighting. 31/07 SUSP came to the side door and said "I'll put a glass in your face". The OIC missed that on 09/08 SUSP rang the pub at closing and told IP "you've got it coming, I'll burn you out and you with it" - this is in IP's second statement. Two threats, separate occasions, same grievance. IP says she's scared he'll do it. Reopen as s.4 PHA. Arrest.""",
    spans=[
        ("THREAT_VIOLENCE", "I'll put a glass in your face"),
        ("STALK_CONTACT", "rang the pub at closing"),
        ("THREAT_VIOLENCE", "you've got it coming, I'll burn you out and you with it"),
        ("FEAR_OF_VIOLENCE", "she's scared he'll do it"),
    ],
)

case(
    37, "aggravated_harassment_fear_of_violence", "CFR",
    voice="notebook", case="lower", noise="redacted", batch="vb",
    pattern="meat_plant_colleague_knife_threats_and_nationality_abuse_to_forklift_driver", relationship="colleague", occasions=2,
    text="""\
0210 04/03. [ADDRESS] (night shift, [COMPANY] meat plant). ip [NAME 1], lithuanian national, forklift driver. states colleague [NAME 2] on line 3 has threatened him twice this week: mon said 'ill stick this knife in you, you lithuanian pig', weds (last night) held up a boning knife at him and said 'tonight, foreign c***'. ip believes he will use it, scared to go on his break alone. w/s [NAME 3] saw weds incident. [NAME 2] not on site, sent home by shift mgr. crime s.4 PHA rac agg.""",
    spans=[
        ("REPETITION", "twice this week"),
        ("THREAT_VIOLENCE", "ill stick this knife in you"),
        ("RACIAL_HOSTILITY", "you lithuanian pig"),
        ("THREAT_VIOLENCE", "held up a boning knife at him"),
        ("RACIAL_HOSTILITY", "foreign c***"),
        ("FEAR_OF_VIOLENCE", "ip believes he will use it, scared to go on his break alone"),
    ],
)

case(
    38, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="statement", case="mixed", noise="clean", batch="vb",
    pattern="evicted_tenant_stalks_jewish_lettings_negotiator_antisemitic_post_and_threats", relationship="landlord", occasions=9,
    text="""\
I am 38 and work as a lettings negotiator at Greenbank Lettings on Allerton Road. I am Jewish and wear a kippah at work. I know the man I am complaining about as Kevin Rowe. He was a tenant in a flat our office manages on Brook Street until he was evicted in January for rent arrears. I was the one who served the notices and attended with the bailiffs.
Since February he has come into our office four times asking for me by name. On the last occasion, 3rd April, he stood at the window for about twenty minutes after my manager asked him to leave, just looking at me. He has found out where I live; I don't know how. On 11th April and again on 18th April he followed me from the office to my car and then drove behind me most of the way home.
He has posted on Facebook a photo of me taken through our office window with the words "this is the Jew who threw me on the street, they always win don't they". Somebody shared it into a local group.
On 18th April when I got out of my car he said to me "your lot got gassed once, I'll finish the job on you". On 25th April a letter came to my home, handwritten, saying "Hitler had the right idea. See you soon Levy." He has also said in emails to the office that he "won't stop until I've lost everything like he did".
I believe he means to hurt me. I am frightened every time I leave the office. I now take a different route home every day, my wife does the school run instead of me, and I no longer wear my kippah outside work.""",
    spans=[
        ("STALK_TURN_UP", "come into our office four times asking for me by name"),
        ("STALK_WATCH", "stood at the window for about twenty minutes"),
        ("STALK_MONITOR", "He has found out where I live"),
        ("REPETITION", "On 11th April and again on 18th April"),
        ("STALK_FOLLOW", "followed me from the office to my car"),
        ("STALK_FOLLOW", "drove behind me most of the way home"),
        ("STALK_PUBLISH", "posted on Facebook a photo of me taken through our office window"),
        ("RELIGIOUS_HOSTILITY", "this is the Jew who threw me on the street, they always win don't they"),
        ("RELIGIOUS_HOSTILITY", "your lot got gassed once"),
        ("THREAT_VIOLENCE", "I'll finish the job on you"),
        ("STALK_CONTACT", "a letter came to my home, handwritten"),
        ("RELIGIOUS_HOSTILITY", "Hitler had the right idea"),
        ("THREAT_VIOLENCE", "See you soon Levy"),
        ("FIXATION", "won't stop until I've lost everything like he did"),
        ("FEAR_OF_VIOLENCE", "I believe he means to hurt me"),
        ("FEAR_OF_VIOLENCE", "I am frightened every time I leave the office"),
        ("SERIOUS_IMPACT", "I now take a different route home every day"),
        ("SERIOUS_IMPACT", "my wife does the school run instead of me"),
        ("SERIOUS_IMPACT", "I no longer wear my kippah outside work"),
    ],
)

case(
    39, "aggravated_stalking", "CSR",
    voice="call_log", case="lower", noise="typos", batch="vb",
    pattern="shop_customer_follows_black_assistant_to_bus_racist_facebook_comments", relationship="customer", occasions=6,
    text="""\
caller works at the co-op on dale st. says a male customer, known to staff as smiler, has followed her to her bus stop after her shift on 4 occasions and got on the same bus once. found her on facebook and comments on her posts calling her his chocolate princess and "my little golliwog". she told him to leave her alone, he replied "ill never leave u alone". no threats. caller upset, wants it logged + advise. still working as normal, manager aware.""",
    spans=[
        ("STALK_FOLLOW", "followed her to her bus stop after her shift"),
        ("REPETITION", "on 4 occasions"),
        ("STALK_FOLLOW", "got on the same bus once"),
        ("STALK_MONITOR", "found her on facebook"),
        ("STALK_CONTACT", "comments on her posts"),
        ("RACIAL_HOSTILITY", "my little golliwog"),
        ("UNWANTED", "she told him to leave her alone"),
        ("FIXATION", "ill never leave u alone"),
        ("DISTRESS", "caller upset"),
    ],
)

case(
    40, "stalking", "CS",
    voice="judgment", case="mixed", noise="clean", batch="vb",
    pattern="taxi_driver_takes_passenger_number_from_bookings_waits_at_hospital", relationship="customer", occasions=9,
    text="""\
Magistrates' reasons. We find the charge of stalking proved. Ms Ritter used Elite Cars to get to and from her shifts at the hospital. The defendant was one of its drivers. From September he began to text her personally from his own phone, having taken her number from the booking system, several times a day. He was outside the hospital staff entrance when she finished on at least five occasions even though she had not booked a car, and on two occasions he was parked in her street at night. He sent a birthday card to her home. She told him clearly in October that she did not want any contact, and his reply, which we have seen, was "I'll wait as long as it takes". We reject his account that these were coincidences and ordinary business courtesy. We accept that Ms Ritter found this distressing. There were no threats, and we make no finding of fear of violence or of serious alarm or distress; she continued to work her usual shifts throughout.""",
    spans=[
        ("STALK_CONTACT", "began to text her personally from his own phone"),
        ("STALK_MONITOR", "having taken her number from the booking system"),
        ("REPETITION", "several times a day"),
        ("STALK_LOITER", "outside the hospital staff entrance when she finished"),
        ("REPETITION", "on at least five occasions"),
        ("STALK_WATCH", "parked in her street at night"),
        ("STALK_GIFTS", "sent a birthday card to her home"),
        ("UNWANTED", "did not want any contact"),
        ("FIXATION", "I'll wait as long as it takes"),
        ("DISTRESS", "found this distressing"),
    ],
)

case(
    41, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="vps", case="lower", noise="typos", batch="vb",
    pattern="hotel_porter_fixated_on_filipina_housekeeper_racist_msgs_she_moves_job_and_home", relationship="colleague", occasions=6,
    text="""\
victim personal statement. i came to this country from the philippines to work at the grand hotel as a housekeeper. the defendant was a porter there. after i said no to him he would wait for me in the linen room and the staff corridor, he looked at the rota so he always knew my floor, he sent me messages every night, and when i still said no he started calling me "filipino wh***" and "dog eater" in his messages. i did not sleep. i asked the hotel to move me and now i work at the sister hotel in chester which is two hours on the train each day. i had to move out of the staff accomodation because he lived there to. i do not feel safe in any corridor even now.""",
    spans=[
        ("UNWANTED", "after i said no to him"),
        ("STALK_LOITER", "wait for me in the linen room and the staff corridor"),
        ("STALK_MONITOR", "he looked at the rota so he always knew my floor"),
        ("STALK_CONTACT", "he sent me messages every night"),
        ("RACIAL_HOSTILITY", "filipino wh***"),
        ("RACIAL_HOSTILITY", "dog eater"),
        ("DISTRESS", "i did not sleep"),
        ("SERIOUS_IMPACT", "now i work at the sister hotel in chester"),
        ("SERIOUS_IMPACT", "i had to move out of the staff accomodation"),
    ],
)

case(
    42, "stalking_fear_alarm_distress", "CSF",
    voice="result_note", case="upper", noise="heavy", batch="vb",
    pattern="ex_boyfriend_calls_nursery_workplace_waits_at_gate_sister_books_viewing_threats", relationship="ex_partner", occasions=9,
    text="""\
RESULT - CHARGED S.4A PHA (STALKING - FEAR OF VIOLENCE). REMANDED.
IP WORKS AT LITTLE ACORNS NURSERY. SUSP EX BF (SEP AUG AFTER 2 YRS). SEPT-OCT SUSP RANG NURSERY LANDLINE 20+ TIMES ASKING FOR IP, STAFF TOLD HIM SHE WONT SPEAK TO HIM. CAME TO NURSERY GATE AT HOME TIME 5 TIMES, STOOD WATCHING. GOT HIS SISTER TO BOOK A 'VIEWING' OF THE NURSERY SO SHE COULD GO IN + SEE IF IP WAS ON SHIFT. V/MAIL 12/10 'IF U THINK UR STARTING AGAIN WITH SOMEONE ELSE ILL KILL U'. 19/10 AT GATE SAID 'LAST WARNING, UR DEAD'. IP TERRIFIED HE WILL CARRY IT OUT. IN INT SUSP SAID HE ONLY WANTED TO 'SORT THINGS OUT'.""",
    spans=[
        ("STALK_CONTACT", "RANG NURSERY LANDLINE 20+ TIMES ASKING FOR IP"),
        ("UNWANTED", "STAFF TOLD HIM SHE WONT SPEAK TO HIM"),
        ("STALK_TURN_UP", "CAME TO NURSERY GATE AT HOME TIME 5 TIMES"),
        ("STALK_WATCH", "STOOD WATCHING"),
        ("STALK_MONITOR", "GOT HIS SISTER TO BOOK A 'VIEWING' OF THE NURSERY"),
        ("THREAT_VIOLENCE", "IF U THINK UR STARTING AGAIN WITH SOMEONE ELSE ILL KILL U"),
        ("THREAT_VIOLENCE", "LAST WARNING, UR DEAD"),
        ("FEAR_OF_VIOLENCE", "IP TERRIFIED HE WILL CARRY IT OUT"),
    ],
)

case(
    43, "aggravated_harassment", "CR",
    voice="crime_summary", case="mixed", noise="redacted", batch="vb",
    pattern="linen_supplier_racist_emails_to_chinese_restaurant_over_final_invoice", relationship="business", occasions=26,
    text="""\
Crime summary. [VICTIM] owns the [RESTAURANT] Chinese restaurant. [SUSPECT] is the director of a linen hire company that used to supply the restaurant. After [VICTIM] ended the contract in April over lost tablecloths there was a dispute about a final invoice of £380. Between 02/05 and 30/05 [SUSPECT] sent 22 emails to the restaurant's booking address and left 4 voicemails. Most are about the invoice but several contain racial abuse: "you slanty-eyed crooks are all the same", "go back to Beijing and eat your dogs". One voicemail ends "I'll be round to collect it one way or another"; [VICTIM] did not take this as a threat to hurt him and is not fearful. He is angry and feels humiliated because staff read the booking inbox. No visits, no other conduct. [SUSPECT] interviewed, admits sending, says "it was banter". File to CPS for charging advice: racially aggravated s.2 PHA.""",
    spans=[
        ("REPETITION", "Between 02/05 and 30/05"),
        ("STALK_CONTACT", "sent 22 emails to the restaurant's booking address"),
        ("STALK_CONTACT", "left 4 voicemails"),
        ("RACIAL_HOSTILITY", "you slanty-eyed crooks are all the same"),
        ("RACIAL_HOSTILITY", "go back to Beijing and eat your dogs"),
        ("DISTRESS", "feels humiliated"),
    ],
)

case(
    44, "aggravated_harassment_fear_of_violence", "CFR",
    voice="call_log", case="inconsistent", noise="typos", batch="vb",
    pattern="refused_customer_returns_twice_to_threaten_kurdish_doorman", relationship="customer", occasions=2,
    text="""\
1948 caller is doorman at Revolution bar, Wood St. male he refused entry fri has come back tonite for the 2nd time since, said 'ur a dead man, kurdish c***, i'll be back with a blade'. SAT HE SAID SAME - 'gonna cut u up u immigrant scum'. caller says he has done the door 8 yrs but this one scares him, belives he'll come back armed. male walked off twds bus stn, grey north face, 5'10, shaved head. PLS ATTEND.""",
    spans=[
        ("REPETITION", "for the 2nd time since"),
        ("THREAT_VIOLENCE", "ur a dead man"),
        ("RACIAL_HOSTILITY", "kurdish c***"),
        ("THREAT_VIOLENCE", "i'll be back with a blade"),
        ("THREAT_VIOLENCE", "gonna cut u up"),
        ("RACIAL_HOSTILITY", "u immigrant scum"),
        ("FEAR_OF_VIOLENCE", "this one scares him, belives he'll come back armed"),
    ],
)
