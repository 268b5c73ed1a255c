# ruff: noqa: E501
"""Hand-written narratives, writer tf: tradespeople, salons, market traders, childminders, landlords and online sellers."""

from corpora.handwritten import case

case(
    1, "harassment", "C",
    voice="call_log", case="upper", noise="abbrev", batch="tf",
    pattern="roofer_texts_customer_abuse_over_disputed_invoice", relationship="business", occasions=8,
    text="""\
CLR HAD ROOF REPAIRS DONE BY SOLE TRADER (SUSP) IN MARCH, DISPUTES FINAL INVOICE £1,850 AS JOB NOT FINISHED - GUTTERING STILL HANGING OFF. SINCE 02/05 SUSP HAS SENT APPROX 40 TXTS + WHATSAPPS DEMANDING PAYMENT, MANY ABUSIVE, CALLED HER A 'THIEVING COW' AND A 'SCROUNGER'. RANG HER 6 TIMES ON SAT 11/05 BETWEEN 0800-0830. NO THREATS. HAS NOT COME TO ADDRESS. CLR HAS OFFERED HALF, SUSP REFUSED. CLR JUST WANTS IT TO STOP. ADV RE SMALL CLAIMS FOR THE DEBT. OFFICER TO CALL BACK, OIC PC 4471.""",
    spans=[
        ("REPETITION", "SINCE 02/05"),
        ("STALK_CONTACT", "SENT APPROX 40 TXTS + WHATSAPPS DEMANDING PAYMENT"),
        ("STALK_CONTACT", "CALLED HER A 'THIEVING COW' AND A 'SCROUNGER'"),
        ("STALK_CONTACT", "RANG HER 6 TIMES ON SAT 11/05 BETWEEN 0800-0830"),
    ],
)

case(
    2, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="statement", case="mixed", noise="clean", batch="tf",
    pattern="rival_stallholder_racist_watching_following_trader_gives_up_pitch", relationship="business", occasions=8,
    text="""\
I have run a fabric and haberdashery stall at Lowfield Saturday market for nine years. In January a new trader, Gary PENWRIGHT, took the pitch opposite mine selling curtains and bedding. At first it was just remarks about my rails sticking out into the aisle.

From February it changed. He started calling me a 'P*** b****' across the aisle when I had customers, and I heard him tell one lady not to buy 'off the immigrants'. I was born in Bradford.

Since then he has been watching me the whole day. He stands at the end of his pitch with his arms folded staring at me, and he takes photos of me on his phone while I am serving. On 16th March after we packed up he followed me in his van from the market car park all the way to the ring road, right on my bumper, and he did the same on 23rd March and 6th April. On 13th April I came back to find both tyres on my trailer let down and 'GO HOME' written in the dirt on the back window.

The market manager moved him to another row once but he still comes and stands near my pitch with his coffee.

I have now given up my pitch at Lowfield after nine years. I only trade at Eastgate on Thursdays, which is about half the takings, and my husband drives me there and back because I do not want to be on the road on my own. I have not been back to Lowfield since 20th April.""",
    spans=[
        ("ESCALATION", "From February it changed"),
        ("RACIAL_HOSTILITY", "calling me a 'P*** b****' across the aisle"),
        ("RACIAL_HOSTILITY", "not to buy 'off the immigrants'"),
        ("STALK_WATCH", "he has been watching me the whole day"),
        ("STALK_WATCH", "staring at me"),
        ("STALK_WATCH", "takes photos of me on his phone while I am serving"),
        ("STALK_FOLLOW", "he followed me in his van from the market car park all the way to the ring road"),
        ("REPETITION", "he did the same on 23rd March and 6th April"),
        ("STALK_PROPERTY", "both tyres on my trailer let down"),
        ("RACIAL_HOSTILITY", "'GO HOME' written in the dirt on the back window"),
        ("STALK_LOITER", "he still comes and stands near my pitch"),
        ("SERIOUS_IMPACT", "I have now given up my pitch at Lowfield after nine years"),
        ("SERIOUS_IMPACT", "my husband drives me there and back"),
    ],
)

case(
    3, "harassment_fear_of_violence", "CF",
    voice="crime_summary", case="mixed", noise="typos", batch="tf",
    pattern="landlord_threatens_tenant_twice_over_rent_arrears", relationship="landlord", occasions=2,
    text="""\
Crime summary - IP rents a 1 bed flat at 14b Carsholt Rd from SUSP, a privte landlord who owns 3 propertys on the same street. IP (Ghanaian national, good english, no interpretor needed) fell 2 months behind with rent after losing hours. On 08/09 SUSP came to the flat to discuss the arrears and told IP 'pay by friday or I'll break your legs and throw your stuff in the street'. On 15/09 SUSP phoned IP and said 'I wasnt joking last week, I know people who will hurt you'. IP states she is frightened he will carry out the threat and keeps the door on the chain. All contact has been about the rent money; no other approaches. SUSP to be interviewed; IP given illegal eviction advice.""",
    spans=[
        ("THREAT_VIOLENCE", "'pay by friday or I'll break your legs and throw your stuff in the street'"),
        ("REPETITION", "I wasnt joking last week"),
        ("THREAT_VIOLENCE", "I know people who will hurt you"),
        ("FEAR_OF_VIOLENCE", "she is frightened he will carry out the threat"),
    ],
)

case(
    4, "no_offence", "",
    voice="result_note", case="mixed", noise="abbrev", batch="tf",
    pattern="two_beauticians_sharing_salon_mutual_rows", relationship="business", occasions=2,
    text="""\
Result: NFA. Both parties are self-employed beauticians renting rooms at Glow Studio, Marl St. Reported by [Kayleigh DOWD] as harassment by [Sasha ORME], but enqs show the arguments on 3/6 and 10/6 (over shared towels and who gets the front room in the booking diary) were two-way. Reception CCTV (no audio) shows both shouting and pointing at each other, and the texts Ms ORME supplied show DOWD calling her a 'lazy tart' and ORME replying in kind and worse. Neither alleges any threat. Salon owner has now split the rota so they're never in on the same day. Mutual dispute, no offence disclosed. Words of advice to both. Closed.""",
    spans=[],
)

case(
    5, "stalking", "CS",
    voice="victim_diary", case="lower", noise="typos", batch="tf",
    pattern="ex_partner_pleading_messages_waits_outside_nail_salon_no_threats", relationship="ex_partner", occasions=5,
    text="""\
tues 4th - dean was outside the salon again when i opened up at 9. just sat on the bench by the bus stop. just waved.
wed 5th - 11 messages from him by lunch. all the same, 'please babe just 5 mins', 'i know i messed up', 'i cant sleep without you'. i replyed once saying its over and to stop and he sent 6 more.
fri 7th - he booked in under a fake name for a gel infill!! jade knew his voice and cancelled.
sat 8th - flowers left at the salon door, card said 'ill wait as long as it takes x'. binned them.
mon 10th - messages again. hes not nasty, hes never threatened me, its just constant. rang 101 today ref ending 0442.""",
    spans=[
        ("STALK_LOITER", "dean was outside the salon"),
        ("REPETITION", "again"),
        ("STALK_LOITER", "just sat on the bench by the bus stop"),
        ("STALK_CONTACT", "11 messages from him by lunch"),
        ("FIXATION", "'please babe just 5 mins'"),
        ("FIXATION", "i replyed once saying its over and to stop and he sent 6 more"),
        ("STALK_CONTACT", "he booked in under a fake name for a gel infill"),
        ("STALK_GIFTS", "flowers left at the salon door"),
        ("FIXATION", "'ill wait as long as it takes x'"),
        ("STALK_CONTACT", "messages again"),
        ("REPETITION", "its just constant"),
    ],
)

case(
    6, "aggravated_harassment", "CR",
    voice="call_log", case="upper", noise="heavy", batch="tf",
    pattern="buyer_racist_messages_to_online_seller_over_refund", relationship="customer", occasions=10,
    text="""\
CLR IS ONLINE SELLER (VINTAGE CLOTHES, DEPOP/EBAY). SUSP BOUGHT JKT 12/2, SAYS NOT AS DESCRIBD, WANTS REFUND W/OUT RETURNING IT. CLR REFUSED PER POLICY. SINCE 14/2 SUSP HAS SENT MSGS VIA APP + FOUND CLR EMAIL, APROX 20 MSGS, INC 'TYPICAL CHINK SCAMMER' + 'GO BACK TO CHINA AND RIP THEM OFF'. CLR IS BRIT-CHINESE. ALL MSGS RE REFUND. NO THRTS. SUSP DOESNT KNOW CLR ADDR. CLR UPSET, SCRNSHOTS SAVED. ADV BLOCK + RPT TO PLATFORM. CRIME REC'D, PC TO CALL BK FOR TEL APPT.""",
    spans=[
        ("REPETITION", "SINCE 14/2"),
        ("STALK_CONTACT", "SUSP HAS SENT MSGS VIA APP + FOUND CLR EMAIL"),
        ("REPETITION", "APROX 20 MSGS"),
        ("RACIAL_HOSTILITY", "'TYPICAL CHINK SCAMMER'"),
        ("RACIAL_HOSTILITY", "'GO BACK TO CHINA AND RIP THEM OFF'"),
        ("DISTRESS", "CLR UPSET"),
    ],
)

case(
    7, "stalking_fear_alarm_distress", "CSD",
    voice="statement", case="mixed", noise="clean", batch="tf",
    pattern="customer_fixated_on_hairdresser_gifts_waiting_she_moves_salon", relationship="customer", occasions=10,
    text="""\
I am a self-employed hairdresser and I rent a chair at Cuttings on the High Street. Mr Liam ASHCROFT first came in as a walk-in in October for a beard trim. After that he booked with me every week, sometimes twice a week, even though his hair didn't need it. He would ask about my weekend, who I lived with, whether I had a boyfriend. In November I told him I would rather he booked with another stylist. When Marta took his bookings he would walk out before she started.

In December he started waiting across the road in the doorway of the vape shop around closing time. I counted him there on at least five evenings. He left a box of chocolates and a necklace at reception on 19 December with a card saying 'for my favourite girl'. He has sent me friend requests on Instagram and Facebook from three different accounts after I blocked him.

He has never threatened me or been rude. But I have changed how I live. I stopped doing late appointments on Thursdays, which were my busiest, and since 6 January I have moved to a salon in Hartley where he doesn't know I work. My partner collects me every night now.""",
    spans=[
        ("REPETITION", "he booked with me every week, sometimes twice a week"),
        ("FIXATION", "ask about my weekend, who I lived with, whether I had a boyfriend"),
        ("FIXATION", "When Marta took his bookings he would walk out before she started"),
        ("STALK_LOITER", "waiting across the road in the doorway of the vape shop around closing time"),
        ("REPETITION", "on at least five evenings"),
        ("STALK_GIFTS", "left a box of chocolates and a necklace at reception"),
        ("FIXATION", "'for my favourite girl'"),
        ("STALK_CONTACT", "sent me friend requests on Instagram and Facebook from three different accounts after I blocked him"),
        ("SERIOUS_IMPACT", "I stopped doing late appointments on Thursdays"),
        ("SERIOUS_IMPACT", "I have moved to a salon in Hartley where he doesn't know I work"),
        ("SERIOUS_IMPACT", "My partner collects me every night now"),
    ],
)

case(
    8, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="mo_field", case="upper", noise="clean", batch="tf",
    pattern="customer_racist_threats_to_plumber_over_boiler_job", relationship="customer", occasions=2,
    text="""\
SUSP, UNHAPPY WITH BOILER INSTALL BY VIC (SELF-EMPLOYED PLUMBER), CAME TO VIC'S VAN AT A JOB ON TEMPLE CRES 21/10, CALLED HIM A 'N*****' AND A 'MONKEY' AND SAID 'I'LL CUT YOU IF YOU COME BACK FOR YOUR MONEY'. 24/10 RANG VIC: 'BLACK COWBOY, I'LL PUT YOU IN HOSPITAL'. VIC IN FEAR SUSP WILL ATTACK HIM ON A JOB; NOW TAKES HIS BROTHER TO ALL JOBS IN THE AREA.""",
    spans=[
        ("RACIAL_HOSTILITY", "CALLED HIM A 'N*****' AND A 'MONKEY'"),
        ("THREAT_VIOLENCE", "'I'LL CUT YOU IF YOU COME BACK FOR YOUR MONEY'"),
        ("RACIAL_HOSTILITY", "BLACK COWBOY"),
        ("THREAT_VIOLENCE", "I'LL PUT YOU IN HOSPITAL"),
        ("FEAR_OF_VIOLENCE", "VIC IN FEAR SUSP WILL ATTACK HIM ON A JOB"),
        ("SERIOUS_IMPACT", "NOW TAKES HIS BROTHER TO ALL JOBS IN THE AREA"),
    ],
)

case(
    9, "aggravated_stalking", "CSR",
    voice="crime_summary", case="mixed", noise="redacted", batch="tf",
    pattern="former_client_parent_posts_religious_abuse_watches_childminder", relationship="customer", occasions=9,
    text="""\
Summary: IP [NAME 1] is a registered childminder working from her home at [ADDRESS 1]. She ended her contract with SUSP [NAME 2] in July after late payments and rude behaviour towards her assistant. Since then SUSP has:
- posted on the [LOCATION] parents' Facebook group on at least four occasions naming IP, saying she 'hides behind her headscarf' and 'these people shouldn't be trusted with our kids', and urging parents to report her;
- made two complaints about IP to Ofsted, both looked into and closed with no concerns;
- been seen by IP and by another parent parked across from IP's house at drop-off time on 4, 11 and 18 September, sitting in his car watching the door;
- sent IP a message on 20/09: 'you'll never get rid of me, I'll make sure everyone knows what you are'.
IP says she is not scared of him but is worn down. No threats of violence. SUSP has not mentioned money since August. Course of conduct aimed at IP personally, with religious hostility in the posts.""",
    spans=[
        ("STALK_PUBLISH", "posted on the [LOCATION] parents' Facebook group on at least four occasions naming IP"),
        ("RELIGIOUS_HOSTILITY", "'hides behind her headscarf'"),
        ("RELIGIOUS_HOSTILITY", "'these people shouldn't be trusted with our kids'"),
        ("STALK_ORDERS", "made two complaints about IP to Ofsted"),
        ("STALK_WATCH", "parked across from IP's house at drop-off time"),
        ("REPETITION", "on 4, 11 and 18 September"),
        ("STALK_WATCH", "sitting in his car watching the door"),
        ("FIXATION", "'you'll never get rid of me, I'll make sure everyone knows what you are'"),
    ],
)

case(
    10, "harassment_fear_of_violence", "CF",
    voice="updates", case="mixed", noise="abbrev", batch="tf",
    pattern="customer_three_threatening_voicemails_minutes_apart_to_mechanic", relationship="customer", occasions=3,
    text="""\
Update 1 (PC 2290) 14/03 1720: IP is a self-employed mobile mechanic. SUSP says the clutch IP fitted last wk is slipping, wants his £420 back.
Update 2 14/03 1745: IP has played me 3 voicemails left by SUSP on 13/03 at 2141, 2146 and 2152. 1st: 'you've robbed me you little s***, I'm going to smash your face in'. 2nd: 'I know where you park that van. I'll be waiting and I'll do you.' 3rd: shouting, 'you're dead, you hear me, dead'. IP says he is genuinely scared, SUSP is a big lad with a name for violence locally.
Update 3 15/03 0910: VMs exhibited (PC2290/1). Three separate calls, separate threats - course of conduct even within 11 mins. SUSP circulated. Amended to harassment - fear of violence.""",
    spans=[
        ("REPETITION", "3 voicemails left by SUSP on 13/03 at 2141, 2146 and 2152"),
        ("THREAT_VIOLENCE", "I'm going to smash your face in"),
        ("THREAT_VIOLENCE", "I'll be waiting and I'll do you"),
        ("THREAT_VIOLENCE", "you're dead, you hear me, dead"),
        ("FEAR_OF_VIOLENCE", "IP says he is genuinely scared"),
    ],
)

case(
    11, "harassment", "C",
    voice="supervisor_review", case="mixed", noise="clean", batch="tf",
    pattern="neighbour_photographs_home_car_valet_business_parking_dispute", relationship="neighbour", occasions=10,
    text="""\
Supervisor review - Sgt 1187. This has been recorded as stalking. Having read the file I am changing it to harassment.

The IP runs a mobile car valeting business from his driveway on Pennard Close. The SUSP, who lives at no. 9, objects to customers parking on the close. Over the past six weeks SUSP has photographed customers' cars and the IP at work on at least ten occasions, filmed him on his phone from his front garden, and left four notes on the IP's van windscreen saying 'this is a residential street not a car wash' and 'you'll be hearing from the council'.

The filming and the notes are unpleasant and plainly repeated, but everything SUSP does is about the parking and the business use, and it stops when the customers leave. Nothing suggests interest in the IP as a person: no following, nothing away from the close, no contact about anything else. Issue-based course of conduct: harassment. OIC to seize the photographs at interview and refer both parties to the council planning team and to community mediation.""",
    spans=[
        ("REPETITION", "Over the past six weeks"),
        ("STALK_WATCH", "photographed customers' cars and the IP at work on at least ten occasions"),
        ("STALK_WATCH", "filmed him on his phone from his front garden"),
        ("STALK_CONTACT", "left four notes on the IP's van windscreen"),
    ],
)

case(
    12, "no_offence", "",
    voice="call_log", case="lower", noise="clean", batch="tf",
    pattern="tenant_reports_landlord_notices_and_inspection_as_harassment", relationship="landlord", occasions=3,
    text="""\
caller says her landlord is harassing her. in fact: section 21 notice served by post, two letters about £1,300 arrears, and the agent gave 24hrs notice then came with the gas engineer for 20 mins. no abuse or threats. caller upset about possibly losing her home. lawful process, advised, shelter number given. no crime.""",
    spans=[
        ("DISTRESS", "caller upset about possibly losing her home"),
    ],
)

case(
    13, "aggravated_stalking_fear_alarm_distress", "CSFR",
    voice="third_party", case="mixed", noise="typos", batch="tf",
    pattern="former_client_follows_polish_builder_to_jobs_racist_threats", relationship="customer", occasions=12,
    text="""\
Im writing this for my husband Tomasz WOJCIK because his written english is not good. He is a self employed builder. Last year he did a kitchen extension for a man called Derek HOLLIS on Saxby Road. There was a arguement about extras at the end and Tomasz knocked £600 off to get it finished. We thought that was the end of it.

In February Derek started turning up at Tomasz's jobs. Tomasz would be on a roof in Kelby or Marston and Derek's silver Astra would be parked at the end of the road. Customers have noticed and asked about it. He has done this about eight times that we know of. He has also been driving past our house, slow, at night. Our daughter saw him twice.

On 2 March somebody sprayed 'POLISH SCUM' and 'F*** OFF HOME' on the side of Tomasz's van outside our house. We cant prove it was him but the next day Derek rang Tomasz, laughing, and said 'like your new paint job? next time it'll be you, you Polish c***'.

On 19 March Derek came up to him in the builders merchants and said quietly 'I'll break every bone in your body, you and your eastern european mates'.

Tomasz is not a man who gets frightened easy but he is frightened of this man. He checks the mirrors all the time and asks me every night if the doors are locked. He thinks Derek will hurt him on a site where he is on his own.""",
    spans=[
        ("STALK_TURN_UP", "Derek started turning up at Tomasz's jobs"),
        ("STALK_LOITER", "Derek's silver Astra would be parked at the end of the road"),
        ("REPETITION", "about eight times"),
        ("STALK_WATCH", "driving past our house, slow, at night"),
        ("STALK_PROPERTY", "sprayed 'POLISH SCUM' and 'F*** OFF HOME' on the side of Tomasz's van"),
        ("THREAT_VIOLENCE", "next time it'll be you"),
        ("RACIAL_HOSTILITY", "you Polish c***"),
        ("THREAT_VIOLENCE", "I'll break every bone in your body"),
        ("RACIAL_HOSTILITY", "you and your eastern european mates"),
        ("FEAR_OF_VIOLENCE", "he is frightened of this man"),
        ("FEAR_OF_VIOLENCE", "He thinks Derek will hurt him on a site where he is on his own"),
    ],
)

case(
    14, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="notebook", case="upper", noise="abbrev", batch="tf",
    pattern="customer_racist_threats_to_window_cleaner_over_unpaid_cleans", relationship="customer", occasions=2,
    text="""\
1105 HRS 02/08. ATT 22 FERNLEA AVE RE CALL FROM IP MR ADEBAYO OKAFOR, SELF EMP WINDOW CLEANER. IP STATES: CUSTOMER AT NO.31 (SUSP, W/M 50S) REFUSED TO PAY £18 FOR LAST 3 CLEANS ON 19/7, 'WINDOWS STILL FILTHY'. 26/7 IP WENT BACK FOR MONEY, SUSP SAID 'GET OFF MY DRIVE YOU BLACK B******* OR I'LL STICK THIS LADDER THROUGH YOUR HEAD'. TODAY 1040 SUSP CAME OUT WHILE IP WORKING AT NO.29, SHOUTED 'TOLD YOU, COME NEAR MY HOUSE AGAIN AND I'LL KILL YOU, GO BACK TO AFRICA'. IP SHAKING, STATES HE IS SCARED SUSP WILL ATTACK HIM, HAS DROPPED FERNLEA FROM HIS ROUND. W1 (OCCUPIER NO.29) HEARD 2ND INCIDENT. SUSP NOT IN ON ATTENDANCE, CARD LEFT.""",
    spans=[
        ("RACIAL_HOSTILITY", "YOU BLACK B*******"),
        ("THREAT_VIOLENCE", "I'LL STICK THIS LADDER THROUGH YOUR HEAD"),
        ("THREAT_VIOLENCE", "COME NEAR MY HOUSE AGAIN AND I'LL KILL YOU"),
        ("RACIAL_HOSTILITY", "GO BACK TO AFRICA"),
        ("DISTRESS", "IP SHAKING"),
        ("FEAR_OF_VIOLENCE", "STATES HE IS SCARED SUSP WILL ATTACK HIM"),
        ("SERIOUS_IMPACT", "HAS DROPPED FERNLEA FROM HIS ROUND"),
    ],
)

case(
    15, "stalking", "CS",
    voice="mo_field", case="mixed", noise="heavy", batch="tf",
    pattern="baker_fixated_on_reviewer_relatives_drive_past_deliver_letter", relationship="online", occasions=9,
    text="""\
IP left 2* google review for SUSP's home bakery bus. (wedding cake arrvd late + damaged), factual, no abuse. SUSP replied publicly callng her a liar - his right. Since then (approx 5 wks) SUSP has: msgd IP on FB/Insta/email >30 times, 1st asking her to take it down, then asking why she 'hates' him, whether she is married, saying he thinks about her review 'every single day'; found IP home addr (not given by her) - his brother [NAME] has driven past + photographed the house on 3 occ (nbr got reg, veh regd to brother, brother admits 'doing him a favour'); a teenager later ID'd as SUSP's nephew put a handwritten 4 page letter thru IP's door 17/10, rambling, says IP 'ruined his life' + he 'wont stop until she understands him'. IP has removed review - contact continued regardless. No thrts. IP says its creepy more than scary.""",
    spans=[
        ("REPETITION", "approx 5 wks"),
        ("STALK_CONTACT", "msgd IP on FB/Insta/email >30 times"),
        ("FIXATION", "asking why she 'hates' him, whether she is married"),
        ("FIXATION", "he thinks about her review 'every single day'"),
        ("STALK_MONITOR", "found IP home addr (not given by her)"),
        ("STALK_WATCH", "has driven past + photographed the house on 3 occ"),
        ("STALK_CONTACT", "put a handwritten 4 page letter thru IP's door"),
        ("FIXATION", "'wont stop until she understands him'"),
        ("FIXATION", "IP has removed review - contact continued regardless"),
    ],
)

case(
    16, "aggravated_harassment", "CR",
    voice="crime_summary", case="mixed", noise="abbrev", batch="tf",
    pattern="landlord_racist_texts_to_electrician_over_invoice_one_threat", relationship="business", occasions=5,
    text="""\
IP is a self-employed electrician. Rewired SUSP's rental property in Feb, invoice £2,400 unpaid. IP sent two polite reminders. SUSP then texted IP on 4/4, 6/4, 7/4, 11/4 and 19/4 - all about the invoice and refusing to pay, but incl 'go back to Lagos and do your cowboy jobs there', 'you people can't wire a plug' and 'no black man is getting a penny off me'. On 11/4 SUSP added 'come round for it and you'll get a smack'. That's the only threat; IP says he was annoyed rather than scared and has no intention of going round. IP Nigerian-born, British citizen. Debt passed to small claims by IP. Course of conduct w/ racial hostility; single threat so no s.4.""",
    spans=[
        ("STALK_CONTACT", "SUSP then texted IP"),
        ("REPETITION", "on 4/4, 6/4, 7/4, 11/4 and 19/4"),
        ("RACIAL_HOSTILITY", "'go back to Lagos and do your cowboy jobs there'"),
        ("RACIAL_HOSTILITY", "'you people can't wire a plug'"),
        ("RACIAL_HOSTILITY", "'no black man is getting a penny off me'"),
        ("THREAT_VIOLENCE", "'come round for it and you'll get a smack'"),
    ],
)

case(
    17, "stalking_fear_alarm_distress", "CSD",
    voice="vps", case="mixed", noise="clean", batch="tf",
    pattern="live_below_landlord_fixated_on_tenant_lets_himself_in_she_moves_out", relationship="landlord", occasions=8,
    text="""\
I am making this statement so the court knows how Mr Raymond FELL's behaviour has affected me. I rented the top floor flat at 6 Abbots Walk from him for just under two years. It was fine until my boyfriend moved out last spring.

After that Mr Fell began texting me about things that had nothing to do with the flat - what I'd been up to at the weekend, saying I looked nice when I went out, asking me to dinner. I said no politely, then less politely. He kept asking.

He let himself into the flat at least three times when I was at work, with no notice. The first time I noticed my bedroom drawer open. The second time he had left a bunch of roses on my pillow. He lives on the ground floor and I would see his door open a crack every time I came in or out. He knew my shifts better than my mum did.

I have never felt safe in my own home since. I put a chain and a bolt on the inside of my door, which I paid for myself, and from July I slept at my sister's most nights. In September I gave up the flat and lost part of my deposit because I left before the end of the fixed term. I now live forty minutes further from work. I still check the street before I get out of the car.""",
    spans=[
        ("STALK_CONTACT", "began texting me about things that had nothing to do with the flat"),
        ("FIXATION", "saying I looked nice when I went out, asking me to dinner"),
        ("FIXATION", "He kept asking."),
        ("STALK_PROPERTY", "He let himself into the flat at least three times when I was at work"),
        ("STALK_GIFTS", "left a bunch of roses on my pillow"),
        ("STALK_WATCH", "I would see his door open a crack every time I came in or out"),
        ("STALK_MONITOR", "He knew my shifts better than my mum did"),
        ("DISTRESS", "I have never felt safe in my own home since"),
        ("SERIOUS_IMPACT", "I put a chain and a bolt on the inside of my door"),
        ("SERIOUS_IMPACT", "from July I slept at my sister's most nights"),
        ("SERIOUS_IMPACT", "In September I gave up the flat"),
    ],
)

case(
    18, "harassment_fear_of_violence", "CFD",
    voice="notebook", case="lower", noise="typos", batch="tf",
    pattern="scaffold_firm_owner_threatens_builder_over_hire_bill", relationship="business", occasions=3,
    text="""\
pc 3318. 1430 spoke to IP gareth LLOYD (builder, sole trader) at his yard on Tanners Lane. says he owes SUSP (owner of scaffold hire firm) approx £3k, disputed as scaffold was up 3 wks longer than needed becuase SUSP never came to strike it. 1) mon 12th SUSP came to the yard, said 'pay me by friday or ill put you through that windscreen'. 2) thurs 15th phone call, 'friday, or your in a wheelchair'. 3) sat 17th txt 'last chance'. IP says he is frightened of SUSP, who has previous for violence, and has been getting his lad to open up the yard in the mornings insted of going himself. all about the money, nothing else. advised re civil claim + threats. crime raised.""",
    spans=[
        ("THREAT_VIOLENCE", "'pay me by friday or ill put you through that windscreen'"),
        ("THREAT_VIOLENCE", "'friday, or your in a wheelchair'"),
        ("STALK_CONTACT", "txt 'last chance'"),
        ("FEAR_OF_VIOLENCE", "IP says he is frightened of SUSP"),
        ("SERIOUS_IMPACT", "has been getting his lad to open up the yard in the mornings insted of going himself"),
    ],
)

case(
    19, "aggravated_stalking", "CSR",
    voice="third_party", case="mixed", noise="typos", batch="tf",
    pattern="rival_salon_owner_racist_fake_reviews_fake_orders_watching", relationship="business", occasions=15,
    text="""\
Reported by the salon manager, Chantelle BROOKS, on behalf of the owner Mrs Grace ADEYEMI who is abroad at a funeral. Chantelle says: since a new salon (Luxe Lengths) opened two doors down in May, the owner, a woman called Nicola, has been 'obsessed' with Grace. Someone has posted 14 one-star reviews on Google and Trustpilot in 3 weeks under diffrent names, several saying 'dont let these Africans touch your hair, dirty' and calling it a 'jungle salon'. Chantelle has seen Nicola taking photos thru the window of Grace at work on at least four days. 9 fake bookings have been made online in Grace's name - a taxi, two takeaways delivered to the salon, a skip - and a complaint went to Environmental Health saying the salon had rats (inspected, nothing found). One of the takeaways was paid with a card in Nicola's name. Nicola has also been sat in her car opposite Grace's house in the evenings (Grace's neighbour recognised her). Grace is not scared, Chantelle says, 'just fuming'.""",
    spans=[
        ("FIXATION", "has been 'obsessed' with Grace"),
        ("STALK_PUBLISH", "posted 14 one-star reviews on Google and Trustpilot in 3 weeks"),
        ("RACIAL_HOSTILITY", "'dont let these Africans touch your hair, dirty'"),
        ("RACIAL_HOSTILITY", "'jungle salon'"),
        ("STALK_WATCH", "taking photos thru the window of Grace at work on at least four days"),
        ("STALK_ORDERS", "9 fake bookings have been made online in Grace's name"),
        ("STALK_ORDERS", "a complaint went to Environmental Health saying the salon had rats"),
        ("STALK_WATCH", "sat in her car opposite Grace's house in the evenings"),
    ],
)

case(
    20, "no_offence", "",
    voice="updates", case="mixed", noise="abbrev", batch="tf",
    pattern="childminder_and_parent_two_rows_months_apart_reconciled", relationship="customer", occasions=2,
    text="""\
Update 1 (DC Morrow) 21/09: IP is a registered childminder. Reports 'ongoing harassment' by SUSP, mother of a boy she minds. Background: in Feb SUSP sent IP a run of angry texts over a fee increase (calling her 'greedy' and 'a joke'), all in one evening. They met, agreed the fee, SUSP apologised in writing, and the boy stayed with IP with no issues Mar-Sept (IP: 'we got on fine again').
Update 2 22/09: on 18/09 SUSP shouted at IP on the doorstep at pick-up about a lost coat, said she'd be 'telling everyone' what IP was like. IP gave notice on the contract that evening. Nothing since.
Update 3 23/09: two incidents seven months apart, genuine reconciliation between - not a course of conduct. IP wants nothing further. NFA, crime cancelled.""",
    spans=[
        ("STALK_CONTACT", "SUSP sent IP a run of angry texts over a fee increase"),
        ("STALK_CONTACT", "SUSP shouted at IP on the doorstep at pick-up about a lost coat"),
    ],
)

case(
    21, "harassment", "C",
    voice="call_log", case="mixed", noise="typos", batch="tf",
    pattern="landscaper_repeated_calls_to_elderly_customer_threat_to_son", relationship="customer", occasions=15,
    text="""\
Caller Mrs Pauline ARKWRIGHT 74yrs. Had garden landscaped by SUSP (sole trader, 'Greenway Gardens') in June, paid £1,200 deposit, refusing to pay balance as new patio is uneven + cracking. Since 1/8 SUSP has rung her landline most days, sometimes 3 or 4 times a day, and put 2 handwritten notes through her door demanding £900. Last night 2210 he rang and said her son (who queried the bill with him) 'wants to watch his back, I know where he drinks'. Caller says SUSP doesnt worry her for herself, 'hes all mouth with me', but shes worried for her son who lives over in Dunford. Son aware. Caller wants the calls to stop. Log passed to neighbourhood team, son to be contacted seperately.""",
    spans=[
        ("REPETITION", "Since 1/8"),
        ("STALK_CONTACT", "rung her landline most days, sometimes 3 or 4 times a day"),
        ("STALK_CONTACT", "put 2 handwritten notes through her door demanding £900"),
    ],
)

case(
    22, "aggravated_harassment", "CR",
    voice="result_note", case="mixed", noise="typos", batch="tf",
    pattern="customer_racist_abuse_at_nail_bar_counter_over_refund", relationship="customer", occasions=4,
    text="""\
Outcome - SUSP interviewed, admits the visits and the calls, denies any racial intent ('just banter'). IP owns Lucky Nails on Crown St. SUSP had acrylics done 02/05, said they lifted, demanded full refund £45; IP offered a free redo. SUSP returned to the salon 03/05 and 06/05 shouting at IP across the counter in front of customers, calling her 'ching chong' and a 'dirty c***' and telling her to 'go back and eat bats'. Phoned the salon 6 times on 04/05. All of it about the refund; no threats, never approached IP away from the shop. CPS advice: racially aggravated harassment (s.32 CDA) - charge authorised. Bailed to court 14/06 with condition not to enter Crown St.""",
    spans=[
        ("STALK_TURN_UP", "SUSP returned to the salon 03/05 and 06/05"),
        ("RACIAL_HOSTILITY", "'ching chong'"),
        ("RACIAL_HOSTILITY", "'go back and eat bats'"),
        ("STALK_CONTACT", "Phoned the salon 6 times on 04/05"),
    ],
)

case(
    23, "harassment_fear_of_violence", "CF",
    voice="victim_diary", case="mixed", noise="typos", batch="tf",
    pattern="marketplace_buyer_repeated_knife_threats_to_seller", relationship="online", occasions=3,
    text="""\
Sat 2 Nov. Sold the PS5 on Marketplace to a guy called Jordan, £320 cash, he collected from the house so he knows where I live. Tonight he says the disc drive doesnt work.
Sun 3 Nov. Offered him £50 towards a repair. He wants all the money back. Said 'I know where you live, I'll come round and stab you up if I don't get it'. Blocked him on Messenger.
Mon 4 Nov. Text from a number I dont know: 'think blocking me stops anything? Ill be at yours with a blade'. Hardly slept. I'm scared to go out to the car in the morning, I keep looking up the road for him.
Tue 5 Nov. Another text at 3am, '£320 or you get cut'. Rang 101, ref 0577 of 05/11.""",
    spans=[
        ("THREAT_VIOLENCE", "'I know where you live, I'll come round and stab you up if I don't get it'"),
        ("THREAT_VIOLENCE", "Ill be at yours with a blade"),
        ("DISTRESS", "Hardly slept"),
        ("FEAR_OF_VIOLENCE", "I'm scared to go out to the car in the morning"),
        ("THREAT_VIOLENCE", "'£320 or you get cut'"),
    ],
)

case(
    24, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="statement", case="mixed", noise="clean", batch="tf",
    pattern="tenant_racist_threats_to_landlord_twice_landlord_uses_agent", relationship="landlord", occasions=2,
    text="""\
I own two terraced houses on Millbrook Street which I let out and manage myself. My tenant at number 44, Mr Shaun DEAKIN, has paid no rent since June and I have started possession proceedings through the court.

On 2 October I went to number 44 to look at a leak the tenant next door had reported, having texted Mr Deakin the day before to say I was coming. He opened the door and said, 'get off my step you P*** landlord, I'll cave your head in'. I left.

On 9 October he saw me sitting in my car outside number 42 and came over, banged on my window with his fist and said, 'you lot are all the same, come back here and I'll f***ing bury you'. He spat on my windscreen.

I am frightened of Mr Deakin. He is a big man and he was shaking with anger. I genuinely believe he will hurt me if I go back to the street, and I am now paying a letting agent to deal with both houses rather than going myself.""",
    spans=[
        ("RACIAL_HOSTILITY", "you P*** landlord"),
        ("THREAT_VIOLENCE", "I'll cave your head in"),
        ("ESCALATION", "banged on my window with his fist"),
        ("RACIAL_HOSTILITY", "you lot are all the same"),
        ("THREAT_VIOLENCE", "come back here and I'll f***ing bury you"),
        ("FEAR_OF_VIOLENCE", "I am frightened of Mr Deakin"),
        ("FEAR_OF_VIOLENCE", "I genuinely believe he will hurt me if I go back to the street"),
        ("SERIOUS_IMPACT", "I am now paying a letting agent to deal with both houses rather than going myself"),
    ],
)

case(
    25, "stalking", "CS",
    voice="judgment", case="mixed", noise="clean", batch="tf",
    pattern="ex_partner_former_business_partner_breaches_order_at_barbers", relationship="ex_partner", occasions=3,
    text="""\
Sentencing remarks (extract). Ms Ward, you are before me for two breaches of a restraining order and one offence of stalking, to which you pleaded guilty at the first opportunity.

You and Mr Okoro were together for four years and ran a barber's shop together until both the business and the relationship ended in 2024. He kept the shop. In March last year this court made a restraining order forbidding you to contact him or to go to Fenner Street.

Within six weeks you were back. On 30 April you stood outside the shop window for around forty minutes. On 7 May you came in, sat in the waiting area and refused to leave until a customer called the police. In between you posted cards to him at the shop, one of them saying you would 'always be his'. You told the probation officer you only wanted to talk about the business debts. I do not accept that. Those debts had been settled by your own solicitors months before, and nothing you said or wrote to him mentioned them.

Mr Okoro has not said he was frightened, and I sentence you on the basis that there was no threat and no fear of violence. But this was conduct aimed at a former partner who had made it plain, with the backing of an order of this court, that he wanted nothing to do with you.""",
    spans=[
        ("REPETITION", "Within six weeks you were back"),
        ("STALK_LOITER", "you stood outside the shop window for around forty minutes"),
        ("STALK_TURN_UP", "you came in, sat in the waiting area and refused to leave"),
        ("STALK_CONTACT", "you posted cards to him at the shop"),
        ("FIXATION", "you would 'always be his'"),
    ],
)

case(
    26, "stalking_fear_alarm_distress", "CSD",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="tf",
    pattern="former_client_father_fixated_on_childminder_she_changes_routine", relationship="customer", occasions=20,
    text="""\
Sgt review 11/11. IP is a childminder who stopped caring for SUSP's daughter in Aug when SUSP's ex-wife moved the child to a nursery. Since then SUSP has (a) walked past IP's house most mornings at 0800 and stopped at the gate (IP's doorbell cam has 17 clips since 2/9), (b) sent IP 23 WhatsApps, mostly saying he 'misses seeing her every day' and asking to meet for coffee, (c) turned up at Wexley Park on 3 occ while IP was there with the minded children and sat on a bench nearby. IP told him by text on 10/9 not to contact her again. No threats at all; IP calls him 'polite but relentless'. IP has stopped taking the children to Wexley Park and drives them to a soft play 6 miles away instead; has had a 2nd camera fitted and changed her mobile no., which meant notifying every parent. OIC recorded as harassment - amended to stalking with serious alarm/distress given the fixation and the clear changes to IP's routine. Arrest + interview.""",
    spans=[
        ("STALK_WATCH", "walked past IP's house most mornings at 0800 and stopped at the gate"),
        ("REPETITION", "17 clips since 2/9"),
        ("STALK_CONTACT", "sent IP 23 WhatsApps"),
        ("FIXATION", "'misses seeing her every day'"),
        ("STALK_TURN_UP", "turned up at Wexley Park on 3 occ"),
        ("FIXATION", "'polite but relentless'"),
        ("SERIOUS_IMPACT", "stopped taking the children to Wexley Park"),
        ("SERIOUS_IMPACT", "has had a 2nd camera fitted and changed her mobile no."),
    ],
)

case(
    27, "aggravated_harassment", "CR",
    voice="mo_field", case="upper", noise="abbrev", batch="tf",
    pattern="stallholder_anti_romanian_abuse_in_pitch_boundary_dispute", relationship="business", occasions=5,
    text="""\
SUSP (FRUIT + VEG) IN PITCH BOUNDARY DISPUTE WITH VIC (ROMANIAN, PHONE ACCESSORIES) AT ST ANNS MKT. ON 5 SUCCESSIVE MKT DAYS SUSP PUSHED VIC'S TABLE BACK A FOOT, SHOUTED 'THIS IS ENGLAND NOT BUCHAREST' + 'GYPSY THIEF', TOLD CUSTOMERS STOCK WAS 'NICKED, LIKE EVERYTHING THEY HAVE'. ALL ARISING FROM PITCH. NO THREATS.""",
    spans=[
        ("REPETITION", "ON 5 SUCCESSIVE MKT DAYS"),
        ("STALK_PROPERTY", "PUSHED VIC'S TABLE BACK A FOOT"),
        ("RACIAL_HOSTILITY", "'THIS IS ENGLAND NOT BUCHAREST'"),
        ("RACIAL_HOSTILITY", "'GYPSY THIEF'"),
        ("RACIAL_HOSTILITY", "'NICKED, LIKE EVERYTHING THEY HAVE'"),
    ],
)

case(
    28, "harassment", "C",
    voice="statement", case="lower", noise="typos", batch="tf",
    pattern="customer_homophobic_messages_to_mobile_hairdresser_over_refund", relationship="customer", occasions=10,
    text="""\
my name is ryan COLE, im a mobile hairdresser. on 14 jan i did a full head of highlights for a lady called tanya PRICE at her house. she said the colour was brassy and wanted her £95 back. i offered to tone it for free, she said no. since then she has messaged me on instagram, whatsapp and text about 25 times in ten days. some are just 'wheres my money' but a lot are like 'dirty little p**f', 'you f*****s cant even do hair'. she also left 4 voicemails on the 19th in the space of an hour saying the same sort of thing. she has never threatend me and she hasnt come near me, its all about the £95 and shes said as much, 'give me my money and you wont hear from me again'. im not scared but im sick of it and i dont want to block her as i get a lot of work from her street.""",
    spans=[
        ("STALK_CONTACT", "messaged me on instagram, whatsapp and text about 25 times in ten days"),
        ("STALK_CONTACT", "'dirty little p**f', 'you f*****s cant even do hair'"),
        ("STALK_CONTACT", "left 4 voicemails on the 19th in the space of an hour"),
    ],
)

case(
    29, "aggravated_stalking", "CSR",
    voice="notebook", case="inconsistent", noise="abbrev", batch="tf",
    pattern="former_customer_antisemitic_notes_follows_locksmith_posts_online", relationship="customer", occasions=10,
    text="""\
0915 13/06 att HADLEY LOCKS, 3 Orme Parade. IP Daniel FINEBERG, self-emp locksmith. States former customer SUSP (Kevin - surname known, IP to provide) fell out w/ him in JAN over £90 call-out fee. SINCE MARCH: notes under van wipers x5 - 'JEW CROOK', 'Shylock wants his pound of flesh', one with a swastika drawn on. SUSP has FOLLOWED IP's van to jobs on at least 3 occ - IP saw him parked up outside a customer's on Brompton Rd 29/5 and again 4/6. Also posted on nextdoor + local FB pages about IP by name w/ photo, 'avoid the yid locksmith'. IP refunded the £90 in April to end it - it CONTINUED. IP 'not intimidated, just disgusted'. notes seized x5 (DF/1-5). ENQS: nextdoor screenshots, CCTV Brompton Rd.""",
    spans=[
        ("REPETITION", "SINCE MARCH"),
        ("STALK_CONTACT", "notes under van wipers x5"),
        ("RELIGIOUS_HOSTILITY", "'JEW CROOK'"),
        ("RELIGIOUS_HOSTILITY", "'Shylock wants his pound of flesh'"),
        ("RELIGIOUS_HOSTILITY", "one with a swastika drawn on"),
        ("STALK_FOLLOW", "FOLLOWED IP's van to jobs on at least 3 occ"),
        ("STALK_LOITER", "parked up outside a customer's on Brompton Rd"),
        ("STALK_PUBLISH", "posted on nextdoor + local FB pages about IP by name w/ photo"),
        ("RELIGIOUS_HOSTILITY", "'avoid the yid locksmith'"),
        ("FIXATION", "IP refunded the £90 in April to end it - it CONTINUED"),
    ],
)

case(
    30, "stalking_fear_alarm_distress", "CSFD",
    voice="updates", case="mixed", noise="clean", batch="tf",
    pattern="client_fixated_on_tattoo_artist_after_rejection_two_threats", relationship="customer", occasions=8,
    text="""\
Update 1 - 02/02 PC Hollins. IP is a self-employed tattoo artist working from a private studio above a shop on Leys Road. SUSP was a client (a sleeve, four sessions Sept to Dec). After the last session he asked her out and she said no. Since early January he has messaged her every day on Instagram, mostly declarations ('nobody gets me like you do'), and has sat in his car outside the studio on at least six evenings.

Update 2 - 04/02: IP rang in. SUSP messaged last night: 'if you won't be with me you won't be with anyone, I'll make sure of that'. On 28/01 he said something similar in person at the studio door: 'I'll hurt you before I let someone else have you'. IP says she is properly scared now and believes he will attack her. She has stopped working evenings. Risk assessment done - high.

Update 3 - 05/02: SUSP arrested, interviewed, charged with stalking involving fear of violence. Remanded to court.""",
    spans=[
        ("STALK_CONTACT", "messaged her every day on Instagram"),
        ("FIXATION", "'nobody gets me like you do'"),
        ("STALK_LOITER", "sat in his car outside the studio on at least six evenings"),
        ("THREAT_VIOLENCE", "'if you won't be with me you won't be with anyone, I'll make sure of that'"),
        ("THREAT_VIOLENCE", "'I'll hurt you before I let someone else have you'"),
        ("FEAR_OF_VIOLENCE", "believes he will attack her"),
        ("SERIOUS_IMPACT", "She has stopped working evenings"),
    ],
)

case(
    31, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="victim_diary", case="mixed", noise="heavy", batch="tf",
    pattern="client_son_fixated_on_polish_cleaner_follows_racist_threats", relationship="customer", occasions=9,
    text="""\
Diary for police like PC Nash ask me. I am Agnieszka. I clean houses, self employed, 14 clients.

12 Feb - Mrs Tomlin son Craig at the house again when I come. He lives there since divorce. He follow me room to room and talk, asks where I live, if I have boyfriend. I say I am here for work please.
19 Feb - Mrs Tomlin tells me Craig want my number. I say no.
26 Feb - I finish with Mrs Tomlin. I tell her I am too busy. Really it is Craig.
2 Mar - Craig car behind me from Tomlin street to my next house in Fairview. He parks and watch me go in. 2 hours later still there.
5 Mar - msg from number I dont know. 'You polish sluts think your too good for english men'. Then 'I know your routes, Monday Fairview Tuesday Ashgrove'. He knows my week.
9 Mar - again behind me at Ashgrove. When I come out he has wrote in dust on my car 'EASTERN EUROPEAN WH***'.
11 Mar - msg 'ill drag you back to where you came from in pieces'. I am very afraid. Shaking when I write this.
14 Mar - msg 'you cant hide, ill find you and cut you'.
I stop Fairview and Ashgrove clients, 5 houses, I lose £400 a week. My friend Ola drive me now. I change my phone number. Not sleeping right 3 weeks, all the time I think he will hurt me.""",
    spans=[
        ("FIXATION", "asks where I live, if I have boyfriend"),
        ("FIXATION", "Craig want my number"),
        ("STALK_FOLLOW", "Craig car behind me from Tomlin street to my next house in Fairview"),
        ("STALK_WATCH", "He parks and watch me go in"),
        ("RACIAL_HOSTILITY", "'You polish sluts think your too good for english men'"),
        ("STALK_MONITOR", "'I know your routes, Monday Fairview Tuesday Ashgrove'"),
        ("STALK_FOLLOW", "again behind me at Ashgrove"),
        ("RACIAL_HOSTILITY", "'EASTERN EUROPEAN WH***'"),
        ("THREAT_VIOLENCE", "'ill drag you back to where you came from in pieces'"),
        ("FEAR_OF_VIOLENCE", "I am very afraid"),
        ("THREAT_VIOLENCE", "'you cant hide, ill find you and cut you'"),
        ("SERIOUS_IMPACT", "I stop Fairview and Ashgrove clients, 5 houses"),
        ("SERIOUS_IMPACT", "My friend Ola drive me now"),
        ("SERIOUS_IMPACT", "I change my phone number"),
        ("FEAR_OF_VIOLENCE", "all the time I think he will hurt me"),
    ],
)

case(
    32, "no_offence", "R",
    voice="call_log", case="upper", noise="abbrev", batch="tf",
    pattern="passing_cyclist_single_racist_slur_at_flower_stall", relationship="stranger", occasions=1,
    text="""\
CLR RUNS FLOWER STALL OUTSIDE STN. 1610 MALE ON BIKE SHOUTED 'F***ING P***' AT HIM AND RODE OFF. NOT KNOWN TO CLR. W/M 20S GREY HOODIE. CLR UPSET. HATE INCIDENT LOGGED.""",
    spans=[
        ("RACIAL_HOSTILITY", "SHOUTED 'F***ING P***' AT HIM"),
        ("DISTRESS", "CLR UPSET"),
    ],
)

case(
    33, "stalking", "CS",
    voice="result_note", case="lower", noise="clean", batch="tf",
    pattern="customer_keeps_booking_dog_groomer_after_she_declines_date", relationship="customer", occasions=8,
    text="""\
outcome - suspect arrested 12/05 and interviewed for stalking. ip is a self-employed mobile dog groomer. suspect had his spaniel groomed by her twice in march. after the second visit he messaged asking her for a drink; she declined and said she keeps things professional. he then messaged almost daily for 7 weeks asking her to reconsider, booked the dog in 3 more times (ip's notes show the coat was already short), and on 2 occasions was waiting by her van when she came out of other customers' houses. ip is of somali heritage and wears a hijab; she is clear nothing has ever been said about her religion or background. no threats. ip not frightened, 'i just want him to leave me alone'. in interview suspect said he 'thought she'd come round eventually'. charged, bailed.""",
    spans=[
        ("STALK_CONTACT", "messaged almost daily"),
        ("REPETITION", "for 7 weeks"),
        ("FIXATION", "asking her to reconsider"),
        ("STALK_TURN_UP", "booked the dog in 3 more times"),
        ("STALK_LOITER", "was waiting by her van when she came out of other customers' houses"),
        ("FIXATION", "'thought she'd come round eventually'"),
    ],
)

case(
    34, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="crime_summary", case="inconsistent", noise="typos", batch="tf",
    pattern="buyer_racist_threats_to_trainer_seller_over_authenticity", relationship="online", occasions=3,
    text="""\
VICT is online seller of trainers (eBay shop, works from home). SUSP bought pair of Jordans £210 on 3/1, claims FAKE. eBay found for seller after authentification. From 8/1 SUSP has messaged Vict thru eBay then on Instagram: 8/1 'you n***** sell fakes, i'll find your address and burn you out'; 10/1 'go back to nigeria you scamming monkey'; 12/1 'im coming for you, watch your back when you open the door'. VICT says she is terrified, believes he'll turn up and attack her, and is STAYING WITH HER BROTHER until he's dealt with. all msgs relate to the trainers. crime: racially aggravated harassment w/ fear of violence.""",
    spans=[
        ("RACIAL_HOSTILITY", "you n***** sell fakes"),
        ("THREAT_VIOLENCE", "i'll find your address and burn you out"),
        ("RACIAL_HOSTILITY", "'go back to nigeria you scamming monkey'"),
        ("THREAT_VIOLENCE", "'im coming for you, watch your back when you open the door'"),
        ("FEAR_OF_VIOLENCE", "believes he'll turn up and attack her"),
        ("SERIOUS_IMPACT", "STAYING WITH HER BROTHER until he's dealt with"),
    ],
)

case(
    35, "harassment", "C",
    voice="statement", case="mixed", noise="redacted", batch="tf",
    pattern="former_tenant_abusive_messages_to_landlord_over_deposit_deduction", relationship="landlord", occasions=15,
    text="""\
I am a private landlord and own one flat, [ADDRESS 1], which I let to [NAME 1] from 2023 until this June. When she left I kept £350 of the £950 deposit for a broken oven door and carpet cleaning. The deposit is protected and she has raised a dispute with the scheme, which is the proper way to deal with it.

She has also, since 4 July, sent me around 60 emails and texts about it. I have been called a 'crook', a 'parasite' and 'a nasty little man', and several messages mock my stammer ('c-c-c-can't answer, can you'). On 21 July she rang my mobile eleven times between 7pm and 8pm. She has never threatened me and has never come to my house; every message is about the £350.

It has got to me. I feel anxious every time my phone goes and I am not sleeping well. I have not changed anything I do; I still go to work and I still use the same number because tenants and contractors need it.""",
    spans=[
        ("REPETITION", "since 4 July"),
        ("STALK_CONTACT", "sent me around 60 emails and texts about it"),
        ("STALK_CONTACT", "I have been called a 'crook', a 'parasite' and 'a nasty little man'"),
        ("STALK_CONTACT", "several messages mock my stammer"),
        ("STALK_CONTACT", "she rang my mobile eleven times between 7pm and 8pm"),
        ("DISTRESS", "I feel anxious every time my phone goes and I am not sleeping well"),
    ],
)

case(
    36, "aggravated_stalking", "CSR",
    voice="dash_note", case="upper", noise="abbrev", batch="tf",
    pattern="ex_husband_racist_abuse_at_lash_bar_threats_victim_unafraid", relationship="ex_partner", occasions=8,
    text="""\
DASH - IP SELMA [SURNAME], 34, OWNS BROW + LASH BAR ON KING ST. SUSP = EX-HUSBAND, SEP 8 MTHS, DIVORCE FINAL, NO CHILDREN, FINANCES ALL SPLIT, NOTHING OUTSTANDING. Q1 INJURY: NO. Q2 FRIGHTENED: 'NO, HE'S A COWARD, HE WON'T DO ANYTHING'. Q3 WHAT OF: N/A. SUSP HAS ATTENDED SALON 4 TIMES SINCE 01/09 UNINVITED, STANDS AT COUNTER SAYING HE WANTS HER BACK, CALLS HER 'TURKISH TART' AND 'KEBAB SHOP SLAG' IN FRONT OF CLIENTS. HAS SENT OVER 50 TXTS. TWO TXTS (14/09 + 22/09) SAY 'ILL SMASH YOUR FACE IN'. IP LAUGHED IT OFF, STATES SHE IS NOT IN FEAR OF HIM. RISK: MEDIUM.""",
    spans=[
        ("STALK_TURN_UP", "ATTENDED SALON 4 TIMES SINCE 01/09 UNINVITED"),
        ("FIXATION", "SAYING HE WANTS HER BACK"),
        ("RACIAL_HOSTILITY", "'TURKISH TART'"),
        ("RACIAL_HOSTILITY", "'KEBAB SHOP SLAG'"),
        ("STALK_CONTACT", "HAS SENT OVER 50 TXTS"),
        ("REPETITION", "TWO TXTS (14/09 + 22/09)"),
        ("THREAT_VIOLENCE", "'ILL SMASH YOUR FACE IN'"),
    ],
)

case(
    37, "aggravated_stalking_fear_alarm_distress", "CSFR",
    voice="supervisor_review", case="mixed", noise="clean", batch="tf",
    pattern="regular_customer_fixated_on_street_food_trader_racist_religious_threats", relationship="customer", occasions=15,
    text="""\
Review, DS 2231. I have read the file on the IP, a street-food trader (Gujarati snacks) at the Friday night market, and the SUSP, formerly a regular customer.

From August SUSP came to the stall every week and stayed for hours. When IP asked him to move along he began sending long Instagram messages declaring love. She blocked him; he made new accounts (at least 6). On 22/09 he followed her van home, and she has since seen him on her road four times. In October the messages turned: 'you think you're better than me, you curry-stinking p***', then on 19/10 'I'll put you in the ground', and on 26/10 'go back to your temple before I burn it with you inside'.

IP is in fear. She describes him as unpredictable and believes he intends to hurt her. I am satisfied there is fixation (refusing to accept rejection, new accounts, following her home), two threats on separate dates causing fear of violence, and racial and religious hostility. Recorded as racially/religiously aggravated stalking involving fear of violence. Action: arrest today; safeguarding visit and alarm fitted.""",
    spans=[
        ("STALK_TURN_UP", "came to the stall every week and stayed for hours"),
        ("FIXATION", "sending long Instagram messages declaring love"),
        ("FIXATION", "he made new accounts (at least 6)"),
        ("STALK_FOLLOW", "he followed her van home"),
        ("STALK_LOITER", "seen him on her road four times"),
        ("ESCALATION", "In October the messages turned"),
        ("RACIAL_HOSTILITY", "'you think you're better than me, you curry-stinking p***'"),
        ("THREAT_VIOLENCE", "'I'll put you in the ground'"),
        ("RELIGIOUS_HOSTILITY", "go back to your temple"),
        ("THREAT_VIOLENCE", "before I burn it with you inside"),
        ("FEAR_OF_VIOLENCE", "believes he intends to hurt her"),
    ],
)

case(
    38, "stalking", "CS",
    voice="notebook", case="mixed", noise="typos", batch="tf",
    pattern="dissatisfied_cake_customer_fixated_on_baker_fake_reviews_watches_stall", relationship="customer", occasions=10,
    text="""\
Sat 0930 att farmers mkt, Corn Exchange sq. IP Cara WELLS, runs 'Crumbs by Cara' (home bakery + sat stall). SUSP bought a birthday cake from her in June, posted a 1* review saying it was dry. Since then SUSP has posted about Cara herself: 11 more reviews under other names on Google, Facebook and Etsy; a TikTok video made with photos of IP lifted from IP's own instagram, commenting on her weight and her husband; turns up at the sat stall and stands watching for up to an hour, 5 saturdays running; has followed IP's personal (not buisness) insta from 4 accounts. IP refunded in full in July - SUSP's posts carried on, now nothing to do with the cake. No threats. IP uncomfortable, still trading.""",
    spans=[
        ("STALK_PUBLISH", "11 more reviews under other names on Google, Facebook and Etsy"),
        ("STALK_PUBLISH", "a TikTok video made with photos of IP lifted from IP's own instagram"),
        ("FIXATION", "commenting on her weight and her husband"),
        ("STALK_WATCH", "stands watching for up to an hour"),
        ("REPETITION", "5 saturdays running"),
        ("STALK_MONITOR", "followed IP's personal (not buisness) insta from 4 accounts"),
        ("FIXATION", "SUSP's posts carried on, now nothing to do with the cake"),
        ("DISTRESS", "IP uncomfortable"),
    ],
)

case(
    39, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="third_party", case="mixed", noise="clean", batch="tf",
    pattern="neighbouring_stallholder_racist_threats_to_phone_repair_trader", relationship="business", occasions=4,
    text="""\
I run the key-cutting and shoe repair stall at Castlegate indoor market, next to Mr Rahman's phone repair stall. I have known him eleven years. I am giving this statement because I saw and heard what happened.

Lee BRADSHAW took over the bakery stall opposite in the spring and there has been friction about boxes in the walkway. On 3 May I heard him tell Mr Rahman to 'shift your boxes, Paki, or I'll shift your head'. About a week later, on 11 May, he leaned over Mr Rahman's counter and said 'your lot bomb us, I'll bomb you, I'll do you in the car park'. Mr Rahman went white. He told me afterwards he was scared to walk to his car, and since then he has asked me to walk out with him at closing, which I do every day. I've seen Bradshaw drag his finger across his throat at Mr Rahman at least twice since. Mr Rahman is usually a chatty man. He has gone very quiet.""",
    spans=[
        ("RACIAL_HOSTILITY", "Paki"),
        ("THREAT_VIOLENCE", "or I'll shift your head"),
        ("RACIAL_HOSTILITY", "your lot bomb us"),
        ("THREAT_VIOLENCE", "I'll bomb you, I'll do you in the car park"),
        ("FEAR_OF_VIOLENCE", "he was scared to walk to his car"),
        ("SERIOUS_IMPACT", "he has asked me to walk out with him at closing"),
        ("THREAT_VIOLENCE", "drag his finger across his throat at Mr Rahman"),
        ("REPETITION", "at least twice since"),
        ("DISTRESS", "He has gone very quiet"),
    ],
)

case(
    40, "stalking_fear_alarm_distress", "CSD",
    voice="crime_summary", case="mixed", noise="abbrev", batch="tf",
    pattern="former_tenant_fixated_on_landlady_visits_home_she_changes_number", relationship="landlord", occasions=10,
    text="""\
IP is a private landlord (2 flats). SUSP was her tenant at Flat 2, 19 Gorse Rd until Jan, left on good terms, deposit returned in full. Since Feb SUSP has: sent IP >100 texts, mostly personal ('you were the only one who ever cared about me', 'I need to see you'); turned up at IP's home address 5x (he found it via Land Registry) and sat on her garden wall; left a handmade card and a framed photo of the two of them on her doorstep. IP has told him to stop. No threats, IP not in fear of violence. Since 20/3 IP has changed her mobile no., bought and installed a doorbell cam and CCTV, and now stays at her partner's at weekends.""",
    spans=[
        ("STALK_CONTACT", "sent IP >100 texts"),
        ("FIXATION", "'you were the only one who ever cared about me'"),
        ("FIXATION", "'I need to see you'"),
        ("STALK_TURN_UP", "turned up at IP's home address 5x"),
        ("STALK_MONITOR", "he found it via Land Registry"),
        ("STALK_LOITER", "sat on her garden wall"),
        ("STALK_GIFTS", "left a handmade card and a framed photo"),
        ("SERIOUS_IMPACT", "changed her mobile no., bought and installed a doorbell cam and CCTV"),
        ("SERIOUS_IMPACT", "now stays at her partner's at weekends"),
    ],
)

case(
    41, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="vps", case="mixed", noise="clean", batch="tf",
    pattern="customer_fixated_on_black_hairdresser_racist_comments_she_closes_salon", relationship="customer", occasions=15,
    text="""\
This is what the last eight months have been like for me. I am a hairdresser. I specialise in natural and textured hair and I had my own little salon on Sherwood Parade for six years.

Mr Hughes first came in with his daughter. After that he kept coming back on his own, with presents - perfume, a bracelet, once a cheque for £500 which I tore up. When I said I did not want gifts he told me I 'didn't know what was good for me'. He would stand outside the window for an hour at a time, and I would see him in the café across the road with his eyes on my door. He started saying things about my colour, that he had 'never had a black one', that I was 'wild like all you island girls'. When I told him to leave he called me an 'ungrateful n*****'. He put things about me on Facebook, photos of me taken through the salon window.

I closed the salon in May. I could not work with him outside. I now rent a chair in another town, forty minutes' drive away, and I only work days. I moved flats because he found out where I lived and left flowers on my car. My children changed schools because of the move. I used to love my work.""",
    spans=[
        ("STALK_TURN_UP", "he kept coming back on his own"),
        ("STALK_GIFTS", "with presents - perfume, a bracelet, once a cheque for £500"),
        ("FIXATION", "I 'didn't know what was good for me'"),
        ("STALK_LOITER", "stand outside the window for an hour at a time"),
        ("STALK_WATCH", "his eyes on my door"),
        ("RACIAL_HOSTILITY", "'never had a black one'"),
        ("RACIAL_HOSTILITY", "'wild like all you island girls'"),
        ("RACIAL_HOSTILITY", "'ungrateful n*****'"),
        ("STALK_PUBLISH", "He put things about me on Facebook, photos of me taken through the salon window"),
        ("SERIOUS_IMPACT", "I closed the salon in May"),
        ("SERIOUS_IMPACT", "I moved flats"),
        ("STALK_MONITOR", "he found out where I lived"),
        ("STALK_GIFTS", "left flowers on my car"),
        ("SERIOUS_IMPACT", "My children changed schools because of the move"),
    ],
)

case(
    42, "aggravated_harassment", "CR",
    voice="call_log", case="lower", noise="typos", batch="tf",
    pattern="parent_anti_muslim_messages_to_childminder_over_unpaid_fees", relationship="customer", occasions=5,
    text="""\
caller mrs farida HUSSAIN, registered childminder. ex-client SUSP (father of a girl she minded till 31/8) owes 3 wks fees £420. since she sent him an invoice + one reminder he has sent her whatsapps on 2/9, 3/9, 5/9, 9/9 and 10/9 refusing to pay and abusive - 'muslim leech', 'go and get your money off ISIS', 'you lot shouldnt be allowed to look after english kids'. 9/9 msg also said 'knock on my door for it and see what happens' - caller says thats the only thing like a threat and she isnt bothered by it, she just wants the abuse to stop. no visits. adv re small claims for the fees. crime recorded, screenshots to be emailed.""",
    spans=[
        ("STALK_CONTACT", "he has sent her whatsapps"),
        ("REPETITION", "on 2/9, 3/9, 5/9, 9/9 and 10/9"),
        ("RELIGIOUS_HOSTILITY", "'muslim leech'"),
        ("RELIGIOUS_HOSTILITY", "'go and get your money off ISIS'"),
        ("RELIGIOUS_HOSTILITY", "'you lot shouldnt be allowed to look after english kids'"),
        ("THREAT_VIOLENCE", "'knock on my door for it and see what happens'"),
    ],
)

case(
    43, "harassment_fear_of_violence", "CFD",
    voice="judgment", case="mixed", noise="clean", batch="tf",
    pattern="tenant_threatens_landlord_twice_during_possession", relationship="landlord", occasions=2,
    text="""\
R v PRYCE - sentencing remarks. Mr Pryce, you rented a house from Mr Barratt. In January you fell behind with the rent and he served notice, as he was entitled to do. On 14 February you telephoned him and told him that if he tried to put you out you would 'burn the house down with you in it'. On 3 March, when he came with the enforcement officer after the possession order, you stood in the doorway holding a claw hammer and said 'one more step and I'll split your skull'. Both incidents were about the tenancy. Mr Barratt's statement makes clear that he was afraid you would do what you said; he now takes his son with him to every property he visits. You were convicted of putting a person in fear of violence.""",
    spans=[
        ("THREAT_VIOLENCE", "'burn the house down with you in it'"),
        ("THREAT_VIOLENCE", "'one more step and I'll split your skull'"),
        ("FEAR_OF_VIOLENCE", "he was afraid you would do what you said"),
        ("SERIOUS_IMPACT", "he now takes his son with him to every property he visits"),
    ],
)

case(
    44, "aggravated_stalking", "CSR",
    voice="judgment", case="mixed", noise="clean", batch="tf",
    pattern="former_customer_follows_sikh_mechanic_posts_religious_abuse", relationship="customer", occasions=8,
    text="""\
Judgment (appeal against conviction), extract. The appellant had his car serviced by the complainant, Mr Harjit Singh GILL, a self-employed mobile mechanic, and was unhappy with a £140 bill. Over the following four months he followed Mr Gill's van between jobs on at least five occasions, photographed it parked outside customers' homes, and posted those photographs on a community Facebook page with captions including 'the turban cowboy strikes again' and 'don't let a raghead near your engine'. He sent Mr Gill a message saying 'I'm always watching where you go'. This had long since stopped being about the bill: the appellant had made Mr Gill himself the object of his attention. There was no fear of violence and no change to how Mr Gill lived or worked. Religious hostility was plainly shown by the captions. Appeal dismissed.""",
    spans=[
        ("REPETITION", "Over the following four months"),
        ("STALK_FOLLOW", "followed Mr Gill's van between jobs on at least five occasions"),
        ("STALK_WATCH", "photographed it parked outside customers' homes"),
        ("STALK_PUBLISH", "posted those photographs on a community Facebook page"),
        ("RELIGIOUS_HOSTILITY", "'the turban cowboy strikes again'"),
        ("RELIGIOUS_HOSTILITY", "'don't let a raghead near your engine'"),
        ("STALK_MONITOR", "'I'm always watching where you go'"),
        ("FIXATION", "made Mr Gill himself the object of his attention"),
    ],
)
