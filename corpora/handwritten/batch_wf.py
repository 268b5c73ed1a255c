# ruff: noqa: E501
"""Hand-written narratives, writer wf: racial and religious hostility across severities, against other hostility and mere mention."""

from corpora.handwritten import case

case(
    1, "aggravated_harassment", "CR",
    voice="call_log", case="upper", noise="abbrev", batch="wf",
    pattern="neighbour_anti_polish_abuse_over_fence_and_note_no_threats", relationship="neighbour", occasions=3,
    text="""\
CALLER IS IP MRS AGNIESZKA WROBEL 14 FERNDALE CRES. REPORTS NEIGHBOUR AT NO 12 (MALE, 50S, KNOWN AS GARY) HAS BEEN SHOUTING AT HER OVER THE FENCE SINCE SHE MOVED IN IN MARCH. 02/05 SHOUTED "GO BACK TO POLAND YOU SPONGING PEASANT" WHEN SHE WAS HANGING WASHING OUT. 09/05 PUT NOTE THRU DOOR SAYING "NO MORE POLES IN THIS STREET". TODAY 1140HRS AGAIN ON HIS DRIVE CALLING HER "EASTERN EUROPEAN SCUM" IN FRONT OF HER 6YO. NO THREATS MADE. IP UPSET, CRYING ON PHONE. ASKS FOR OFFICER TO ATTEND AFTER 1500 WHEN HUSBAND HOME FROM WORK. LOG PASSED TO NHT SGT FOR ALLOCATION.""",
    spans=[
        ("STALK_CONTACT", "HAS BEEN SHOUTING AT HER OVER THE FENCE"),
        ("REPETITION", "SINCE SHE MOVED IN IN MARCH"),
        ("RACIAL_HOSTILITY", "GO BACK TO POLAND YOU SPONGING PEASANT"),
        ("STALK_CONTACT", "PUT NOTE THRU DOOR"),
        ("RACIAL_HOSTILITY", "NO MORE POLES IN THIS STREET"),
        ("REPETITION", "AGAIN"),
        ("RACIAL_HOSTILITY", "CALLING HER \"EASTERN EUROPEAN SCUM\""),
        ("DISTRESS", "IP UPSET, CRYING ON PHONE"),
    ],
)

case(
    2, "no_offence", "R",
    voice="crime_summary", case="mixed", noise="clean", batch="wf",
    pattern="single_racist_religious_slur_at_sikh_bus_driver", relationship="stranger", occasions=1,
    text="""\
Victim is a bus driver on the 36 route. At about 2210 on Friday 14th a male passenger, white, 30s, refused to pay and when challenged leaned round the screen and called the victim a "turban-wearing p***" before getting off at the Asda stop. Victim, who is Sikh, reported it to his depot controller the same night. Bus CCTV requested. The male has not been seen before or since. Victim wants it recorded. Racially/religiously aggravated s.5 POA. One incident only.""",
    spans=[
        ("RACIAL_HOSTILITY", "called the victim a \"turban-wearing p***\""),
    ],
)

case(
    3, "harassment", "C",
    voice="mo_field", case="lower", noise="abbrev", batch="wf",
    pattern="driveway_dispute_neighbour_photographs_van_race_raised_by_ip_no_remarks", relationship="neighbour", occasions=4,
    text="""\
susp (neighbour, no 7) in ongoing dispute w/ ip re shared driveway & ip's work van blocking access. on 3 occs in last fortnight susp has stood at his window photographing ip's van + ip when loading up, and on 19/10 left 2 notes on windscreen saying 'move it or i'll get it towed, last warning'. susp has also complained to council re van. ip (black british, nigerian heritage) feels singled out and asked if it could be about race - ip confirms susp has never said anything about her colour or background, all comments are about the van. ip stressed, not sleeping well. words of advice to susp 21/10, both parties referred to mediation. nb prev call from susp 08/10 re ip's bins left on pavement - no police action, passed to council. rv with ip agreed for thurs pm, ip on lates.""",
    spans=[
        ("REPETITION", "on 3 occs in last fortnight"),
        ("STALK_WATCH", "stood at his window photographing ip's van + ip when loading up"),
        ("STALK_CONTACT", "left 2 notes on windscreen"),
        ("DISTRESS", "ip stressed, not sleeping well"),
    ],
)

case(
    4, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="statement", case="mixed", noise="clean", batch="wf",
    pattern="stranger_fixates_on_hijab_wearing_pharmacist_follows_to_mosque_knife_threat", relationship="stranger", occasions=5,
    text="""\
I am making this statement about a man I now know to be called Darren HOLLIS. I do not know him personally. I wear a hijab and I work at the pharmacy on Bridge Street.

The first time was around the start of September. He came to the counter and asked me why I 'wrap my head up like a terrorist'. I told him I would not serve him if he was going to be rude and he left. After that he started waiting outside when I finished at six. He did not say anything, he just stood by the cash machine.

On 12 September he followed me to the bus stop, saying I was 'a dirty Muslim' and that people like me should be 'sent back in boxes' and that he would do it himself. I was really scared. A week later he was stood across the road from my mosque on Cavendish Road when I came out of Friday prayers, staring at me. I do not know how he knew I went there.

On 26 September he walked behind me all the way to Tesco and said 'I know where you pray, I'll be waiting for you with a knife'.

I now get a lift to and from work from my brother every day and I have stopped going to the mosque on Fridays, I pray at home. I am frightened he is going to hurt me.""",
    spans=[
        ("RELIGIOUS_HOSTILITY", "why I 'wrap my head up like a terrorist'"),
        ("STALK_LOITER", "he started waiting outside when I finished at six"),
        ("STALK_FOLLOW", "he followed me to the bus stop"),
        ("RELIGIOUS_HOSTILITY", "saying I was 'a dirty Muslim'"),
        ("THREAT_VIOLENCE", "'sent back in boxes' and that he would do it himself"),
        ("FEAR_OF_VIOLENCE", "I was really scared"),
        ("REPETITION", "A week later"),
        ("STALK_WATCH", "stood across the road from my mosque on Cavendish Road"),
        ("STALK_FOLLOW", "walked behind me all the way to Tesco"),
        ("FIXATION", "I know where you pray"),
        ("THREAT_VIOLENCE", "I'll be waiting for you with a knife"),
        ("SERIOUS_IMPACT", "I now get a lift to and from work from my brother every day"),
        ("SERIOUS_IMPACT", "I have stopped going to the mosque on Fridays"),
        ("FEAR_OF_VIOLENCE", "I am frightened he is going to hurt me"),
    ],
)

case(
    5, "stalking", "CS",
    voice="updates", case="mixed", noise="typos", batch="wf",
    pattern="ex_partner_pleading_messages_flowers_at_parents_faith_difference_mentioned_only", relationship="ex_partner", occasions=6,
    text="""\
Update 1 - 04/02 PC 4471 Mistry. Spoke to IP Priya by phone. She ended relationship with suspect Karan in Dec after 2yrs. Since then he has sent her over 200 whatsapps and voice notes, mostly begging her to come back, saying he cant live without her and he'll 'change anything'. He has also turned up at her parents house twice, once on the morning of Diwali with flowers. No threats, no abuse. IP says his family are Sikh and hers Hindu and that caused some friction between the familys but Karan has never said anything bad about her religion. She just wants it to stop.

Update 2 - 06/02 Suspect seen at IP's gym car park at 0650 sat in his car. IP has blocked him on everything, he is now emailing from his work acount.

Update 3 - 09/02 Harassment warning served on suspect at home address. He was tearful, said he 'just loves her'.""",
    spans=[
        ("STALK_CONTACT", "sent her over 200 whatsapps and voice notes"),
        ("FIXATION", "saying he cant live without her"),
        ("STALK_TURN_UP", "turned up at her parents house twice"),
        ("STALK_GIFTS", "with flowers"),
        ("STALK_LOITER", "seen at IP's gym car park at 0650 sat in his car"),
        ("UNWANTED", "IP has blocked him on everything"),
        ("STALK_CONTACT", "he is now emailing from his work acount"),
    ],
)

case(
    6, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="crime_summary", case="mixed", noise="redacted", batch="wf",
    pattern="drunk_customer_racially_abuses_and_threatens_takeaway_owner", relationship="customer", occasions=3,
    text="""\
Summary: IP [NAME 1] runs the Golden Bengal takeaway on [STREET]. SUSP [NAME 2] is a regular customer who lives above the bookies opposite. On 3 occasions since 1 August SUSP has come in drunk and abused IP about his origin. 01/08 called him a "[racial slur redacted]" and said he'd "burn the place down with you in it". 15/08 refused to pay, spat on the counter and told IP "your lot are taking over, I'll f***ing stab you". 22/08 stood outside the window for around 20 minutes making throat-cutting gestures at IP. IP states he is scared of SUSP and now keeps the door locked after 2200 and has his nephew work the closing shift with him. [NAME 2] arrested 23/08, no comment interview, RUI.""",
    spans=[
        ("REPETITION", "On 3 occasions since 1 August"),
        ("RACIAL_HOSTILITY", "abused IP about his origin"),
        ("RACIAL_HOSTILITY", "called him a \"[racial slur redacted]\""),
        ("THREAT_VIOLENCE", "burn the place down with you in it"),
        ("RACIAL_HOSTILITY", "your lot are taking over"),
        ("THREAT_VIOLENCE", "I'll f***ing stab you"),
        ("THREAT_VIOLENCE", "making throat-cutting gestures at IP"),
        ("FEAR_OF_VIOLENCE", "IP states he is scared of SUSP"),
        ("SERIOUS_IMPACT", "now keeps the door locked after 2200 and has his nephew work the closing shift with him"),
    ],
)

case(
    7, "harassment_fear_of_violence", "CF",
    voice="notebook", case="lower", noise="heavy", batch="wf",
    pattern="downstairs_neighbour_homophobic_threats_to_gay_couple_not_racial", relationship="neighbour", occasions=2,
    text="""\
1815 att 22a marlow ct re nbr dispute. ip1 tom ashby + partner ip2 leon. male couple. susp = downstairs nbr kev (poss kevin BRYCE). sat 11/6 susp shouted up stairwell "f***ing queers, ill kick ur heads in". tue 14/6 came out when ip1 at bins n said "next time ur getting it, batty boy". ip1 v shaken, says he beleives susp will assault him. ip2 at work both times. no race element, both ips wht brit, hostility re sexuality - homophobic hate inc flag. bwv on. susp nfi at door, cards left.""",
    spans=[
        ("STALK_CONTACT", "susp shouted up stairwell"),
        ("THREAT_VIOLENCE", "ill kick ur heads in"),
        ("THREAT_VIOLENCE", "next time ur getting it"),
        ("DISTRESS", "ip1 v shaken"),
        ("FEAR_OF_VIOLENCE", "says he beleives susp will assault him"),
    ],
)

case(
    8, "aggravated_stalking", "CSR",
    voice="crime_summary", case="mixed", noise="clean", batch="wf",
    pattern="online_stranger_antisemitic_campaign_new_accounts_posts_house_photo_emails_employer", relationship="online", occasions=8,
    text="""\
IP Hannah Feld is a teacher who also writes a small blog about Jewish cookery. Since January an account calling itself '@truthseeker_88' has replied to nearly every post IP makes, calling her a "parasite" and a "Zionist rat". In March it posted photos of her house with the caption "the Jew lives here". After IP blocked it, 4 new accounts appeared with similar names within a fortnight. The same person has emailed IP's school employer twice saying she "indoctrinates children for Israel" and should be sacked. Accounts traced via subscriber checks to Stuart LENNOX, 41, of Coventry, who IP has never met. IP says she is angry rather than frightened and has not changed anything, but wants him prosecuted. Screenshots (37) exhibited as HF/1.""",
    spans=[
        ("REPETITION", "Since January"),
        ("STALK_CONTACT", "replied to nearly every post IP makes"),
        ("RACIAL_HOSTILITY", "calling her a \"parasite\" and a \"Zionist rat\""),
        ("STALK_PUBLISH", "posted photos of her house"),
        ("RELIGIOUS_HOSTILITY", "the Jew lives here"),
        ("FIXATION", "After IP blocked it, 4 new accounts appeared with similar names"),
        ("STALK_ORDERS", "emailed IP's school employer twice"),
    ],
)

case(
    9, "stalking_fear_alarm_distress", "CSD",
    voice="victim_diary", case="mixed", noise="typos", batch="wf",
    pattern="ex_partner_transphobic_deadnaming_loitering_tyres_slashed_victim_moves_not_racial", relationship="ex_partner", occasions=5,
    text="""\
Keeping this like PC Hale said. Ryan = my ex, we split in April.

Mon 3rd - He was outside work again when I came out. Just stood by the railings. Didnt say anything this time.

Weds 5th - 14 calls from a withheld number, I know its him. Voicemail called me 'it' and said I'll always be Daniel to him. Deadnaming me on purpose like always.

Sat 8th - Found my bike tyres slashed in the bin store. Jess next door saw a man matching him in the car park at 3am.

Sun 9th - He's posted on facebook that I'm 'a bloke in a dress' and put my new address on there.

Tues 11th - Signed the tenancy on the flat in Hulme. Moving Friday. Not telling anyone but mum where it is. I cant keep living like this, I jump every time the buzzer goes.""",
    spans=[
        ("STALK_LOITER", "He was outside work again when I came out"),
        ("STALK_CONTACT", "14 calls from a withheld number"),
        ("STALK_PROPERTY", "my bike tyres slashed"),
        ("STALK_LOITER", "a man matching him in the car park at 3am"),
        ("STALK_PUBLISH", "posted on facebook that I'm 'a bloke in a dress' and put my new address on there"),
        ("SERIOUS_IMPACT", "Signed the tenancy on the flat in Hulme. Moving Friday."),
        ("DISTRESS", "I jump every time the buzzer goes"),
    ],
)

case(
    10, "aggravated_harassment", "CR",
    voice="call_log", case="inconsistent", noise="abbrev", batch="wf",
    pattern="resident_abuses_irish_traveller_woman_at_site_fence_threat_to_son_not_feared_for_self", relationship="neighbour", occasions=3,
    text="""\
Caller: Bridget WARD, lives on the Oakfield council site (Irish Traveller). States a male from the new builds backing onto the site, she thinks called Colin, keeps coming to the fence SHOUTING AT HER. Last Thurs called her a "dirty pikey" and said "you lot should be gassed". Sunday again, "thieving gypo scum" while she was putting the kids in the car. Today 0920 told her he'd "break her young lad's legs" if he caught him near his garden again. Son is 14. CALLER SAYS SHE ISN'T SCARED OF HIM FOR HERSELF - "he's all mouth" - but she's sick of it and wants it on record. ADVISED, 101 ref given, NHT to call back.""",
    spans=[
        ("STALK_CONTACT", "keeps coming to the fence SHOUTING AT HER"),
        ("RACIAL_HOSTILITY", "called her a \"dirty pikey\""),
        ("RACIAL_HOSTILITY", "you lot should be gassed"),
        ("REPETITION", "Sunday again"),
        ("RACIAL_HOSTILITY", "thieving gypo scum"),
    ],
)

case(
    11, "harassment", "CD",
    voice="crime_summary", case="mixed", noise="clean", batch="wf",
    pattern="neighbour_disability_hostility_to_wheelchair_user_blocks_kerb_not_racial", relationship="neighbour", occasions=4,
    text="""\
IP is a 58 year old wheelchair user (MS). Over the last six weeks her neighbour Paul GRANGER has repeatedly mocked her disability. He has parked across her dropped kerb on at least four occasions and, when she asked him to move, said she was 'faking it for the benefits' and 'should have been put down'. On 2 November he mimicked her speech to his friends while she waited at her front door. IP's carer witnessed the last incident. IP has found this humiliating and now only goes out when her carer is with her, which means she has missed her Tuesday swimming group. Recorded as a disability hate incident; there is no suggestion of any racial or religious element. Suspect to be interviewed voluntarily.""",
    spans=[
        ("REPETITION", "Over the last six weeks"),
        ("STALK_CONTACT", "repeatedly mocked her disability"),
        ("REPETITION", "on at least four occasions"),
        ("STALK_CONTACT", "mimicked her speech to his friends while she waited at her front door"),
        ("DISTRESS", "IP has found this humiliating"),
        ("SERIOUS_IMPACT", "now only goes out when her carer is with her"),
    ],
)

case(
    12, "aggravated_stalking_fear_alarm_distress", "CSFR",
    voice="judgment", case="mixed", noise="clean", batch="wf",
    pattern="sentencing_remarks_ex_partner_racist_messages_loitering_two_threats", relationship="ex_partner", occasions=8,
    text="""\
R v CARTER - sentencing remarks.

Liam Carter, you are 29. You were in a relationship with Miss Abena Osei for about eighteen months. When she ended it in February you would not accept it. Over the following ten weeks you sent her hundreds of messages, many of them grossly offensive references to her colour: you called her a 'jungle bunny' and told her to 'go back to Africa where you belong'. You waited outside her flat on at least five nights. On 3 April you told her that if she would not speak to you, you would 'smash her face in'. On 18 April you repeated that threat in a voicemail, adding that you knew what time she left for work.

You were arrested on 20 April. In interview you said that the messages were 'just banter' and that the two of you 'always talked like that'. The messages themselves, which I have read, show otherwise: she asked you again and again to leave her alone, and every request was met with more.

She has told the court, and I accept, that she was terrified you would carry out those threats. She did not feel able to open her curtains. Her statement describes a woman who had been confident and sociable and who, by the end of April, was checking the street from an upstairs window before she would go out of her own front door.

I have read the pre-sentence report and the letters handed up on your behalf. You have no previous convictions. You have, I am told, started to address your drinking. You have pleaded guilty to racially aggravated stalking involving fear of violence. The offence is aggravated by racial hostility and I must, and do, treat that as increasing its seriousness.""",
    spans=[
        ("FIXATION", "When she ended it in February you would not accept it"),
        ("REPETITION", "Over the following ten weeks"),
        ("STALK_CONTACT", "sent her hundreds of messages"),
        ("RACIAL_HOSTILITY", "grossly offensive references to her colour"),
        ("RACIAL_HOSTILITY", "you called her a 'jungle bunny'"),
        ("RACIAL_HOSTILITY", "told her to 'go back to Africa where you belong'"),
        ("STALK_LOITER", "You waited outside her flat on at least five nights"),
        ("THREAT_VIOLENCE", "you would 'smash her face in'"),
        ("THREAT_VIOLENCE", "you repeated that threat in a voicemail"),
        ("STALK_MONITOR", "you knew what time she left for work"),
        ("UNWANTED", "she asked you again and again to leave her alone"),
        ("FEAR_OF_VIOLENCE", "she was terrified you would carry out those threats"),
        ("DISTRESS", "She did not feel able to open her curtains"),
    ],
)

case(
    13, "harassment_fear_of_violence", "CF",
    voice="mo_field", case="upper", noise="abbrev", batch="wf",
    pattern="car_wash_customer_demands_money_threatens_kurdish_owner_interpreter_no_racial_remarks", relationship="customer", occasions=3,
    text="""\
VIC RUNS HAND CAR WASH ON LEEDS RD. SUSP A FORMER CUSTOMER, CLAIMS VIC SCRATCHED HIS AUDI AND WANTS £800 CASH. ON 3 OCCS (05/03, 07/03, 12/03) SUSP ATTENDED SITE, SHOUTED ABOUT THE MONEY AND TOLD VIC HE WOULD 'PUT HIM IN HOSPITAL' IF NOT PAID BY FRIDAY. 12/03 ALSO SAID 'I'LL COME BACK WITH MY BOYS AND BATTER YOU'. VIC SPEAKS LIMITED ENGLISH, STATEMENT TAKEN VIA KURDISH SORANI INTERPRETER. VIC DOES NOT ALLEGE ANY RACIAL REMARKS, SAYS IT IS ALL ABOUT THE CAR. VIC FRIGHTENED SUSP WILL ATTACK HIM AT WORK. SUSP VEH (BLK AUDI A4) PNC CHECKED, NO MARKERS, KEEPER ADDRESS IN BRADFORD. CCTV ON SITE NOT WORKING SINCE FEB, OWNER WAITING ON ENGINEER. OIC TO TRACE SUSP AND INTERVIEW.""",
    spans=[
        ("REPETITION", "ON 3 OCCS (05/03, 07/03, 12/03)"),
        ("STALK_TURN_UP", "SUSP ATTENDED SITE"),
        ("THREAT_VIOLENCE", "HE WOULD 'PUT HIM IN HOSPITAL' IF NOT PAID BY FRIDAY"),
        ("THREAT_VIOLENCE", "I'LL COME BACK WITH MY BOYS AND BATTER YOU"),
        ("FEAR_OF_VIOLENCE", "VIC FRIGHTENED SUSP WILL ATTACK HIM AT WORK"),
    ],
)

case(
    14, "no_offence", "R",
    voice="third_party", case="mixed", noise="typos", batch="wf",
    pattern="witness_reports_one_off_anti_catholic_abuse_and_threat_at_priest_outside_church", relationship="stranger", occasions=1,
    text="""\
I'm emailing as a witness to something that happened outside St Anne's RC church on Sunday 7th at about 11.45 after mass. A man I didnt recognise, maybe 40, shaved head, grey hoodie, came up to Father Okafor while he was saying goodbye to people on the steps and started screaming that Catholics are all "kiddy fiddlers" and that the church should be burnt to the ground with all of you inside it. He then went off towards the park. Father Okafor was shaken but carried on. None of us had ever seen the man before and he hasnt been back. I have a bit of video on my phone if its any use.""",
    spans=[
        ("RELIGIOUS_HOSTILITY", "Catholics are all \"kiddy fiddlers\""),
        ("THREAT_VIOLENCE", "the church should be burnt to the ground with all of you inside it"),
        ("DISTRESS", "Father Okafor was shaken"),
    ],
)

case(
    15, "aggravated_stalking", "CSR",
    voice="result_note", case="mixed", noise="abbrev", batch="wf",
    pattern="ex_partner_turns_up_at_work_racist_messages_about_bangladeshi_origin_accounts_interfered_no_fear", relationship="ex_partner", occasions=8,
    text="""\
RESULT: SUSP Jamie PRICE charged w/ racially aggravated stalking (s.2A PHA / s.32 CDA). Facts: IP Shirin BEGUM and susp together 3 yrs, split Sept. From Oct susp has turned up at IP's workplace (Lidl, Whitechapel Rd) on 6 occasions, sat in the staff car park, and messaged her 40+ times a day. When IP did not reply msgs turned abusive: 'u think ur better than me u curry munching b*tch', 'go back to bangladesh and marry ur cousin'. Also changed IP's netflix password and cancelled her gym membership using her details. IP states she is not frightened of him and her routine has not changed, she is 'just done with it'. Bailed w/ conds not to contact IP or enter Whitechapel Rd. 1st app mags 14/12.""",
    spans=[
        ("STALK_TURN_UP", "turned up at IP's workplace (Lidl, Whitechapel Rd) on 6 occasions"),
        ("STALK_LOITER", "sat in the staff car park"),
        ("STALK_CONTACT", "messaged her 40+ times a day"),
        ("RACIAL_HOSTILITY", "u curry munching b*tch"),
        ("RACIAL_HOSTILITY", "go back to bangladesh and marry ur cousin"),
        ("STALK_PROPERTY", "changed IP's netflix password"),
        ("STALK_ORDERS", "cancelled her gym membership using her details"),
    ],
)

case(
    16, "stalking", "CS",
    voice="statement", case="mixed", noise="clean", batch="wf",
    pattern="lunch_club_attender_fixates_on_vicar_gifts_stares_in_church_faith_irrelevant", relationship="acquaintance", occasions=6,
    text="""\
I am the vicar of St Luke's, Brampton. In June a man called Gareth POLE started coming to our Wednesday lunch club. He was pleasant at first. In July he began leaving cards and small presents for me in the vestry - a silver cross, chocolates, and a poem that said we were 'meant to be together'. I told him kindly but clearly that I am married and this had to stop.

Since then he has come to every service and sits in the front pew staring at me. He has been to the vicarage door three times asking to 'talk about us', and last week I saw him parked outside my daughter's school at home time.

He has never threatened me and I am not frightened of him as such, but I find it very unsettling and I am not sleeping well. My faith has nothing to do with how he is behaving. He is not a churchgoer, he just latched on to me.""",
    spans=[
        ("STALK_GIFTS", "leaving cards and small presents for me in the vestry"),
        ("FIXATION", "we were 'meant to be together'"),
        ("UNWANTED", "I told him kindly but clearly that I am married and this had to stop"),
        ("REPETITION", "he has come to every service"),
        ("STALK_WATCH", "sits in the front pew staring at me"),
        ("STALK_TURN_UP", "He has been to the vicarage door three times"),
        ("FIXATION", "asking to 'talk about us'"),
        ("STALK_LOITER", "parked outside my daughter's school at home time"),
        ("DISTRESS", "I find it very unsettling and I am not sleeping well"),
    ],
)

case(
    17, "aggravated_harassment_fear_of_violence", "CFR",
    voice="supervisor_review", case="mixed", noise="clean", batch="wf",
    pattern="islamophobic_emails_and_voicemail_threats_to_muslim_councillor_no_fixation", relationship="online", occasions=3,
    text="""\
Supervisor review 14/11 - DS 2210 Hartley.

Cllr Yasmin Akhtar has received two emails (28/10 and 4/11) and one voicemail (9/11) at her council office from the same sender, identified through subscriber checks as Norman BIRCH of Kettering. The content is Islamophobic throughout: it refers to her as a 'sharia-loving invader' and says Muslims are 'breeding to take over'. The email of 28/10 says 'someone should put a bullet in you before the election'. The voicemail says 'we know where your surgery is, you'll get what's coming'.

Cllr Akhtar has stated clearly that she fears for her safety and believes she will be attacked. I agree with the OIC that this is a course of conduct causing fear of violence on more than one occasion, with religious hostility demonstrated. Not stalking in my view - no fixation on her as a person, all of it is about her role and her faith.

Actions: arrest Birch, seize devices. Council security and the party's safety officer informed.""",
    spans=[
        ("STALK_CONTACT", "received two emails (28/10 and 4/11) and one voicemail (9/11)"),
        ("RELIGIOUS_HOSTILITY", "refers to her as a 'sharia-loving invader'"),
        ("RELIGIOUS_HOSTILITY", "says Muslims are 'breeding to take over'"),
        ("THREAT_VIOLENCE", "someone should put a bullet in you before the election"),
        ("THREAT_VIOLENCE", "you'll get what's coming"),
        ("FEAR_OF_VIOLENCE", "she fears for her safety and believes she will be attacked"),
    ],
)

case(
    18, "stalking_fear_alarm_distress", "CSF",
    voice="dash_note", case="upper", noise="abbrev", batch="wf",
    pattern="polish_ex_partner_calls_waits_at_work_kill_threat_repeated_no_hate_element", relationship="ex_partner", occasions=5,
    text="""\
DASH COMPLETED W/ IP (POLISH NATIONAL, INTERPRETER VIA LANGUAGE LINE). RISK: MEDIUM. EX-PARTNER TOMASZ (ALSO POLISH), SEPARATED 6 WKS. SINCE SEP HE HAS CALLED IP UP TO 30X DAILY AND WAITED OUTSIDE HER WORK (SCHOOL KITCHEN) ON 3 DAYS. 12/10 TOLD HER 'IF YOU WON'T BE MY WIFE YOU WON'T BE ANYONE'S, I WILL KILL YOU'. 15/10 TEXT 'I MEANT WHAT I SAID'. Q1 IS VICTIM FRIGHTENED - YES, 'VERY, I THINK HE WILL DO IT'. NO PREV DA REPORTED. NO CHILDREN IN COMMON. NOTHING TO SUGGEST ANY HATE ELEMENT - BOTH POLISH NATIONALS.""",
    spans=[
        ("STALK_CONTACT", "CALLED IP UP TO 30X DAILY"),
        ("STALK_LOITER", "WAITED OUTSIDE HER WORK (SCHOOL KITCHEN) ON 3 DAYS"),
        ("FIXATION", "IF YOU WON'T BE MY WIFE YOU WON'T BE ANYONE'S"),
        ("THREAT_VIOLENCE", "I WILL KILL YOU"),
        ("THREAT_VIOLENCE", "I MEANT WHAT I SAID"),
        ("FEAR_OF_VIOLENCE", "VERY, I THINK HE WILL DO IT"),
    ],
)

case(
    19, "harassment", "C",
    voice="call_log", case="mixed", noise="typos", batch="wf",
    pattern="unhappy_customer_three_abusive_voicemails_in_minutes_to_print_shop_owner", relationship="customer", occasions=3,
    text="""\
Dev SHARMA, print shop Castle St. Unhappy customer Alan RUDD (wedding invites) left 3 voicemails on the shop phone last night between 2103 and 2111, each one more abusive than the last. No threats of violance. Wants him warned off.""",
    spans=[
        ("STALK_CONTACT", "left 3 voicemails on the shop phone last night between 2103 and 2111"),
        ("ESCALATION", "each one more abusive than the last"),
    ],
)

case(
    20, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="updates", case="mixed", noise="redacted", batch="wf",
    pattern="stranger_films_and_follows_sikh_man_turban_abuse_photo_through_door_changes_route", relationship="stranger", occasions=7,
    text="""\
12/03 1030 - Call from IP [NAME 1], 34, Sikh, works in the langar kitchen at the gurdwara on Tudor Rd. Reports a white male, approx 60, has been filming him on his phone on his walk to work. First noticed mid-Feb. Male walks a few metres behind, filming, and makes comments about his turban - 'what you hiding under that tea towel', 'Taliban'.

14/03 1515 - PC [NAME 2] spoke to IP. Now at least 6 occasions. Male has also been seen photographing IP's house and car. IP found a printed photo of himself posted through his door with 'RAGHEAD' written across it.

19/03 0900 - IP has changed his route and now drives to work, and has stopped walking his son to school. No threats have been made. IP describes constant anxiety.

20/03 - SUSP identified as [NAME 3] via house-to-house. Voluntary interview booked.""",
    spans=[
        ("STALK_WATCH", "filming him on his phone on his walk to work"),
        ("STALK_FOLLOW", "walks a few metres behind"),
        ("RELIGIOUS_HOSTILITY", "what you hiding under that tea towel"),
        ("RACIAL_HOSTILITY", "Taliban"),
        ("REPETITION", "Now at least 6 occasions"),
        ("STALK_MONITOR", "photographing IP's house and car"),
        ("STALK_CONTACT", "a printed photo of himself posted through his door"),
        ("RELIGIOUS_HOSTILITY", "'RAGHEAD' written across it"),
        ("SERIOUS_IMPACT", "IP has changed his route and now drives to work"),
        ("SERIOUS_IMPACT", "has stopped walking his son to school"),
        ("DISTRESS", "IP describes constant anxiety"),
    ],
)

case(
    21, "aggravated_harassment", "CR",
    voice="statement", case="mixed", noise="clean", batch="wf",
    pattern="warehouse_colleague_anti_chinese_abuse_every_shift_distress_only", relationship="colleague", occasions=5,
    text="""\
I have worked at Harlow Distribution as a warehouse operative since 2019. I was born in Croydon; my parents came from Hong Kong.

Since Lee MARSH joined my shift in January he has made comments about me almost every shift. He pulls his eyes into slits when I walk past and says 'ching chong'. In March, when I had a cough, he told everyone to stay away from me because I had 'the Chinese virus' and sprayed air freshener at me. On 4 April he put a tin of dog food on my locker with a note saying 'your dinner'.

I reported this to my manager, who moved him to another aisle, but he still does it in the canteen. I go home and cry. I have not told my parents because it would upset them.""",
    spans=[
        ("STALK_CONTACT", "he has made comments about me"),
        ("REPETITION", "almost every shift"),
        ("RACIAL_HOSTILITY", "He pulls his eyes into slits when I walk past and says 'ching chong'"),
        ("RACIAL_HOSTILITY", "I had 'the Chinese virus'"),
        ("UNWANTED", "sprayed air freshener at me"),
        ("RACIAL_HOSTILITY", "put a tin of dog food on my locker with a note saying 'your dinner'"),
        ("REPETITION", "he still does it in the canteen"),
        ("DISTRESS", "I go home and cry"),
    ],
)

case(
    22, "harassment_fear_of_violence", "CFD",
    voice="third_party", case="mixed", noise="typos", batch="wf",
    pattern="support_worker_reports_youth_disability_abuse_and_threats_to_service_user_not_racial", relationship="stranger", occasions=3,
    text="""\
Reporting on behalf of Martin (service user, 31, learning disability, lives in supported flat at Wren House). I'm his support worker. For about a month a lad from the estate known as 'Tyler' has been picking on him. Twice Tyler has stopped him outside the Spar and called him a 'f***ing r****d' and 'spaz', and the second time (Sat 20th) grabbed his collar and said he'd 'stab him up' if he told anyone. Yesterday Tyler shouted across the road that he'd 'finish him' next time. Martin is terrified, he keeps asking me if Tyler is going to kill him and he wont go to the Spar on his own anymore, I do his shopping with him now. Nothing racial, its because of his disability. Martin would need an intermediary to give a statement.""",
    spans=[
        ("REPETITION", "For about a month"),
        ("STALK_CONTACT", "Twice Tyler has stopped him outside the Spar"),
        ("THREAT_VIOLENCE", "he'd 'stab him up' if he told anyone"),
        ("THREAT_VIOLENCE", "he'd 'finish him' next time"),
        ("FEAR_OF_VIOLENCE", "he keeps asking me if Tyler is going to kill him"),
        ("SERIOUS_IMPACT", "he wont go to the Spar on his own anymore"),
    ],
)

case(
    23, "no_offence", "",
    voice="result_note", case="mixed", noise="clean", batch="wf",
    pattern="enforcement_agent_visits_romanian_ip_feels_targeted_lawful_debt_recovery", relationship="business", occasions=3,
    text="""\
NFA. IP (Romanian national, 27) reported being harassed by enforcement agents over a council tax debt of £1,460. Agents visited the address three times in October and sent letters and texts about the debt. IP feels she is being targeted because she is foreign. Body-worn footage supplied by the company reviewed: agents polite throughout, identified themselves, left when asked, and made no remarks of any kind about IP's nationality. Contact relates solely to lawful recovery of a debt. No offence disclosed. IP signposted to Citizens Advice and the council re liability. IP distressed and tearful when updated.""",
    spans=[
        ("DISTRESS", "IP distressed and tearful when updated"),
    ],
)

case(
    24, "aggravated_stalking", "CSR",
    voice="mo_field", case="mixed", noise="abbrev", batch="wf",
    pattern="neighbour_cctv_log_and_anti_muslim_notes_films_guests_posts_online_no_fear", relationship="neighbour", occasions=8,
    text="""\
MO: SUSP (next door nbr) has fitted 3 CCTV cameras angled directly into IP's garden and kitchen window, and keeps a written log of IP's family's movements which he has shown to other residents. Since IP's family began hosting Friday prayers for relatives at home, SUSP has put 4 notes through the door ('no mosques on this street', 'take your Allah-shouting elsewhere, this is a Christian country'), filmed guests arriving on 2 Fridays and uploaded the clips to the Residents Assoc FB group captioned 'the invasion has started'. IP: 'we are not scared of him, we just want him to stop watching us'. No change to routine. Council planning informed re CCTV.""",
    spans=[
        ("STALK_WATCH", "fitted 3 CCTV cameras angled directly into IP's garden and kitchen window"),
        ("STALK_MONITOR", "keeps a written log of IP's family's movements"),
        ("STALK_CONTACT", "put 4 notes through the door"),
        ("RELIGIOUS_HOSTILITY", "no mosques on this street"),
        ("RELIGIOUS_HOSTILITY", "take your Allah-shouting elsewhere, this is a Christian country"),
        ("STALK_WATCH", "filmed guests arriving on 2 Fridays"),
        ("STALK_PUBLISH", "uploaded the clips to the Residents Assoc FB group"),
        ("RELIGIOUS_HOSTILITY", "the invasion has started"),
    ],
)

case(
    25, "stalking_fear_alarm_distress", "CSD",
    voice="crime_summary", case="mixed", noise="typos", batch="wf",
    pattern="dating_app_match_homophobic_messages_turns_up_at_gym_tracks_location_victim_changes_number", relationship="online", occasions=7,
    text="""\
IP Ben (24) matched with SUSP on Grindr in May, met once for a drink, and told him afterwards he wasnt interested in meeting again. SUSP then msgd IP daily for 3 weeks, initally asking for another date, then abusive when ignored ('ur a dirty little f*g who used me', 'hope u get AIDS'). SUSP turned up at IP's gym on 3 occasions and waited by the lockers. He also sent IP a screenshot of IP's own location from a find-my-friends app IP had forgotten to remove him from. IP has changed his phone number, cancelled the gym and now works from home 3 days a week. He is anxious but says he doesnt think SUSP would actually hurt him. Homophobic hate crime flag added. No racial or religious element.""",
    spans=[
        ("UNWANTED", "told him afterwards he wasnt interested in meeting again"),
        ("STALK_CONTACT", "msgd IP daily for 3 weeks"),
        ("ESCALATION", "then abusive when ignored"),
        ("STALK_TURN_UP", "turned up at IP's gym on 3 occasions"),
        ("STALK_LOITER", "waited by the lockers"),
        ("STALK_MONITOR", "sent IP a screenshot of IP's own location"),
        ("SERIOUS_IMPACT", "IP has changed his phone number, cancelled the gym and now works from home 3 days a week"),
        ("DISTRESS", "He is anxious"),
    ],
)

case(
    26, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="third_party", case="lower", noise="typos", batch="wf",
    pattern="shop_manager_witnesses_racist_abuse_and_throat_threats_to_eritrean_hostel_resident", relationship="stranger", occasions=3,
    text="""\
im the manager at the costcutter on pelham rd. i want to report what has been happening to one of our regulars, yonas, hes from eritrea and lives in the hostel over the road. theres a man called shaun who drinks on the bench outside. three times in the last fortnight ive seen shaun have a go at yonas when he comes in for his shopping. he calls him 'n****r' and 'boat scum' and tells him to 'swim back'. last tuesday he followed him to the door and said hed 'cut his throat' if he saw him round here again. on friday he said the same thing again, that he was going to cut him. yonas was shaking, he told me hes scared to leave the hostel now and he asked me if i could bring his shopping over to him. hes not called you himself i think because hes worried about his asylum claim.""",
    spans=[
        ("REPETITION", "three times in the last fortnight"),
        ("RACIAL_HOSTILITY", "he calls him 'n****r' and 'boat scum'"),
        ("RACIAL_HOSTILITY", "tells him to 'swim back'"),
        ("THREAT_VIOLENCE", "hed 'cut his throat' if he saw him round here again"),
        ("REPETITION", "he said the same thing again"),
        ("THREAT_VIOLENCE", "he was going to cut him"),
        ("DISTRESS", "yonas was shaking"),
        ("FEAR_OF_VIOLENCE", "hes scared to leave the hostel now"),
        ("SERIOUS_IMPACT", "asked me if i could bring his shopping over to him"),
    ],
)

case(
    27, "harassment", "C",
    voice="updates", case="mixed", noise="clean", batch="wf",
    pattern="brother_in_law_estate_dispute_repeated_insulting_texts_orthodox_family_faith_mentioned_only", relationship="family", occasions=10,
    text="""\
Update 1 (PC 3390): IP Miriam LEVY (62) reports her brother-in-law Jonathan LEVY has been sending repeated texts and emails since their father-in-law's death in July, accusing her of stealing from the estate and demanding the house keys. Around 30 messages, often several a day. Tone angry and insulting ('crook', 'leech'), no threats.

Update 2: IP mentioned some messages arrive late on Friday evenings, which she finds inconsiderate as the family is Orthodox Jewish and keeps Shabbat. Jonathan is of the same faith; IP accepts it is not about religion, 'it's about the house'.

Update 3: Probate solicitor confirms the will is being contested. IP upset and finds it draining. Words of advice given to suspect by phone; he accepted the messages were 'over the top' and agreed to go through solicitors only. IP advised on civil route. Review in 14 days.""",
    spans=[
        ("STALK_CONTACT", "sending repeated texts and emails"),
        ("REPETITION", "since their father-in-law's death in July"),
        ("REPETITION", "often several a day"),
        ("DISTRESS", "IP upset and finds it draining"),
    ],
)

case(
    28, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="victim_diary", case="lower", noise="typos", batch="wf",
    pattern="ex_partner_racist_texts_to_zimbabwean_nurse_loitering_threats_victim_moves_to_sister", relationship="ex_partner", occasions=6,
    text="""\
diary - started 2nd march after speaking to the DA officer. craig is my ex, we split at new year.

2/3 - craig outside the flat in his van again 7am. text at 7.10 'nice uniform, wonder if the hospital knows what a monkey they employ'

4/3 - 9 missed calls. voicemail - 'you think you can just go back to your mud hut? ill find you wherever you go and when i do your dead'

5/3 - hes been on my facebook, commented on my sisters photo 'another one off the banana boat'

8/3 - flowers left on the car with a card 'still mine'. tyres let down.

9/3 - he was at the end of the road when i came off nights. he drew his finger across his throat. im so scared i cant breath when i think about it

11/3 - ive moved in with my sister in luton and told work i need a transfer. i cant go back to that flat.""",
    spans=[
        ("STALK_LOITER", "craig outside the flat in his van again 7am"),
        ("RACIAL_HOSTILITY", "wonder if the hospital knows what a monkey they employ"),
        ("STALK_CONTACT", "9 missed calls"),
        ("RACIAL_HOSTILITY", "go back to your mud hut"),
        ("THREAT_VIOLENCE", "ill find you wherever you go and when i do your dead"),
        ("RACIAL_HOSTILITY", "another one off the banana boat"),
        ("STALK_GIFTS", "flowers left on the car"),
        ("FIXATION", "still mine"),
        ("STALK_PROPERTY", "tyres let down"),
        ("STALK_LOITER", "he was at the end of the road when i came off nights"),
        ("THREAT_VIOLENCE", "he drew his finger across his throat"),
        ("FEAR_OF_VIOLENCE", "im so scared i cant breath when i think about it"),
        ("SERIOUS_IMPACT", "ive moved in with my sister in luton and told work i need a transfer"),
    ],
)

case(
    29, "stalking", "CS",
    voice="call_log", case="upper", noise="clean", batch="wf",
    pattern="ex_partner_breaches_restraining_order_by_turning_up_twice_victim_not_frightened", relationship="ex_partner", occasions=2,
    text="""\
IP REPORTS EX PARTNER MARK TILLEY HAS BREACHED HIS RESTRAINING ORDER (MAGS 12 JAN, NO CONTACT, NOT TO ATTEND 9 ELM ROW). SATURDAY 1700 HE KNOCKED ON HER DOOR AND ASKED TO COME IN TO 'TALK ABOUT GETTING BACK TOGETHER', LEFT WHEN SHE SHUT THE DOOR ON HIM. TODAY 0815 HE WAS SAT ON HER GARDEN WALL WHEN SHE TOOK THE DOG OUT. NO THREATS, NO ABUSE. IP SAYS SHE IS NOT FRIGHTENED OF HIM AND IS NOT CHANGING ANYTHING, JUST ANNOYED HE THINKS THE ORDER DOESN'T APPLY TO HIM. UNITS TO ADDRESS, SUSP LAST SEEN ON FOOT TOWARDS THE PARK.""",
    spans=[
        ("STALK_TURN_UP", "HE KNOCKED ON HER DOOR"),
        ("FIXATION", "TALK ABOUT GETTING BACK TOGETHER"),
        ("STALK_LOITER", "HE WAS SAT ON HER GARDEN WALL"),
    ],
)

case(
    30, "aggravated_harassment", "CR",
    voice="notebook", case="mixed", noise="abbrev", batch="wf",
    pattern="pub_customer_anti_irish_abuse_and_two_threats_bar_manager_unafraid", relationship="customer", occasions=4,
    text="""\
2130 spoke to IP Declan MURPHY (bar mgr, The Anchor). Customer Steve HOLT (barred as of tonight) has been in on Tues, Thurs & Sat of last wk and again tonight. Each time gets loud when served by IP, calls him 'thick Paddy', 'bog-trotter', asks if he's 'planted any bombs lately'. Thurs said he'd 'glass him'. Tonight told IP 'I'll knock your Irish teeth out'. IP laughed it off - Holt is 'seventy if he's a day' - says he's not in the slightest bit worried about him, just wants him banned + a record made. Holt left prior to police arrival. W1 Chloe DUNN (bar staff) confirms abuse.""",
    spans=[
        ("REPETITION", "on Tues, Thurs & Sat of last wk and again tonight"),
        ("RACIAL_HOSTILITY", "calls him 'thick Paddy', 'bog-trotter'"),
        ("RACIAL_HOSTILITY", "asks if he's 'planted any bombs lately'"),
        ("THREAT_VIOLENCE", "he'd 'glass him'"),
        ("THREAT_VIOLENCE", "I'll knock your Irish teeth out"),
    ],
)

case(
    31, "harassment_fear_of_violence", "CFD",
    voice="crime_summary", case="mixed", noise="typos", batch="wf",
    pattern="landlord_threatens_tenant_in_arrears_three_visits_lithuanian_mentioned_only", relationship="landlord", occasions=3,
    text="""\
IP is tenant of 3 Wharf Cottages, landlord is SUSP Roger DAWES. IP (Lithuanian, good English) is 2 months behind on rent after losing hours at work. Dawes has come round 3 times in 10 days. On 6/9 he said if she didnt pay he would 'break her legs and throw her stuff in the canal'. On 12/9 he put his face right up to hers in the doorway and said 'you've got till Friday or you'll get hurt'. IP is scared he will come back and hurt her and has been staying at a freinds most nights since. No comments about her nationality, its all about the rent. Housing officer informed re possible unlawful eviction.""",
    spans=[
        ("STALK_TURN_UP", "Dawes has come round"),
        ("REPETITION", "3 times in 10 days"),
        ("THREAT_VIOLENCE", "he would 'break her legs and throw her stuff in the canal'"),
        ("THREAT_VIOLENCE", "you've got till Friday or you'll get hurt"),
        ("FEAR_OF_VIOLENCE", "IP is scared he will come back and hurt her"),
        ("SERIOUS_IMPACT", "has been staying at a freinds most nights since"),
    ],
)

case(
    32, "no_offence", "R",
    voice="supervisor_review", case="mixed", noise="clean", batch="wf",
    pattern="partner_racist_slur_in_two_rows_six_months_apart_reconciled_between", relationship="partner", occasions=2,
    text="""\
Sgt review. IP and SUSP have been in a relationship for 4 years. In February, during an argument about money, SUSP called IP a 'stupid P***' (IP is of Pakistani heritage, SUSP white British). IP reported it at the time but withdrew support; the couple reconciled, went on holiday together in April and by IP's own account were getting on well. On 23 August, in a second argument about SUSP's drinking, he used the same word again. IP asked him to leave and he has. No contact since, no threats. Two incidents six months apart with a genuine reconciliation in between - not a course of conduct. Recorded as a racist hate incident; IP does not want further action. DA referral made.""",
    spans=[
        ("RACIAL_HOSTILITY", "called IP a 'stupid P***'"),
        ("RACIAL_HOSTILITY", "he used the same word again"),
    ],
)

case(
    33, "aggravated_stalking_fear_alarm_distress", "CSFR",
    voice="supervisor_review", case="mixed", noise="clean", batch="wf",
    pattern="sergeant_reclassifies_neighbour_asb_as_racist_stalking_watching_following_posts_two_threats", relationship="neighbour", occasions=9,
    text="""\
Sgt review 02/07. I have read the file and do not agree with the original classification of neighbour ASB.

Over five weeks the suspect, Dennis CROFT (no 41), has stood at his gate watching IP Grace ADEYEMI come and go, followed her to the corner shop twice, and on three occasions shouted 'monkey' and made ape noises at her and her children. He has photographed her front door and posted on the estate WhatsApp group that 'the Africans at 43' are dealing drugs, which is untrue. On 21/06 he told her 'I'll do you and your monkeys'; on 29/06, 'you won't see Christmas'.

IP says she is scared he will attack her. She has not moved and is still going to work as normal.

This is stalking, racially aggravated, with fear of violence on two occasions. Reclassify. Consider bail conditions and an application for a Stalking Protection Order. OIC to update IP today.""",
    spans=[
        ("REPETITION", "Over five weeks"),
        ("STALK_WATCH", "stood at his gate watching IP Grace ADEYEMI come and go"),
        ("STALK_FOLLOW", "followed her to the corner shop twice"),
        ("RACIAL_HOSTILITY", "shouted 'monkey' and made ape noises at her and her children"),
        ("STALK_MONITOR", "photographed her front door"),
        ("STALK_PUBLISH", "posted on the estate WhatsApp group"),
        ("RACIAL_HOSTILITY", "'the Africans at 43' are dealing drugs"),
        ("THREAT_VIOLENCE", "I'll do you and your monkeys"),
        ("THREAT_VIOLENCE", "you won't see Christmas"),
        ("FEAR_OF_VIOLENCE", "IP says she is scared he will attack her"),
    ],
)

case(
    34, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="crime_summary", case="mixed", noise="abbrev", batch="wf",
    pattern="resident_racially_abuses_and_threatens_pakistani_delivery_driver_in_stairwell_three_times", relationship="stranger", occasions=3,
    text="""\
IP is a food delivery driver, of Pakistani origin. Three times in June (4th, 11th, 17th) when delivering to Harrow Court he has been confronted in the stairwell by the same male, believed to live on the 3rd floor. Male called him a 'p*ki' and a 'groomer', told him 'your kind rape our kids'. On 11/06 male said 'come here again and I'll throw you off the balcony'. On 17/06 he pulled out what looked like a screwdriver and said 'last warning, I'll stick you'. IP believes the male will stab him, and now refuses all orders to Harrow Court, losing about £60 a wk. CCTV requested from housing assoc. Door-to-door on 3rd floor outstanding.""",
    spans=[
        ("REPETITION", "Three times in June (4th, 11th, 17th)"),
        ("RACIAL_HOSTILITY", "called him a 'p*ki' and a 'groomer'"),
        ("RACIAL_HOSTILITY", "your kind rape our kids"),
        ("THREAT_VIOLENCE", "come here again and I'll throw you off the balcony"),
        ("ESCALATION", "pulled out what looked like a screwdriver"),
        ("THREAT_VIOLENCE", "last warning, I'll stick you"),
        ("FEAR_OF_VIOLENCE", "IP believes the male will stab him"),
        ("SERIOUS_IMPACT", "now refuses all orders to Harrow Court"),
    ],
)

case(
    35, "stalking", "CS",
    voice="updates", case="lower", noise="abbrev", batch="wf",
    pattern="online_viewer_fixates_on_trans_streamer_alt_accounts_subreddit_parcels_upset_not_afraid", relationship="online", occasions=9,
    text="""\
upd 1 (pc 771): ip chloe (trans woman, 29, streams on twitch). susp (username 'KnightOfTruth', believed to be aaron PEEL) has been watching every stream since nov, spamming chat w/ her deadname and 'you'll always be a man'. ip banned him, he came back on 6 alt accounts.

upd 2: susp has set up a subreddit about ip, posting clips, her old school photo and speculating about her surgery. also sent 2 parcels to her po box (a wig + a men's razor).

upd 3: ip v upset, crying during interview, but says she isnt afraid of him and has no plans to stop streaming. no threats found in 400+ msgs reviewed. transphobic hate crime flag. no racial or religious element.""",
    spans=[
        ("STALK_WATCH", "watching every stream since nov"),
        ("STALK_CONTACT", "spamming chat w/ her deadname"),
        ("UNWANTED", "ip banned him"),
        ("FIXATION", "he came back on 6 alt accounts"),
        ("STALK_PUBLISH", "set up a subreddit about ip"),
        ("STALK_GIFTS", "sent 2 parcels to her po box"),
        ("DISTRESS", "ip v upset, crying during interview"),
    ],
)

case(
    36, "aggravated_stalking", "CSR",
    voice="crime_summary", case="upper", noise="redacted", batch="wf",
    pattern="ex_partner_mocks_convert_victims_islam_turns_up_at_work_and_islamic_centre_no_fear", relationship="ex_partner", occasions=7,
    text="""\
IP [NAME 1] ENDED RELATIONSHIP WITH SUSP [NAME 2] IN JAN, SHORTLY AFTER SHE CONVERTED TO ISLAM. SINCE THEN SUSP HAS TURNED UP AT HER WORK 4 TIMES, WAITED OUTSIDE THE ISLAMIC CENTRE ON [STREET] WHERE SHE ATTENDS CLASSES, AND SENT LONG MESSAGES BEGGING HER TO 'COME BACK TO NORMAL'. THE MESSAGES ALSO MOCK HER FAITH - CALLS HER 'BIN BAG' BECAUSE OF HER NIQAB, SAYS ISLAM IS 'A DEATH CULT FOR PAEDOS' AND THAT SHE HAS BEEN 'BRAINWASHED BY TERRORISTS'. IP DESCRIBES HIM AS 'PATHETIC', IS NOT SCARED, NO CHANGE TO HER ROUTINE. NO THREATS. SUSP TO BE ARRESTED ON SIGHT, PNC MARKER REQUESTED.""",
    spans=[
        ("STALK_TURN_UP", "SUSP HAS TURNED UP AT HER WORK 4 TIMES"),
        ("STALK_LOITER", "WAITED OUTSIDE THE ISLAMIC CENTRE"),
        ("STALK_CONTACT", "SENT LONG MESSAGES"),
        ("FIXATION", "BEGGING HER TO 'COME BACK TO NORMAL'"),
        ("RELIGIOUS_HOSTILITY", "CALLS HER 'BIN BAG' BECAUSE OF HER NIQAB"),
        ("RELIGIOUS_HOSTILITY", "SAYS ISLAM IS 'A DEATH CULT FOR PAEDOS'"),
        ("RELIGIOUS_HOSTILITY", "BRAINWASHED BY TERRORISTS"),
    ],
)

case(
    37, "aggravated_harassment", "CR",
    voice="call_log", case="lower", noise="typos", batch="wf",
    pattern="neighbour_anti_somali_abuse_since_easter_one_window_threat_only", relationship="neighbour", occasions=4,
    text="""\
caller hodan ALI 2 fir close. man at no 6 shouting at her since easter, 'somali pirate', 'go back to ur desert'. about 4 times now. yesterday said 'ill smash ur windows and you with them'. only threat hes made, caller scared after that. wants him spoken to.""",
    spans=[
        ("STALK_CONTACT", "shouting at her since easter"),
        ("RACIAL_HOSTILITY", "somali pirate"),
        ("RACIAL_HOSTILITY", "go back to ur desert"),
        ("REPETITION", "about 4 times now"),
        ("THREAT_VIOLENCE", "ill smash ur windows and you with them"),
        ("FEAR_OF_VIOLENCE", "caller scared after that"),
    ],
)

case(
    38, "harassment", "C",
    voice="crime_summary", case="mixed", noise="clean", batch="wf",
    pattern="resident_rings_mosque_secretary_about_friday_parking_no_hostility_to_faith", relationship="neighbour", occasions=15,
    text="""\
IP is secretary of the Madina Masjid committee. SUSP lives opposite the masjid and is unhappy about worshippers parking across driveways on Fridays and through Ramadan. Since April SUSP has rung IP's mobile about 15 times, often shouting and swearing, and has left notes on IP's own car calling him 'an ignorant selfish so-and-so' and 'a liar'. IP accepts the parking is a genuine problem and says SUSP has never said anything about Islam or about IP's ethnicity - 'it is always about the cars'. IP finds the calls stressful. Issue-based; no fixation. Neighbourhood team to set up a meeting with council parking services and both parties. Note: a separate call last year from the same street about an abandoned Transit van is unrelated. Roadworks on Clifton Rd have pushed more cars onto this street since March, which both parties mentioned.""",
    spans=[
        ("REPETITION", "Since April"),
        ("STALK_CONTACT", "has rung IP's mobile about 15 times"),
        ("STALK_CONTACT", "left notes on IP's own car"),
        ("DISTRESS", "IP finds the calls stressful"),
    ],
)

case(
    39, "harassment_fear_of_violence", "CF",
    voice="call_log", case="mixed", noise="abbrev", batch="wf",
    pattern="acquaintance_claims_debt_threat_repeated_twice_victim_wonders_about_race_no_remarks", relationship="acquaintance", occasions=3,
    text="""\
Caller Janelle BROOKS. Acquaintance Ricky (surname unk) says she owes him £200 for a car part, she says she doesn't. 02/12 at bus stop he told her 'pay up or I'll bury you'. He has said it again twice since, last time Tues outside Greggs. She believes he means it, scared to go out on her own. Caller wondered if it's because she's black but says he has never said anything racist, thinks it's about the money. OIC to call back.""",
    spans=[
        ("THREAT_VIOLENCE", "pay up or I'll bury you"),
        ("REPETITION", "He has said it again twice since"),
        ("FEAR_OF_VIOLENCE", "She believes he means it, scared to go out on her own"),
    ],
)

case(
    40, "stalking_fear_alarm_distress", "CSFD",
    voice="vps", case="mixed", noise="clean", batch="wf",
    pattern="vps_ex_husband_acid_threats_twice_loitering_victim_moves_town_faith_mentioned_not_hostile", relationship="ex_partner", occasions=6,
    text="""\
Victim Personal Statement.

I want the court to understand what the last four months have been like. After I left Imran in March he did not stop. He was outside my mother's house most evenings. He phoned and messaged me all day, and when I blocked him he used his cousin's phone. Twice he told me he would throw acid in my face so no man would look at me. I believed him. I still do.

I now check every car on my road before I get out. I moved with my son to a different town, he had to change school, and I gave up my job at the nursery which I loved.

People have asked me whether this was to do with me wearing the hijab, or us being Muslim. It was not. We are both Muslim. This was about him not accepting that I had left.""",
    spans=[
        ("STALK_LOITER", "He was outside my mother's house most evenings"),
        ("STALK_CONTACT", "He phoned and messaged me all day"),
        ("FIXATION", "when I blocked him he used his cousin's phone"),
        ("REPETITION", "Twice"),
        ("THREAT_VIOLENCE", "he told me he would throw acid in my face so no man would look at me"),
        ("FEAR_OF_VIOLENCE", "I believed him. I still do."),
        ("DISTRESS", "I now check every car on my road before I get out"),
        ("SERIOUS_IMPACT", "I moved with my son to a different town"),
        ("SERIOUS_IMPACT", "I gave up my job at the nursery which I loved"),
    ],
)

case(
    41, "aggravated_harassment_fear_of_violence", "CFR",
    voice="notebook", case="upper", noise="abbrev", batch="wf",
    pattern="neighbour_anti_roma_abuse_threats_and_hammer_at_door_daughter_interprets", relationship="neighbour", occasions=3,
    text="""\
14/05 1940 ATT 17 PRIORY ST. IP MRS ELENA RUSU (ROMA, ORIG FROM ROMANIA), DAUGHTER (16) INTERPRETING. SUSP = NBR AT NO 19, 'BARRY'. 3 INCIDENTS. 01/05 SUSP CALLED IP 'GYPSY THIEF' IN THE STREET AND SAID 'I'LL PUT YOU IN THE GROUND'. 08/05 SUSP KICKED IP'S GATE, SHOUTED 'DIRTY ROMANIANS, GO HOME'. TODAY APPROX 1900 SUSP STOOD AT IP'S DOOR WITH A HAMMER SAYING 'YOU'RE NEXT'. IP V SCARED, SHAKING, SAYS SHE THINKS HE WILL KILL HER. BWV ON. SUSP NOT IN ON KNOCKING. CAD UPDATED, SGT AWARE.""",
    spans=[
        ("RACIAL_HOSTILITY", "CALLED IP 'GYPSY THIEF'"),
        ("THREAT_VIOLENCE", "I'LL PUT YOU IN THE GROUND"),
        ("RACIAL_HOSTILITY", "DIRTY ROMANIANS, GO HOME"),
        ("THREAT_VIOLENCE", "STOOD AT IP'S DOOR WITH A HAMMER SAYING 'YOU'RE NEXT'"),
        ("DISTRESS", "IP V SCARED, SHAKING"),
        ("FEAR_OF_VIOLENCE", "SAYS SHE THINKS HE WILL KILL HER"),
    ],
)

case(
    42, "aggravated_stalking", "CSR",
    voice="crime_summary", case="mixed", noise="redacted", batch="wf",
    pattern="former_business_partner_anti_hindu_posts_friends_loiter_outside_shop_hoax_deliveries", relationship="business", occasions=12,
    text="""\
IP [NAME 1] (50s, Hindu, owns a jewellers on the High St) fell out with former business partner [NAME 2] when the partnership was dissolved in 2023; the money side was settled by the court last year. Over the past three months [NAME 2] has posted on Facebook and Google almost daily about IP, calling him a 'cow-worshipping crook' and putting up photos of the shop with 'Hindu thieves' written over them. He has sent his friends to sit outside the shop in a car for hours at a time (IP has CCTV of 5 separate days), and IP has had unordered deliveries - 2 skips, 40 pizzas, a hearse - booked in his name. IP's staff have also been photographed leaving work. IP says he is not worried for his safety and carries on as normal, but wants it stopped.""",
    spans=[
        ("REPETITION", "Over the past three months"),
        ("STALK_PUBLISH", "posted on Facebook and Google almost daily about IP"),
        ("RELIGIOUS_HOSTILITY", "calling him a 'cow-worshipping crook'"),
        ("RELIGIOUS_HOSTILITY", "'Hindu thieves' written over them"),
        ("STALK_LOITER", "sent his friends to sit outside the shop in a car for hours at a time"),
        ("STALK_ORDERS", "unordered deliveries - 2 skips, 40 pizzas, a hearse - booked in his name"),
        ("STALK_WATCH", "IP's staff have also been photographed leaving work"),
    ],
)

case(
    43, "stalking_fear_alarm_distress", "CSD",
    voice="dash_note", case="mixed", noise="abbrev", batch="wf",
    pattern="ex_partner_drives_past_tracks_location_threatens_new_partner_victim_not_afraid_for_self_changes_routine", relationship="ex_partner", occasions=6,
    text="""\
DASH - IP Kerry WALSH. Ex-partner Dean (split 7 wks). Since split Dean has driven past IP's house several times a night, turned up at her gym twice and messaged her new partner Jordan saying he'll 'cut him up'. Q1 Is the victim very frightened? IP: 'not of him hurting me, he never has, I'm scared for Jordan.' Q18 Controlling behaviour? Was tracking IP's location through their old shared iCloud - now removed. IP has changed gym and had the locks changed, and her mum now does the school run so IP isn't out on the road. Risk MEDIUM. IDVA referral. No hate element, both white British.""",
    spans=[
        ("REPETITION", "Since split"),
        ("STALK_WATCH", "driven past IP's house several times a night"),
        ("STALK_TURN_UP", "turned up at her gym twice"),
        ("STALK_MONITOR", "tracking IP's location through their old shared iCloud"),
        ("SERIOUS_IMPACT", "IP has changed gym and had the locks changed"),
        ("SERIOUS_IMPACT", "her mum now does the school run so IP isn't out on the road"),
    ],
)

case(
    44, "stalking", "CS",
    voice="mo_field", case="lower", noise="typos", batch="wf",
    pattern="call_centre_colleague_fixation_gifts_follows_to_car_park_asked_kindly_about_faith", relationship="colleague", occasions=7,
    text="""\
mo: susp (colleague, same call centre team) became fixated on ip after xmas party. leaves gifts on her desk most mornings - chocolates, a hanukkah card, a star of david necklace. he had asked her about her faith in what ip calls a 'friendly, curious' way, nothing nasty ever said. ip told him in feb she wasnt interested. susp has since moved desks to sit opposite her, follows her to the car park at end of shift and has added her mum and sister on facebook. sent 60+ msgs on teams outside work hours. ip says she is not scared, no threats, but feels uncomfortable at work. hr aware, susp suspended pending investigation.""",
    spans=[
        ("FIXATION", "became fixated on ip after xmas party"),
        ("STALK_GIFTS", "leaves gifts on her desk most mornings"),
        ("UNWANTED", "ip told him in feb she wasnt interested"),
        ("STALK_WATCH", "moved desks to sit opposite her"),
        ("STALK_FOLLOW", "follows her to the car park at end of shift"),
        ("STALK_MONITOR", "added her mum and sister on facebook"),
        ("STALK_CONTACT", "sent 60+ msgs on teams outside work hours"),
        ("DISTRESS", "feels uncomfortable at work"),
    ],
)
