# ruff: noqa: E501
"""Hand-written narratives, writer wd: issue or person - neighbour, parking, landlord, business and ex-partner disputes."""

from corpora.handwritten import case

case(
    1, "harassment", "C",
    voice="call_log", case="upper", noise="abbrev", batch="wd",
    pattern="neighbour_photographs_disabled_victim_over_ramp_boundary_dispute", relationship="neighbour", occasions=4,
    text="""\
CAD 2211 14/03 1647 RPT FROM IP MR HOLLINS 62 YRS. IP USES WHEELCHAIR, HAD RAMP FITTED TO FRONT DOOR LAST AUG. SUSP (NEXT DOOR, NO 9) SAYS RAMP IS 30CM OVER HIS BOUNDARY, SOLICITORS LETTERS BOTH SIDES. SINCE JAN SUSP HAS STOOD AT HIS BAY WINDOW FILMING IP EVERY TIME HE USES THE RAMP, APPROX 3X A WEEK. 02/03 SUSP CAME OUT AND SHOUTED "GET YOUR CRIPPLE RAMP OFF MY LAND" WHILE HOLDING PHONE UP TO IP FACE. 09/03 AND 13/03 SAME AGAIN, SUSP PHOTOGRAPHING IP AND HIS CARER ON THE PATH. IP SAYS SUSP NEVER GOES ANYWHERE NEAR HIM OTHERWISE, IT IS ALL ABOUT THE RAMP. NO THREATS. IP "FED UP AND UPSET", NOT GOING ANYWHERE, JUST WANTS IT TO STOP. ADV RE CIVIL ROUTE FOR BOUNDARY. OIC TO ATTEND FOR ACCOUNT + OBTAIN DOORBELL FOOTAGE.""",
    spans=[
        ("STALK_WATCH", "SUSP HAS STOOD AT HIS BAY WINDOW FILMING IP EVERY TIME HE USES THE RAMP"),
        ("REPETITION", "APPROX 3X A WEEK"),
        ("UNWANTED", "SHOUTED \"GET YOUR CRIPPLE RAMP OFF MY LAND\""),
        ("REPETITION", "09/03 AND 13/03 SAME AGAIN"),
        ("STALK_WATCH", "SUSP PHOTOGRAPHING IP AND HIS CARER ON THE PATH"),
        ("DISTRESS", "\"FED UP AND UPSET\""),
    ],
)

case(
    2, "stalking", "CS",
    voice="crime_summary", case="mixed", noise="clean", batch="wd",
    pattern="parking_complaint_pretext_neighbour_notes_on_appearance_follows_to_shop", relationship="neighbour", occasions=5,
    text="""\
The victim, Jade Ormerod (29), lives at 4 Crane Close. The suspect, Barry Twigg (51), lives opposite at number 7. In early April he knocked to complain that her Fiesta was overhanging his dropped kerb. She apologised and has parked further up ever since.

Since then he has left four handwritten notes under her wiper. The first mentioned the parking; the other three do not. One says "you looked lovely in the green coat this morning", another asks why her boyfriend's van was outside overnight. On 22 April he was standing in his front window when she got home at 2310 from a late shift and waved at her. On 27 April he walked into the Co-op on Hale Road two minutes after her and stood behind her at the till without buying anything, then walked back a few metres behind her.

She says she is unsettled and keeps her curtains shut now but has not changed anything else. Suspect not yet spoken to. Notes seized as exhibits JO/1-4.""",
    spans=[
        ("STALK_CONTACT", "he has left four handwritten notes under her wiper"),
        ("FIXATION", "\"you looked lovely in the green coat this morning\""),
        ("FIXATION", "asks why her boyfriend's van was outside overnight"),
        ("STALK_WATCH", "he was standing in his front window when she got home at 2310"),
        ("STALK_FOLLOW", "walked into the Co-op on Hale Road two minutes after her"),
        ("STALK_FOLLOW", "walked back a few metres behind her"),
        ("DISTRESS", "She says she is unsettled"),
    ],
)

case(
    3, "harassment_fear_of_violence", "CF",
    voice="statement", case="mixed", noise="clean", batch="wd",
    pattern="upstairs_neighbour_noise_dispute_threatens_twice_victim_afraid", relationship="neighbour", occasions=3,
    text="""\
I live in flat 2 at Mercer House. The man in flat 4 above me, who I know as Dean, plays bass music most nights until about 2am. I have complained to the housing association twice and put a polite note through his door in February.

On Saturday 8 March about 0100 I went up and knocked to ask him to turn it down. He opened the door, put his face right up to mine and said "knock on my door again and I'll put you through that wall". I went back downstairs shaking.

On Thursday 13 March I passed him on the stairs coming in from work. He stopped, blocked the stairs and said "remember what I told you, I meant it, I'll batter you". He then laughed and let me past.

I am frightened of him. He is much bigger than me and I genuinely think he will hurt me if I complain again. I have not complained since. I just want the noise to stop and to be left alone.""",
    spans=[
        ("THREAT_VIOLENCE", "\"knock on my door again and I'll put you through that wall\""),
        ("DISTRESS", "I went back downstairs shaking"),
        ("THREAT_VIOLENCE", "\"remember what I told you, I meant it, I'll batter you\""),
        ("FEAR_OF_VIOLENCE", "I am frightened of him"),
        ("FEAR_OF_VIOLENCE", "I genuinely think he will hurt me if I complain again"),
    ],
)

case(
    4, "no_offence", "R",
    voice="notebook", case="inconsistent", noise="abbrev", batch="wd",
    pattern="single_parking_row_supermarket_racist_slur_once", relationship="stranger", occasions=1,
    text="""\
1132 hrs Sat. Asda car park, Forge Lane. Spoke to IP Mr Amadi, flagged us down. States he reversed into a space and a white male in a grey Qashqai who wanted same space got out, shouted "learn to drive you f***ing [racial slur], go back where you came from" and drove off. No physical contact, NO THREATS. IP never seen male before. Partial VRM only (YX6?). IP angry, not scared. CCTV request to store mgr. one-off incident, no prior. Hate incident log + ? s.5 POA racially agg if trace.""",
    spans=[
        ("RACIAL_HOSTILITY", "\"learn to drive you f***ing [racial slur], go back where you came from\""),
    ],
)

case(
    5, "stalking_fear_alarm_distress", "CSD",
    voice="updates", case="mixed", noise="abbrev", batch="wd",
    pattern="ex_partner_will_not_accept_end_turns_up_work_victim_moves_to_sister", relationship="ex_partner", occasions=6,
    text="""\
UPDATE 1 (PC 4471 Reid) - IP Kerry-Ann LOWE. Rel with SUSP Gavin PRICE ended 3 wks ago, her decision. No DV history. Since split SUSP has been outside her work (Boots, Market St) on 5 occasions at closing time, just standing across the road. Also sent flowers to the shop twice with cards saying "we're not finished, I won't give up on us". IP has blocked him on everything.
UPDATE 2 - IP states he was at the bus stop by her house 0715 this morning when she left. He said "just talk to me, five minutes". She walked off, he didnt follow. No threats at any stage, she says he "isn't like that".
UPDATE 3 - IP has moved in with her sister in Shirley and swapped to the Solihull branch so he doesn't know where she is. DASH std. SUSP to be arrested, IP supports.""",
    spans=[
        ("STALK_LOITER", "outside her work (Boots, Market St) on 5 occasions at closing time"),
        ("STALK_WATCH", "just standing across the road"),
        ("STALK_GIFTS", "sent flowers to the shop twice"),
        ("FIXATION", "\"we're not finished, I won't give up on us\""),
        ("STALK_LOITER", "he was at the bus stop by her house 0715 this morning"),
        ("UNWANTED", "\"just talk to me, five minutes\""),
        ("SERIOUS_IMPACT", "IP has moved in with her sister in Shirley"),
        ("SERIOUS_IMPACT", "swapped to the Solihull branch so he doesn't know where she is"),
    ],
)

case(
    6, "harassment", "CD",
    voice="supervisor_review", case="mixed", noise="clean", batch="wd",
    pattern="ex_partner_abusive_messages_about_child_contact_handovers_victim_changes_number", relationship="ex_partner", occasions=9,
    text="""\
Supervisor review, Sgt 2290. Crimed as stalking by the initial OIC. I have changed this to harassment. Reasons below.

The parties separated in 2023 and share two children under a family court order with alternate weekends. Every message I have read (screenshots, 41 messages between 2 and 19 May) is about the handovers: times, who collects from school, the eldest's football kit, and an argument about the May bank holiday. Many of them are abusive and he calls her a "useless lying cow" repeatedly, and on 16 May he filmed her on the doorstep arriving 20 minutes late for handover and sent her the clip with "judge will love this". He has not turned up anywhere other than at handovers, has not commented on her personal life or new relationship, and she says herself "it's all about the kids with him, he doesn't want me back".

This is a course of conduct - daily abusive messages over more than two weeks - but it is plainly about the child arrangements, so I do not consider the stalking test met. It has had a real effect: she changed her mobile number on 20 May and now only communicates through a contact app. Harassment s.2. OIC to speak to suspect and consider CPS advice; refer to family liaison re court order.""",
    spans=[
        ("STALK_CONTACT", "he calls her a \"useless lying cow\" repeatedly"),
        ("STALK_WATCH", "he filmed her on the doorstep arriving 20 minutes late for handover"),
        ("STALK_CONTACT", "sent her the clip with \"judge will love this\""),
        ("REPETITION", "daily abusive messages over more than two weeks"),
        ("SERIOUS_IMPACT", "she changed her mobile number on 20 May"),
    ],
)

case(
    7, "aggravated_harassment", "CR",
    voice="crime_summary", case="mixed", noise="typos", batch="wd",
    pattern="neighbouring_takeaway_owner_films_customers_parking_racial_abuse", relationship="business", occasions=3,
    text="""\
Victim runs Anatolia Grill at 112 Coventry Rd. Suspect owns the vape shop next door at 114. Long running dispute about the victim's delivery drivers parking on the shared forecourt in front of the vape shop.

On 3 Oct suspect came out and filmed the victims drivers and then the victim himself at the counter, shouting "your lot think you own this street, go back to Turkey". 10 Oct suspect put a sign in his window facing the grill saying "NO IMMIGRANT SCOOTERS". On 17 Oct suspect stood in the doorway of the grill and said to victim in front of customers "filthy foreigners, I'll have the council shut you down".

Victim says it is only ever about the parking and the forecourt, suspect has never followed him or gone near his home. No threats of violance. Victim states he is "sick of it" and embarassed in front of customers. Footage from grill CCTV obtained for 17/10.""",
    spans=[
        ("STALK_WATCH", "filmed the victims drivers and then the victim himself at the counter"),
        ("RACIAL_HOSTILITY", "\"your lot think you own this street, go back to Turkey\""),
        ("RACIAL_HOSTILITY", "\"NO IMMIGRANT SCOOTERS\""),
        ("RACIAL_HOSTILITY", "\"filthy foreigners, I'll have the council shut you down\""),
        ("DISTRESS", "embarassed in front of customers"),
    ],
)

case(
    8, "aggravated_stalking", "CSR",
    voice="mo_field", case="upper", noise="heavy", batch="wd",
    pattern="landlord_lets_self_into_tenant_flat_moves_belongings_religious_abuse_hijab", relationship="landlord", occasions=5,
    text="""\
MO: SUSP IS IP LANDLORD. OVER 6 WKS SUSP HAS LET HIMSELF INTO IP FLAT WHEN SHE IS AT WORK W/O NOTICE X3, NOTHING TAKEN BUT BEDROOM DRAWERS OPENED + HER SCARVES LAID OUT ON BED. SUSP SAT IN VEH OUTSIDE BLOCK 2200-2330 ON 2 NIGHTS (W1 NEIGHBOUR CONFIRMS). TXTS IP LATE AT NIGHT "U LOOK BETTER WITHOUT THAT RAG ON UR HEAD", "TAKE IT OFF FOR ME", "MUSLIM GIRLS R ALL THE SAME". NO RENT ISSUES, IP UP TO DATE. NO THREATS. IP SCARED 2 B IN FLAT, STAYING PUT 4 NOW.""",
    spans=[
        ("STALK_PROPERTY", "LET HIMSELF INTO IP FLAT WHEN SHE IS AT WORK W/O NOTICE X3"),
        ("STALK_PROPERTY", "BEDROOM DRAWERS OPENED + HER SCARVES LAID OUT ON BED"),
        ("STALK_LOITER", "SUSP SAT IN VEH OUTSIDE BLOCK 2200-2330 ON 2 NIGHTS"),
        ("RELIGIOUS_HOSTILITY", "\"U LOOK BETTER WITHOUT THAT RAG ON UR HEAD\""),
        ("FIXATION", "\"TAKE IT OFF FOR ME\""),
        ("RELIGIOUS_HOSTILITY", "\"MUSLIM GIRLS R ALL THE SAME\""),
        ("DISTRESS", "IP SCARED 2 B IN FLAT"),
    ],
)

case(
    9, "aggravated_harassment_fear_of_violence", "CRF",
    voice="call_log", case="lower", noise="typos", batch="wd",
    pattern="hedge_boundary_dispute_racial_abuse_and_two_threats_victim_afraid", relationship="neighbour", occasions=3,
    text="""\
caller mr suresh patel 46 yrs, 19 laburnum ave. ongoing hedge dispute with neighbour at 21 (ray dobbs), dobbs says the leylandii are on his side and wants them cut. caller had them surveyed, they are on callers side.
today 1520 caller trimming hedge, dobbs came to fence and said "you p*** are all the same, take take take, touch my side again and i'll cut your f***ing head off". last sunday (7th) dobbs threw hedge clippings over and said "ill burn you out, you and your curry house family".
caller says he is realy scared for his safety, dobbs has a history of fighting locally and caller believes he'll do something. caller not leaving the house today. advised 999 if dobbs approaches. unit to attend.""",
    spans=[
        ("RACIAL_HOSTILITY", "\"you p*** are all the same, take take take"),
        ("THREAT_VIOLENCE", "touch my side again and i'll cut your f***ing head off\""),
        ("THREAT_VIOLENCE", "\"ill burn you out, you and your curry house family\""),
        ("FEAR_OF_VIOLENCE", "caller says he is realy scared for his safety"),
        ("FEAR_OF_VIOLENCE", "caller believes he'll do something"),
    ],
)

case(
    10, "harassment_fear_of_violence", "CF",
    voice="statement", case="mixed", noise="typos", batch="wd",
    pattern="garage_customer_unhappy_with_repair_threatens_mechanic_twice", relationship="customer", occasions=4,
    text="""\
I am the owner and one of the mechanics at Brookside Motors. On 2nd June we replaced the clutch on a blue Astra for a customer called Lee Harmon. He paid £640. He has since said the clutch is slipping and wants his money back. I offered to inspect it free of charge but he refused.

On 6th June he rang the garage four times in an hour shouting down the phone. On the 9th he came into the workshop, pointed at me and said "you've robbed me and I'm going to smash your face in". My apprentice Kyle heard this. On 12th June he waited by my car when I locked up at 6pm and said "I know what you drive, I'll be waiting one night and you'll get it".

Since then I have been really worried he is going to attack me. I look over my shoulder when I lock up and I've asked Kyle to stay on till I leave. I have no other connection to this man, he is just a customer who thinks we ripped him off.""",
    spans=[
        ("STALK_CONTACT", "he rang the garage four times in an hour shouting down the phone"),
        ("THREAT_VIOLENCE", "\"you've robbed me and I'm going to smash your face in\""),
        ("STALK_LOITER", "he waited by my car when I locked up at 6pm"),
        ("THREAT_VIOLENCE", "\"I know what you drive, I'll be waiting one night and you'll get it\""),
        ("FEAR_OF_VIOLENCE", "I have been really worried he is going to attack me"),
    ],
)

case(
    11, "stalking", "CS",
    voice="victim_diary", case="lower", noise="typos", batch="wd",
    pattern="ex_partner_pleading_messages_and_voicemails_no_threats", relationship="ex_partner", occasions=7,
    text="""\
mon 3rd - told sam its over for good. he cried. said ok.
tue 4th - 23 texts from sam. "please babe i cant do this without you", "ill change i swear", "just one more chance". didnt reply.
wed 5th - 3 voicemails, crying, saying hes not eating.
thurs 6th - card on my car windscreen at work. "youre my whole life, i'll wait as long as it takes". how did he know which car park.
fri 7th - blocked his number. he messaged me on instagram from his mates account same thing, please please come back.
sat 8th - his mum rang asking me to give him another go. said no.
sun 9th - email at 3am, 2 pages, all about us and our future. he's never threatened me and hes not nasty, just won't stop. feel sick every time my phone goes.""",
    spans=[
        ("STALK_CONTACT", "23 texts from sam"),
        ("FIXATION", "\"please babe i cant do this without you\""),
        ("STALK_CONTACT", "3 voicemails, crying"),
        ("STALK_GIFTS", "card on my car windscreen at work"),
        ("FIXATION", "\"youre my whole life, i'll wait as long as it takes\""),
        ("STALK_CONTACT", "he messaged me on instagram from his mates account"),
        ("STALK_CONTACT", "email at 3am, 2 pages, all about us and our future"),
        ("UNWANTED", "just won't stop"),
        ("DISTRESS", "feel sick every time my phone goes"),
    ],
)

case(
    12, "harassment", "C",
    voice="crime_summary", case="mixed", noise="abbrev", batch="wd",
    pattern="customer_disputes_plumbing_invoice_three_abusive_voicemails_in_minutes", relationship="customer", occasions=3,
    text="""\
IP is a sole trader plumber (HT Heating). Fitted a boiler for SUSP on 14/11, invoice £2,180. SUSP disputes £300 of it for "extra pipework". On 21/11 between 1902 and 1911 SUSP left 3 voicemails on IP's work mobile. VM1 calls IP a "thieving little scrote", VM2 says he will "tell everyone on Facebook what a cowboy you are" and VM3 is 40 secs of swearing. Nothing since. IP has played them to OIC. No threats of violence, IP not scared, just "wants him told". SUSP has no interest in IP beyond the bill. Each VM a separate occasion - course of conduct. Harassment crimed, SUSP to be interviewed VA.""",
    spans=[
        ("STALK_CONTACT", "SUSP left 3 voicemails on IP's work mobile"),
        ("REPETITION", "between 1902 and 1911"),
        ("STALK_CONTACT", "calls IP a \"thieving little scrote\""),
        ("STALK_CONTACT", "VM3 is 40 secs of swearing"),
    ],
)

case(
    13, "stalking_fear_alarm_distress", "CSF",
    voice="third_party", case="mixed", noise="clean", batch="wd",
    pattern="salon_customer_refund_pretext_becomes_fixated_on_stylist_follows_home_threats", relationship="customer", occasions=5,
    text="""\
I am the manager of Cut Above on Station Parade and I'm reporting this for my stylist Nadia Briggs, who is too shaken to ring herself.

In January a client, Martin Keel, complained about a colour Nadia did for his wife and we refunded it. That was the end of it as far as we were concerned. But since then he has booked in with Nadia three times under different names, just for a dry cut, and each time he talks to her about her weekends and asks whether she's single. He's been sat in a white Transit in the car park at closing on at least four evenings. Two weeks ago he followed her car home to Lydgate - she saw the van turn into her road behind her.

When she told him on 10 March she didn't want him booking with her any more, he said "you'll regret making an enemy of me, girl". On Friday he rang the salon, asked for her and said "tell her I know where she lives and she'll get hurt". Nadia is terrified he is going to attack her. She's not been sleeping.""",
    spans=[
        ("STALK_TURN_UP", "he has booked in with Nadia three times under different names"),
        ("FIXATION", "asks whether she's single"),
        ("STALK_LOITER", "He's been sat in a white Transit in the car park at closing on at least four evenings"),
        ("STALK_FOLLOW", "he followed her car home to Lydgate"),
        ("THREAT_VIOLENCE", "\"you'll regret making an enemy of me, girl\""),
        ("THREAT_VIOLENCE", "\"tell her I know where she lives and she'll get hurt\""),
        ("FEAR_OF_VIOLENCE", "Nadia is terrified he is going to attack her"),
        ("DISTRESS", "She's not been sleeping"),
    ],
)

case(
    14, "aggravated_harassment", "CR",
    voice="updates", case="mixed", noise="typos", batch="wd",
    pattern="tenant_in_deposit_dispute_sends_landlord_religious_abuse_messages", relationship="landlord", occasions=5,
    text="""\
18/09 1030 - Victim Mr Harjit Sandhu, private landlord. Former tenant (suspect) Craig Fenwick moved out 31/08. Sandhu withheld £450 of deposit for damage, dispute now with the deposit scheme.
18/09 1045 - Victim shown me WhatsApps from suspect from 2/9 to 16/9, five days of messages. All about the deposit but repeatedly abusive about his religion: "give me my money you turban wearing thief", "your gurdwara mates can have a whip round", picture of a pig sent on 11/9 with "this is what I think of your religion". Victim is Sikh.
18/09 1050 - No threats. Suspect has never turned up at his house. Victim is angry and upset but says "it's about money, he wants his £450". 
19/09 0900 - Suspect phoned, admits sending messages, says "he robbed me". VA interview booked 24/9.""",
    spans=[
        ("REPETITION", "from 2/9 to 16/9, five days of messages"),
        ("RELIGIOUS_HOSTILITY", "\"give me my money you turban wearing thief\""),
        ("RELIGIOUS_HOSTILITY", "\"your gurdwara mates can have a whip round\""),
        ("RELIGIOUS_HOSTILITY", "picture of a pig sent on 11/9 with \"this is what I think of your religion\""),
        ("DISTRESS", "Victim is angry and upset"),
    ],
)

case(
    15, "no_offence", "",
    voice="result_note", case="mixed", noise="abbrev", batch="wd",
    pattern="mutual_neighbour_rows_bins_and_noise_both_sides_report", relationship="neighbour", occasions=4,
    text="""\
Result: NFA - no offence. Both households at 31 and 33 Pennine Way have called us about each other 6 times since Christmas (bins left on the shared path, a barking dog, music). On the 3 occasions officers attended both parties were outside shouting at each other and both were swearing. Mrs Kaur (33) says Mr Tulley called her a "nosy cow"; Mr Tulley says she called him a "drunk" and threw his bin bags in his garden. Neither side has been followed, watched or threatened. W2 (no 35) says "they're as bad as each other". ASB team referral for mediation, both agreed. CBW issued to neither at this stage.""",
    spans=[],
)

case(
    16, "aggravated_stalking_fear_alarm_distress", "CSRD",
    voice="supervisor_review", case="mixed", noise="clean", batch="wd",
    pattern="ex_husband_claims_house_sale_pretext_turns_up_new_job_racial_abuse_victim_changes_job", relationship="ex_partner", occasions=6,
    text="""\
Sgt review. Recorded as harassment because the suspect says all his contact is about selling the marital home. I have re-crimed as racially aggravated stalking causing serious alarm or distress (s.4A). No threats disclosed, but see impact below.

The house is genuinely on the market, but the messages are not mainly about it. Out of 60-odd texts since October maybe five mention the sale. The rest ask who she is seeing, tell her she "belongs with him", and when she ignores him he turns nasty about her mixed heritage - "you were nothing before me, just some half-caste off the estate", "go back to your dad's lot". He has turned up at her new workplace twice (a dental practice he had no reason to know about), and he was seen by her colleague parked outside at lunchtime on 2 Dec. He also commented on a photo of her at a friend's party that she had only posted to close friends.

Impact is concrete: she has left the dental practice job and taken a lower paid one in another town, and she has stopped going to the gym they both used. This is an ex-partner who will not accept the relationship is over, not a house dispute.""",
    spans=[
        ("STALK_CONTACT", "Out of 60-odd texts since October"),
        ("FIXATION", "ask who she is seeing"),
        ("FIXATION", "tell her she \"belongs with him\""),
        ("RACIAL_HOSTILITY", "\"you were nothing before me, just some half-caste off the estate\""),
        ("RACIAL_HOSTILITY", "\"go back to your dad's lot\""),
        ("STALK_TURN_UP", "He has turned up at her new workplace twice"),
        ("STALK_LOITER", "parked outside at lunchtime on 2 Dec"),
        ("STALK_MONITOR", "commented on a photo of her at a friend's party that she had only posted to close friends"),
        ("SERIOUS_IMPACT", "she has left the dental practice job and taken a lower paid one in another town"),
        ("SERIOUS_IMPACT", "she has stopped going to the gym they both used"),
    ],
)

case(
    17, "aggravated_harassment_fear_of_violence", "CRFD",
    voice="third_party", case="mixed", noise="typos", batch="wd",
    pattern="terraced_street_parking_row_racial_abuse_polish_neighbour_knife_threats", relationship="neighbour", occasions=3,
    text="""\
Im ringing about my neighbour Agnieszka at number 40, she doesnt have much english so i said id report it. The man at 44 (Terry something) has a thing about people parking outside his house even tho its a public road.

Last Tuesday he came out when she parked and shouted "you polish scum, take your car back to Poland". I heard it from my front room. Then on Saturday he came out again with a kitchen knife in his hand and said "park there again and I'll stick this in you". And yesterday he shouted across "you're dead if I see that car again".

Agnieszka is petrified, she came round crying saying she thinks hes going to stab her. Shes been parking round the corner on Vale St since Saturday. He doesnt bother her about anything else, its just the parking space.""",
    spans=[
        ("RACIAL_HOSTILITY", "\"you polish scum, take your car back to Poland\""),
        ("THREAT_VIOLENCE", "came out again with a kitchen knife in his hand and said \"park there again and I'll stick this in you\""),
        ("THREAT_VIOLENCE", "\"you're dead if I see that car again\""),
        ("FEAR_OF_VIOLENCE", "she thinks hes going to stab her"),
        ("DISTRESS", "Agnieszka is petrified"),
        ("SERIOUS_IMPACT", "Shes been parking round the corner on Vale St since Saturday"),
    ],
)

case(
    18, "aggravated_stalking", "CSR",
    voice="call_log", case="upper", noise="abbrev", batch="wd",
    pattern="shop_customer_complaints_pretext_fixated_on_assistant_waits_follows_racial_abuse", relationship="customer", occasions=6,
    text="""\
CAD 0876 1912HRS. IP MS TEMI ADEYEMI 22, WORKS TILLS AT PRICEWISE, HIGH ST. SUSP REGULAR CUSTOMER, WHITE MALE 40S KNOWN AS "GRAHAM". STARTED WITH SUSP COMPLAINING TO MGR THAT IP WAS RUDE TO HIM (MGR SAYS IT WASNT). SINCE THEN SUSP HAS MADE 5 MORE COMPLAINTS ABOUT HER BY EMAIL TO HEAD OFFICE, ALL NAMING HER. SUSP COMES IN DAILY AND ONLY QUEUES AT HER TILL, ASKS WHAT TIME SHE FINISHES. WAITED OUTSIDE STAFF DOOR AT 2200 ON 3 OCCASIONS LAST WK AND WALKED BEHIND HER TO BUS STATION. WHEN IP TOLD HIM TO LEAVE HER ALONE SUSP SAID "YOU SHOULD BE GRATEFUL A WHITE MAN LOOKS AT YOU, YOU BLACK B****". NO THREATS. IP ANXIOUS, MGR NOW WALKS HER TO BUS. CCTV AVAIL. RV TOMORROW 1000.""",
    spans=[
        ("STALK_ORDERS", "SUSP HAS MADE 5 MORE COMPLAINTS ABOUT HER BY EMAIL TO HEAD OFFICE, ALL NAMING HER"),
        ("STALK_TURN_UP", "SUSP COMES IN DAILY AND ONLY QUEUES AT HER TILL"),
        ("FIXATION", "ASKS WHAT TIME SHE FINISHES"),
        ("STALK_LOITER", "WAITED OUTSIDE STAFF DOOR AT 2200 ON 3 OCCASIONS LAST WK"),
        ("STALK_FOLLOW", "WALKED BEHIND HER TO BUS STATION"),
        ("RACIAL_HOSTILITY", "\"YOU SHOULD BE GRATEFUL A WHITE MAN LOOKS AT YOU, YOU BLACK B****\""),
        ("DISTRESS", "IP ANXIOUS"),
    ],
)

case(
    19, "harassment_fear_of_violence", "CF",
    voice="judgment", case="mixed", noise="clean", batch="wd",
    pattern="former_business_partner_debt_threats_over_three_weeks_sentencing", relationship="business", occasions=4,
    text="""\
Mr Okafor, you and Mr Dunleavy ran a small decorating business together until last summer. When it was wound up you believed he owed you about £7,000. Whether he did is not for this court. What matters is how you went about getting it.

Over three weeks in September you sent him messages and left voicemails. On 4 September you told him "pay up or you'll be eating through a straw". On 11 September you said in a voicemail that you would "break both his arms" if the money was not in your account by Friday. On 19 September you turned up at his yard and repeated the threat in front of his son. Every one of those contacts was about the money; you never pretended otherwise.

Mr Dunleavy's statement makes plain that he believed you would use violence on him. He told the officer he kept a bat by his front door. You have pleaded guilty to putting a person in fear of violence by harassment, and you are entitled to credit for that plea.""",
    spans=[
        ("REPETITION", "Over three weeks in September"),
        ("THREAT_VIOLENCE", "\"pay up or you'll be eating through a straw\""),
        ("THREAT_VIOLENCE", "you would \"break both his arms\" if the money was not in your account by Friday"),
        ("STALK_TURN_UP", "you turned up at his yard"),
        ("REPETITION", "repeated the threat in front of his son"),
        ("FEAR_OF_VIOLENCE", "he believed you would use violence on him"),
    ],
)

case(
    20, "stalking", "CS",
    voice="notebook", case="lower", noise="abbrev", batch="wd",
    pattern="allotment_boundary_pretext_follows_home_watches_posts_about_private_life_one_threat", relationship="acquaintance", occasions=5,
    text="""\
spoke to ip mrs helen crabtree @ home 1415. ip has plot 14 at ashby rd allotments, susp (derek moss) has plot 15. row in may over where the path between the plots runs. committee sorted it in ip's favour.
since then: susp followed ip home on his bike from the allotments twice (18/6, 25/6). seen by ip's husband stood at end of their drive on 29/6 looking at the house for 10 mins. susp has posted 3x on the allotment fb group about ip - her divorce, her son being in prison, her weight. nothing in the posts about the path.
1/7 at plots susp said to ip "you want to watch yourself, you'll get what's coming". only threat. ip says "he's a sad little man", not scared of him, but upset about the fb posts + wants him dealt with. no change to routine, still going to plot. screenshots obtained.""",
    spans=[
        ("STALK_FOLLOW", "susp followed ip home on his bike from the allotments twice"),
        ("STALK_WATCH", "stood at end of their drive on 29/6 looking at the house for 10 mins"),
        ("STALK_PUBLISH", "susp has posted 3x on the allotment fb group about ip"),
        ("FIXATION", "her divorce, her son being in prison, her weight"),
        ("THREAT_VIOLENCE", "\"you want to watch yourself, you'll get what's coming\""),
        ("DISTRESS", "upset about the fb posts"),
    ],
)

case(
    21, "stalking_fear_alarm_distress", "CSD",
    voice="vps", case="mixed", noise="clean", batch="wd",
    pattern="parking_pretext_neighbour_logs_and_photographs_victim_daily_gifts_victim_installs_cctv_changes_route", relationship="neighbour", occasions=8,
    text="""\
I want the court to understand how this has changed my life. It started as an argument about me parking in front of Mr Healey's house in September. I stopped parking there straight away.

After that I noticed him photographing me nearly every morning when I left for work. When the police searched his house they found a notebook with my times in it - when I left, when I got back, who visited me, what I was wearing. He left a box of chocolates on my doorstep on my birthday, which I had never told him about, and a bunch of flowers a week later with no note. He has never threatened me.

Because of all this I had a CCTV camera and a video doorbell fitted, which cost me £380. I now park two streets away and walk round the back so he can't see me leave, and I take a different route to work every day. I no longer use my front garden at all. Most days I feel trapped in the house.""",
    spans=[
        ("STALK_WATCH", "him photographing me nearly every morning when I left for work"),
        ("STALK_MONITOR", "a notebook with my times in it - when I left, when I got back, who visited me, what I was wearing"),
        ("STALK_GIFTS", "He left a box of chocolates on my doorstep on my birthday"),
        ("STALK_GIFTS", "a bunch of flowers a week later with no note"),
        ("SERIOUS_IMPACT", "I had a CCTV camera and a video doorbell fitted"),
        ("SERIOUS_IMPACT", "I now park two streets away and walk round the back so he can't see me leave"),
        ("SERIOUS_IMPACT", "I take a different route to work every day"),
        ("SERIOUS_IMPACT", "I no longer use my front garden at all"),
        ("DISTRESS", "Most days I feel trapped in the house"),
    ],
)

case(
    22, "harassment", "C",
    voice="call_log", case="mixed", noise="redacted", batch="wd",
    pattern="landlord_arrears_abusive_texts_unannounced_visits_threat_to_victims_son_not_to_her", relationship="landlord", occasions=5,
    text="""\
Caller [NAME 1], tenant at [ADDRESS 1]. Landlord [NAME 2] says she is 2 months behind on rent (caller disputes, says she paid cash). Since 1st of month landlord has come to the flat unannounced 3 times and banged on the door shouting for his money, and sent texts calling her a "scrounger" and a "lying sl*g". Caller is of Somali heritage - she does not say any of the messages mention this and none seen do. On Tues landlord texted "your lad will get a slap if I see him, he's been damaging my property". Caller says she isn't frightened for herself at all, "he's all mouth", but is worried for her son (16). She has not changed anything. Advised re Housing Options and to keep texts. Landlord not known to us. Log to NHT for call-back.""",
    spans=[
        ("STALK_TURN_UP", "landlord has come to the flat unannounced 3 times"),
        ("UNWANTED", "banged on the door shouting for his money"),
        ("STALK_CONTACT", "sent texts calling her a \"scrounger\" and a \"lying sl*g\""),
        ("DISTRESS", "is worried for her son (16)"),
    ],
)

case(
    23, "aggravated_stalking_fear_alarm_distress", "CSRF",
    voice="statement", case="mixed", noise="typos", batch="wd",
    pattern="neighbour_cooking_smell_complaint_pretext_watches_kitchen_follows_to_mosque_threats", relationship="neighbour", occasions=6,
    text="""\
My name is Rukhsana Begum. I live at 3 Orchard Mews with my two children. My neighbour Kevin Lord at no 5 first came round in the spring to complain that the smell of my cooking was coming into his garden. I said sorry and started shutting the kitchen window when I cook.

It did not stop there. I often see him standing on his patio looking straight into my kitchen window, sometimes for half an hour. He does this when I am alone in the evenings, not when my brother is here. In July and again in August he followed me on foot to the mosque on Friday and stood on the other side of the road until I came out. He said to me once outside "all you lot do is breed and pray".

On 2nd September he said over the fence "I'll slit your throat one night, nobody would miss a Muslim". On 9th Septmber he put his hand through the gap in the fence as I was hanging washing and said "remember, one night". I am very frightened he is going to kill me. I lock every door and I don't go into the garden after dark.""",
    spans=[
        ("STALK_WATCH", "standing on his patio looking straight into my kitchen window, sometimes for half an hour"),
        ("FIXATION", "He does this when I am alone in the evenings"),
        ("STALK_FOLLOW", "he followed me on foot to the mosque on Friday"),
        ("STALK_LOITER", "stood on the other side of the road until I came out"),
        ("RELIGIOUS_HOSTILITY", "\"all you lot do is breed and pray\""),
        ("THREAT_VIOLENCE", "\"I'll slit your throat one night, nobody would miss a Muslim\""),
        ("THREAT_VIOLENCE", "\"remember, one night\""),
        ("FEAR_OF_VIOLENCE", "I am very frightened he is going to kill me"),
    ],
)

case(
    24, "aggravated_harassment", "CR",
    voice="crime_summary", case="upper", noise="clean", batch="wd",
    pattern="taxi_customer_refund_dispute_repeated_calls_racial_abuse_to_controller", relationship="customer", occasions=5,
    text="""\
THE VICTIM, MR IMRAN SHAFIQ, IS A CONTROLLER AT STAR CARS. ON 14 FEBRUARY THE SUSPECT, A CUSTOMER, WAS CHARGED A £20 SOILING FEE AFTER BEING SICK IN A CAR. OVER THE FOLLOWING NINE DAYS THE SUSPECT RANG THE OFFICE LINE FIVE TIMES ASKING FOR MR SHAFIQ BY NAME AND DEMANDING THE £20 BACK. ON EACH CALL HE USED RACIAL ABUSE, INCLUDING "PUT ME THROUGH TO AN ENGLISHMAN NOT A P***" AND "YOU PEOPLE ROB EVERYONE". CALLS ARE RECORDED AND HAVE BEEN DOWNLOADED. THE SUSPECT HAS NOT ATTENDED THE OFFICE AND HAS MADE NO THREATS. HIS ONLY INTEREST IS THE REFUND. MR SHAFIQ IS UPSET BY THE LANGUAGE BUT HAS CARRIED ON WORKING AS NORMAL.""",
    spans=[
        ("STALK_CONTACT", "RANG THE OFFICE LINE FIVE TIMES ASKING FOR MR SHAFIQ BY NAME"),
        ("REPETITION", "OVER THE FOLLOWING NINE DAYS"),
        ("RACIAL_HOSTILITY", "\"PUT ME THROUGH TO AN ENGLISHMAN NOT A P***\""),
        ("RACIAL_HOSTILITY", "\"YOU PEOPLE ROB EVERYONE\""),
        ("DISTRESS", "MR SHAFIQ IS UPSET BY THE LANGUAGE"),
    ],
)

case(
    25, "aggravated_stalking", "CSR",
    voice="dash_note", case="mixed", noise="abbrev", batch="wd",
    pattern="ex_partner_rejected_racial_abuse_turns_up_monitors_social_media", relationship="ex_partner", occasions=5,
    text="""\
DASH completed with IP Chantelle WRIGHT - MEDIUM (9 ticks). IP ended 8 month rel with SUSP Ryan HOLT in Aug. Since then SUSP has turned up at her flat 4 times asking to "sort things out", latest 14/10 at 2300. Told her he knows she's been at the Rose & Crown on Fri nights (IP has never told him) and quoted her Instagram stories back to her though she has blocked him - ? second acct. When she refused to get back with him on 14/10 he called her a "n***** b****" and said "no one else will want you anyway". Racist comments ONLY since split, never during rel per IP. No threats to harm, no violence, IP not frightened of him physically. IP continuing as normal, has told her landlord. Q on jealousy/controlling ticked. Refer IDVA (declined).""",
    spans=[
        ("STALK_TURN_UP", "SUSP has turned up at her flat 4 times"),
        ("FIXATION", "asking to \"sort things out\""),
        ("STALK_MONITOR", "he knows she's been at the Rose & Crown on Fri nights"),
        ("STALK_MONITOR", "quoted her Instagram stories back to her though she has blocked him"),
        ("RACIAL_HOSTILITY", "called her a \"n***** b****\""),
        ("FIXATION", "\"no one else will want you anyway\""),
    ],
)

case(
    26, "aggravated_harassment_fear_of_violence", "CRFD",
    voice="vps", case="mixed", noise="clean", batch="wd",
    pattern="noise_complaint_neighbour_racial_abuse_threatens_to_burn_out_twice", relationship="neighbour", occasions=3,
    text="""\
I made one complaint to the council about the music from next door. The council wrote to them. After that the man next door, Paul, started shouting at me every time he saw me. In November he shouted "you black c***, grassing to the council, I'll burn your house down with you in it". Two weeks later he shouted the same thing about burning me out when I was putting my bins out, and said "I know which room you sleep in".

I honestly believe he will set fire to my house. I am frightened every night. I have bought a fire extinguisher and I sleep with my shoes next to the bed. My daughter wants me to move in with her but I have lived here 31 years.""",
    spans=[
        ("RACIAL_HOSTILITY", "\"you black c***, grassing to the council"),
        ("THREAT_VIOLENCE", "I'll burn your house down with you in it\""),
        ("REPETITION", "Two weeks later he shouted the same thing about burning me out"),
        ("THREAT_VIOLENCE", "\"I know which room you sleep in\""),
        ("FEAR_OF_VIOLENCE", "I honestly believe he will set fire to my house"),
        ("FEAR_OF_VIOLENCE", "I am frightened every night"),
        ("SERIOUS_IMPACT", "I have bought a fire extinguisher"),
        ("SERIOUS_IMPACT", "I sleep with my shoes next to the bed"),
    ],
)

case(
    27, "no_offence", "",
    voice="result_note", case="mixed", noise="abbrev", batch="wd",
    pattern="letting_agent_arrears_letters_and_notified_inspections_lawful_purpose", relationship="landlord", occasions=4,
    text="""\
Reported as harassment by tenant Mr J Boland re Keystone Lettings. Reviewed: agent sent 3 letters (5/1, 19/1, 2/2) re arrears of £1,340, all polite and in standard form, and gave 24 hrs written notice before a property inspection on 9/2 which took 20 mins with Mr Boland present. No abusive language, no unannounced visits, no contact outside office hours. This is a landlord pursuing rent lawfully. Mr Boland is stressed and says the letters "make him feel sick" - signposted to Citizens Advice and StepChange. No offence disclosed. NFA, IP informed by phone.""",
    spans=[
        ("DISTRESS", "the letters \"make him feel sick\""),
    ],
)

case(
    28, "stalking", "CS",
    voice="updates", case="mixed", noise="abbrev", batch="wd",
    pattern="ex_partner_breaches_restraining_order_by_turning_up_twice_leaves_letter", relationship="ex_partner", occasions=3,
    text="""\
21/07 0810 Call from IP Louise Gant. Ex-partner Andrew Fry is subject of RO (Crown Ct, March) - not to contact her or go to Aspen Road. IP states Fry was on the pavement outside her house 1930 last night looking up at the windows. He left when she opened the curtain.
21/07 0830 IP also found a letter in her porch this morning in his handwriting, 3 pages about how he "still loves her" and "the court can't stop what we have". No threats in it.
23/07 1600 Fry at her front gate again at 1545, rang the bell twice. IP didn't answer, called 999. Fry arrested on Aspen Rd for breach of RO. IP is fed up rather than scared, says "he just can't let go". Routine unchanged.""",
    spans=[
        ("STALK_LOITER", "Fry was on the pavement outside her house 1930 last night looking up at the windows"),
        ("STALK_CONTACT", "found a letter in her porch this morning in his handwriting"),
        ("FIXATION", "\"still loves her\""),
        ("FIXATION", "\"the court can't stop what we have\""),
        ("STALK_TURN_UP", "Fry at her front gate again at 1545, rang the bell twice"),
        ("FIXATION", "\"he just can't let go\""),
    ],
)

case(
    29, "harassment_fear_of_violence", "CF",
    voice="notebook", case="upper", noise="abbrev", batch="wd",
    pattern="right_of_way_dispute_farmer_blocks_lane_photographs_shotgun_threats", relationship="neighbour", occasions=4,
    text="""\
1040 ATT HOLLY BARN COTTAGE, IP MR + MRS ELLIS. DISPUTE WITH FARMER (SUSP G. HARTLEY) RE ACCESS TRACK - ELLIS HAVE DEEDED RIGHT OF WAY, HARTLEY SAYS NOT FOR VEHICLES. HARTLEY HAS PARKED TRACTOR ACROSS TRACK X3 THIS MONTH + STANDS AT GATE PHOTOGRAPHING MR ELLIS'S CAR EACH TIME HE DRIVES THROUGH. 6/4 HARTLEY TOLD MR ELLIS "DRIVE DOWN HERE AGAIN AND I'LL FETCH THE 12-BORE TO YOU". 15/4 SAID IT AGAIN AT GATE, "I WASN'T JOKING ABOUT THE GUN". MR ELLIS STATES HE IS "GENUINELY AFRAID HE'LL SHOOT ME". HARTLEY HOLDS SGC - FIREARMS LICENSING INFORMED. NO OTHER CONTACT BETWEEN PARTIES, ALL ABOUT TRACK.""",
    spans=[
        ("UNWANTED", "HARTLEY HAS PARKED TRACTOR ACROSS TRACK X3 THIS MONTH"),
        ("STALK_WATCH", "STANDS AT GATE PHOTOGRAPHING MR ELLIS'S CAR EACH TIME HE DRIVES THROUGH"),
        ("THREAT_VIOLENCE", "\"DRIVE DOWN HERE AGAIN AND I'LL FETCH THE 12-BORE TO YOU\""),
        ("REPETITION", "15/4 SAID IT AGAIN AT GATE"),
        ("THREAT_VIOLENCE", "\"I WASN'T JOKING ABOUT THE GUN\""),
        ("FEAR_OF_VIOLENCE", "\"GENUINELY AFRAID HE'LL SHOOT ME\""),
    ],
)

case(
    30, "aggravated_stalking_fear_alarm_distress", "CSRD",
    voice="crime_summary", case="mixed", noise="redacted", batch="wd",
    pattern="ex_partner_uses_brother_and_friends_to_watch_and_photograph_victim_racial_abuse_victim_moves", relationship="ex_partner", occasions=7,
    text="""\
Victim [NAME 1] (Polish national) separated from suspect [NAME 2] in June. Suspect has a bail condition not to contact her, so since July the contact has come through others. Suspect's brother [NAME 3] has driven slowly past her address at least six times and was seen photographing her front door. Two of suspect's friends approached her in Tesco on 4 August and said "[NAME 2] says you're coming back to him, Polish sl*gs don't get to walk away". A message from an unknown number on 11 August read "he's watching, he knows about your new fella, dirty immigrant". On 20 August [NAME 3] sat outside her work in his car for two hours.

The suspect denies asking anyone to do anything, but the brother's phone shows photographs of the victim sent to the suspect on four dates.

The victim has moved out of [ADDRESS 1] into temporary accommodation in another district and has asked her employer for a transfer, which has been granted. She says she cannot live anywhere he or his family know about.""",
    spans=[
        ("STALK_WATCH", "has driven slowly past her address at least six times"),
        ("STALK_WATCH", "was seen photographing her front door"),
        ("FIXATION", "\"[NAME 2] says you're coming back to him"),
        ("RACIAL_HOSTILITY", "Polish sl*gs don't get to walk away\""),
        ("STALK_MONITOR", "\"he's watching, he knows about your new fella"),
        ("RACIAL_HOSTILITY", "dirty immigrant\""),
        ("STALK_LOITER", "sat outside her work in his car for two hours"),
        ("STALK_MONITOR", "photographs of the victim sent to the suspect on four dates"),
        ("SERIOUS_IMPACT", "The victim has moved out of [ADDRESS 1] into temporary accommodation in another district"),
        ("SERIOUS_IMPACT", "has asked her employer for a transfer, which has been granted"),
    ],
)

case(
    31, "aggravated_harassment", "CR",
    voice="call_log", case="lower", noise="heavy", batch="wd",
    pattern="ex_husband_messages_about_house_equity_racial_abuse_plainly_about_money", relationship="ex_partner", occasions=6,
    text="""\
ip mrs li na cartwright. divorced from susp (paul cartwright) 2yrs, decree absolute. marital home in joint names, he wants her to buy him out 4 £60k, she says £45k. since 1/5 susp sent 6 emails + txts re house, each 1 calling her "chinky gold digger", "go back 2 china + take ur dodgy money", "ur ppl r all the same, thieves". ip says he has no interest in her otherwise, happy with his new partner, never turns up, just wants the £. no thrts. ip upset, "hes always been racist when hes angry". solicitors involved. advised. crime raised, oic tba.""",
    spans=[
        ("STALK_CONTACT", "susp sent 6 emails + txts re house"),
        ("RACIAL_HOSTILITY", "\"chinky gold digger\""),
        ("RACIAL_HOSTILITY", "\"go back 2 china + take ur dodgy money\""),
        ("RACIAL_HOSTILITY", "\"ur ppl r all the same, thieves\""),
        ("DISTRESS", "ip upset"),
    ],
)

case(
    32, "stalking_fear_alarm_distress", "CSFD",
    voice="statement", case="mixed", noise="clean", batch="wd",
    pattern="landlord_fixated_on_tenant_weekly_inspections_late_messages_threats_when_she_gives_notice", relationship="landlord", occasions=6,
    text="""\
I have rented the top floor flat at 18 Elm Street from Mr Victor Sale since last October. There have never been any problems with the rent.

From January he started coming round every Sunday saying he needed to "inspect" the boiler. He never looked at the boiler. He would sit on my sofa and ask about my ex and whether I was seeing anyone. Twice I came home and found he had been in - my bedroom door was open and my bedside lamp was on. He messages me late at night, things like "thinking about you" and "you looked tired today" when I hadn't seen him that day.

On 4th March I told him I was giving notice. He said "you're not going anywhere, I'll find you wherever you go and you'll get hurt". On 11th March he texted "I meant what I said. You leave, you'll regret it". I am scared he will hurt me when I move out. I have a friend staying with me every night now.""",
    spans=[
        ("STALK_TURN_UP", "he started coming round every Sunday saying he needed to \"inspect\" the boiler"),
        ("FIXATION", "ask about my ex and whether I was seeing anyone"),
        ("STALK_PROPERTY", "Twice I came home and found he had been in"),
        ("STALK_CONTACT", "He messages me late at night"),
        ("STALK_MONITOR", "\"you looked tired today\" when I hadn't seen him that day"),
        ("THREAT_VIOLENCE", "\"you're not going anywhere, I'll find you wherever you go and you'll get hurt\""),
        ("THREAT_VIOLENCE", "\"I meant what I said. You leave, you'll regret it\""),
        ("FEAR_OF_VIOLENCE", "I am scared he will hurt me when I move out"),
        ("SERIOUS_IMPACT", "I have a friend staying with me every night now"),
    ],
)

case(
    33, "aggravated_harassment_fear_of_violence", "CRF",
    voice="crime_summary", case="inconsistent", noise="typos", batch="wd",
    pattern="car_wash_owner_v_cafe_owner_parking_racial_abuse_two_threats", relationship="business", occasions=3,
    text="""\
Victim Mr Aziz OMAR runs the Corner Cup cafe on Dock St. Suspect Lee BARRAT runs the hand car wash on the adjoining lot. Dispute is about the cafe customers parking in the car wash entrance.

On 02/08 Barrat came into the cafe and shouted at the victim "get your Arab customers off my lot or I'll smash your head in". On 05/08 he waited by the cafe bins as victim took rubbish out and said "last warning, ali baba, next time you're getting stabbed". Victim reports barrat also kicked a customers car on 05/08 (separate crime ref).

VICTIM STATES HE IS FRIGHTENED THAT BARRAT WILL ATTACK HIM, HE HAS SEEN HIM FIGHTING WITH HIS OWN STAFF. He has put up a sign asking customers not to park in the entrance. Barrat has no dealings with the victim apart from the parking.""",
    spans=[
        ("RACIAL_HOSTILITY", "\"get your Arab customers off my lot"),
        ("THREAT_VIOLENCE", "or I'll smash your head in\""),
        ("STALK_LOITER", "he waited by the cafe bins as victim took rubbish out"),
        ("RACIAL_HOSTILITY", "ali baba"),
        ("THREAT_VIOLENCE", "next time you're getting stabbed\""),
        ("FEAR_OF_VIOLENCE", "VICTIM STATES HE IS FRIGHTENED THAT BARRAT WILL ATTACK HIM"),
    ],
)

case(
    34, "aggravated_stalking_fear_alarm_distress", "CSRF",
    voice="updates", case="mixed", noise="typos", batch="wd",
    pattern="car_buyer_complaint_pretext_fixated_on_saleswoman_reviews_about_her_follows_home_religious_abuse_threats", relationship="customer", occasions=7,
    text="""\
Update 1: IP is Miriam Cohen, sales exec at Lyndhurst Motors. SUSP bought a used Golf from her in May, complained about a warning light, dealership repaired it free. SUSP then posted 9 Google reviews over 3 weeks, all about IP personally, not the car - "the Jewish girl with the fake smile", "she'd sell her own mother, typical of her people", one mentioning what perfume she wears.
Update 2: SUSP has attended the showroom 4 times asking only for IP, never about the car. On 2/7 he was in the car park when she finished and followed her out in his car as far as her road in Bramhall.
Update 3: 9/7 SUSP emailed IP's work address "I know where you live now. Jews like you need teaching a lesson and I'll do it personally". 12/7 note on IP's car on her drive "lesson coming soon". IP very frightened he will hurt her, says she beleives he means it. Showroom has banned SUSP. Harassment warning not appropriate - arrest.""",
    spans=[
        ("STALK_PUBLISH", "SUSP then posted 9 Google reviews over 3 weeks, all about IP personally"),
        ("RELIGIOUS_HOSTILITY", "\"the Jewish girl with the fake smile\""),
        ("RELIGIOUS_HOSTILITY", "\"she'd sell her own mother, typical of her people\""),
        ("FIXATION", "one mentioning what perfume she wears"),
        ("STALK_TURN_UP", "SUSP has attended the showroom 4 times asking only for IP"),
        ("STALK_FOLLOW", "followed her out in his car as far as her road in Bramhall"),
        ("THREAT_VIOLENCE", "\"I know where you live now. Jews like you need teaching a lesson and I'll do it personally\""),
        ("THREAT_VIOLENCE", "note on IP's car on her drive \"lesson coming soon\""),
        ("FEAR_OF_VIOLENCE", "IP very frightened he will hurt her"),
    ],
)

case(
    35, "harassment", "C",
    voice="notebook", case="mixed", noise="abbrev", batch="wd",
    pattern="neighbour_parking_space_notes_and_two_threats_victim_not_afraid", relationship="neighbour", occasions=5,
    text="""\
Spoke to IP Mr Frank Doyle (74) re neighbour Mr Gerry Lamb (71). Both live in bungalows on Willow Ct, one unallocated bay between them. Lamb says the bay is "his". Since Easter Lamb has left 5 notes on IP's car telling him to move it, some rude ("selfish old git"). Twice Lamb has come out and said "move it or I'll knock your block off" - 20/4 and 2/5. IP laughed when telling me, "he couldn't knock the skin off a rice pudding, I'm not frightened of Gerry". Lamb has never touched the car or followed IP anywhere. IP "just wants a word had". Words advice given to Lamb 1530, he was apologetic. IP content, no further.""",
    spans=[
        ("STALK_CONTACT", "Lamb has left 5 notes on IP's car telling him to move it"),
        ("STALK_CONTACT", "(\"selfish old git\")"),
        ("THREAT_VIOLENCE", "\"move it or I'll knock your block off\""),
        ("REPETITION", "Twice Lamb has come out"),
        ("REPETITION", "20/4 and 2/5"),
    ],
)

case(
    36, "aggravated_stalking", "CSR",
    voice="crime_summary", case="mixed", noise="clean", batch="wd",
    pattern="neighbour_noise_complaint_pretext_logs_jewish_victims_visitors_posts_antisemitic_orders_taxis", relationship="neighbour", occasions=6,
    text="""\
The victim, Daniel Abrahams, lives in the ground floor flat at 9 Salisbury Road. The suspect, Neil Parry, lives in the flat above. Parry has made complaints to the managing agent about noise from the victim's flat, which the agent investigated and found nothing.

Since August Parry has photographed people arriving at the victim's door, including his elderly parents and his rabbi, and has posted the photographs on the residents' WhatsApp group with comments such as "more of them coming to the synagogue in number 9" and "the Jews are taking over the building". He keeps a list, which he posted, of the times the victim's lights go off. On three occasions in September taxis arrived at the victim's address at 3am which the victim had not ordered; the firm says the bookings came from Parry's phone number.

No threats. The victim is distressed and embarrassed in front of his neighbours but has not changed how he lives.""",
    spans=[
        ("STALK_WATCH", "Parry has photographed people arriving at the victim's door"),
        ("STALK_PUBLISH", "has posted the photographs on the residents' WhatsApp group"),
        ("RELIGIOUS_HOSTILITY", "\"more of them coming to the synagogue in number 9\""),
        ("RELIGIOUS_HOSTILITY", "\"the Jews are taking over the building\""),
        ("STALK_MONITOR", "He keeps a list, which he posted, of the times the victim's lights go off"),
        ("STALK_ORDERS", "taxis arrived at the victim's address at 3am which the victim had not ordered"),
        ("DISTRESS", "The victim is distressed and embarrassed in front of his neighbours"),
    ],
)

case(
    37, "stalking", "CS",
    voice="victim_diary", case="mixed", noise="typos", batch="wd",
    pattern="hedge_dispute_pretext_neighbour_fixated_on_gay_man_watches_follows_posts_homophobic", relationship="neighbour", occasions=6,
    text="""\
Tues 4 June - Mr Pike next door came round AGAIN about the hedge. Said it blocks his light. Told him I'd get it cut.
Sat 8 June - had it cut back by a gardener. Pike stood at his gate the whole time watching ME, not the hedge. Asked the gardener if "he lives alone or has he got a boyfriend".
Mon 10 June - Pike on his drive when I left for work 0720 and when I came home 1750. Just standing there.
Thurs 13 June - saw him in Morrisons car park when I did my shop. Dont think that's a coincidence, he doesn't drive and it's 2 miles.
Sun 16 June - Jamie showed me a post on the Nextdoor app from Pike with my first name saying "queers like him bring the street down, watch your kids". Sick.
Mon 17 June - Pike at his window when Jamie left at 11pm. Wrote down Jamie's reg, I saw him do it.
Not sure if any of this is a crime but it's not about the hedge anymore.""",
    spans=[
        ("STALK_WATCH", "Pike stood at his gate the whole time watching ME, not the hedge"),
        ("FIXATION", "\"he lives alone or has he got a boyfriend\""),
        ("STALK_LOITER", "Pike on his drive when I left for work 0720 and when I came home 1750"),
        ("STALK_FOLLOW", "saw him in Morrisons car park when I did my shop"),
        ("STALK_PUBLISH", "a post on the Nextdoor app from Pike with my first name"),
        ("STALK_MONITOR", "Wrote down Jamie's reg"),
        ("DISTRESS", "Sick."),
    ],
)

case(
    38, "harassment_fear_of_violence", "CF",
    voice="call_log", case="mixed", noise="typos", batch="wd",
    pattern="builder_chasing_withheld_payment_turns_up_and_phones_threatens_customer_twice", relationship="customer", occasions=4,
    text="""\
1710 caller Mrs Sandra Whitlock, 58. Had an extension built by local builder Craig Venn (Venn Build). She's withheld the last £3,500 because the roof leaks. Venn says the roof is fine and wants paying.
Last Fri Venn turned up at her door and said "pay me what you owe or I'll break your legs, I'm not joking". Mon he rang her 6 times, didnt answer. Today 1640 he was back on the doorstep, shouting through the letterbox "you'll end up in a wheelchair you thieving cow". Left in his pickup.
Caller v frightened, crying on the phone, says she genuinly thinks he'll hurt her. Lives alone. He has never had any other interest in her, its the money. Advised small claims re payment dispute. Unit requested, grade 2.""",
    spans=[
        ("STALK_TURN_UP", "Venn turned up at her door"),
        ("THREAT_VIOLENCE", "\"pay me what you owe or I'll break your legs, I'm not joking\""),
        ("STALK_CONTACT", "Mon he rang her 6 times"),
        ("STALK_TURN_UP", "he was back on the doorstep"),
        ("THREAT_VIOLENCE", "\"you'll end up in a wheelchair you thieving cow\""),
        ("FEAR_OF_VIOLENCE", "says she genuinly thinks he'll hurt her"),
        ("DISTRESS", "crying on the phone"),
    ],
)

case(
    39, "aggravated_stalking_fear_alarm_distress", "CSRFD",
    voice="dash_note", case="mixed", noise="abbrev", batch="wd",
    pattern="ex_partner_child_arrangements_pretext_tracks_via_childs_tablet_gym_racial_abuse_threats_victim_moves", relationship="ex_partner", occasions=7,
    text="""\
DASH - HIGH (16). IP Sabina HUSSAIN, SUSP Liam CROFT, ex-partners, 1 child (4). Sep since Jan. SUSP says all his contact is about child arrangements, but family court order already fixes alt weekends and he hasn't collected the child since March.
- He put a location app on the child's tablet and knew IP was at her friend's in Bury on 12/4 - turned up there.
- Turned up at IP's gym 3x in April, stood at the window by the treadmills.
- Texts: "you'll always be mine", "no p*** is raising my son without me".
- 28/4 in the gym car park: "if I can't have you nobody will, I'll kill you first".
- 1/5 VM: "I meant it Sabina. you're dead".
IP says she's terrified he'll kill her. IP + child moved to her parents' in Oldham on 2/5, changed gym and phone no. MARAC referral, DVPN considered.""",
    spans=[
        ("STALK_MONITOR", "He put a location app on the child's tablet"),
        ("STALK_TURN_UP", "knew IP was at her friend's in Bury on 12/4 - turned up there"),
        ("STALK_TURN_UP", "Turned up at IP's gym 3x in April"),
        ("STALK_WATCH", "stood at the window by the treadmills"),
        ("FIXATION", "\"you'll always be mine\""),
        ("RACIAL_HOSTILITY", "\"no p*** is raising my son without me\""),
        ("THREAT_VIOLENCE", "\"if I can't have you nobody will, I'll kill you first\""),
        ("THREAT_VIOLENCE", "\"I meant it Sabina. you're dead\""),
        ("FEAR_OF_VIOLENCE", "IP says she's terrified he'll kill her"),
        ("SERIOUS_IMPACT", "IP + child moved to her parents' in Oldham on 2/5"),
        ("SERIOUS_IMPACT", "changed gym and phone no"),
    ],
)

case(
    40, "no_offence", "",
    voice="result_note", case="mixed", noise="clean", batch="wd",
    pattern="partner_two_abusive_message_episodes_months_apart_reconciled_between", relationship="partner", occasions=2,
    text="""\
Finalised no crime. The complainant reported two sets of abusive texts from her partner, Jordan Ashworth. The first was in February after a row about money: a dozen texts in one evening calling her names. They made up the following week, he apologised, and they went on holiday together in April. The second was on 28 July, again one evening, after a row about his mother. They are still together and she says things are "fine now". Two separate single incidents five months apart with a genuine reconciliation between them do not form a course of conduct. No threats, no other behaviour. DA safeguarding advice given and DASH completed (standard).""",
    spans=[
        ("STALK_CONTACT", "a dozen texts in one evening calling her names"),
    ],
)

case(
    41, "stalking_fear_alarm_distress", "CSD",
    voice="statement", case="mixed", noise="typos", batch="wd",
    pattern="ex_partner_claims_money_owed_pretext_messages_about_new_boyfriend_sits_outside_victim_signed_off", relationship="ex_partner", occasions=8,
    text="""\
Me and Nathan split up in October after 4 years. He says I owe him £400 for half the sofa and thats why he keeps contacting me. I offered him the £400 in November and he didnt take it. He said "its not about the money".

Since then he has messaged me most days. Hardly any of it mentions the sofa. He asks who Ryan is (my new boyfriend), says Ryan will "get bored of me" and that we should "try again properly". He has sat in his car at the end of my road at least 5 times that I know of, my neighbour has seen him too. On New Years Eve he sent me a long voice note crying and saying hed never stop loving me.

He has never threatened me. But I cant cope. My doctor signed me off work for 3 weeks in January with anxiety and I have stopped going to the pub quiz on Thursdays because he knows I go.""",
    spans=[
        ("FIXATION", "\"its not about the money\""),
        ("STALK_CONTACT", "he has messaged me most days"),
        ("FIXATION", "He asks who Ryan is (my new boyfriend)"),
        ("FIXATION", "we should \"try again properly\""),
        ("STALK_LOITER", "He has sat in his car at the end of my road at least 5 times"),
        ("STALK_CONTACT", "he sent me a long voice note crying and saying hed never stop loving me"),
        ("DISTRESS", "But I cant cope"),
        ("SERIOUS_IMPACT", "My doctor signed me off work for 3 weeks in January with anxiety"),
        ("SERIOUS_IMPACT", "I have stopped going to the pub quiz on Thursdays because he knows I go"),
    ],
)

case(
    42, "aggravated_harassment", "CR",
    voice="crime_summary", case="mixed", noise="abbrev", batch="wd",
    pattern="resident_films_mosque_caretaker_over_friday_parking_anti_muslim_abuse", relationship="neighbour", occasions=4,
    text="""\
IP Mr Yusuf Dar is the caretaker at Masjid Al-Noor, Beech St, and lives in the house attached. SUSP lives at 6 Beech St opposite. Long-standing issue with worshippers parking across residents' drives at Friday prayers; council and mosque committee have put stewards out.
On 4 Fridays running (7, 14, 21, 28 Feb) SUSP has come out and filmed IP on his phone while IP was stewarding, shouting "your lot are a plague on this street", "take your terrorist church back to Pakistan" and "I'll have you Muslims out of here". Posted one clip to his own FB with the caption "the invasion of Beech St". IP says SUSP has never bothered him on any other day and it's always the parking. No threats of harm, IP not in fear but finds it "humiliating". Local PCSO aware. SUSP to be interviewed.""",
    spans=[
        ("REPETITION", "On 4 Fridays running (7, 14, 21, 28 Feb)"),
        ("STALK_WATCH", "filmed IP on his phone while IP was stewarding"),
        ("RELIGIOUS_HOSTILITY", "\"your lot are a plague on this street\""),
        ("RELIGIOUS_HOSTILITY", "\"take your terrorist church back to Pakistan\""),
        ("RELIGIOUS_HOSTILITY", "\"I'll have you Muslims out of here\""),
        ("STALK_PUBLISH", "Posted one clip to his own FB with the caption \"the invasion of Beech St\""),
        ("DISTRESS", "\"humiliating\""),
    ],
)

case(
    43, "aggravated_stalking", "CSR",
    voice="third_party", case="lower", noise="typos", batch="wd",
    pattern="shop_owner_opposite_complains_about_nail_bar_signs_but_fixated_on_owner_follows_racial_comments", relationship="business", occasions=6,
    text="""\
i'm reporting for my sister linh who owns lotus nails on kings parade. the man who has the phone repair shop opposite, called mo or mohsin, complained to the council twice that her a-board sign was blocking the pavement. council came out and said it was fine.
since then he's been coming over to the salon most days "to check the sign" but he just stands there looking at her through the window. he's asked her out three times and she said no every time. he messages her on the salon instagram saying she's "the prettiest oriental girl on the parade" and "you people are good at one thing". last week he followed her from the salon to the car park and waited next to her car till she drove off. he's also rung the salon pretending to book a nail appointment so he could ask what time she finishes.
he hasnt threatened her. she's really uncomfortable and i'm worried about her.""",
    spans=[
        ("STALK_ORDERS", "complained to the council twice that her a-board sign was blocking the pavement"),
        ("STALK_TURN_UP", "he's been coming over to the salon most days"),
        ("STALK_WATCH", "he just stands there looking at her through the window"),
        ("FIXATION", "he's asked her out three times and she said no every time"),
        ("STALK_CONTACT", "he messages her on the salon instagram"),
        ("RACIAL_HOSTILITY", "\"you people are good at one thing\""),
        ("STALK_FOLLOW", "he followed her from the salon to the car park"),
        ("STALK_LOITER", "waited next to her car till she drove off"),
        ("FIXATION", "ask what time she finishes"),
        ("DISTRESS", "she's really uncomfortable"),
    ],
)

case(
    44, "aggravated_harassment_fear_of_violence", "CRF",
    voice="updates", case="upper", noise="abbrev", batch="wd",
    pattern="landlord_wants_tenant_out_sends_men_round_racial_abuse_repeated_threats", relationship="landlord", occasions=4,
    text="""\
UPDATE 1 0915: IP MR KWAME BOATENG, TENANT 2 YRS AT 41A MILL LANE. LANDLORD (SUSP D. STRINGER) WANTS HIM OUT TO SELL, NO S.21 SERVED. 10/01 STRINGER CAME TO FLAT AND SAID "GET OUT BY THE WEEKEND YOU BLACK B******* OR YOU'LL BE CARRIED OUT".
UPDATE 2 1000: 14/01 2 MALES IP DID NOT KNOW CAME TO DOOR, SAID "DEREK SENT US, YOU'VE GOT TILL FRIDAY THEN WE BREAK YOUR KNEES". IP RECOGNISED ONE AS STRINGER'S SON.
UPDATE 3 1030: 17/01 STRINGER TXT "MONKEYS BELONG IN THE ZOO NOT MY FLAT. MY LADS WILL BE BACK". IP STATES HE IS SCARED TO OPEN THE DOOR AND BELIEVES HE WILL BE BEATEN UP. HOUSING ENFORCEMENT INFORMED RE UNLAWFUL EVICTION. DASH N/A.""",
    spans=[
        ("RACIAL_HOSTILITY", "YOU BLACK B*******"),
        ("THREAT_VIOLENCE", "OR YOU'LL BE CARRIED OUT\""),
        ("STALK_TURN_UP", "2 MALES IP DID NOT KNOW CAME TO DOOR"),
        ("THREAT_VIOLENCE", "\"DEREK SENT US, YOU'VE GOT TILL FRIDAY THEN WE BREAK YOUR KNEES\""),
        ("RACIAL_HOSTILITY", "\"MONKEYS BELONG IN THE ZOO NOT MY FLAT"),
        ("THREAT_VIOLENCE", "MY LADS WILL BE BACK\""),
        ("FEAR_OF_VIOLENCE", "BELIEVES HE WILL BE BEATEN UP"),
        ("DISTRESS", "IP STATES HE IS SCARED TO OPEN THE DOOR"),
    ],
)
