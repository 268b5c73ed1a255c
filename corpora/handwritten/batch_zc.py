# ruff: noqa: E501
"""Hand-written narratives, writer zc: technology-enabled conduct (trackers, shared accounts, cameras, spyware, fake accounts, payment apps, gaming)."""

from corpora.handwritten import case

case(
    1, "no_offence", "",
    voice="call_log", case="mixed", noise="abbrev", batch="zc",
    pattern="neighbours_mutual_row_over_doorbell_camera_angle_on_whatsapp_group", relationship="neighbour", occasions=2,
    text="""\
Caller [NAME 1] reports ongoing dispute w/ nbr at no.14 re his Ring doorbell which she says looks straight into her front room. Tonight approx 1940hrs they had words over the fence - she called him a "nosy pervert", he called her a "mad cow". Both then went on the Elmfield Rd residents WhatsApp grp and screenshots show the two of them trading insults back and forth until approx 2200. Nbr has rung 101 himself earlier today about the same row. Both parties adv. No offences disclosed, civil matter re camera angle, caller given ICO guidance on domestic CCTV. Log closed.""",
    spans=[],
)

case(
    2, "no_offence", "",
    voice="crime_summary", case="mixed", noise="clean", batch="zc",
    pattern="debt_recovery_emails_letters_and_enforcement_visit_lawful", relationship="business", occasions=6,
    text="""\
Informant reports she is being "harassed" by Castlegate Recoveries over an old mobile phone contract debt of £612. Since August she has had about nine emails, four letters and a number of automated texts, and on 2 October an enforcement agent wearing a bodycam attended her flat and left a notice of enforcement. She also says the firm "must be tracking me" because a letter reached her new address, but when asked she confirmed she had updated her address with the credit reference agency herself. I have read the correspondence she forwarded. It is polite, sets out the balance and the payment options, and contains no threats or abuse. The agent did not try to get in. This is contact for the lawful purpose of recovering a debt. Informant given details for the Financial Ombudsman and StepChange. No police action.""",
    spans=[],
)

case(
    3, "no_offence", "R",
    voice="result_note", case="mixed", noise="abbrev", batch="zc",
    pattern="single_racist_remark_over_open_mic_in_online_game", relationship="online", occasions=1,
    text="""\
Vic (17, mum present) playing Call of Duty online Sat eve. After his team won the round an unknown player on the other side, gamertag 'xX_Reaper_88Xx', said over open mic "get off the game you [racial slur], go back to your own country" then left the lobby. No friend request, no msgs, not seen since. Vic blocked + reported to Activision. Says it upset him at the time. Single incident, no course of conduct. Intel sub. Filed.""",
    spans=[
        ("RACIAL_HOSTILITY", "get off the game you [racial slur], go back to your own country"),
        ("DISTRESS", "it upset him at the time"),
    ],
)

case(
    4, "no_offence", "",
    voice="updates", case="mixed", noise="abbrev", batch="zc",
    pattern="ex_read_email_then_reconciled_then_one_password_change_months_later", relationship="ex_partner", occasions=2,
    text="""\
12/10 PC 2286: IP reports ex-partner [NAME 2] changed the password on her Spotify account on Thurs, 2 days after they split for the 2nd time. She has since reset it. IP also mentions that back in Feb he had logged into her Gmail on his laptop and read her emails - she found out at the time, they had a big row, he apologised and they got back together in March and were fine until this month (went to Tenerife together in June, moved in together July).
13/10 PC 2286: Spoke to IP again. Nothing further since the Spotify password. No msgs, no calls, he has moved back to his mum's in Oldham. IP says she just wanted it on record.
14/10 Sgt 1904: Two incidents 8 months apart with a reconciliation in between - not a course of conduct. Advice given re account security. NFA, file.""",
    spans=[
        ("STALK_PROPERTY", "changed the password on her Spotify account"),
        ("STALK_MONITOR", "logged into her Gmail on his laptop and read her emails"),
    ],
)

case(
    5, "harassment", "C",
    voice="crime_summary", case="mixed", noise="clean", batch="zc",
    pattern="coworker_homophobic_insults_on_teams_and_whatsapp_after_workplace_complaint", relationship="colleague", occasions=6,
    text="""\
Between 4 and 19 November the suspect, a co-worker at the Dunmore distribution depot, sent the IP a series of insulting messages on Microsoft Teams and later on WhatsApp. This started the day after the IP reported him to the shift manager for skipping forklift safety checks. The messages call the IP a "grass" and a "snake", and several refer to him as "bent" and a "f*****". The IP is gay and found the homophobic content particularly hurtful. Around 20 messages in total, sent on six different days. The suspect has not followed the IP or gone to his home and shows no interest in him beyond the workplace complaint. IP says he is not scared of him and has carried on working normally, he just wants it stopped. HR informed by the IP. Suspect to be interviewed voluntarily.""",
    spans=[
        ("STALK_CONTACT", "sent the IP a series of insulting messages on Microsoft Teams"),
        ("REPETITION", "Between 4 and 19 November"),
        ("REPETITION", "Around 20 messages in total, sent on six different days"),
        ("DISTRESS", "found the homophobic content particularly hurtful"),
    ],
)

case(
    6, "harassment", "C",
    voice="statement", case="mixed", noise="clean", batch="zc",
    pattern="neighbour_photographs_building_work_over_planning_dispute", relationship="neighbour", occasions=8,
    text="""\
I live at 3 Orchard Close with my partner. In March we put in a planning application for a single storey extension at the back. Since then my neighbour at number 5, Mr [NAME 3], has been taking photos of my builders and of me whenever I'm out the front while they are working. He does it from his upstairs window with his phone and I have seen him doing it at least six times. In May he put a second camera up on his garage which points at my drive where the skip is, and he told me to my face it was "to collect evidence for the council". He has also put two notes through my door saying the extension is illegal and that I am a liar. He has never said anything to me that wasn't about the building work and he doesn't take photos on days the builders aren't here. I understand he objected to the plans. It is making me stressed and I would like someone to speak to him.""",
    spans=[
        ("STALK_WATCH", "taking photos of my builders and of me whenever I'm out the front"),
        ("REPETITION", "at least six times"),
        ("STALK_WATCH", "put a second camera up on his garage which points at my drive"),
        ("STALK_CONTACT", "put two notes through my door saying the extension is illegal and that I am a liar"),
        ("DISTRESS", "It is making me stressed"),
    ],
)

case(
    7, "harassment", "C",
    voice="call_log", case="upper", noise="abbrev", batch="zc",
    pattern="unhappy_customer_three_abusive_voicemails_within_minutes", relationship="customer", occasions=3,
    text="""\
RP RUNS PHONE + TABLET REPAIR SHOP ON HIGH ST. CUSTOMER UNHAPPY WITH SCREEN REPLACEMENT ON HER IPAD. AT 1512, 1516 AND 1519 TODAY CUSTOMER LEFT 3 VOICEMAILS ON SHOP MOBILE, EACH ONE ABUSIVE - CALLING RP A "THIEVING LITTLE RAT" AND A "SCAMMER" AND SAYING SHE WILL "TELL EVERYONE". NO THREATS. RP PLAYED VMS DOWN PHONE TO CALL TAKER. ADV KEEP RECORDINGS. CUSTOMER DETAILS ON RP BOOKING SYSTEM. RP WANTS IT DEALT WITH, HIS STAFF ARE WORRIED. FOR OIC TO CALL BACK.""",
    spans=[
        ("REPETITION", "AT 1512, 1516 AND 1519 TODAY"),
        ("STALK_CONTACT", "LEFT 3 VOICEMAILS ON SHOP MOBILE, EACH ONE ABUSIVE"),
    ],
)

case(
    8, "harassment", "CD",
    voice="mo_field", case="mixed", noise="abbrev", batch="zc",
    pattern="acquaintance_penny_transfers_with_insults_over_disputed_debt", relationship="acquaintance", occasions=12,
    text="""\
MO: Susp, known to IP thru a Sunday 5-a-side group, says IP owes him £150 for a festival ticket (IP disputes this). Over approx 3 wks susp has sent IP 40+ transfers of 1p via Monzo, each w/ a msg in the reference field e.g. "PAY ME BACK U TIGHT GIT", "SCROUNGER", "EVERYONE KNOWS UR A THIEF". Also msgs on Insta saying the same. All of it about the money. No threats. IP has closed his Monzo acct and opened one with another bank and has changed his mobile no. as he couldn't face picking his phone up.""",
    spans=[
        ("REPETITION", "Over approx 3 wks"),
        ("STALK_CONTACT", "sent IP 40+ transfers of 1p via Monzo, each w/ a msg in the reference field"),
        ("STALK_CONTACT", "Also msgs on Insta saying the same"),
        ("SERIOUS_IMPACT", "IP has closed his Monzo acct and opened one with another bank and has changed his mobile no."),
    ],
)

case(
    9, "harassment", "C",
    voice="notebook", case="mixed", noise="abbrev", batch="zc",
    pattern="former_gaming_squadmate_threats_over_prize_split_victim_unafraid", relationship="online", occasions=5,
    text="""\
1830 spoke IP at home addr. IP 24, plays Fortnite. Another player ('Kaiz3n') he used to squad with has been messaging him on PSN and Discord since they fell out over splitting a tournament prize (£80). Sent "I'll smash your face in if I see u" on 12/3 and "ur getting battered" on 15/3, plus load of general insults most days. IP laughed it off - "he's a kid in Aberdeen, he isn't coming anywhere". Not scared in slightest. Wants him reported so he stops spamming. Screenshots taken. Adv block.""",
    spans=[
        ("STALK_CONTACT", "messaging him on PSN and Discord"),
        ("THREAT_VIOLENCE", "I'll smash your face in if I see u"),
        ("THREAT_VIOLENCE", "ur getting battered"),
        ("REPETITION", "most days"),
    ],
)

case(
    10, "harassment_fear_of_violence", "CFD",
    voice="dash_note", case="mixed", noise="abbrev", batch="zc",
    pattern="ex_partner_threats_over_child_handovers_via_coparenting_app", relationship="ex_partner", occasions=4,
    text="""\
DASH - MEDIUM. Vic and susp separated 2023, 2 children (6 and 9). Child arrangements order in place, comms agreed via the AppClose co-parenting app only. Ongoing disagreement since Sept about school holidays and who collects on Fridays. 21/09 susp wrote on the app "change the pick up again and I'll break your jaw". 28/09 at the handover in McDonald's car park he said in front of the kids "I meant what I said, I'll do you". Further msgs on the app 30/09 and 02/10 about holiday dates - angry, no threats. Vic frightened he'll hurt her at the next handover, has asked her brother to do the Friday pickups instead. Susp has not been to her address, no monitoring, no contact outside child arrangements.
Q1 injury - no. Q2 frightened - yes. Q11 escalation - unsure. Ref to IDVA offered, declined.""",
    spans=[
        ("THREAT_VIOLENCE", "change the pick up again and I'll break your jaw"),
        ("THREAT_VIOLENCE", "I meant what I said, I'll do you"),
        ("FEAR_OF_VIOLENCE", "Vic frightened he'll hurt her at the next handover"),
        ("SERIOUS_IMPACT", "has asked her brother to do the Friday pickups instead"),
    ],
)

case(
    11, "harassment_fear_of_violence", "CF",
    voice="call_log", case="mixed", noise="typos", batch="zc",
    pattern="neighbour_threats_and_knocking_down_camera_over_ring_camera_dispute", relationship="neighbour", occasions=4,
    text="""\
Caller Mrs [NAME 4], 47 Birchwood Ave. Neighbour at 45 has been in a dispute with her since she fitted a Ring camera on her side gate which he says films his garden. Tonight 2105 he banged on her door and shouted "take that camera down or I'll come over and rip your head off". Last tues (7th) he said simlar over the fence, "you'll get hurt". He also keeps knocking the camera off the wall with a brush, she has it on video twice. Caller says she is frightend of him and thinks he will attack her. Caller is Polish nationl, says she does not think its anything to do with that, he has never mentiond it. Units to attend, grade 2.""",
    spans=[
        ("THREAT_VIOLENCE", "take that camera down or I'll come over and rip your head off"),
        ("THREAT_VIOLENCE", "you'll get hurt"),
        ("STALK_PROPERTY", "keeps knocking the camera off the wall with a brush"),
        ("FEAR_OF_VIOLENCE", "she is frightend of him and thinks he will attack her"),
    ],
)

case(
    12, "harassment_fear_of_violence", "CF",
    voice="updates", case="mixed", noise="abbrev", batch="zc",
    pattern="client_threatens_electrician_over_unpaid_invoice_on_messenger_and_instagram", relationship="business", occasions=4,
    text="""\
Update 1 - PC 4471 - 14/05
IP is a self-employed electrician. Rewired susp's kitchen in April. Susp refused to pay the balance (£1,800) saying the work was poor. IP chased by text twice, polite, nothing improper. From 02/05 susp has sent IP messages on FB Messenger and Instagram DM. 06/05: "come near my house for money again and you'll be leaving in an ambulance". 11/05: "I know where your van's parked, I'll be waiting for you with a bat". IP states he is genuinely scared as susp is a big lad with a reputation round the estate.

Update 2 - PC 4471 - 16/05
Screenshots obtained and uploaded. Susp not known to IP before the job. No other behaviour reported, IP has not been followed, nothing at his home. IP has passed the debt to a small claims solicitor.

Update 3 - DS Harlow - 19/05
Agree course of conduct, 2 threats on separate dates with fear. Record as s.4 PHA. Arrange VA interview, consider RO on conviction.""",
    spans=[
        ("STALK_CONTACT", "sent IP messages on FB Messenger and Instagram DM"),
        ("THREAT_VIOLENCE", "come near my house for money again and you'll be leaving in an ambulance"),
        ("THREAT_VIOLENCE", "I know where your van's parked, I'll be waiting for you with a bat"),
        ("FEAR_OF_VIOLENCE", "IP states he is genuinely scared"),
    ],
)

case(
    13, "harassment_fear_of_violence", "CF",
    voice="statement", case="mixed", noise="clean", batch="zc",
    pattern="banned_minecraft_player_threats_and_autism_insults_to_server_admin", relationship="online", occasions=6,
    text="""\
I am 20 and I help run a Minecraft server with two friends. I got to know a player called [NAME 5] on it about a year ago. In January I banned him for griefing other people's builds. Since then he has messaged me on Discord and on Xbox, calling me a "retard" and an "autistic freak" (I am autistic, I told people on the server that once). On 3 February he wrote "I'm going to find you and stab you". On 10 February he sent me a voice note saying "you're dead when I find you, I know you're in Leeds". I have never met him and I don't know how he knows I live in Leeds. I am scared he will find me and actually do it. He's posted pictures of knives on his Instagram before. I want him stopped.""",
    spans=[
        ("STALK_CONTACT", "he has messaged me on Discord and on Xbox"),
        ("THREAT_VIOLENCE", "I'm going to find you and stab you"),
        ("THREAT_VIOLENCE", "you're dead when I find you"),
        ("FEAR_OF_VIOLENCE", "I am scared he will find me and actually do it"),
    ],
)

case(
    14, "harassment_fear_of_violence", "CF",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="zc",
    pattern="coworker_slack_threat_repeated_in_person_over_overtime_rota", relationship="colleague", occasions=3,
    text="""\
Sup review Sgt 2219. Crime recorded as stalking - I have reclassified. Susp and IP both work at the council contact centre. Fell out over the overtime rota after IP raised it with their manager. Susp sent IP a Slack message on 8 Jan "keep grassing and I'll knock you out" and has said it again twice since, once in the staff car park and once by the lifts. IP states she is frightened he will assault her at work. No following, no monitoring, no turning up anywhere, no fixation - all arises from the rota dispute. Therefore s.4 PHA not stalking. OIC: obtain Slack export from council IT, statement from W1 (car park). Update IP re reclassification.""",
    spans=[
        ("THREAT_VIOLENCE", "keep grassing and I'll knock you out"),
        ("REPETITION", "has said it again twice since"),
        ("FEAR_OF_VIOLENCE", "she is frightened he will assault her at work"),
    ],
)

case(
    15, "stalking", "CS",
    voice="victim_diary", case="lower", noise="typos", batch="zc",
    pattern="ex_partner_pleading_penny_payments_and_sister_messages_after_block", relationship="ex_partner", occasions=10,
    text="""\
mon 3rd - another 1p from him on paypal. reference said "plz just talk to me babe". thats the 5th one this week. i blocked him on whatsapp on saturday so now its paypal and venmo??
tues 4th - 3 more. "i miss u" "i'll change" "one coffee thats all i ask". he also liked a photo on my linkedin from 2019 which is wierd, he's never been on linkedin
weds 5th - his sister messaged me saying hes in a bad way and i should ring him. not doing it
thurs 6th - 1p x 2. cried in the toilets at work. i dont think he'd hurt me hes never been like that, he just wont accept its over
fri - nothing. checked my phone about 50 times""",
    spans=[
        ("STALK_CONTACT", "another 1p from him on paypal"),
        ("REPETITION", "thats the 5th one this week"),
        ("REPETITION", "3 more"),
        ("STALK_MONITOR", "he also liked a photo on my linkedin from 2019"),
        ("STALK_CONTACT", "his sister messaged me saying hes in a bad way and i should ring him"),
        ("FIXATION", "he just wont accept its over"),
        ("DISTRESS", "cried in the toilets at work"),
    ],
)

case(
    16, "stalking", "CS",
    voice="crime_summary", case="mixed", noise="clean", batch="zc",
    pattern="gym_member_rejected_follows_online_turns_up_at_work_hides_airtag", relationship="acquaintance", occasions=6,
    text="""\
The IP and the suspect both use Pulse Fitness on Kingsway. In June he asked her out and she said no. Since then he has followed her on Instagram from three different accounts, making a new one each time she blocked the last, and he has turned up at the café where she works on two occasions, buying one drink and staying for hours. On 29 July her iPhone showed an "AirTag Found Moving With You" alert and she found the tag taped under the rear bumper of her Fiat 500. Apple have confirmed the serial number is registered to an account in the suspect's name. The IP describes herself as creeped out and anxious, but has carried on going to the gym and to work as normal. No threats have been made.""",
    spans=[
        ("FIXATION", "making a new one each time she blocked the last"),
        ("STALK_TURN_UP", "turned up at the café where she works on two occasions"),
        ("STALK_LOITER", "buying one drink and staying for hours"),
        ("STALK_MONITOR", "found the tag taped under the rear bumper of her Fiat 500"),
        ("DISTRESS", "creeped out and anxious"),
    ],
)

case(
    17, "stalking", "CS",
    voice="statement", case="mixed", noise="clean", batch="zc",
    pattern="ex_uses_left_on_location_sharing_and_shared_spotify_one_threat", relationship="ex_partner", occasions=30,
    text="""\
We split up in August and I moved back to my mum's. I never turned off the location sharing on my phone from when we were together, I didn't think about it. After that he started texting me things like "nice time at Jess's?" and "why were you at the Red Lion till 1am", which were places I had been that day. He also still runs the Spotify family plan we shared, and he has been making playlists on my profile with names like "You'll Come Back" and "Watching You". In September he messaged me about thirty times. Once, on the 19th, he said "if I see you with someone else I'll hurt you". He has not said anything like that before or since. My friend showed me how to turn the sharing off on 2 October and I did. I am not really scared of him, I just want him to leave me alone.""",
    spans=[
        ("STALK_MONITOR", "nice time at Jess's?"),
        ("STALK_MONITOR", "why were you at the Red Lion till 1am"),
        ("STALK_CONTACT", "making playlists on my profile"),
        ("REPETITION", "about thirty times"),
        ("THREAT_VIOLENCE", "if I see you with someone else I'll hurt you"),
    ],
)

case(
    18, "stalking", "CS",
    voice="call_log", case="mixed", noise="abbrev", batch="zc",
    pattern="ex_gets_friends_to_screenshot_snap_map_and_cousin_passes_message", relationship="ex_partner", occasions=5,
    text="""\
Caller states ex bf [NAME 6] (split 3 mths ago) is getting his mates to keep tabs on her. Two of his friends who she still has on Snapchat have been screenshotting her Snap Map location and sending it to him - one of them admitted this to caller's friend. Sat he msgd her "enjoy Nando's?" and Weds "saw ur at the gym again". His cousin also came up to her in Tesco last night and said "[NAME 6] wants to talk to you, just ring him". No threats. Caller fed up and upset. Adv re stalking, caller to send screenshots, log for OIC.""",
    spans=[
        ("STALK_MONITOR", "screenshotting her Snap Map location and sending it to him"),
        ("STALK_CONTACT", "enjoy Nando's?"),
        ("STALK_MONITOR", "saw ur at the gym again"),
        ("STALK_CONTACT", "[NAME 6] wants to talk to you, just ring him"),
        ("DISTRESS", "fed up and upset"),
    ],
)

case(
    19, "stalking", "CS",
    voice="result_note", case="upper", noise="abbrev", batch="zc",
    pattern="ex_breaches_restraining_order_at_door_caught_on_doorbell_camera", relationship="ex_partner", occasions=3,
    text="""\
RESULT: SUSP CHARGED BREACH RO X3 + S.2A. RING FOOTAGE SHOWS SUSP AT VIC'S FRONT DOOR 14/02, 16/02 AND 21/02. ON 16/02 LEFT CARD AND FLOWERS ON STEP. VIC DID NOT ANSWER. REMANDED.""",
    spans=[
        ("STALK_TURN_UP", "SUSP AT VIC'S FRONT DOOR"),
        ("REPETITION", "14/02, 16/02 AND 21/02"),
        ("STALK_GIFTS", "LEFT CARD AND FLOWERS ON STEP"),
    ],
)

case(
    20, "stalking_fear_alarm_distress", "CSD",
    voice="vps", case="mixed", noise="redacted", batch="zc",
    pattern="ex_installed_spyware_victim_changes_phone_number_and_moves", relationship="ex_partner", occasions=10,
    text="""\
Victim Personal Statement. I want the court to know what this has done to me. For nearly four months after I left [NAME 7] he knew everything - who I was texting, what I'd searched for, where I was. He would drop it into messages like it was nothing. He never threatened me and I want to be honest about that. In March I found out an app called [REDACTED] had been put on my phone, and the police say he installed it while we were still living together. I have bought a new phone and changed my number and my email address. I no longer go to my old gym or the shops near my flat because I don't know what else he knows. I moved in with my sister for six weeks and I still don't sleep properly. I check under my car every morning before work. I feel like a different person.""",
    spans=[
        ("REPETITION", "For nearly four months"),
        ("STALK_MONITOR", "he knew everything - who I was texting, what I'd searched for, where I was"),
        ("STALK_CONTACT", "He would drop it into messages like it was nothing"),
        ("STALK_MONITOR", "an app called [REDACTED] had been put on my phone"),
        ("SERIOUS_IMPACT", "I have bought a new phone and changed my number and my email address"),
        ("SERIOUS_IMPACT", "I no longer go to my old gym or the shops near my flat"),
        ("SERIOUS_IMPACT", "I moved in with my sister for six weeks"),
    ],
)

case(
    21, "stalking_fear_alarm_distress", "CSF",
    voice="crime_summary", case="mixed", noise="clean", batch="zc",
    pattern="ex_husband_gps_tracker_on_car_turns_up_and_two_threats", relationship="ex_partner", occasions=5,
    text="""\
On 11/08 the IP took her Ford Kuga to Halfords for new tyres and the fitter found a small black GPS tracker, magnetic, attached inside the offside rear wheel arch. The IP suspected her ex-husband straight away: in July he had turned up twice at the Asda car park while she was shopping, and once at her sister's house in Warrington, none of which she had told him about. When she confronted him by text he replied "you think that's bad, wait and see what happens to you when I catch you on your own". On 15/08 he left her a voicemail: "you're going to get what's coming to you, I swear". The IP says she is terrified he will hurt her. Device handed in and exhibited. DASH high, referred to IDVA and MARAC. Suspect arrested 16/08, no comment interview, bailed with conditions.""",
    spans=[
        ("STALK_MONITOR", "found a small black GPS tracker"),
        ("STALK_TURN_UP", "had turned up twice at the Asda car park while she was shopping"),
        ("STALK_TURN_UP", "once at her sister's house in Warrington"),
        ("THREAT_VIOLENCE", "wait and see what happens to you when I catch you on your own"),
        ("THREAT_VIOLENCE", "you're going to get what's coming to you, I swear"),
        ("FEAR_OF_VIOLENCE", "she is terrified he will hurt her"),
    ],
)

case(
    22, "stalking_fear_alarm_distress", "CSD",
    voice="mo_field", case="inconsistent", noise="abbrev", batch="zc",
    pattern="colleague_fake_social_accounts_and_parking_on_her_road_victim_signed_off", relationship="colleague", occasions=10,
    text="""\
MO - SUSP (colleague, same team at Brightwell Insurance) has created at least 7 fake Instagram and TikTok accts to follow & message IP after she blocked his real ones. msgs mostly compliments + comments on what she wore to work that day eg "u looked lovely in green today". Susp seen by W1 sitting in his car on IP's road (Lindley St) on 3 evenings in Nov. IP says he is "OBSESSED". IP SIGNED OFF WORK BY GP for 4 wks w/ anxiety, has stopped using the bus she used to share w/ susp and now gets lifts from her dad. No threats.""",
    spans=[
        ("STALK_CONTACT", "created at least 7 fake Instagram and TikTok accts to follow & message IP"),
        ("FIXATION", "after she blocked his real ones"),
        ("STALK_MONITOR", "comments on what she wore to work that day"),
        ("STALK_LOITER", "sitting in his car on IP's road"),
        ("REPETITION", "on 3 evenings in Nov"),
        ("SERIOUS_IMPACT", "IP SIGNED OFF WORK BY GP for 4 wks"),
        ("SERIOUS_IMPACT", "has stopped using the bus she used to share w/ susp and now gets lifts from her dad"),
    ],
)

case(
    23, "stalking_fear_alarm_distress", "CSFD",
    voice="third_party", case="mixed", noise="redacted", batch="zc",
    pattern="online_follower_doxxes_address_then_waits_outside_and_threatens", relationship="online", occasions=6,
    text="""\
I'm reporting this for my housemate [NAME 8] because she can't face ringing you herself. She does make-up videos on TikTok and has about 40k followers. A man calling himself [USERNAME] has been commenting on every single video for two months and sending her DMs saying she belongs to him. Last week he posted our full address, postcode and a photo of our front door on a Reddit thread and on his own TikTok. On Friday night he stood across the road from our house for about an hour - she recognised him from his profile picture. Since then he has sent two more DMs, "I'll show you what happens to girls who ignore me" and "next time I'm coming to the door and you won't like it". She is petrified, she thinks he is going to attack her. She has gone to stay at her parents' in Hull and has deleted her account.""",
    spans=[
        ("STALK_CONTACT", "commenting on every single video for two months"),
        ("FIXATION", "sending her DMs saying she belongs to him"),
        ("STALK_PUBLISH", "posted our full address, postcode and a photo of our front door on a Reddit thread"),
        ("STALK_LOITER", "stood across the road from our house for about an hour"),
        ("THREAT_VIOLENCE", "I'll show you what happens to girls who ignore me"),
        ("THREAT_VIOLENCE", "next time I'm coming to the door and you won't like it"),
        ("FEAR_OF_VIOLENCE", "she thinks he is going to attack her"),
        ("SERIOUS_IMPACT", "She has gone to stay at her parents' in Hull and has deleted her account"),
    ],
)

case(
    24, "stalking_fear_alarm_distress", "CSD",
    voice="judgment", case="mixed", noise="redacted", batch="zc",
    pattern="ex_keeps_login_to_indoor_cameras_speaks_through_them_victim_sells_house", relationship="ex_partner", occasions=6,
    text="""\
Sentencing remarks (extract). You and Ms [NAME 9] separated in January. While you lived together you had installed Nest cameras in the living room and the hallway, and when you left you kept the login. Over the following seven weeks you watched her through those cameras, and on at least four occasions you spoke to her through the speaker on the hallway camera, commenting on what she was wearing and who had called at the house. You also sent messages to her new partner, Mr [NAME 10], saying you would put him in hospital. Ms [NAME 9] has been candid that she was never in fear for her own safety, and I do not sentence you on that basis. But she disconnected every device in the house, had the locks changed, and in the end sold the house and moved to a different town. That is a substantial adverse effect on her usual day-to-day activities, and it was plainly caused by what you did.""",
    spans=[
        ("STALK_MONITOR", "you kept the login"),
        ("REPETITION", "Over the following seven weeks"),
        ("STALK_WATCH", "you watched her through those cameras"),
        ("REPETITION", "on at least four occasions"),
        ("STALK_CONTACT", "you spoke to her through the speaker on the hallway camera"),
        ("STALK_MONITOR", "commenting on what she was wearing and who had called at the house"),
        ("SERIOUS_IMPACT", "had the locks changed"),
        ("SERIOUS_IMPACT", "sold the house and moved to a different town"),
    ],
)

case(
    25, "aggravated_harassment", "CR",
    voice="call_log", case="mixed", noise="abbrev", batch="zc",
    pattern="neighbour_racist_whatsapp_voice_notes_over_bins_and_van", relationship="neighbour", occasions=6,
    text="""\
Caller [NAME 11], 38, reports nbr at no.22 has sent her 5 or 6 WhatsApp voice notes since Sunday about her bins being left on the pavement and her husband's work van. In them he calls her a "P*** b***h" and says "take your stinking rubbish back to Pakistan". He got her number off the street's residents group. Nothing before Sunday, it's only ever been about the bins/van. No threats. Caller says she isn't scared of him but is upset her kids heard one of the voice notes on speaker. VNs to be forwarded to OIC.""",
    spans=[
        ("STALK_CONTACT", "sent her 5 or 6 WhatsApp voice notes since Sunday"),
        ("RACIAL_HOSTILITY", 'calls her a "P*** b***h"'),
        ("RACIAL_HOSTILITY", "take your stinking rubbish back to Pakistan"),
        ("DISTRESS", "upset her kids heard one of the voice notes"),
    ],
)

case(
    26, "aggravated_harassment", "CRD",
    voice="crime_summary", case="mixed", noise="clean", batch="zc",
    pattern="customer_racist_emails_and_etsy_messages_over_damaged_lamp", relationship="customer", occasions=20,
    text="""\
The IP owns a small online homeware business, selling through Etsy and her own website. The suspect bought a lamp in February which arrived damaged. A full refund was offered but he refused it and demanded compensation. Between 3 and 20 March he sent the IP 14 emails and 6 Etsy messages. They became increasingly abusive and include "you Chinese are all crooks", "go back to Beijing and scam people there" and "I don't deal with ch*nks". The IP is British-born of Chinese heritage. There are no threats, and he has not come to her home (the address is not published). The IP was distressed by the messages and closed the Etsy shop for a week because she could not face opening the inbox, losing orders. Etsy have suspended the suspect's buyer account.""",
    spans=[
        ("REPETITION", "Between 3 and 20 March"),
        ("STALK_CONTACT", "sent the IP 14 emails and 6 Etsy messages"),
        ("ESCALATION", "became increasingly abusive"),
        ("RACIAL_HOSTILITY", "you Chinese are all crooks"),
        ("RACIAL_HOSTILITY", "go back to Beijing and scam people there"),
        ("RACIAL_HOSTILITY", "I don't deal with ch*nks"),
        ("DISTRESS", "The IP was distressed by the messages"),
        ("SERIOUS_IMPACT", "closed the Etsy shop for a week"),
    ],
)

case(
    27, "aggravated_harassment", "CR",
    voice="notebook", case="lower", noise="heavy", batch="zc",
    pattern="former_barber_customer_penny_paypal_payments_with_anti_sikh_references", relationship="customer", occasions=11,
    text="""\
1020 spoke w/ IP at his shop (barbers, mill st). IP sikh, wears turban. susp is ex regular who says IP overcharged him £20 for a beard trim in june. since 01/07 susp sent IP 11 x 1p paymnts to his buisness paypal w/ refs like "give me my money back raghead" and "pay up towel head". IP showed me statments on his phone. no threats. IP says its "childish but nasty", not frightned. susp not been back in shop. IP has blocked payments from susp acct, wants words of advice given. susp name from paypal - [NAME 12].""",
    spans=[
        ("REPETITION", "since 01/07"),
        ("STALK_CONTACT", "susp sent IP 11 x 1p paymnts to his buisness paypal"),
        ("RELIGIOUS_HOSTILITY", "give me my money back raghead"),
        ("RELIGIOUS_HOSTILITY", "pay up towel head"),
    ],
)

case(
    28, "aggravated_harassment", "CR",
    voice="notebook", case="mixed", noise="abbrev", batch="zc",
    pattern="online_fifa_opponent_racist_messages_after_match_one_threat", relationship="online", occasions=4,
    text="""\
IP (31) plays FIFA on Xbox most nights. 14/04 beat a player [GAMERTAG] in Division Rivals. Player sent him a msg calling him a "monkey" and a "n*****". Msgd again next day, and on 18th and 22nd, monkey emojis and same words. IP hadn't blocked, didn't know how. On 18th also wrote "I'd knock you out in real life". IP doesn't think player knows who/where he is, that comment didn't bother him - "it's the racism I want reporting". Reported to Xbox Safety too. Gamertag + screenshots obtained.""",
    spans=[
        ("RACIAL_HOSTILITY", 'calling him a "monkey" and a "n*****"'),
        ("REPETITION", "Msgd again next day, and on 18th and 22nd"),
        ("RACIAL_HOSTILITY", "monkey emojis and same words"),
        ("THREAT_VIOLENCE", "I'd knock you out in real life"),
    ],
)

case(
    29, "aggravated_harassment", "CR",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="zc",
    pattern="team_leader_antisemitic_messages_on_work_whatsapp_and_teams", relationship="colleague", occasions=8,
    text="""\
Sup review - reviewed 03/02. IP is Jewish, warehouse operative at the Cobalt Park site. From w/c 6/1 to 27/1 susp (another team leader) has sent IP direct msgs on the work WhatsApp and on Teams incl "shouldn't you be counting your money", "typical Jew, always after a deal" and a picture of a swastika in reply to IP's msg about shift cover. 8 msgs in total. Clear hostility based on religion. No threats, no following, no interest in IP outside work. IP not in fear. Correctly recorded as religiously aggravated s.2 PHA / s.32 CDA. Actions: obtain employer's disciplinary pack, VA interview, consider CPS advice.""",
    spans=[
        ("REPETITION", "From w/c 6/1 to 27/1"),
        ("STALK_CONTACT", "sent IP direct msgs on the work WhatsApp and on Teams"),
        ("RELIGIOUS_HOSTILITY", "shouldn't you be counting your money"),
        ("RELIGIOUS_HOSTILITY", "typical Jew, always after a deal"),
        ("RELIGIOUS_HOSTILITY", "a picture of a swastika"),
        ("REPETITION", "8 msgs in total"),
    ],
)

case(
    30, "aggravated_harassment_fear_of_violence", "CFR",
    voice="call_log", case="upper", noise="heavy", batch="zc",
    pattern="neighbour_racist_threats_over_parking_space_films_her_car", relationship="neighbour", occasions=3,
    text="""\
CALLER SAYS NBR AT NO 9 HAS AGAIN BEEN SHOUTING AT HER OVER THE PARKING SPACE. TODAY 0815 HE CAME OUT WHEN SHE WAS PUTTING KIDS IN CAR AND SAID "MOVE YOUR CAR YOU BLACK B*TCH OR ILL SMASH YOUR FACE IN". SAME ON THURS - "ILL KILL YOU, GO BACK TO AFRICA". HE ALSO FILMS HER PARKING ON HIS RING CAMERA, SAYS HES SENDING IT TO THE COUNCIL. CALLER V SCARED HE WILL HURT HER, SHAKING ON PHONE. KIDS 4 AND 7 WERE IN CAR. PREV LOG 2 WKS AGO SIMILAR RE PARKING.""",
    spans=[
        ("RACIAL_HOSTILITY", "YOU BLACK B*TCH"),
        ("THREAT_VIOLENCE", "ILL SMASH YOUR FACE IN"),
        ("REPETITION", "SAME ON THURS"),
        ("THREAT_VIOLENCE", "ILL KILL YOU"),
        ("RACIAL_HOSTILITY", "GO BACK TO AFRICA"),
        ("STALK_WATCH", "FILMS HER PARKING ON HIS RING CAMERA"),
        ("FEAR_OF_VIOLENCE", "CALLER V SCARED HE WILL HURT HER"),
        ("DISTRESS", "SHAKING ON PHONE"),
    ],
)

case(
    31, "aggravated_harassment_fear_of_violence", "CFR",
    voice="third_party", case="mixed", noise="clean", batch="zc",
    pattern="anti_muslim_messenger_threats_to_mosque_volunteer_twice", relationship="online", occasions=2,
    text="""\
I am the chair of trustees at Al-Noor Mosque. I am reporting this on behalf of our volunteer [NAME 13], who runs the mosque's Facebook page and is with me now. On 2 September an account called "Dave England" sent a message first to the mosque page and then to [NAME 13]'s personal Messenger: "you muslim scum, I know your face, I'm going to stab you outside your terrorist factory". On 9 September the same account sent [NAME 13] a photo of a kitchen knife with the single word "Friday". He has not been approached in person. He is frightened and believes this man intends to attack him at Friday prayers. The account was created in August and has no other activity we can see. We have screenshots of both messages.""",
    spans=[
        ("RELIGIOUS_HOSTILITY", "you muslim scum"),
        ("THREAT_VIOLENCE", "I'm going to stab you outside your terrorist factory"),
        ("THREAT_VIOLENCE", "sent [NAME 13] a photo of a kitchen knife with the single word \"Friday\""),
        ("FEAR_OF_VIOLENCE", "believes this man intends to attack him at Friday prayers"),
    ],
)

case(
    32, "aggravated_harassment_fear_of_violence", "CFRD",
    voice="updates", case="mixed", noise="abbrev", batch="zc",
    pattern="resident_landlord_racist_threats_over_rent_arrears", relationship="landlord", occasions=3,
    text="""\
14/10 0930 PC 6610 - IP (Romanian national) rents a room from susp at 41 Granger Rd, susp lives downstairs. IP 3 wks behind on rent after his hours were cut. Since 05/10 susp has texted IP:
05/10 "pay or get out you Romanian gypsy thief"
08/10 "your lot are all the same, pay by Friday or I'll break your legs"
12/10 "I'll drag you out myself and you'll go back to Romania in a box"
IP states he is scared susp will hurt him if he goes back, susp has a key to his room.
14/10 1400 PC 6610 - texts screenshotted + uploaded. IP staying at a friend's in Shirley for now, has not been back to the room since 12/10.
15/10 DS 301 - Susp is entitled to ask for his rent and to follow the proper eviction process. The racist abuse and threats are something else entirely. Record as racially aggravated s.4 PHA. Arrest plan.""",
    spans=[
        ("RACIAL_HOSTILITY", "pay or get out you Romanian gypsy thief"),
        ("RACIAL_HOSTILITY", "your lot are all the same"),
        ("THREAT_VIOLENCE", "pay by Friday or I'll break your legs"),
        ("THREAT_VIOLENCE", "I'll drag you out myself and you'll go back to Romania in a box"),
        ("FEAR_OF_VIOLENCE", "IP states he is scared susp will hurt him if he goes back"),
        ("SERIOUS_IMPACT", "IP staying at a friend's in Shirley for now, has not been back to the room since 12/10"),
    ],
)

case(
    33, "aggravated_harassment_fear_of_violence", "CFRD",
    voice="mo_field", case="mixed", noise="abbrev", batch="zc",
    pattern="fellow_courier_racist_whatsapps_and_knife_threat_in_depot_yard", relationship="colleague", occasions=4,
    text="""\
MO: Susp and IP both delivery drivers at Rapid Parcel depot, Trafford Pk. From 12/6 susp sent IP WhatsApp msgs referring to him as 'Paki' and 'curry muncher' (IP of Bangladeshi origin). 20/6 in the depot yard susp said to him "I'll cut you, you P*** c***". 24/6 msg "watch your back tonight" with knife emoji. IP frightened susp will attack him on the late route, has moved to day shifts and now parks at the front of the building under the CCTV.""",
    spans=[
        ("STALK_CONTACT", "susp sent IP WhatsApp msgs"),
        ("RACIAL_HOSTILITY", "referring to him as 'Paki' and 'curry muncher'"),
        ("THREAT_VIOLENCE", "I'll cut you"),
        ("RACIAL_HOSTILITY", "you P*** c***"),
        ("THREAT_VIOLENCE", "watch your back tonight"),
        ("FEAR_OF_VIOLENCE", "IP frightened susp will attack him on the late route"),
        ("SERIOUS_IMPACT", "has moved to day shifts and now parks at the front of the building under the CCTV"),
    ],
)

case(
    34, "aggravated_harassment_fear_of_violence", "CFR",
    voice="notebook", case="mixed", noise="abbrev", batch="zc",
    pattern="customer_refused_alcohol_returns_racist_threats_to_shop_assistant", relationship="customer", occasions=2,
    text="""\
1415 Spar, Castle St. Spoke to IP, shop asst, 22. States on Tues susp (regular, male 50s, grey beard) refused sale of alcohol as no ID, became abusive, calling her a "f***ing Turk" and saying "I'll wait for you after your shift and batter you". Today 1350 he came back in, pointed at her and said "told you, you're getting it, you foreign s**g" then left without buying anything. IP shaking, says she is scared he will attack her walking to the bus stop. Mgr has CCTV both dates - to seize. Card reader data may ID susp from prev purchases.""",
    spans=[
        ("RACIAL_HOSTILITY", 'calling her a "f***ing Turk"'),
        ("THREAT_VIOLENCE", "I'll wait for you after your shift and batter you"),
        ("THREAT_VIOLENCE", "told you, you're getting it"),
        ("RACIAL_HOSTILITY", "you foreign s**g"),
        ("DISTRESS", "IP shaking"),
        ("FEAR_OF_VIOLENCE", "she is scared he will attack her walking to the bus stop"),
    ],
)

case(
    35, "aggravated_stalking", "CSR",
    voice="dash_note", case="mixed", noise="abbrev", batch="zc",
    pattern="ex_reads_her_hotmail_locks_her_out_racist_abuse_about_new_partner", relationship="ex_partner", occasions=15,
    text="""\
DASH - STANDARD. Vic and susp together 2 yrs, split May. Vic now seeing a man of Nigerian heritage. Since June susp has logged into vic's Hotmail (knew the password from when they lived together) and read her emails, and messages her about what he's read. Msgs incl "enjoy ur n***** boyfriend" and "u disgust me, race traitor". Has changed her Hotmail password twice, locking her out. Texts most nights. Vic says she is not frightened of him, never violent, no change to her routine. No children. No weapons. Refer DA team.""",
    spans=[
        ("STALK_MONITOR", "logged into vic's Hotmail (knew the password from when they lived together) and read her emails"),
        ("STALK_CONTACT", "messages her about what he's read"),
        ("RACIAL_HOSTILITY", "enjoy ur n***** boyfriend"),
        ("RACIAL_HOSTILITY", "u disgust me, race traitor"),
        ("STALK_PROPERTY", "changed her Hotmail password twice, locking her out"),
        ("REPETITION", "Texts most nights"),
    ],
)

case(
    36, "aggravated_stalking", "CSR",
    voice="crime_summary", case="inconsistent", noise="typos", batch="zc",
    pattern="neighbour_cameras_on_widow_and_racist_clips_posted_long_after_dog_complaint", relationship="neighbour", occasions=12,
    text="""\
IP is a 61 yr old widow of Jamaican heritage, lives alone. Susp lives directly opposite. Since IP complained to the council about his dog barking in the spring (complaint closed in MAY) susp has:
- fitted 2 cameras on his porch angled at IP's front door and windows
- posted clips of IP coming and going on a local Facebook group ('Thornbury Watch') with captions like "look at the state of this one, go back to the jungle"
- posted her car reg and the times she usualy leaves the house
- made a TikTok video of her taking her bins out with monkey sound effects
This has CONTINUED for months after the dog issue was sorted, most recent post 02/11. IP is upset and embarassed but still goes about her normal routine, says "I won't let him win".""",
    spans=[
        ("STALK_WATCH", "fitted 2 cameras on his porch angled at IP's front door and windows"),
        ("STALK_PUBLISH", "posted clips of IP coming and going on a local Facebook group"),
        ("RACIAL_HOSTILITY", "go back to the jungle"),
        ("STALK_PUBLISH", "posted her car reg and the times she usualy leaves the house"),
        ("STALK_PUBLISH", "made a TikTok video of her taking her bins out"),
        ("RACIAL_HOSTILITY", "with monkey sound effects"),
        ("FIXATION", "CONTINUED for months after the dog issue was sorted"),
        ("DISTRESS", "IP is upset and embarassed"),
    ],
)

case(
    37, "aggravated_stalking", "CSR",
    voice="updates", case="mixed", noise="redacted", batch="zc",
    pattern="ex_edits_her_photos_with_racist_captions_and_impersonates_her_online", relationship="ex_partner", occasions=8,
    text="""\
03/04 PC [REDACTED]: IP (of Indian heritage, 26) and susp were together 8 months, IP ended it in January. Since February susp has taken photos from IP's Instagram and edited them - one with a bindi drawn on and the caption "dirty p***", others altered to look sexual - and posted them on Reddit and on a fake Instagram account set up in IP's name. He also DMs her from other new accounts asking "why won't you take me back" and "I'm the only one who'll ever want you".
05/04 PC [REDACTED]: IP has had the accounts taken down 3 times, new ones keep appearing. IP says she is not scared of him physically and is still working and going out, but is "sick of it".
06/04 DS [REDACTED]: Preservation requests to Meta and Reddit sent.""",
    spans=[
        ("STALK_PUBLISH", "taken photos from IP's Instagram and edited them"),
        ("RACIAL_HOSTILITY", 'one with a bindi drawn on and the caption "dirty p***"'),
        ("STALK_PUBLISH", "posted them on Reddit and on a fake Instagram account set up in IP's name"),
        ("FIXATION", "why won't you take me back"),
        ("STALK_CONTACT", "DMs her from other new accounts"),
        ("REPETITION", "taken down 3 times, new ones keep appearing"),
        ("DISTRESS", "sick of it"),
    ],
)

case(
    38, "aggravated_stalking", "CSR",
    voice="call_log", case="lower", noise="heavy", batch="zc",
    pattern="ex_girlfriend_uses_google_maps_share_turns_up_and_sends_racist_penny_transfers", relationship="ex_partner", occasions=6,
    text="""\
caller (m, 34, polish) states his ex-gf (split 6 wks) is still on his google maps location share from when they were togther and has been turning up where he is - the gym x2, a pub in town. also sends him 1p bank transfers w/ refs like "polish scum" "go home vlad" "answer me". once said she'd get her brother to sort him out. caller not bothered abt the brother, just wants her to stop. adv remove location sharing. log for oic.""",
    spans=[
        ("STALK_MONITOR", "still on his google maps location share"),
        ("STALK_TURN_UP", "turning up where he is - the gym x2, a pub in town"),
        ("STALK_CONTACT", "sends him 1p bank transfers"),
        ("RACIAL_HOSTILITY", "polish scum"),
        ("RACIAL_HOSTILITY", "go home vlad"),
        ("THREAT_VIOLENCE", "she'd get her brother to sort him out"),
    ],
)

case(
    39, "aggravated_stalking", "CSR",
    voice="statement", case="mixed", noise="clean", batch="zc",
    pattern="twitch_viewer_gifts_subs_and_wishlist_then_racist_abuse_after_rejection", relationship="online", occasions=40,
    text="""\
I stream on Twitch three evenings a week, mostly cosy games. I have about 600 followers. My parents are Korean and I talk about that on stream sometimes. Since October a viewer called LoneWolf_Kev has gifted more than £900 worth of subscriptions to my channel and bought things off my Amazon wishlist, and he sends me 20 to 30 private messages a day telling me I am his soulmate and that we are meant to be together. In November I asked him politely to stop messaging me. After that the messages turned nasty. He called me "a dirty little ch*nky w***e" and told me to "go back to North Korea". He still watches every stream and still messages. He has never threatened me. I am upset by it, but I have kept streaming and I go out as normal.""",
    spans=[
        ("STALK_GIFTS", "gifted more than £900 worth of subscriptions to my channel and bought things off my Amazon wishlist"),
        ("STALK_CONTACT", "he sends me 20 to 30 private messages a day"),
        ("FIXATION", "telling me I am his soulmate and that we are meant to be together"),
        ("RACIAL_HOSTILITY", "a dirty little ch*nky w***e"),
        ("RACIAL_HOSTILITY", "go back to North Korea"),
        ("STALK_WATCH", "He still watches every stream"),
        ("DISTRESS", "I am upset by it"),
    ],
)

case(
    40, "aggravated_stalking_fear_alarm_distress", "CSFRD",
    voice="statement", case="mixed", noise="redacted", batch="zc",
    pattern="ex_hides_airtag_in_handbag_racist_abuse_and_two_death_threats", relationship="ex_partner", occasions=12,
    text="""\
Statement of [NAME 14].

I was in a relationship with Craig [SURNAME] for about three years until I ended it on 2 June this year. Towards the end he started making nasty comments about my dad's side of the family, who are from Ghana, and after I finished it that got much worse.

On about 10 June I was staying at my friend Abi's in Stockport. I hadn't told anyone where I was going, and he texted me "say hi to Abi x". A week later he turned up at the Trafford Centre while I was there with my mum, and just stood by the escalators staring at us. I couldn't work out how he kept knowing where I was. On 25 June my phone told me an unknown AirTag was travelling with me. I found it pushed into the lining of my handbag, which is a bag he bought me for my birthday. I took it to the police station the same day.

Since I ended it he has sent me hundreds of messages on WhatsApp, Instagram and by text. A lot of them call me a "half-caste slag" and say my family are "animals who should go back to the bush". On 28 June he sent "you think you can get rid of me, I'll slit your throat". On 3 July he rang me from a withheld number and said "I'm going to kill you, you black b***h, you watch".

He hit me once in 2024, which I didn't report at the time. I am frightened he will kill me. I believe he means it. I have not been anywhere on my own since the beginning of July, my mum or my friends take me everywhere, and I have stopped going to my Zumba class because he knows when it is.""",
    spans=[
        ("STALK_MONITOR", 'he texted me "say hi to Abi x"'),
        ("STALK_TURN_UP", "he turned up at the Trafford Centre while I was there with my mum"),
        ("STALK_WATCH", "just stood by the escalators staring at us"),
        ("STALK_MONITOR", "I found it pushed into the lining of my handbag"),
        ("STALK_CONTACT", "sent me hundreds of messages on WhatsApp, Instagram and by text"),
        ("RACIAL_HOSTILITY", 'call me a "half-caste slag"'),
        ("RACIAL_HOSTILITY", "animals who should go back to the bush"),
        ("THREAT_VIOLENCE", "I'll slit your throat"),
        ("THREAT_VIOLENCE", "I'm going to kill you"),
        ("RACIAL_HOSTILITY", "you black b***h"),
        ("FEAR_OF_VIOLENCE", "I am frightened he will kill me"),
        ("SERIOUS_IMPACT", "I have not been anywhere on my own since the beginning of July"),
        ("SERIOUS_IMPACT", "I have stopped going to my Zumba class"),
    ],
)

case(
    41, "aggravated_stalking_fear_alarm_distress", "CSRD",
    voice="vps", case="mixed", noise="redacted", batch="zc",
    pattern="stranger_posts_hijabi_nurses_address_online_waits_in_street_she_moves", relationship="stranger", occasions=8,
    text="""\
Victim Personal Statement - [NAME 15]

After the Echo ran a story about me winning a nursing award in February, a man I had never met started messaging me on Facebook. At first he was asking me out. When I didn't answer he started calling me a "hijabi terrorist" and saying Muslims like me should not be allowed near patients. Then he found out where I lived and put my address and photos of my house on X and on a forum, with the words "here's where the hijabi lives, pay her a visit". In April he came to my road twice and sat in his car outside my house. He also had flowers delivered to my ward.

He has never said he will hurt me, and the police have explained that to me. But I have had to move house, to a flat on the other side of the city that is not in my name. I asked for my name and photo to be taken off the staff board and I switched to nights so that fewer people would know I was there. My husband drives me to work and picks me up. I used to walk everywhere. I used to love my job.""",
    spans=[
        ("STALK_CONTACT", "started messaging me on Facebook"),
        ("RELIGIOUS_HOSTILITY", 'calling me a "hijabi terrorist"'),
        ("RELIGIOUS_HOSTILITY", "saying Muslims like me should not be allowed near patients"),
        ("STALK_PUBLISH", "put my address and photos of my house on X and on a forum"),
        ("RELIGIOUS_HOSTILITY", "here's where the hijabi lives, pay her a visit"),
        ("STALK_LOITER", "came to my road twice and sat in his car outside my house"),
        ("STALK_GIFTS", "had flowers delivered to my ward"),
        ("SERIOUS_IMPACT", "I have had to move house"),
        ("SERIOUS_IMPACT", "I switched to nights"),
        ("SERIOUS_IMPACT", "My husband drives me to work and picks me up"),
    ],
)

case(
    42, "aggravated_stalking_fear_alarm_distress", "CSRD",
    voice="crime_summary", case="mixed", noise="abbrev", batch="zc",
    pattern="brother_in_law_spyware_on_phone_shares_private_messages_with_racist_captions", relationship="family", occasions=9,
    text="""\
IP (Black British, 29) is married to the suspect's younger brother. Susp has made no secret of objecting to the marriage and at the wedding in 2025 called IP a "n***** gold-digger" in front of guests. In March IP took her phone to a repair shop as it kept overheating and the tech found 'mSpy' installed. IP recalls susp borrowing her phone at a family BBQ in January "to look at the photos". Since January susp has repeatedly messaged IP and her husband referring to private conversations she'd had with friends, her salary and her hospital appointments, and has posted screenshots of her private messages in the family WhatsApp group with captions like "this is what your brother married, a lying monkey". No threats. IP so distressed she has resigned from her job at the bank, as she feared her work logins had been taken too, and is now signed off by her GP.""",
    spans=[
        ("RACIAL_HOSTILITY", 'called IP a "n***** gold-digger"'),
        ("STALK_MONITOR", "the tech found 'mSpy' installed"),
        ("STALK_CONTACT", "repeatedly messaged IP and her husband referring to private conversations she'd had with friends"),
        ("STALK_PUBLISH", "posted screenshots of her private messages in the family WhatsApp group"),
        ("RACIAL_HOSTILITY", "this is what your brother married, a lying monkey"),
        ("DISTRESS", "IP so distressed"),
        ("SERIOUS_IMPACT", "resigned from her job at the bank"),
        ("SERIOUS_IMPACT", "is now signed off by her GP"),
    ],
)

case(
    43, "aggravated_stalking_fear_alarm_distress", "CSFRD",
    voice="judgment", case="mixed", noise="redacted", batch="zc",
    pattern="neighbour_cameras_into_kitchen_movement_log_and_repeated_arson_threat", relationship="neighbour", occasions=6,
    text="""\
Judgment (appeal against conviction) - extract.

14. The complainant, Mr [NAME 16], is a British citizen of Iraqi Kurdish origin who lived at 6 Hollins Walk from 2022 until April 2026. The appellant lived next door at number 8. The magistrates found that between October 2025 and March 2026 the appellant mounted three cameras on his property, two of them adjusted so as to look directly into the complainant's kitchen and back bedroom, and kept a handwritten log of the complainant's comings and goings, which was recovered from his house on arrest.

15. They further found that on 4 November and again on 19 December the appellant shouted at the complainant in the street that he would "burn the house down with you in it, you Iraqi rat", and that in February he repeated that threat through the complainant's letterbox at night.

16. The complainant's evidence, which the magistrates accepted, was that he believed the appellant would carry out that threat; that he fitted a smoke alarm in every room and for several weeks slept in his clothes; and that in April he sold the house at a loss and moved to Bolton.

17. Mr [NAME 17] for the appellant submits that the cameras were installed for security after a burglary. The magistrates were entitled to reject that explanation given the angle of the cameras and the log. The appeal is dismissed.""",
    spans=[
        ("STALK_WATCH", "adjusted so as to look directly into the complainant's kitchen and back bedroom"),
        ("STALK_MONITOR", "kept a handwritten log of the complainant's comings and goings"),
        ("REPETITION", "on 4 November and again on 19 December"),
        ("THREAT_VIOLENCE", "burn the house down with you in it"),
        ("RACIAL_HOSTILITY", "you Iraqi rat"),
        ("REPETITION", "he repeated that threat through the complainant's letterbox at night"),
        ("FEAR_OF_VIOLENCE", "he believed the appellant would carry out that threat"),
        ("SERIOUS_IMPACT", "fitted a smoke alarm in every room and for several weeks slept in his clothes"),
        ("SERIOUS_IMPACT", "sold the house at a loss and moved to Bolton"),
    ],
)

case(
    44, "aggravated_stalking_fear_alarm_distress", "CSRD",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="zc",
    pattern="dismissed_colleague_orders_in_her_name_fake_profile_and_racist_messages", relationship="colleague", occasions=14,
    text="""\
Sup review 22/01 - allocated PC 8812. IP (Nigerian national, care home nurse) made a formal grievance against susp (colleague) in Sept, susp dismissed Oct. Since Nov: 9 takeaway orders and a skip hire delivered to IP's address unpaid in her name; fake FB profile using IP's photos advertising "cheap African w***e"; anonymous complaint to the NMC alleging IP stole from residents (NMC found no case to answer); WhatsApps from unknown numbers calling her a "jungle bunny". Digital enquiries link the fake profile and 2 of the numbers to susp's email address. No threats. IP no longer leaves the house except for work, has stopped going to her church and has had her post redirected. Correctly recorded as racially aggravated stalking (serious alarm/distress). Actions: arrest + search, devices, CPS early advice.""",
    spans=[
        ("STALK_ORDERS", "9 takeaway orders and a skip hire delivered to IP's address unpaid in her name"),
        ("STALK_PUBLISH", "fake FB profile using IP's photos"),
        ("RACIAL_HOSTILITY", "cheap African w***e"),
        ("STALK_ORDERS", "anonymous complaint to the NMC alleging IP stole from residents"),
        ("STALK_CONTACT", "WhatsApps from unknown numbers"),
        ("RACIAL_HOSTILITY", 'calling her a "jungle bunny"'),
        ("SERIOUS_IMPACT", "IP no longer leaves the house except for work"),
        ("SERIOUS_IMPACT", "has stopped going to her church"),
    ],
)
