# ruff: noqa: E501
"""Hand-written narratives, writer sa: private renting - landlords, agents, lodgers, HMOs, deposits and evictions."""

from corpora.handwritten import case

case(
    1, "harassment", "C",
    voice="call_log", case="upper", noise="abbrev", batch="sa",
    pattern="landlord_abusive_texts_after_council_damp_report_one_threat_no_fear", relationship="landlord", occasions=15,
    text="""\
CALLER IS TENANT OF 14B ORCHARD TCE. STATES LANDLORD [NAME 1] HAS BEEN SENDING ABUSIVE TXTS SINCE SHE REPORTED DAMP + MOULD TO COUNCIL ENV HEALTH ON 02/03. APPROX 15 MSGS OVER LAST 2 WKS CALLING HER A GRASS AND A LEECH. ONE MSG ON SAT SAID SHE WOULD GET A SLAP IF SHE CARRIED ON. CALLER STATES SHE IS NOT WORRIED ABOUT THAT, HE LIVES IN SPAIN HALF THE YEAR, SHE JUST WANTS IT TO STOP. NO VISITS TO ADDR. RENT UP TO DATE PER CALLER. ADV RE SCREENSHOTS, OIC TO CALL BACK.""",
    spans=[
        ("STALK_CONTACT", "SENDING ABUSIVE TXTS"),
        ("REPETITION", "APPROX 15 MSGS OVER LAST 2 WKS"),
        ("STALK_CONTACT", "CALLING HER A GRASS AND A LEECH"),
        ("THREAT_VIOLENCE", "SHE WOULD GET A SLAP IF SHE CARRIED ON"),
    ],
)

case(
    2, "stalking_fear_alarm_distress", "CSD",
    voice="statement", case="mixed", noise="clean", batch="sa",
    pattern="landlords_son_enters_flat_moves_belongings_watches_tenant_moves_out", relationship="landlord", occasions=7,
    text="""\
I have rented the ground floor flat at 3 Kestrel Road since August last year. The landlord is Mr Okafor senior, but his son Daniel deals with everything day to day. At first he was helpful. In January he started messaging me late at night, asking how my day was and saying he liked my new hair. I told him I wanted to keep things to do with the flat only. He replied 'we'll see'.

Since then I have come home on at least four occasions to find things moved inside the flat. On 12 February my bedroom drawer was open and my underwear had been folded on the bed. I had not given permission for anyone to go in and there was no repair booked. Twice I have seen his grey Audi parked across the road for over an hour with him sitting in it. On the 20th he texted me 'nice to see you home early'. I hadn't told anyone I was leaving work early that day.

I no longer sleep at the flat. I have been staying at my mum's in Hartcliffe since the 22nd and I have given notice to leave even though I will probably lose my deposit. I changed my route to work so I don't pass his dad's shop.""",
    spans=[
        ("STALK_CONTACT", "he started messaging me late at night"),
        ("UNWANTED", "I told him I wanted to keep things to do with the flat only"),
        ("FIXATION", "He replied 'we'll see'"),
        ("REPETITION", "on at least four occasions"),
        ("STALK_PROPERTY", "find things moved inside the flat"),
        ("STALK_PROPERTY", "my underwear had been folded on the bed"),
        ("STALK_WATCH", "parked across the road for over an hour with him sitting in it"),
        ("STALK_MONITOR", "'nice to see you home early'"),
        ("SERIOUS_IMPACT", "I no longer sleep at the flat"),
        ("SERIOUS_IMPACT", "I have given notice to leave"),
        ("SERIOUS_IMPACT", "I changed my route to work"),
    ],
)

case(
    3, "no_offence", "",
    voice="result_note", case="mixed", noise="abbrev", batch="sa",
    pattern="letting_agent_arrears_letters_and_notice_lawful_contact", relationship="business", occasions=5,
    text="""\
RESULT: NFA - civil matter. IP (tenant, 41 Mill Lane) reported harassment by Pennant Lettings. Reviewed: 3x arrears letters (Jan, Feb, Mar) in standard format, a s.8 notice served by post, and one inspection on 14/3 with 24 hrs written notice as per the tenancy agreement. Agency staff polite throughout on IP's own account. No abusive content, no unannounced visits. IP understandably stressed about possible eviction, signposted to Shelter and council housing options team. Arrears approx £2,300. No offences disclosed. Closing.""",
    spans=[
        ("DISTRESS", "IP understandably stressed about possible eviction"),
    ],
)

case(
    4, "harassment_fear_of_violence", "CF",
    voice="crime_summary", case="mixed", noise="clean", batch="sa",
    pattern="landlord_threatens_former_tenant_over_deposit_dispute_twice", relationship="landlord", occasions=2,
    text="""\
Summary: The IP is a former tenant of the suspect, [NAME 2], who owns several terraced houses in the Eastfield area. The IP moved out on 30/09 and raised a dispute with the deposit protection scheme when £900 was kept back for 'cleaning'. On 06/10 the suspect rang the IP and said that if he didn't drop the dispute he would 'come round and put you through a window'. On 11/10, after the scheme adjudicator contacted him, the suspect left a voicemail: 'I know where your new place is. You'll get hurt.' The IP states he is genuinely frightened the suspect will attack him; the suspect is a big man with a reputation locally. Voicemail downloaded and retained on the system.""",
    spans=[
        ("THREAT_VIOLENCE", "he would 'come round and put you through a window'"),
        ("STALK_CONTACT", "the suspect left a voicemail"),
        ("THREAT_VIOLENCE", "'I know where your new place is. You'll get hurt.'"),
        ("FEAR_OF_VIOLENCE", "he is genuinely frightened the suspect will attack him"),
    ],
)

case(
    5, "aggravated_stalking", "CSR",
    voice="updates", case="lower", noise="typos", batch="sa",
    pattern="live_in_landlord_searches_room_films_follows_and_posts_racist_about_lodger", relationship="landlord", occasions=5,
    text="""\
upd 1 03/05 1120 - spoke to ip mr adeyemi by phone. he rents a room in the suspects house at 22 vale st (suspect lives there too, its a lodger arrangment no tenancy). ip says since april suspect has been going thru his room when hes at work, he can tell because his laptop is moved and his letters are opend.
upd 2 04/05 - ip sent screenshot of post on 'brierley hill community noticeboard' fb group by suspect. post says 'anyone know how to get rid of a [redacted racial slur] lodger, stinks my house out with his african muck'. photo of ip's bedroom door attached.
upd 3 06/05 - ip reports suspect followed him to the bus stop and then into tesco this morning, standing at end of aisle watching him. suspect also fitted a camera on the landing pointing at ip's door on 01/05.
upd 4 - ip states hes not scared of him 'hes 70 odd' but fed up and wants it on record. ip looking at other rooms but hasnt moved. oic to attend and speak to suspect. pnc nil.""",
    spans=[
        ("REPETITION", "since april"),
        ("STALK_MONITOR", "going thru his room when hes at work"),
        ("STALK_PROPERTY", "his letters are opend"),
        ("STALK_PUBLISH", "post on 'brierley hill community noticeboard' fb group by suspect"),
        ("RACIAL_HOSTILITY", "'anyone know how to get rid of a [redacted racial slur] lodger, stinks my house out with his african muck'"),
        ("STALK_FOLLOW", "followed him to the bus stop and then into tesco"),
        ("STALK_WATCH", "standing at end of aisle watching him"),
        ("STALK_MONITOR", "fitted a camera on the landing pointing at ip's door"),
    ],
)

case(
    6, "stalking", "CS",
    voice="dash_note", case="mixed", noise="abbrev", batch="sa",
    pattern="ex_partner_joint_tenant_pleading_messages_after_she_moves_out", relationship="ex_partner", occasions=30,
    text="""\
DASH completed with IP at front counter 1545. Risk: STANDARD. IP and SUSP together 3 yrs, rented flat 9 Whitlow Court jointly (tenancy in both names with Castle Lets). IP moved out on 1st of month to a house share. Since then SUSP has sent between 20 and 40 msgs a day, WhatsApp and texts, all along lines of 'please come home', 'I'll pay all the rent I swear', 'I can't live here without you'. Has turned up at the house share twice asking housemates to pass on a letter. No threats, no violence in relationship per IP. IP has blocked him on WhatsApp, he now texts from a new number. IP wants him spoken to, not arrested. Q re joint tenancy - advised to speak to letting agent re removing her name.""",
    spans=[
        ("STALK_CONTACT", "SUSP has sent between 20 and 40 msgs a day"),
        ("FIXATION", "'I can't live here without you'"),
        ("STALK_TURN_UP", "Has turned up at the house share twice"),
        ("UNWANTED", "IP has blocked him on WhatsApp"),
        ("STALK_CONTACT", "he now texts from a new number"),
    ],
)

case(
    7, "aggravated_harassment", "CR",
    voice="third_party", case="mixed", noise="typos", batch="sa",
    pattern="hmo_housemate_racist_notes_on_fridge_and_door", relationship="acquaintance", occasions=4,
    text="""\
I am writing as a housemate at 17 Dunstan Road, which is a shared house rented through Brook Student Lets (6 of us). I want to report what Kieran in room 2 has been doing to Mei who has room 5. Over about three weeks he has left notes on the fridge and on her door, I have photos of them. One said 'stop cooking your bat soup chinky'. Another one on her door said 'go back to china and take your covid with you'. He also shouted 'ching chong' through her door one night last week when she was on the phone to her mum. Mei has been crying alot and asked me to report it because she doesnt want to make a fuss herself. The landlord has been told by email but hasnt replied. Kieran denys it when anyone asks but its obviously his handwritting.""",
    spans=[
        ("REPETITION", "Over about three weeks"),
        ("STALK_CONTACT", "left notes on the fridge and on her door"),
        ("RACIAL_HOSTILITY", "'stop cooking your bat soup chinky'"),
        ("RACIAL_HOSTILITY", "'go back to china and take your covid with you'"),
        ("RACIAL_HOSTILITY", "shouted 'ching chong' through her door"),
        ("DISTRESS", "Mei has been crying alot"),
    ],
)

case(
    8, "aggravated_harassment_fear_of_violence", "CFR",
    voice="notebook", case="upper", noise="abbrev", batch="sa",
    pattern="landlord_islamophobic_threats_to_tenant_to_leave_no_notice", relationship="landlord", occasions=2,
    text="""\
14/11 1410 ATT 5 CRESSWELL GDNS RE REPORT FROM TENANT MR HUSSAIN. STATES LANDLORD MR P. DAWLEY ATT TODAY AT 1200 DEMANDING HE LEAVE, SAID 'YOUR LOT BLOW THINGS UP, I'LL BLOW YOUR HEAD OFF IF YOU'RE NOT OUT BY FRIDAY'. SAME MALE ON 09/11 SHOUTED THROUGH LETTERBOX 'MUSLIM SCUM, I'LL DRAG YOU OUT BY YOUR BEARD'. NO S.21 OR S.8 NOTICE SERVED PER TENANT. TENANT VISIBLY SHAKING, STATES HE IS AFRAID LANDLORD WILL COME BACK AND HURT HIM, LANDLORD STILL HAS A KEY. ADV RE LOCKS + COUNCIL TENANCY RELATIONS OFFICER. LANDLORD NOT PRESENT ON ARRIVAL. CAD 0744.""",
    spans=[
        ("STALK_TURN_UP", "LANDLORD MR P. DAWLEY ATT TODAY AT 1200"),
        ("RELIGIOUS_HOSTILITY", "YOUR LOT BLOW THINGS UP"),
        ("THREAT_VIOLENCE", "I'LL BLOW YOUR HEAD OFF IF YOU'RE NOT OUT BY FRIDAY"),
        ("RELIGIOUS_HOSTILITY", "MUSLIM SCUM"),
        ("THREAT_VIOLENCE", "I'LL DRAG YOU OUT BY YOUR BEARD"),
        ("DISTRESS", "TENANT VISIBLY SHAKING"),
        ("FEAR_OF_VIOLENCE", "HE IS AFRAID LANDLORD WILL COME BACK AND HURT HIM"),
    ],
)

case(
    9, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="victim_diary", case="mixed", noise="clean", batch="sa",
    pattern="landlords_relative_maintenance_man_turns_up_watches_anti_polish_notes", relationship="landlord", occasions=5,
    text="""\
Mon 4th - Gary (landlord's brother in law, does the repairs) came again without asking. Said he was 'checking the boiler' but the boiler was done last week. Stood in the kitchen doorway watching me cook for 20 mins. Said 'you Polish girls always want something for free'.
Wed 6th - his van parked outside when I left for work at 7am. Still there at 6pm.
Fri 8th - note through the door 'go home to Poland you're taking a British family's house'. His writing, same as on the repair notes.
Sat 9th - he messaged on Facebook asking why I have a man visiting. How does he know??
Sun 10th - bought a Ring doorbell and a door chain. Asked Tomasz to stay over this week.
Tue 12th - swapped to nights at work so I'm not here when he comes in the day. Told the landlord, he says Gary is 'harmless'.""",
    spans=[
        ("STALK_TURN_UP", "came again without asking"),
        ("STALK_WATCH", "Stood in the kitchen doorway watching me cook for 20 mins"),
        ("RACIAL_HOSTILITY", "'you Polish girls always want something for free'"),
        ("STALK_LOITER", "his van parked outside when I left for work at 7am. Still there at 6pm"),
        ("RACIAL_HOSTILITY", "'go home to Poland you're taking a British family's house'"),
        ("STALK_MONITOR", "asking why I have a man visiting"),
        ("SERIOUS_IMPACT", "bought a Ring doorbell and a door chain"),
        ("SERIOUS_IMPACT", "swapped to nights at work so I'm not here when he comes in the day"),
    ],
)

case(
    10, "harassment", "C",
    voice="supervisor_review", case="mixed", noise="clean", batch="sa",
    pattern="landlord_photographs_driveway_business_dispute_issue_based", relationship="landlord", occasions=12,
    text="""\
Supervisor review (PS 2231): Recorded as stalking. I don't agree. The IP, Mr Gill, is a Sikh man who rents 8 Lark Rise from the suspect. They are in dispute over whether Mr Gill can run a small car repair business from the driveway. Over the last month the suspect has driven past and photographed the driveway on at least six occasions, sent five emails saying the tenancy is being breached, and on 2 June stood on the pavement filming the cars on the drive for about 15 minutes while shouting that he would 'see him in court'. Nothing suggests a fixation on Mr Gill himself - every act relates to the driveway and the business. No threats of violence and nothing said about his religion or ethnicity. It is, however, oppressive and goes well beyond what a landlord can reasonably do to enforce a tenancy term. Reclassify to harassment s.2. OIC to consider CPN / words of advice. Mr Gill reports no change to his routine.""",
    spans=[
        ("REPETITION", "Over the last month"),
        ("STALK_WATCH", "photographed the driveway on at least six occasions"),
        ("STALK_CONTACT", "sent five emails saying the tenancy is being breached"),
        ("STALK_WATCH", "stood on the pavement filming the cars on the drive for about 15 minutes"),
    ],
)

case(
    11, "no_offence", "",
    voice="call_log", case="lower", noise="heavy", batch="sa",
    pattern="single_threat_on_doorstep_during_attempted_lockout", relationship="landlord", occasions=1,
    text="""\
rp states landlord came to addr 1630 today w/ 2 males to change locks, rp had s21 expire last wk, no court order. argument on doorstep, landlord said 'get out or ill knock ur teeth out'. left 1640. rp scared he will come back tonite. first time any issue w him in 2 yrs per rp. adv illegal evict - council tro, crime ref for threat. unit to att?""",
    spans=[
        ("THREAT_VIOLENCE", "'get out or ill knock ur teeth out'"),
        ("FEAR_OF_VIOLENCE", "rp scared he will come back tonite"),
    ],
)

case(
    12, "stalking", "CS",
    voice="mo_field", case="upper", noise="abbrev", batch="sa",
    pattern="letting_negotiator_uses_tenancy_file_to_pursue_tenant_flowers", relationship="business", occasions=6,
    text="""\
MO: SUSP EMPLOYED AS NEGOTIATOR AT HOLLIS & REED LETTINGS, HANDLED IP'S TENANCY SIGN-UP. USED CONTACT DETAILS FROM TENANCY FILE TO MSG IP ON INSTAGRAM. IP DECLINED DRINK INVITE. SUSP THEN LEFT FLOWERS AND A CARD AT IP'S FLAT (USED AGENCY FOB TO ENTER COMMUNAL HALL) ON 3 OCCASIONS OVER 5 WKS, CARD READ 'I KNOW YOU FELT IT TOO'. CONTINUED TO MSG AFTER BEING BLOCKED VIA NEW ACCOUNTS. NO THREATS. IP ANNOYED RATHER THAN FRIGHTENED, HAS COMPLAINED TO AGENCY WHO HAVE SUSPENDED HIM.""",
    spans=[
        ("STALK_CONTACT", "USED CONTACT DETAILS FROM TENANCY FILE TO MSG IP ON INSTAGRAM"),
        ("UNWANTED", "IP DECLINED DRINK INVITE"),
        ("STALK_GIFTS", "LEFT FLOWERS AND A CARD AT IP'S FLAT"),
        ("REPETITION", "ON 3 OCCASIONS OVER 5 WKS"),
        ("FIXATION", "'I KNOW YOU FELT IT TOO'"),
        ("STALK_CONTACT", "CONTINUED TO MSG AFTER BEING BLOCKED VIA NEW ACCOUNTS"),
    ],
)

case(
    13, "harassment_fear_of_violence", "CF",
    voice="vps", case="mixed", noise="clean", batch="sa",
    pattern="former_tenant_threatens_elderly_resident_landlady_over_deposit_deductions", relationship="landlord", occasions=5,
    text="""\
I am 68 and I let the flat above my own home to Mr Reece Talbot from March until he left in October. I kept back £350 from his deposit for a broken door and the carpet and I sent him the photographs. Since then he has rung me many times. On the 2nd of November he said 'give me my money or I'll come and batter you, old woman'. On the 9th he said it again, that he would batter me, and that he knew I lived on my own. On the 15th he left a message saying he would 'torch the place with you in it'. I am frightened that he will come to the house and hurt me. I jump every time the phone rings. I just want him to leave me alone. I have told him he can take it to the deposit scheme if he thinks I am wrong.""",
    spans=[
        ("STALK_CONTACT", "he has rung me many times"),
        ("THREAT_VIOLENCE", "'give me my money or I'll come and batter you, old woman'"),
        ("REPETITION", "On the 9th he said it again"),
        ("THREAT_VIOLENCE", "he would batter me"),
        ("THREAT_VIOLENCE", "'torch the place with you in it'"),
        ("FEAR_OF_VIOLENCE", "I am frightened that he will come to the house and hurt me"),
        ("DISTRESS", "I jump every time the phone rings"),
    ],
)

case(
    14, "aggravated_harassment", "CR",
    voice="crime_summary", case="inconsistent", noise="typos", batch="sa",
    pattern="landlords_brother_anti_romanian_voice_notes_after_repair_request", relationship="landlord", occasions=8,
    text="""\
CRIME SUMMARY - IP is a Romanian national renting a 2 bed flat above a takeaway on Station Rd. the landlord lives abroad; his brother SUSP collects the rent and deals with repairs. Since IP asked for the broken window to be fixed (late Jan) SUSP has sent him numerous whatsapp voice notes. Transcribed by IP's daughter: 'you romanian gypos are all the same, always moaning', 'fix it yourself you thieving romanian', 'your lot should be sent back on the first plane'. AT LEAST 8 voice notes between 28/01 and 19/02. IP states it is making him anxous and he cant sleep properly but he is not going anywhere, he has lived there 6 yrs. NO threats. susp not yet spoken to.""",
    spans=[
        ("STALK_CONTACT", "SUSP has sent him numerous whatsapp voice notes"),
        ("RACIAL_HOSTILITY", "'you romanian gypos are all the same, always moaning'"),
        ("RACIAL_HOSTILITY", "'fix it yourself you thieving romanian'"),
        ("RACIAL_HOSTILITY", "'your lot should be sent back on the first plane'"),
        ("REPETITION", "AT LEAST 8 voice notes between 28/01 and 19/02"),
        ("DISTRESS", "it is making him anxous and he cant sleep properly"),
    ],
)

case(
    15, "stalking_fear_alarm_distress", "CSD",
    voice="judgment", case="mixed", noise="clean", batch="sa",
    pattern="former_lodger_watches_landladys_house_and_waits_at_her_work_no_threats", relationship="landlord", occasions=15,
    text="""\
R v Haldane - remarks on sentence. Stand up please. You are 44. Between June and September of last year you rented the box room in Ms Fenwick's house on Ashby Road as her lodger. She gave you notice because you had wandered into her bedroom uninvited more than once, and to be fair to you, you went when she asked. It is what came afterwards that brings you to this court.

Over the next seven weeks you walked past her house most evenings, sometimes two or three times, and on at least five occasions you stood at the bus shelter opposite for long periods looking at her windows. You sent her cards through the post telling her that you were 'meant to be together' and that she would 'come round'. You waited for her outside the library where she works on three occasions. There were never any threats; the Crown accepts that.

Even so, what you did has changed the way she lives. I have read her statement: she had the locks changed, fitted cameras at the front and rear, and for a period stopped going out after dark at all. She now drives to work, which is about 800 yards from her home, rather than walk past the places where you used to wait. Her GP has her on prescribed medication for anxiety.

Your plea came early, at the magistrates' court, and I give you a third off for it.""",
    spans=[
        ("REPETITION", "Over the next seven weeks"),
        ("STALK_LOITER", "walked past her house most evenings"),
        ("STALK_WATCH", "stood at the bus shelter opposite for long periods looking at her windows"),
        ("STALK_CONTACT", "You sent her cards through the post"),
        ("FIXATION", "'meant to be together'"),
        ("STALK_LOITER", "waited for her outside the library where she works on three occasions"),
        ("SERIOUS_IMPACT", "she had the locks changed, fitted cameras at the front and rear"),
        ("SERIOUS_IMPACT", "stopped going out after dark at all"),
        ("SERIOUS_IMPACT", "She now drives to work"),
        ("DISTRESS", "prescribed medication for anxiety"),
    ],
)

case(
    16, "aggravated_stalking_fear_alarm_distress", "CSFR",
    voice="call_log", case="upper", noise="heavy", batch="sa",
    pattern="landlords_nephew_downstairs_follows_muslim_tenant_from_mosque_threats", relationship="neighbour", occasions=5,
    text="""\
CLR FEMALE WEARS HIJAB, RENTS FLAT FROM [NAME 3]. LANDLORDS NEPHEW LIVES IN FLAT BELOW. STATES HES FOLLOWED HER HOME FROM MOSQUE 3 TIMES THIS MNTH, TODAY AGAIN, WALKING RIGHT BEHIND HER SAYING 'TAKE THAT RAG OFF UR HEAD'. ON 2 PREV OCCASIONS HE SAID HED 'RIP IT OFF AND SMASH UR FACE IN'. LAST NITE BANGING ON CEILING + SHOUTING ALLAHU AKBAR MOCKING HER. CLR V SCARED HE WILL ATTACK HER, IS CRYING ON LINE. HE KNOWS HER TIMES. PRIORITY - SUSP POSS OUTSIDE HER FRONT DOOR NOW?? CLR UNSURE.""",
    spans=[
        ("STALK_FOLLOW", "FOLLOWED HER HOME FROM MOSQUE 3 TIMES THIS MNTH"),
        ("REPETITION", "TODAY AGAIN"),
        ("RELIGIOUS_HOSTILITY", "'TAKE THAT RAG OFF UR HEAD'"),
        ("REPETITION", "ON 2 PREV OCCASIONS"),
        ("THREAT_VIOLENCE", "HED 'RIP IT OFF AND SMASH UR FACE IN'"),
        ("RELIGIOUS_HOSTILITY", "SHOUTING ALLAHU AKBAR MOCKING HER"),
        ("FEAR_OF_VIOLENCE", "CLR V SCARED HE WILL ATTACK HER"),
        ("DISTRESS", "IS CRYING ON LINE"),
        ("STALK_MONITOR", "HE KNOWS HER TIMES"),
    ],
)

case(
    17, "aggravated_harassment_fear_of_violence", "CFR",
    voice="updates", case="mixed", noise="redacted", batch="sa",
    pattern="hmo_co_tenant_racist_knife_threat_in_shared_kitchen_then_at_door", relationship="acquaintance", occasions=2,
    text="""\
Update 1 (PC [REDACTED]): Victim [NAME 1] is a Black British male living in a licensed HMO at [ADDRESS REDACTED], 7 rooms, shared kitchen. Suspect [NAME 2] occupies room 4.
Update 2: Victim states on 21/08 in the shared kitchen suspect held up a kitchen knife and said 'I'll cut you, you black c***, this is my kitchen'. Victim left and stayed in his room.
Update 3: On 27/08 suspect knocked on victim's door and said 'remember what I said monkey, next time I won't just talk'. Victim recorded this on his phone, audio retained.
Update 4: Victim states he is scared to use the kitchen and is frightened the suspect will stab him. He has emailed the managing agent [REDACTED] asking to move to another of their properties, no reply yet. Suspect to be arrested.""",
    spans=[
        ("THREAT_VIOLENCE", "held up a kitchen knife and said 'I'll cut you"),
        ("RACIAL_HOSTILITY", "you black c***"),
        ("RACIAL_HOSTILITY", "remember what I said monkey"),
        ("THREAT_VIOLENCE", "next time I won't just talk"),
        ("DISTRESS", "he is scared to use the kitchen"),
        ("FEAR_OF_VIOLENCE", "frightened the suspect will stab him"),
    ],
)

case(
    18, "harassment", "C",
    voice="crime_summary", case="mixed", noise="typos", batch="sa",
    pattern="landlord_three_abusive_voicemails_within_minutes_over_late_rent", relationship="landlord", occasions=3,
    text="""\
Tenant (IP) rents a bedsit at 4a Gorse Hill from SUSP. Rent was 3 days late this month because of a universal credit delay; IP had told SUSP in advance. At 2214 on Fri 7th SUSP left a voicemail calling IP a 'scrounging little parasite' who should be 'on the streets where she belongs'. At 2217 a second voicemail, shouting, calling her a 'waste of skin'. At 2221 a third, 'answer your f***ing phone you lazy cow'. All three retained. IP says she was shaken and embarassed, her kids heard the second one on speaker. Nothing before or since, rent now paid. SUSP when spoken to said he 'lost his rag'. Although close together these are three seperate calls, each a fresh decision to leave abuse (Kelly) - course of conduct made out. No threats.""",
    spans=[
        ("STALK_CONTACT", "SUSP left a voicemail calling IP a 'scrounging little parasite'"),
        ("REPETITION", "At 2217"),
        ("STALK_CONTACT", "a second voicemail, shouting, calling her a 'waste of skin'"),
        ("REPETITION", "At 2221"),
        ("STALK_CONTACT", "a third, 'answer your f***ing phone you lazy cow'"),
        ("DISTRESS", "she was shaken and embarassed"),
    ],
)

case(
    19, "aggravated_stalking", "CSR",
    voice="statement", case="mixed", noise="typos", batch="sa",
    pattern="evicted_tenant_runs_racist_facebook_page_about_landlady_turns_up_at_home", relationship="landlord", occasions=10,
    text="""\
My name is Priya Raman and I own a house in Upton which I let out by the room. I do not live there myself. Mr Lee Cotter was a tenant in room 3 until I served notice and he left in May owing two months rent. Since he left he has set up a facebook page called 'Rogue Landlord Priya Raman' with my photo and my home address on it. He posts on it most days. The posts say things like 'typical paki slumlord bleeding us dry' and 'send her back to curry land'. He has turned up at my home twice and sat on the wall outside. My tenants tell me he has been asking them what time I come to collect rent and what car I drive now. I am not frightened of him as such, he is a coward, but I want this to stop and the page taken down.""",
    spans=[
        ("STALK_PUBLISH", "set up a facebook page called 'Rogue Landlord Priya Raman' with my photo and my home address on it"),
        ("REPETITION", "He posts on it most days"),
        ("RACIAL_HOSTILITY", "'typical paki slumlord bleeding us dry'"),
        ("RACIAL_HOSTILITY", "'send her back to curry land'"),
        ("STALK_TURN_UP", "He has turned up at my home twice and sat on the wall outside"),
        ("STALK_MONITOR", "asking them what time I come to collect rent and what car I drive now"),
    ],
)

case(
    20, "harassment_fear_of_violence", "CF",
    voice="call_log", case="mixed", noise="abbrev", batch="sa",
    pattern="hmo_tenant_repeats_threat_to_agency_property_manager", relationship="customer", occasions=3,
    text="""\
Caller works for Greaves Property Mgmt, manages HMO at 60 Albert St. Tenant in rm 6 (name on file) threatened her over phone on 3rd, saying 'come here again and I'll put you in hospital'. He has said it again twice since, last time today 1105 when she rang re fire alarm testing. Caller frightened he will hurt her when she next has to attend the property, she is the only manager for that house. Requests advice + crime ref. No prev.""",
    spans=[
        ("THREAT_VIOLENCE", "'come here again and I'll put you in hospital'"),
        ("REPETITION", "He has said it again twice since"),
        ("FEAR_OF_VIOLENCE", "Caller frightened he will hurt her when she next has to attend the property"),
    ],
)

case(
    21, "stalking", "CS",
    voice="notebook", case="mixed", noise="abbrev", batch="sa",
    pattern="ex_partner_breaches_non_mol_by_waiting_outside_new_rented_flat", relationship="ex_partner", occasions=3,
    text="""\
0930 Tues. Called to 12 Meadow Ct (private rented, IP moved in 3 wks ago, letting agent unaware of DA hist). IP has non-mol order vs ex SUSP [NAME], made 04/01, no contact, not to come within 100m of her home. IP states SUSP was outside the block on Sat evening, and again this am 0815 sitting on the bench opp. her window. Also left a bag with her old hoodie and a note 'you forgot this, miss you' on the doorstep Sun. IP does not know how he found new addr. IP says he has never been violent, no threats, she's 'more angry than scared'. SUSP gone on arrival. Circ'd for breach + s.2A.""",
    spans=[
        ("STALK_LOITER", "SUSP was outside the block on Sat evening"),
        ("REPETITION", "again this am 0815"),
        ("STALK_WATCH", "sitting on the bench opp. her window"),
        ("STALK_GIFTS", "left a bag with her old hoodie and a note"),
        ("FIXATION", "'you forgot this, miss you'"),
    ],
)

case(
    22, "no_offence", "",
    voice="supervisor_review", case="mixed", noise="clean", batch="sa",
    pattern="live_in_landlord_two_rows_with_lodger_months_apart_reconciled", relationship="landlord", occasions=2,
    text="""\
Reviewed. IP is a lodger in the suspect's house. In March the suspect, after drinking, shouted at him over the state of the bathroom and called him a 'useless lump'. IP says the suspect apologised the next morning, they sat down and agreed a cleaning rota, and things were 'fine, better than fine' for months - they watched the football together and went to the pub. On 29/08 there was a second argument, about the electricity bill, in which the suspect swore at him and told him to find somewhere else. IP wants it recorded but is moving out at the end of the month anyway, as he had already planned. Two incidents five months apart with a genuine reconciliation in between are not a course of conduct. No threats. Downgrade to non-crime incident. NFA.""",
    spans=[
        ("STALK_CONTACT", "shouted at him over the state of the bathroom and called him a 'useless lump'"),
        ("STALK_CONTACT", "the suspect swore at him and told him to find somewhere else"),
    ],
)

case(
    23, "stalking_fear_alarm_distress", "CSF",
    voice="mo_field", case="mixed", noise="abbrev", batch="sa",
    pattern="resident_landlord_of_block_fixated_on_tenant_threatens_if_she_leaves", relationship="landlord", occasions=8,
    text="""\
MO: SUSP is private landlord of IP's flat (owns whole block, lives in top flat). Over approx 2 months SUSP has become fixated on IP - asking to take her to dinner (refused x4), commenting on her boyfriend, knocking on her door late at night 'to check the smoke alarm'. When IP said she would be moving out at end of fixed term SUSP said 'you're not going anywhere, I'll break your legs first'. On 18/4 he put it in a text: 'you leave and I'll hurt you, I mean it'. Has also been seen going through IP's recycling bin. IP terrified he will carry out the threats.""",
    spans=[
        ("REPETITION", "Over approx 2 months"),
        ("FIXATION", "asking to take her to dinner (refused x4)"),
        ("STALK_TURN_UP", "knocking on her door late at night"),
        ("THREAT_VIOLENCE", "'you're not going anywhere, I'll break your legs first'"),
        ("THREAT_VIOLENCE", "'you leave and I'll hurt you, I mean it'"),
        ("STALK_MONITOR", "going through IP's recycling bin"),
        ("FEAR_OF_VIOLENCE", "IP terrified he will carry out the threats"),
    ],
)

case(
    24, "aggravated_harassment", "CR",
    voice="result_note", case="mixed", noise="redacted", batch="sa",
    pattern="landlord_anti_traveller_texts_over_alleged_damage", relationship="landlord", occasions=11,
    text="""\
Result: charged s.2 PHA, racially aggravated (s.32 CDA). Suspect [NAME 1], landlord, sent 11 texts to IP family (Irish Travellers, tenancy at [ADDRESS] since Nov) between 03/01-25/01 incl 'no wonder you pikeys cant keep a house clean' and 'typical knackers, I'll get you out'. Texts concerned alleged damage but the content is plainly hostile to the family's ethnicity. No threats of violence. Suspect interviewed, admitted sending. Bailed w/ conds not to contact IP except via solicitor.""",
    spans=[
        ("STALK_CONTACT", "sent 11 texts to IP family"),
        ("REPETITION", "between 03/01-25/01"),
        ("RACIAL_HOSTILITY", "'no wonder you pikeys cant keep a house clean'"),
        ("RACIAL_HOSTILITY", "'typical knackers, I'll get you out'"),
    ],
)

case(
    25, "aggravated_stalking", "CSR",
    voice="victim_diary", case="inconsistent", noise="typos", batch="sa",
    pattern="hmo_housemate_opens_post_follows_to_synagogue_antisemitic_messages", relationship="acquaintance", occasions=5,
    text="""\
thurs - found my post opened again, third time. only person in the house who cares what i get is Ross.
sat - walked to shul, Ross was behind me the whole way on the other pavement. he turned round at the gate.
sun - swastika drawn in the steam on the bathroom mirror and 'gas the lot' underneath. kitchen whiteboard says 'rent money to the jews as usual' (landlord isnt even jewish lol).
mon - he knew id been to my sisters in Leeds at the weekend. i never said. think hes been reading my laptop thru the gap in the door??
tues - EMAILED THE AGENCY. not scared of him tbh just done with it. going to report.""",
    spans=[
        ("STALK_PROPERTY", "found my post opened again, third time"),
        ("STALK_FOLLOW", "Ross was behind me the whole way on the other pavement"),
        ("RELIGIOUS_HOSTILITY", "swastika drawn in the steam on the bathroom mirror and 'gas the lot' underneath"),
        ("RELIGIOUS_HOSTILITY", "'rent money to the jews as usual'"),
        ("STALK_MONITOR", "he knew id been to my sisters in Leeds at the weekend"),
    ],
)

case(
    26, "harassment", "C",
    voice="notebook", case="lower", noise="abbrev", batch="sa",
    pattern="landlord_texts_tenant_threatening_her_boyfriend_she_not_afraid", relationship="landlord", occasions=9,
    text="""\
1845 spoke w/ ip at her flat, 2 pell row. ip's landlord (susp) has been texting her since her bf moved in w/o permission - 9 texts in a wk. texts say bf is 'a sponger' and 'if i see him on my property ill break his jaw'. ip says she isnt worried for herself at all, susp has always been ok w her, its bf he has a problem with. bf not present, doesnt want to make a complaint. ip wants it logged. adv re tenancy - permission to add an occupier is a civil issue.""",
    spans=[
        ("STALK_CONTACT", "has been texting her since her bf moved in w/o permission"),
        ("REPETITION", "9 texts in a wk"),
    ],
)

case(
    27, "harassment_fear_of_violence", "CFD",
    voice="statement", case="mixed", noise="clean", batch="sa",
    pattern="landlords_son_threatens_long_term_tenant_to_leave_for_sale_she_moves_out", relationship="landlord", occasions=2,
    text="""\
I rented 19 Cole Street from Mr Vickers for four years with no problems. In the summer he went into a care home and his son Martin took over. Martin wanted the house empty so he could sell it and told me to be out within a month. I told him he had to give me proper notice. On 3 July he phoned and said if I wasn't out he would 'come and drag you out by the hair'. On 10 July he came to the door and said 'last warning, next time I bring a bat'. I was terrified he would come back and hurt me. I stopped staying at the house and moved in with my sister in Rowley before the notice would even have run out, and I have been off work since with my nerves. I have a sick note from my GP.""",
    spans=[
        ("THREAT_VIOLENCE", "'come and drag you out by the hair'"),
        ("STALK_TURN_UP", "he came to the door"),
        ("THREAT_VIOLENCE", "'last warning, next time I bring a bat'"),
        ("FEAR_OF_VIOLENCE", "I was terrified he would come back and hurt me"),
        ("SERIOUS_IMPACT", "moved in with my sister in Rowley"),
        ("SERIOUS_IMPACT", "I have been off work since with my nerves"),
    ],
)

case(
    28, "aggravated_harassment_fear_of_violence", "CFR",
    voice="third_party", case="mixed", noise="clean", batch="sa",
    pattern="landlord_racist_threats_to_somali_tenant_reported_by_neighbour", relationship="landlord", occasions=2,
    text="""\
I live at number 40, next door to Mrs Abdi and her children at 42. Their landlord, an older man I only know as Frank, has been round twice this week. On Monday I heard him through the wall and then out in the street shouting 'you Somali scroungers, I'll burn you out'. On Thursday he came back, kicked her door and said 'go back to your own country before I put you in the ground'. Mrs Abdi came round to me in tears afterwards and said she is scared he will come back and hurt her and the children. She asked me to ring because her English is not great. I have written his van registration down.""",
    spans=[
        ("STALK_TURN_UP", "has been round twice this week"),
        ("RACIAL_HOSTILITY", "you Somali scroungers"),
        ("THREAT_VIOLENCE", "I'll burn you out"),
        ("RACIAL_HOSTILITY", "go back to your own country"),
        ("THREAT_VIOLENCE", "before I put you in the ground"),
        ("DISTRESS", "came round to me in tears"),
        ("FEAR_OF_VIOLENCE", "she is scared he will come back and hurt her and the children"),
    ],
)

case(
    29, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="supervisor_review", case="inconsistent", noise="abbrev", batch="sa",
    pattern="landladys_son_photographs_follows_posts_racist_content_tenant_changes_routine", relationship="landlord", occasions=8,
    text="""\
SUPERVISOR REVIEW: classified as harassment by OIC - I disagree, this is stalking and racially aggravated. Facts: SUSP is the son of IP's landlady and lives two doors down. Since IP complained about the boiler (Oct) SUSP has photographed IP leaving for work on multiple mornings, followed him to the gym twice, and posted the photos on Nextdoor with captions 'another one for the zoo' and monkey emojis. Also left bananas on IP's car bonnet x3. IP now parks at his cousin's in Kingswinford and walks, has had a doorbell camera fitted, and has changed to late shifts to avoid SUSP. That is a substantial adverse effect. No threats. RE-CRIME as racially agg s.4A. Arrest plan to follow.""",
    spans=[
        ("STALK_WATCH", "photographed IP leaving for work on multiple mornings"),
        ("STALK_FOLLOW", "followed him to the gym twice"),
        ("STALK_PUBLISH", "posted the photos on Nextdoor"),
        ("RACIAL_HOSTILITY", "captions 'another one for the zoo' and monkey emojis"),
        ("RACIAL_HOSTILITY", "left bananas on IP's car bonnet x3"),
        ("SERIOUS_IMPACT", "IP now parks at his cousin's in Kingswinford and walks"),
        ("SERIOUS_IMPACT", "has had a doorbell camera fitted"),
        ("SERIOUS_IMPACT", "has changed to late shifts to avoid SUSP"),
    ],
)

case(
    30, "stalking", "CS",
    voice="third_party", case="mixed", noise="clean", batch="sa",
    pattern="tenant_fixated_on_young_lettings_assistant_visits_branch_gifts_follows", relationship="customer", occasions=10,
    text="""\
Email from branch manager, Allingham Estates, Church St: Our lettings assistant Chloe (22) dealt with a tenant, Mr Brian Sowerby, over a repairs issue which was closed in March. Since then he has come into the branch almost every day asking for her specifically, even when he has no business with us. He has brought her chocolates and a bracelet, which she gave back. Last Thursday he was waiting by her car in the staff car park at 5.30, and on Monday a colleague saw him walking behind her to the station. Chloe has told him clearly she will only deal with him about the property. She isn't frightened as such but says it's 'really weird'. Can someone speak to him?""",
    spans=[
        ("STALK_TURN_UP", "has come into the branch almost every day asking for her specifically"),
        ("STALK_GIFTS", "brought her chocolates and a bracelet"),
        ("STALK_LOITER", "waiting by her car in the staff car park at 5.30"),
        ("STALK_FOLLOW", "walking behind her to the station"),
        ("UNWANTED", "Chloe has told him clearly she will only deal with him about the property"),
    ],
)

case(
    31, "aggravated_harassment", "CR",
    voice="mo_field", case="inconsistent", noise="typos", batch="sa",
    pattern="landlords_wife_mocks_hindu_tenant_faith_in_deposit_dispute_messages", relationship="landlord", occasions=5,
    text="""\
MO - SUSP (landlord's wife, co-owner of property) sent IP a series of messages via the tenant portal and by text over 2 wks following IP's request for return of her deposit. MESSAGES MOCK IP'S HINDU FAITH: 'take your stinking cow-worshipping shrine with you', 'your gods wont get you your deposit back'. Also left a note in the porch 'no heathen idols in my house'. IP upset, says she feels humilated. No threats made.""",
    spans=[
        ("STALK_CONTACT", "sent IP a series of messages via the tenant portal and by text"),
        ("REPETITION", "over 2 wks"),
        ("RELIGIOUS_HOSTILITY", "'take your stinking cow-worshipping shrine with you'"),
        ("RELIGIOUS_HOSTILITY", "'your gods wont get you your deposit back'"),
        ("RELIGIOUS_HOSTILITY", "'no heathen idols in my house'"),
        ("DISTRESS", "she feels humilated"),
    ],
)

case(
    32, "stalking_fear_alarm_distress", "CSD",
    voice="dash_note", case="upper", noise="abbrev", batch="sa",
    pattern="ex_partner_poses_as_husband_to_letting_agent_parks_outside_she_changes_number", relationship="ex_partner", occasions=8,
    text="""\
DASH - MEDIUM. IP SEP FROM SUSP IN JAN AFTER 6 YRS. IP NOW RENTS 1 BED FLAT VIA MOORSIDE LETS. SUSP HAS RUNG LETTING AGENT 3 TIMES POSING AS IP'S 'HUSBAND', ASKING FOR HER RENT STATEMENTS + SAYING SHE WANTS TO END THE TENANCY EARLY. AGENT NEARLY PROCESSED A SURRENDER. SUSP ALSO PARKED OUTSIDE IP'S FLAT ON 4 OCCASIONS IN FEB, TEXTS 'SAW YOUR LIGHT ON LATE, WHO'S THERE?'. IP HAS CHANGED HER NUMBER TWICE, AGENT NOW USES EMAIL ONLY, AND SHE HAS STOPPED GOING TO HER USUAL GYM AS HE KNOWS HER TIMES. NO THREATS.""",
    spans=[
        ("STALK_MONITOR", "ASKING FOR HER RENT STATEMENTS"),
        ("STALK_ORDERS", "SAYING SHE WANTS TO END THE TENANCY EARLY"),
        ("STALK_LOITER", "PARKED OUTSIDE IP'S FLAT ON 4 OCCASIONS IN FEB"),
        ("STALK_MONITOR", "'SAW YOUR LIGHT ON LATE, WHO'S THERE?'"),
        ("SERIOUS_IMPACT", "IP HAS CHANGED HER NUMBER TWICE"),
        ("SERIOUS_IMPACT", "SHE HAS STOPPED GOING TO HER USUAL GYM"),
    ],
)

case(
    33, "no_offence", "R",
    voice="call_log", case="lower", noise="typos", batch="sa",
    pattern="single_racist_shout_in_street_by_landlords_cousin", relationship="stranger", occasions=1,
    text="""\
caller says landlords cousin shouted 'f*** off back to pakistan' at him in the street outside the shop this aftn when he went to ask about the leak. caller never met this male before, no other contact since. caller angry not hurt. susp drove off in blue fiesta part reg WX1. caller wants it logged as a hate incident.""",
    spans=[
        ("RACIAL_HOSTILITY", "shouted 'f*** off back to pakistan' at him"),
    ],
)

case(
    34, "harassment", "C",
    voice="updates", case="lower", noise="heavy", batch="sa",
    pattern="landlord_homophobic_voicemails_to_same_sex_tenants_after_lock_request", relationship="landlord", occasions=6,
    text="""\
upd1 ip + partner (same sex couple) rent house off susp. since they asked for new front door lock susp been leaving voicemails calling them 'a pair of f***ots' and 'bum boys'. 5 or 6 vm's over the last 3 wks.
upd2 ip played vm's to me, confirmed. no threats in any of them.
upd3 ip says hes sick of it, not scared. hate crime flag - homophobic.
upd4 susp not known pnc.""",
    spans=[
        ("STALK_CONTACT", "leaving voicemails calling them 'a pair of f***ots' and 'bum boys'"),
        ("REPETITION", "5 or 6 vm's over the last 3 wks"),
    ],
)

case(
    35, "harassment_fear_of_violence", "CF",
    voice="vps", case="mixed", noise="clean", batch="sa",
    pattern="landlords_son_rent_collector_disability_taunts_and_repeated_threats_to_wheelchair_user", relationship="landlord", occasions=3,
    text="""\
I have used a wheelchair since my accident in 2019. I rent a ground floor flat that was adapted for me. The landlord's son, Jordan, comes round to collect the rent in cash. In May I asked him for a receipt and he called me a 'crippled leech'. On 2 June he leant over my chair and said 'I'll tip you out of that thing and leave you on the floor'. On 30 June he said the same again and pushed my chair back against the wall. I am scared of him. I can't get away from him if he decides to hurt me and I dread rent day coming round.""",
    spans=[
        ("STALK_CONTACT", "he called me a 'crippled leech'"),
        ("THREAT_VIOLENCE", "'I'll tip you out of that thing and leave you on the floor'"),
        ("REPETITION", "he said the same again"),
        ("FEAR_OF_VIOLENCE", "I can't get away from him if he decides to hurt me"),
    ],
)

case(
    36, "stalking", "CS",
    voice="crime_summary", case="mixed", noise="redacted", batch="sa",
    pattern="ex_partner_uses_sister_and_friend_to_deliver_letters_and_watch_shared_house", relationship="ex_partner", occasions=6,
    text="""\
[NAME 1] (IP) ended her relationship with [NAME 2] (SUSP) in Sept and moved into a room in a shared house in [AREA]. SUSP is subject to a restraining order (previous harassment of another female) and has not contacted IP directly. However, since Oct SUSP's sister has twice hand-delivered letters from him to the house, and SUSP's friend [NAME 3] has been seen by IP's housemates sitting in a car outside on at least three evenings, photographing the front door. A letter delivered 19/10 reads 'I know which room is yours. We're not finished. I'll wait.' IP is not frightened of him physically and says her life is carrying on as normal, but she wants it stopped.""",
    spans=[
        ("STALK_CONTACT", "SUSP's sister has twice hand-delivered letters from him to the house"),
        ("STALK_WATCH", "sitting in a car outside on at least three evenings, photographing the front door"),
        ("FIXATION", "'I know which room is yours. We're not finished. I'll wait.'"),
    ],
)

case(
    37, "stalking_fear_alarm_distress", "CSFD",
    voice="notebook", case="upper", noise="heavy", batch="sa",
    pattern="hmo_landlord_fixated_on_former_tenant_turns_up_at_work_threatens_to_kill", relationship="landlord", occasions=7,
    text="""\
NB 22/02 1930 - IP [NAME] AT FRONT OFFICE. FORMER LANDLORD (OWNS HMO SHE LIVED IN TILL DEC) KEEPS TURNING UP AT HER NEW WORKPLACE, SAINSBURYS LOCAL, 4 TIMES SINCE XMAS. SAYS HE 'CANT STOP THINKING ABOUT HER'. 14/02 LEFT CARD + ROSES ON HER CAR. 20/02 WHEN SHE TOLD HIM TO LEAVE HER ALONE SAID 'IF I CANT HAVE YOU NO ONE WILL, ILL SLIT YOUR THROAT'. SAID SIMILAR ON 17/02 BY TXT. IP PETRIFIED HE WILL KILL HER. HAS TRANSFERRED TO ANOTHER STORE + MOVED BACK IN W/ PARENTS. EVID - TXT SCREENSHOT SEIZED.""",
    spans=[
        ("STALK_TURN_UP", "KEEPS TURNING UP AT HER NEW WORKPLACE"),
        ("REPETITION", "4 TIMES SINCE XMAS"),
        ("FIXATION", "'CANT STOP THINKING ABOUT HER'"),
        ("STALK_GIFTS", "LEFT CARD + ROSES ON HER CAR"),
        ("UNWANTED", "SHE TOLD HIM TO LEAVE HER ALONE"),
        ("THREAT_VIOLENCE", "'IF I CANT HAVE YOU NO ONE WILL, ILL SLIT YOUR THROAT'"),
        ("THREAT_VIOLENCE", "SAID SIMILAR ON 17/02 BY TXT"),
        ("FEAR_OF_VIOLENCE", "IP PETRIFIED HE WILL KILL HER"),
        ("SERIOUS_IMPACT", "HAS TRANSFERRED TO ANOTHER STORE"),
        ("SERIOUS_IMPACT", "MOVED BACK IN W/ PARENTS"),
    ],
)

case(
    38, "aggravated_harassment", "CR",
    voice="call_log", case="upper", noise="abbrev", batch="sa",
    pattern="tenant_in_arrears_rings_agency_repeatedly_racist_abuse_at_staff_member", relationship="customer", occasions=4,
    text="""\
IP LETTING AGENT. TENANT (ARREARS) HAS RUNG OFFICE 4X TODAY ASKING FOR 'THE N***** WHO WORKS THERE', ABUSING IP WHEN PUT THROUGH. NO THREATS. IP ANGRY. REQ CALL BACK.""",
    spans=[
        ("STALK_CONTACT", "HAS RUNG OFFICE 4X TODAY"),
        ("RACIAL_HOSTILITY", "ASKING FOR 'THE N***** WHO WORKS THERE'"),
        ("STALK_CONTACT", "ABUSING IP WHEN PUT THROUGH"),
    ],
)

case(
    39, "aggravated_harassment_fear_of_violence", "CFR",
    voice="judgment", case="mixed", noise="clean", batch="sa",
    pattern="hmo_landlord_threatens_albanian_tenant_over_arrears_with_hammer", relationship="landlord", occasions=2,
    text="""\
The appellant let rooms in a house on Fenby Street. One tenant, Mr Hoxha, an Albanian national, fell two weeks behind with his rent. On 8 January the appellant told him 'Albanian gangsters get what's coming, I'll put you in a box'. On 12 January, in the hallway, he held a hammer and repeated that he would 'do' him, this time calling him 'Albanian scum'. The recorder was entitled to find that Mr Hoxha was in real fear that violence would be used against him; he told the jury he lay awake at night expecting the door to go in. The verdict on the racially aggravated count was plainly open to the jury. The appeal against conviction is dismissed.""",
    spans=[
        ("RACIAL_HOSTILITY", "Albanian gangsters get what's coming"),
        ("THREAT_VIOLENCE", "I'll put you in a box"),
        ("THREAT_VIOLENCE", "held a hammer and repeated that he would 'do' him"),
        ("RACIAL_HOSTILITY", "'Albanian scum'"),
        ("FEAR_OF_VIOLENCE", "Mr Hoxha was in real fear that violence would be used against him"),
        ("DISTRESS", "he lay awake at night expecting the door to go in"),
    ],
)

case(
    40, "aggravated_harassment_fear_of_violence", "CFR",
    voice="victim_diary", case="lower", noise="typos", batch="sa",
    pattern="tenant_racially_abuses_and_threatens_landlord_over_gas_safety_visit", relationship="landlord", occasions=2,
    text="""\
12 march - went to no.7 to do the gas safety with the engineer. tenant (wayne) blocked the door, called me a 'p*ki landlord' and said hed 'glass me' if i come back. engineer heard it all.
19 march - letter through my door at home, no stamp. 'your kind should go back. come near my house again and your dead.' its his handwritting, he signs the rent book the same way.
20 march - cant stop thinking hes going to hurt me. told my wife not to answer the door. i have to go back for the damp survey but im scared to go on my own.""",
    spans=[
        ("RACIAL_HOSTILITY", "called me a 'p*ki landlord'"),
        ("THREAT_VIOLENCE", "said hed 'glass me' if i come back"),
        ("STALK_CONTACT", "letter through my door at home, no stamp"),
        ("RACIAL_HOSTILITY", "your kind should go back"),
        ("THREAT_VIOLENCE", "come near my house again and your dead"),
        ("FEAR_OF_VIOLENCE", "cant stop thinking hes going to hurt me"),
        ("FEAR_OF_VIOLENCE", "im scared to go on my own"),
    ],
)

case(
    41, "aggravated_stalking", "CSR",
    voice="crime_summary", case="upper", noise="clean", batch="sa",
    pattern="annex_tenant_fixated_on_landlords_daughter_watches_and_posts_racist_captions", relationship="landlord", occasions=7,
    text="""\
SUMMARY: IP (19) IS THE DAUGHTER OF THE OWNER OF 3 GRANGE MEWS. SUSP RENTS THE ANNEX AT THE REAR. FROM NOV SUSP BEGAN LEAVING NOTES ON IP'S CAR ASKING HER OUT; IP REFUSED IN PERSON ON 02/12. SUSP THEN STARTED KEEPING TABS ON HER - HE HAS COMMENTED ON HER SHIFTS AT THE PUB, WAS SEEN LOOKING THROUGH THE KITCHEN WINDOW AT 2300 ON 10/12 AND 15/12, AND POSTED A PHOTO OF HER ON SNAPCHAT CAPTIONED 'HALF CASTE TEASE, THINKS SHES TOO GOOD'. ON 18/12 A NOTE ON HER CAR SAID 'MONGRELS LIKE YOU SHOULD BE GRATEFUL'. IP NOT SCARED, SAYS SHE 'CAN HANDLE HIM'. PARENTS HAVE SERVED NOTICE ON THE ANNEX. NO THREATS.""",
    spans=[
        ("STALK_CONTACT", "LEAVING NOTES ON IP'S CAR ASKING HER OUT"),
        ("UNWANTED", "IP REFUSED IN PERSON ON 02/12"),
        ("STALK_MONITOR", "HE HAS COMMENTED ON HER SHIFTS AT THE PUB"),
        ("STALK_WATCH", "LOOKING THROUGH THE KITCHEN WINDOW AT 2300 ON 10/12 AND 15/12"),
        ("STALK_PUBLISH", "POSTED A PHOTO OF HER ON SNAPCHAT"),
        ("RACIAL_HOSTILITY", "'HALF CASTE TEASE, THINKS SHES TOO GOOD'"),
        ("RACIAL_HOSTILITY", "'MONGRELS LIKE YOU SHOULD BE GRATEFUL'"),
    ],
)

case(
    42, "aggravated_stalking", "CSR",
    voice="call_log", case="lower", noise="heavy", batch="sa",
    pattern="landlords_son_follows_sikh_lodger_from_gurdwara_enters_room_reads_post", relationship="landlord", occasions=5,
    text="""\
rp is lodger at 5 birch clo. landlords grown up son follows him from the gurdwara on sundays, 3 sundays running now, calling him 'raghead' + 'bin laden'. also been in rp's room + moved his kara and turban cloth, and rp found son had been reading his post. rp not scared 'hes a kid' but wants words had. no threats. landlord away till 3rd.""",
    spans=[
        ("STALK_FOLLOW", "follows him from the gurdwara on sundays"),
        ("REPETITION", "3 sundays running now"),
        ("RELIGIOUS_HOSTILITY", "calling him 'raghead' + 'bin laden'"),
        ("STALK_PROPERTY", "been in rp's room + moved his kara and turban cloth"),
        ("STALK_MONITOR", "had been reading his post"),
    ],
)

case(
    43, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="statement", case="mixed", noise="typos", batch="sa",
    pattern="evicted_tenants_brother_pursues_black_landlady_racist_stab_threats", relationship="landlord", occasions=6,
    text="""\
I am the landlord of 61 Harcourt Rd which I inherited from my mother. In August I got a possession order against the tenant, Mr Dean Pryce, for rent arrears and he was evicted by the county court bailiffs on 2 October. Since then his brother, Carl Pryce, who I had never met before, has turned my life upside down.

It started on 9 October when he was waiting outside my house when I got home from work, he must have got my address off the court papers. He said 'you black b**** threw my brother on the street'. After that I saw his silver Corsa on my road at least 6 times, sometimes just sat there with the engine running. On 20 October he followed me in the car all the way to my church in Handsworth and sat in the car park through the service. On the 24th he rang my mobile from a withheld number and said 'I'll stab you like the monkey you are'. He has said he'll stab me twice more since, once in a voicemail on the 28th and once shouting from his car window.

Honestly I think he means to kill me one day. I've been signed off from my job for three weeks, I have moved my daughter to stay with my sister, and I dont go to church any more. I have not been back to Harcourt Rd either, the agent does the visits now.""",
    spans=[
        ("STALK_LOITER", "waiting outside my house when I got home from work"),
        ("RACIAL_HOSTILITY", "you black b****"),
        ("STALK_WATCH", "I saw his silver Corsa on my road at least 6 times"),
        ("STALK_FOLLOW", "followed me in the car all the way to my church in Handsworth"),
        ("STALK_CONTACT", "rang my mobile from a withheld number"),
        ("THREAT_VIOLENCE", "I'll stab you"),
        ("RACIAL_HOSTILITY", "like the monkey you are"),
        ("REPETITION", "He has said he'll stab me twice more since"),
        ("FEAR_OF_VIOLENCE", "Honestly I think he means to kill me one day"),
        ("SERIOUS_IMPACT", "I've been signed off from my job for three weeks"),
        ("SERIOUS_IMPACT", "moved my daughter to stay with my sister"),
        ("SERIOUS_IMPACT", "I dont go to church any more"),
    ],
)

case(
    44, "aggravated_stalking_fear_alarm_distress", "CSFR",
    voice="dash_note", case="mixed", noise="abbrev", batch="sa",
    pattern="ex_partner_landlord_lets_himself_in_racist_texts_and_death_threats", relationship="ex_partner", occasions=8,
    text="""\
DASH - HIGH. IP (Filipina, 31) rents flat from SUSP, who was her partner for 18 months until Aug; tenancy carried on after the split. Since then SUSP has let himself in with his key on 3 occasions while IP at work, went through her phone bills, and left her wardrobe doors open. Texts daily: 'you'll never be rid of me', 'filipino w***e, go back to your rice paddy'. 02/10 at door: 'if you change the locks I'll kill you'. 05/10 text: 'I meant it about killing you'. IP frightened for her life. MARAC referral. IDVA to contact.""",
    spans=[
        ("STALK_PROPERTY", "let himself in with his key on 3 occasions while IP at work"),
        ("STALK_MONITOR", "went through her phone bills"),
        ("REPETITION", "Texts daily"),
        ("FIXATION", "'you'll never be rid of me'"),
        ("RACIAL_HOSTILITY", "'filipino w***e, go back to your rice paddy'"),
        ("THREAT_VIOLENCE", "'if you change the locks I'll kill you'"),
        ("THREAT_VIOLENCE", "'I meant it about killing you'"),
        ("FEAR_OF_VIOLENCE", "IP frightened for her life"),
    ],
)
