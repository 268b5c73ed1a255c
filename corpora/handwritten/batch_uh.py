# ruff: noqa: E501
"""Hand-written narratives, writer uh: online and app-based conduct (dating apps, gaming, fake profiles, doxxing, group chats, burner accounts)."""

from corpora.handwritten import case

case(
    1, "stalking_fear_alarm_distress", "CSD",
    voice="crime_summary", case="mixed", noise="clean", batch="uh",
    pattern="banned_discord_user_doxxes_moderator_fake_profiles_victim_moves_and_quits_job", relationship="online", occasions=4,
    text="""\
Crime summary. IP is a 29 year old woman who moderates a Discord server for a knitting and crafts community (roughly 900 members). In February she banned a user called 'woolgatherer88', since identified through subscriber checks as Gareth ONSLOW, for spamming the server with adverts. Since then:
- 3 March: ONSLOW posted IP's full home address and a photo of her front door on a gossip forum, in a thread titled with her username.
- 11 March: same forum, posted the name of the garden centre where she works and her shift pattern.
- Late March: at least four fake Instagram profiles appeared using her photos and her name, following her friends and colleagues.
- 2 April: posted a photo of her car parked outside her flat, registration visible.
No threats have been made at any point and ONSLOW has never messaged IP directly. IP states she has not slept properly since March. She has handed in her notice at the garden centre and moved in with her sister in Kettering as she no longer feels safe at the flat. Forum admin removed the threads on request. Enquiries ongoing re arrest.""",
    spans=[
        ("REPETITION", "Since then"),
        ("STALK_PUBLISH", "posted IP's full home address and a photo of her front door"),
        ("STALK_PUBLISH", "posted the name of the garden centre where she works and her shift pattern"),
        ("STALK_PUBLISH", "at least four fake Instagram profiles appeared using her photos and her name"),
        ("STALK_WATCH", "posted a photo of her car parked outside her flat"),
        ("DISTRESS", "she has not slept properly since March"),
        ("SERIOUS_IMPACT", "handed in her notice at the garden centre"),
        ("SERIOUS_IMPACT", "moved in with her sister in Kettering"),
    ],
)

case(
    2, "harassment", "C",
    voice="call_log", case="upper", noise="abbrev", batch="uh",
    pattern="marketplace_buyer_abusive_msgs_over_refund_threats_to_brother_not_feared", relationship="online", occasions=5,
    text="""\
CALLER REPORTS SHE SOLD A TUMBLE DRYER ON FB MARKETPLACE 2 WKS AGO FOR £60. BUYER (SUSP, PROFILE NAME 'KYLE B') SAYS IT STOPPED WORKING & WANTS MONEY BACK. SINCE 14/05 SUSP HAS SENT APPROX 30 MSGS VIA MESSENGER + WHATSAPP, ALL ABOUT THE DRYER - CALLING HER A SCAMMER, 'GIVE ME MY 60 QUID U THIEVING COW' ETC. ALSO 2 MSGS SAYING HE WILL SORT OUT HER BROTHER (BRO DELIVERED THE DRYER IN HIS VAN) - 'HES GETTING A SMACK WHEN I SEE HIM'. CALLER SAYS BRO IS A BIG LAD AND LAUGHED IT OFF, SHE IS NOT WORRIED FOR HERSELF, JUST SICK OF THE MSGS. CALLER BLOCKED HIM ON WHATSAPP, SUSP THEN MSGD FROM HIS PARTNERS ACC ONCE ASKING FOR THE MONEY. LOG FOR OIC.""",
    spans=[
        ("REPETITION", "SINCE 14/05"),
        ("STALK_CONTACT", "SUSP HAS SENT APPROX 30 MSGS VIA MESSENGER + WHATSAPP"),
        ("STALK_CONTACT", "GIVE ME MY 60 QUID U THIEVING COW"),
        ("DISTRESS", "JUST SICK OF THE MSGS"),
        ("STALK_CONTACT", "MSGD FROM HIS PARTNERS ACC ONCE"),
    ],
)

case(
    3, "aggravated_harassment_fear_of_violence", "CFR",
    voice="statement", case="mixed", noise="clean", batch="uh",
    pattern="clan_member_racist_abuse_party_chat_then_discord_stab_threats", relationship="online", occasions=3,
    text="""\
I have played an online shooter game on my PlayStation for about three years and I am in a clan of about twelve players. One of the clan is a male I know only as 'Tezza_V'. I have since found out he lives in Dudley, about two miles from me, because we met once at a gaming night at a bar in town last summer. I am Black and I am the only Black member of the clan.

On Friday 9th August at about 10pm we lost a match and Tezza started on me over the party chat. He called me a [racial slur] and told me to go back to the jungle. I left the party.

On Sunday 11th August he messaged me on Discord: "i know where u drink monkey il find u and stab u". I did not reply.

On Wednesday 14th August he put another message in the clan Discord and tagged me in it: "next time i see the n***** hes getting cut". Two of the other lads saw it and one of them screenshotted it for me before it was deleted.

I am frightened of him. He has met me, he knows what I look like and which bars I go to. I genuinely think he would do something if he saw me. I have the screenshots on my phone and I am happy to hand them over.""",
    spans=[
        ("STALK_CONTACT", "Tezza started on me over the party chat"),
        ("RACIAL_HOSTILITY", "He called me a [racial slur] and told me to go back to the jungle"),
        ("STALK_CONTACT", "he messaged me on Discord"),
        ("RACIAL_HOSTILITY", "i know where u drink monkey"),
        ("THREAT_VIOLENCE", "il find u and stab u"),
        ("RACIAL_HOSTILITY", "next time i see the n*****"),
        ("THREAT_VIOLENCE", "hes getting cut"),
        ("FEAR_OF_VIOLENCE", "I am frightened of him."),
        ("FEAR_OF_VIOLENCE", "I genuinely think he would do something if he saw me"),
    ],
)

case(
    4, "no_offence", "",
    voice="notebook", case="lower", noise="typos", batch="uh",
    pattern="single_threat_from_unknown_opponent_in_game_chat", relationship="stranger", occasions=1,
    text="""\
16/10 1930 atended addr re report from mum of [NAME 1] (19). [NAME 1] was playing online football game last nite, won the match, opponent sent msg in the game chat 'ur dead if i ever find u, il break ur legs'. one msg only. opponent is a random, username only, flag on profile suggests abroad. no previous contact, nothing since, [NAME 1] has blocked & reported in game. says it shook him a bit at the time but hes fine now, mum more worried than him. advice re reporting to platform & keeping screenshots. single incident, no course of conduct. malcomms considerd, sent to OIC queue to reveiw. nfa this end""",
    spans=[
        ("STALK_CONTACT", "opponent sent msg in the game chat"),
        ("THREAT_VIOLENCE", "ur dead if i ever find u, il break ur legs"),
        ("DISTRESS", "it shook him a bit at the time"),
    ],
)

case(
    5, "stalking", "CS",
    voice="victim_diary", case="lower", noise="typos", batch="uh",
    pattern="ex_partner_pleading_messages_across_platforms_after_blocks_no_threats", relationship="ex_partner", occasions=6,
    text="""\
mon 3rd - dan messaged on whatsapp at 0140, 'please just talk to me, i cant sleep without u'. didnt reply.
tue 4th - blocked him on whatsapp last night so this morning hes messaging on insta instead. 6 messages before 9am. 'i know u still love me', 'ill change i swear'.
wed 5th - messages on facebook now, and a voice note on snapchat of him crying. sent me a photo of our old flat.
thu 6th - nothing. felt weird waiting for it
fri 7th - his sister messaged saying dans in a bad way and i should ring him. i didnt. then an email from an account ive never seen, 3 long paragraphs about how we were ment to be together.
sat 8th - he liked every single photo on my insta going back to 2021 from a new account.
hes never threatened me. its not like that. he just wont accept its over. we split in january and ive told him about 20 times i dont want to get back together. i feel sick every time my phone goes.""",
    spans=[
        ("STALK_CONTACT", "dan messaged on whatsapp at 0140"),
        ("FIXATION", "please just talk to me, i cant sleep without u"),
        ("STALK_CONTACT", "hes messaging on insta instead"),
        ("REPETITION", "6 messages before 9am"),
        ("STALK_CONTACT", "messages on facebook now, and a voice note on snapchat of him crying"),
        ("STALK_CONTACT", "an email from an account ive never seen"),
        ("FIXATION", "3 long paragraphs about how we were ment to be together"),
        ("STALK_MONITOR", "he liked every single photo on my insta going back to 2021 from a new account"),
        ("FIXATION", "he just wont accept its over"),
        ("UNWANTED", "ive told him about 20 times i dont want to get back together"),
        ("DISTRESS", "i feel sick every time my phone goes"),
    ],
)

case(
    6, "aggravated_stalking", "CSR",
    voice="updates", case="mixed", noise="abbrev", batch="uh",
    pattern="ex_partner_fake_instagram_accounts_screenshots_stories_racist_msgs_not_scared", relationship="ex_partner", occasions=5,
    text="""\
UPDATE 1 - 21/02 PC 4471 - Spoke to IP by phone. She confirms the Insta accts 'jess_xx_2002' and 'bakerlad.official' are both her ex, Liam, who she split from in Nov. Both requested to follow her private acc, she accepted the first not knowing who it was. He then screenshotted her stories and sent them back to her on WhatsApp with comments about who she was out with.
UPDATE 2 - 23/02 - IP forwarded screenshots. Msgs from Liam incl 'see ur out with ur p*** mates again', 'go back to ur own kind then', 'ur family are all the same dirty p****'. Approx 40 msgs 10/02 - 22/02.
UPDATE 3 - 27/02 - IP reports a further new acc has followed her best friend and her sister. IP says she is not scared of him, 'hes all mouth', but wants it to stop. No threats disclosed. No change to routine. IP supports prosecution.
UPDATE 4 - 01/03 - Liam's mum rang in to say he has deleted the accts. Noted. Arrest plan to DS for approval.""",
    spans=[
        ("STALK_MONITOR", "Both requested to follow her private acc"),
        ("STALK_MONITOR", "screenshotted her stories and sent them back to her on WhatsApp"),
        ("FIXATION", "comments about who she was out with"),
        ("RACIAL_HOSTILITY", "see ur out with ur p*** mates again"),
        ("RACIAL_HOSTILITY", "go back to ur own kind then"),
        ("RACIAL_HOSTILITY", "ur family are all the same dirty p****"),
        ("REPETITION", "Approx 40 msgs 10/02 - 22/02"),
        ("STALK_MONITOR", "a further new acc has followed her best friend and her sister"),
    ],
)

case(
    7, "harassment_fear_of_violence", "CF",
    voice="crime_summary", case="mixed", noise="typos", batch="uh",
    pattern="burner_snapchat_accounts_threats_over_phone_deal_debt", relationship="acquaintance", occasions=3,
    text="""\
Victim (M, 22) owes suspect approx £400 from a 'phone deal' that went wrong in the summer; victim accepts he owes something but says the deal was a con. From 2 Sept victim began recieving Snapchat messages from accounts with random usernames (kcashh_01, kcashh_02 etc).
2/9 - 'pay up or ur gettin wet up'
5/9 - voice note - 'I know ur mums house, wen I see u ur getting shanked bro'
Victim blocks each one and a new account appears within a day. Approx 7 accounts so far, all about the money.
Victim states he is 'terrified to leave the house' and does not beleive it's just talk, as suspect is known locally to carry. Suspect identified through victim as Kieran PASCOE.""",
    spans=[
        ("STALK_CONTACT", "began recieving Snapchat messages from accounts with random usernames"),
        ("THREAT_VIOLENCE", "pay up or ur gettin wet up"),
        ("THREAT_VIOLENCE", "I know ur mums house, wen I see u ur getting shanked bro"),
        ("STALK_CONTACT", "a new account appears within a day"),
        ("REPETITION", "Approx 7 accounts so far"),
        ("FEAR_OF_VIOLENCE", "terrified to leave the house"),
        ("FEAR_OF_VIOLENCE", "does not beleive it's just talk"),
    ],
)

case(
    8, "aggravated_harassment", "CR",
    voice="mo_field", case="upper", noise="abbrev", batch="uh",
    pattern="customer_racist_msgs_to_takeaway_owner_after_late_delivery", relationship="customer", occasions=11,
    text="""\
MO: SUSP, A CUSTOMER OF IP'S TAKEAWAY (HIGH ST), AFTER A DISPUTE OVER A LATE DELIVERY ON 02/06 HAS SENT REPEATED MSGS TO THE SHOP'S INSTAGRAM AND VIA THE DELIVERY APP CHAT, 02/06-19/06, CALLING IP 'CHINKY' AND 'DOG EATER' AND TELLING HIM TO 'F*** OFF BACK TO CHINA WITH UR COVID'. 11 MSGS IN TOTAL. NO THREATS. IP UPSET BUT CONTINUING TO TRADE AS NORMAL.""",
    spans=[
        ("STALK_CONTACT", "HAS SENT REPEATED MSGS TO THE SHOP'S INSTAGRAM AND VIA THE DELIVERY APP CHAT"),
        ("REPETITION", "02/06-19/06"),
        ("RACIAL_HOSTILITY", "CALLING IP 'CHINKY' AND 'DOG EATER'"),
        ("RACIAL_HOSTILITY", "F*** OFF BACK TO CHINA WITH UR COVID"),
        ("REPETITION", "11 MSGS IN TOTAL"),
        ("DISTRESS", "IP UPSET"),
    ],
)

case(
    9, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="supervisor_review", case="mixed", noise="clean", batch="uh",
    pattern="anonymous_account_fixated_on_jewish_food_blogger_posts_address_emails_employer_she_moves", relationship="online", occasions=6,
    text="""\
Supervisor review - DS 2290 Okafor
Reviewed crime. Initially recorded as malicious communications, which does not reflect the facts. Victim is a Jewish woman who writes a small food blog. Since April an anonymous account, now linked by the platform's disclosure to a man in Leeds with no connection to her, has commented on almost every post she makes, sent her private messages at all hours, and on three occasions posted her home address in the comments with remarks such as 'jew rats live here' and 'another dirty Jew in Harrogate'. He also emailed her employer (a primary school) pretending to be a concerned parent and alleging she was unfit to work with children. She has since moved address and asked the school to take her photo off its website. She has disabled comments and stopped posting recipes. No threats of violence identified, but the publication of her address alongside the volume of contact is what caused the move.
This is a course of conduct showing fixation on the victim, with hostility based on her religion. Reclassify to racially or religiously aggravated stalking (serious alarm or distress). OIC to obtain a statement covering the move and the wider impact. Arrest to be planned with West Yorkshire colleagues. Review again in 14 days.""",
    spans=[
        ("REPETITION", "Since April"),
        ("STALK_CONTACT", "commented on almost every post she makes"),
        ("STALK_CONTACT", "sent her private messages at all hours"),
        ("STALK_PUBLISH", "on three occasions posted her home address in the comments"),
        ("RELIGIOUS_HOSTILITY", "jew rats live here"),
        ("RELIGIOUS_HOSTILITY", "another dirty Jew in Harrogate"),
        ("STALK_ORDERS", "emailed her employer (a primary school) pretending to be a concerned parent"),
        ("SERIOUS_IMPACT", "She has since moved address"),
        ("SERIOUS_IMPACT", "asked the school to take her photo off its website"),
        ("SERIOUS_IMPACT", "stopped posting recipes"),
    ],
)

case(
    10, "stalking_fear_alarm_distress", "CSFD",
    voice="dash_note", case="mixed", noise="abbrev", batch="uh",
    pattern="ex_uses_google_location_sharing_turns_up_at_friends_then_two_death_threats", relationship="ex_partner", occasions=3,
    text="""\
DASH completed 12/01 - MEDIUM.
VIC and SUSP together 4 yrs, sep Oct. SUSP still had VIC's Google password from when they shared a laptop and has been using location sharing on her phone to see where she is - VIC only found out when he turned up at her friend's house in Worcester on 28/12, she had told nobody she was going there.
Msgs on WhatsApp:
29/12 - 'u think u can hide from me, i will put u in the ground'
06/01 - 'ur gonna end up in a box u slag'
VIC says she is petrified and believes he will carry it out.
Q: Are you very frightened? Y - of being killed.
VIC staying at parents' for now and not going back to the flat.""",
    spans=[
        ("STALK_MONITOR", "using location sharing on her phone to see where she is"),
        ("STALK_TURN_UP", "he turned up at her friend's house in Worcester on 28/12"),
        ("THREAT_VIOLENCE", "i will put u in the ground"),
        ("THREAT_VIOLENCE", "ur gonna end up in a box u slag"),
        ("FEAR_OF_VIOLENCE", "she is petrified and believes he will carry it out"),
        ("FEAR_OF_VIOLENCE", "Y - of being killed"),
        ("SERIOUS_IMPACT", "VIC staying at parents' for now and not going back to the flat"),
    ],
)

case(
    11, "harassment", "C",
    voice="judgment", case="mixed", noise="clean", batch="uh",
    pattern="three_voice_notes_in_twelve_minutes_after_removal_from_team_group_one_threat_not_feared", relationship="acquaintance", occasions=3,
    text="""\
12. The complainant and the appellant were both members of a WhatsApp group used to organise a Sunday league football team. After a disagreement about unpaid subs, the complainant, who was the team's treasurer, removed the appellant from the group. Between 23:04 and 23:16 that night the appellant sent three voice notes directly to the complainant's phone. In the first he called her a 'jumped up little thief'. In the second, sent four minutes later, he said she had robbed the lads and he would make sure everyone knew. In the third he said 'you want to watch yourself walking to your car'.
13. It was argued that this was in truth a single outburst. We do not agree. Each voice note required a fresh decision to record and send it; they were separate occasions, and plainly connected.
14. The third note was capable of being a threat, but it was the only one, and the complainant accepted that she took it as bluster rather than anything she feared. She said the messages left her shaking and tearful that night. The conviction under section 2 stands.""",
    spans=[
        ("REPETITION", "Between 23:04 and 23:16 that night"),
        ("STALK_CONTACT", "sent three voice notes directly to the complainant's phone"),
        ("STALK_CONTACT", "he called her a 'jumped up little thief'"),
        ("REPETITION", "sent four minutes later"),
        ("THREAT_VIOLENCE", "you want to watch yourself walking to your car"),
        ("DISTRESS", "left her shaking and tearful that night"),
    ],
)

case(
    12, "no_offence", "R",
    voice="call_log", case="mixed", noise="abbrev", batch="uh",
    pattern="single_racist_reply_on_dating_app_then_unmatched", relationship="online", occasions=1,
    text="""\
Caller (F, 31) matched with a male on a dating app on Sat. Chatted briefly, she said she wasn't interested in meeting. He replied once: 'no loss, wouldnt touch a [slur] anyway, go back to Africa'. Then unmatched her, so neither can message the other. No other contact before or since, does not know his surname. Caller upset and angry, wants it on record, has reported the profile to the app. Screenshot emailed in. Advised re hate incident recording. Hate incident flag added, no further lines of enquiry.""",
    spans=[
        ("STALK_CONTACT", "He replied once"),
        ("RACIAL_HOSTILITY", "wouldnt touch a [slur] anyway, go back to Africa"),
        ("DISTRESS", "Caller upset and angry"),
    ],
)

case(
    13, "aggravated_harassment", "CRD",
    voice="third_party", case="mixed", noise="redacted", batch="uh",
    pattern="running_club_member_racist_tags_in_group_chat_and_voice_note_victim_leaves_club", relationship="acquaintance", occasions=3,
    text="""\
I am the secretary of [CLUB NAME] running club. We have a WhatsApp group with about 60 members. I am making this statement about messages posted by [PERSON A] and aimed at [PERSON B], who is of Indian heritage and joined the club last spring.

The first I saw was on 4 March when [PERSON B] posted his parkrun time and [PERSON A] replied tagging him, 'not bad for a curry muncher'. I messaged [PERSON A] privately to tell him that was out of order. On 18 March, after [PERSON B] offered to lead the Thursday group, [PERSON A] wrote '@[PERSON B] nobody wants to follow a p*** round the park'. On 2 April he sent [PERSON B] a voice note directly, which [PERSON B] played to me, putting on an Indian accent and telling him to go back to his corner shop.

[PERSON B] has left the group and the club. He told me he now runs on his own, early in the morning and on a different route, so he doesn't bump into any of us. He was one of our most regular members. [PERSON A] has been removed from the club by the committee.""",
    spans=[
        ("STALK_CONTACT", "[PERSON A] replied tagging him"),
        ("RACIAL_HOSTILITY", "not bad for a curry muncher"),
        ("RACIAL_HOSTILITY", "nobody wants to follow a p*** round the park"),
        ("STALK_CONTACT", "he sent [PERSON B] a voice note directly"),
        ("RACIAL_HOSTILITY", "putting on an Indian accent and telling him to go back to his corner shop"),
        ("SERIOUS_IMPACT", "[PERSON B] has left the group and the club"),
        ("SERIOUS_IMPACT", "runs on his own, early in the morning and on a different route"),
    ],
)

case(
    14, "stalking", "CS",
    voice="vps", case="mixed", noise="clean", batch="uh",
    pattern="one_hinge_date_then_daily_messages_linkedin_and_turns_up_at_her_gym_no_change_to_routine", relationship="online", occasions=5,
    text="""\
I met Ross on Hinge in September and we went for one drink at the Crown. It was fine but there wasn't anything there, and I told him the next day by message, politely. Since then he has not stopped. He messaged me every day for about three weeks asking what he had done wrong and saying we had a 'real connection'. When I stopped replying he found me on LinkedIn and sent a request with a note saying he just wanted closure. Then on 14 October he was in the gym I go to on Barrack Road, on the machine next to mine. He doesn't live anywhere near there. I had mentioned the gym on our date. He just smiled and said 'small world'. He was there again two days later when I came out of a spin class.

I keep checking over my shoulder and I have been having trouble sleeping. I get a knot in my stomach when I see a grey car like his. I haven't changed anything about my life and I don't want to, I don't see why I should have to, but I want him to leave me alone.""",
    spans=[
        ("UNWANTED", "I told him the next day by message, politely"),
        ("STALK_CONTACT", "He messaged me every day"),
        ("REPETITION", "for about three weeks"),
        ("FIXATION", "saying we had a 'real connection'"),
        ("STALK_CONTACT", "found me on LinkedIn and sent a request"),
        ("STALK_TURN_UP", "he was in the gym I go to on Barrack Road, on the machine next to mine"),
        ("STALK_TURN_UP", "He was there again two days later when I came out of a spin class"),
        ("DISTRESS", "I keep checking over my shoulder and I have been having trouble sleeping"),
        ("DISTRESS", "I get a knot in my stomach"),
    ],
)

case(
    15, "harassment_fear_of_violence", "CFD",
    voice="call_log", case="upper", noise="heavy", batch="uh",
    pattern="warehouse_colleague_threats_on_shift_whatsapp_after_warning_repeated_twice", relationship="colleague", occasions=3,
    text="""\
1102 CALLER WRKS AT DISTRIBUTION CENTRE ON PARKWAY. COLLEGUE (SUSP) GOT WRITTEN WARNING AFTER CALLER REPORTED HIM FOR USING HIS PHONE ON THE FORKLIFT. ON 23/11 SUSP SENT CALLER A PRIV MSG OFF THE SHIFT WHATSAPP GRP 'GRASS. ILL DO U IN THE CAR PARK'. HE HAS SAID IT AGAIN TWICE SINCE, LAST ONE 27/11 AS VOICE NOTE 'UR GETTING DONE IN WHEN NOBODYS ABOUT'. CALLER V SCARED, SAYS SUSP IS BIG + HAS A TEMPER, HAS ASKED MGR TO SWAP HIM TO DAYS SO HE DOESNT WORK SAME SHIFT. MGR AWARE. CALLER DOESNT WANT TO GO IN TONITE. SUSP DETS KNOWN TO CALLER SEE LOG. NO WEAPONS MENTIONED. CALLBACK ARRANGED 1400.""",
    spans=[
        ("STALK_CONTACT", "SENT CALLER A PRIV MSG OFF THE SHIFT WHATSAPP GRP"),
        ("THREAT_VIOLENCE", "ILL DO U IN THE CAR PARK"),
        ("REPETITION", "HE HAS SAID IT AGAIN TWICE SINCE"),
        ("THREAT_VIOLENCE", "UR GETTING DONE IN WHEN NOBODYS ABOUT"),
        ("FEAR_OF_VIOLENCE", "CALLER V SCARED"),
        ("SERIOUS_IMPACT", "HAS ASKED MGR TO SWAP HIM TO DAYS SO HE DOESNT WORK SAME SHIFT"),
    ],
)

case(
    16, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="result_note", case="mixed", noise="abbrev", batch="uh",
    pattern="ex_partner_virtual_numbers_burner_insta_racist_death_threats_charged", relationship="ex_partner", occasions=4,
    text="""\
RESULT: Charged - racially aggravated stalking involving fear of violence.
Summary for file: SUSP and IP (Black British female) were in a relationship for 18 months, ending June. IP blocked SUSP on all apps. From 3 July to 20 August he contacted her from at least nine different virtual numbers and two burner Instagram accounts. Messages (exhibit RD/3) incl 'u black b**** u will never get away from me', 'ill burn ur house down with u in it' (09/07) and 'i will slit ur throat u dirty monkey' (15/08). He also messaged IP's mother saying her daughter 'belongs to him'. IP's evidence is that she is terrified he will kill her, and she has had a panic alarm fitted by the DA team.""",
    spans=[
        ("REPETITION", "From 3 July to 20 August"),
        ("STALK_CONTACT", "contacted her from at least nine different virtual numbers and two burner Instagram accounts"),
        ("RACIAL_HOSTILITY", "u black b**** u will never get away from me"),
        ("THREAT_VIOLENCE", "ill burn ur house down with u in it"),
        ("THREAT_VIOLENCE", "i will slit ur throat"),
        ("RACIAL_HOSTILITY", "u dirty monkey"),
        ("FIXATION", "her daughter 'belongs to him'"),
        ("FEAR_OF_VIOLENCE", "she is terrified he will kill her"),
        ("SERIOUS_IMPACT", "she has had a panic alarm fitted"),
    ],
)

case(
    17, "harassment", "C",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="uh",
    pattern="homophobic_instagram_dms_after_pride_photos_from_village_acquaintance", relationship="acquaintance", occasions=14,
    text="""\
Sup review 04/07 Sgt 1187
Crime recorded as harassment, correct. IP (M, 26) posted photos from Pride on his Instagram. Between 24/06 and 01/07 SUSP, who went to school with IP and lives in the same village, sent him 14 DMs calling him a 'f****t' and 'batty boy' and saying 'people like u shouldnt be allowed near kids'. IP is upset and embarrassed, has not changed anything and still drinks in the pub where SUSP drinks. Hostility is based on sexual orientation: flag as homophobic hate crime. For OIC: this is not racially or religiously aggravated under s.32 CDA, so keep the crime as s.2 PHA with the hate crime flag, do not reclassify to the aggravated form. Statement from IP needed, DMs to be exhibited.""",
    spans=[
        ("REPETITION", "Between 24/06 and 01/07"),
        ("STALK_CONTACT", "sent him 14 DMs calling him a 'f****t' and 'batty boy'"),
        ("STALK_CONTACT", "people like u shouldnt be allowed near kids"),
        ("DISTRESS", "IP is upset and embarrassed"),
    ],
)

case(
    18, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="updates", case="inconsistent", noise="abbrev", batch="uh",
    pattern="anonymous_x_account_anti_muslim_dm_threats_to_food_bank_volunteer", relationship="stranger", occasions=2,
    text="""\
24/03 OIC UPDATE: IP (F, 41) wears a hijab, runs the food bank at the mosque on Carr Lane and posts about it on X. Account @truebrit_1066 DMd her on 19/03: 'u muslim parasites are everywhere, ill be waiting outside the mosque with a machete'.
26/03 update: second DM received 25/03 from same acc: 'we know which car u drive, filthy muzzie. u and ur mosque are getting torched'. IP now very frightened for her safety, has had to ask her husband to walk her to and from the food bank every shift.
28/03 UPDATE: X disclosure request submitted. acc linked to an email address registered to a male in Grimsby.
30/03: SUSP arrested at home addr, phone seized. admits the acct is his. says 'it was banter'.""",
    spans=[
        ("STALK_CONTACT", "DMd her on 19/03"),
        ("RELIGIOUS_HOSTILITY", "u muslim parasites are everywhere"),
        ("THREAT_VIOLENCE", "ill be waiting outside the mosque with a machete"),
        ("STALK_CONTACT", "second DM received 25/03 from same acc"),
        ("RELIGIOUS_HOSTILITY", "filthy muzzie"),
        ("THREAT_VIOLENCE", "u and ur mosque are getting torched"),
        ("FEAR_OF_VIOLENCE", "very frightened for her safety"),
        ("SERIOUS_IMPACT", "ask her husband to walk her to and from the food bank every shift"),
    ],
)

case(
    19, "stalking", "CS",
    voice="third_party", case="mixed", noise="clean", batch="uh",
    pattern="viewer_fixated_on_twitch_streamer_wishlist_gifts_new_accounts_single_threat", relationship="online", occasions=6,
    text="""\
Third party report made online by IP's partner, Jordan (details on log), on her behalf. IP is aware and consents.
IP streams video games part time on Twitch (about 300 followers). Since December a viewer using the name 'SirLancelot_77' has been in every single stream, usually first into the chat. He has sent her over 60 private messages on Twitch and Discord, calls her 'my queen' and 'wifey', and asks why she talks to other men in chat. He has bought nearly everything off her Amazon wishlist, plus things that were never on it: a necklace with an L on it (her initial) was delivered to her PO box in February with a note saying 'so you never forget me'. When she banned him in March he was back on a new account within the hour. Last week he messaged 'if i ever see u with another man il smash his face in and yours'. That is the only threat. IP says she is more creeped out than scared, and does not think he knows her home address. She has not stopped streaming but is thinking about it.""",
    spans=[
        ("REPETITION", "Since December"),
        ("STALK_MONITOR", "has been in every single stream, usually first into the chat"),
        ("STALK_CONTACT", "sent her over 60 private messages on Twitch and Discord"),
        ("FIXATION", "calls her 'my queen' and 'wifey'"),
        ("FIXATION", "asks why she talks to other men in chat"),
        ("STALK_GIFTS", "bought nearly everything off her Amazon wishlist"),
        ("STALK_GIFTS", "a necklace with an L on it (her initial) was delivered to her PO box"),
        ("FIXATION", "so you never forget me"),
        ("STALK_CONTACT", "back on a new account within the hour"),
        ("THREAT_VIOLENCE", "if i ever see u with another man il smash his face in and yours"),
        ("DISTRESS", "more creeped out than scared"),
    ],
)

case(
    20, "no_offence", "",
    voice="result_note", case="mixed", noise="clean", batch="uh",
    pattern="mutual_insults_in_school_parents_whatsapp_group_both_report", relationship="acquaintance", occasions=2,
    text="""\
Result: NFA - no offence disclosed. Both parties are members of the parents' WhatsApp group for Year 4 at Hollins Primary. A row started on 10/05 over birthday party invitations. Over two evenings IP and Person B traded insults in the group and then by private message, each calling the other names ('fat cow', 'stuck up cow', 'at least my kid has manners'). IP then reported Person B, and Person B made a counter allegation the same night. Screenshots reviewed in full: both equally abusive, no threats either way, and IP started the second evening's exchange herself. Both have now left the group. Mutual falling out, not conduct aimed at one party by the other. Words of advice given to both and signposted to the school's parent liaison.""",
    spans=[],
)

case(
    21, "stalking_fear_alarm_distress", "CSD",
    voice="statement", case="mixed", noise="typos", batch="uh",
    pattern="ex_threatens_to_send_private_photos_to_mum_and_employer_unless_she_meets_she_changes_number", relationship="ex_partner", occasions=4,
    text="""\
I was with Aaron for just over a year. We broke up at the start of May because of his jealousy. While we were together I sent him some private photos of myself, I will not go into detail about them. Since we split he has messaged me nearly every day asking to meet up 'just to talk'. When I said no he started saying that if I didnt meet him he would send the photos to my mum and to the salon where I work. He said this on the 12th May, again on the 20th and again on the 2nd June, when he sent me a screenshot showing one of the photos in a message ready to go to my boss, with the send button showing.

He has never said he will hurt me and I dont think he would. But I have not been able to think about anything else. I deleted my Instagram and Facebook, I changed my phone number, and I have told my manager at the salon in case anything arrives so it doesnt come as a shock. I have stoped going to the gym we both used to go to.""",
    spans=[
        ("STALK_CONTACT", "messaged me nearly every day asking to meet up"),
        ("UNWANTED", "When I said no"),
        ("STALK_CONTACT", "he would send the photos to my mum and to the salon where I work"),
        ("REPETITION", "again on the 20th and again on the 2nd June"),
        ("ESCALATION", "sent me a screenshot showing one of the photos in a message ready to go to my boss"),
        ("DISTRESS", "I have not been able to think about anything else"),
        ("SERIOUS_IMPACT", "I deleted my Instagram and Facebook, I changed my phone number"),
        ("SERIOUS_IMPACT", "I have stoped going to the gym we both used to go to"),
    ],
)

case(
    22, "aggravated_stalking", "CSR",
    voice="crime_summary", case="mixed", noise="redacted", batch="uh",
    pattern="stranger_fixated_on_sikh_fitness_tiktoker_comments_stitches_follows_family", relationship="online", occasions=6,
    text="""\
Crime summary: VIC [NAME 1], a Sikh man who posts fitness videos on TikTok. Since approx 05/01 SUSP, using the account [USERNAME 1] and later [USERNAME 2] after the first was banned, has commented on every video VIC has posted, over 50 comments, including 'take that tea towel off ur head', 'go back to ur temple and stop polluting my feed' and calling him 'Bin Laden'. SUSP has also made 'stitch' videos of VIC's posts with his own commentary over the top, and has followed VIC's sister and his gym's account, commenting on their posts asking where VIC trains. VIC says he is not bothered for himself but is angry, and worried it is spreading to his family. No threats. VIC has not changed anything.""",
    spans=[
        ("REPETITION", "Since approx 05/01"),
        ("STALK_CONTACT", "has commented on every video VIC has posted"),
        ("REPETITION", "over 50 comments"),
        ("RELIGIOUS_HOSTILITY", "take that tea towel off ur head"),
        ("RELIGIOUS_HOSTILITY", "go back to ur temple and stop polluting my feed"),
        ("RACIAL_HOSTILITY", "calling him 'Bin Laden'"),
        ("STALK_PUBLISH", "made 'stitch' videos of VIC's posts with his own commentary over the top"),
        ("STALK_MONITOR", "followed VIC's sister and his gym's account"),
        ("FIXATION", "commenting on their posts asking where VIC trains"),
        ("DISTRESS", "worried it is spreading to his family"),
    ],
)

case(
    23, "harassment_fear_of_violence", "CFD",
    voice="notebook", case="mixed", noise="abbrev", batch="uh",
    pattern="racing_game_rival_disability_abuse_and_two_threats_to_wheelchair_user", relationship="acquaintance", occasions=3,
    text="""\
PNB 02/02 1545 - Home visit to VIC [NAME 1] (24), wheelchair user (CP). VIC plays an online racing game, SUSP is another player who lives locally. After VIC beat him in a league race on 25/01 SUSP messaged on Xbox: 'ur a crippled spastic, shouldnt even be allowed a controller'. 27/01 Xbox msg: 'ill tip u out of that chair and stamp on ur head'. 30/01 on Insta: 'wait til I catch u outside Tesco, ur getting battered, cant run can u'. VIC visibly shaking when talking about it. States he is frightened SUSP will come to the house, and he has asked his carer not to leave him on his own in the evenings now. Disability hate crime flag added - not a s.32 CDA matter.""",
    spans=[
        ("STALK_CONTACT", "SUSP messaged on Xbox"),
        ("STALK_CONTACT", "ur a crippled spastic, shouldnt even be allowed a controller"),
        ("THREAT_VIOLENCE", "ill tip u out of that chair and stamp on ur head"),
        ("THREAT_VIOLENCE", "wait til I catch u outside Tesco, ur getting battered"),
        ("DISTRESS", "VIC visibly shaking when talking about it"),
        ("FEAR_OF_VIOLENCE", "he is frightened SUSP will come to the house"),
        ("SERIOUS_IMPACT", "asked his carer not to leave him on his own in the evenings now"),
    ],
)

case(
    24, "harassment", "C",
    voice="statement", case="mixed", noise="clean", batch="uh",
    pattern="former_friend_gets_others_to_message_victim_threats_not_feared", relationship="acquaintance", occasions=5,
    text="""\
I have known Chloe since school. We fell out in March over a lad. Since then I have had messages from people I barely know, all in the same week, and I know Chloe put them up to it because her friend Abbie sent me a screenshot of Chloe's group chat where Chloe wrote 'everyone message her and tell her what u think of her, make her life hell'.

On 2 April I got Snapchats from three different girls calling me a slag and a home wrecker. On 4 April one of them, Mia, messaged 'ur getting jumped next time ur in town'. On 6 April I got another one from a boy I don't know saying the same thing. Chloe herself messaged me on the 8th: 'hope ur enjoying ur fan mail'.

I want to make it clear I am not scared of any of them. They are all talk and I still go into town most weekends. I am just fed up with it and I want Chloe told to stop.""",
    spans=[
        ("STALK_CONTACT", "everyone message her and tell her what u think of her, make her life hell"),
        ("STALK_CONTACT", "got Snapchats from three different girls calling me a slag and a home wrecker"),
        ("THREAT_VIOLENCE", "ur getting jumped next time ur in town"),
        ("STALK_CONTACT", "another one from a boy I don't know"),
        ("REPETITION", "saying the same thing"),
        ("STALK_CONTACT", "Chloe herself messaged me on the 8th"),
        ("DISTRESS", "I am just fed up with it"),
    ],
)

case(
    25, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="judgment", case="mixed", noise="clean", batch="uh",
    pattern="dating_app_man_rejected_anti_polish_abuse_waits_outside_care_home_two_threats_sentencing", relationship="online", occasions=5,
    text="""\
R v Callum TIERNEY: sentencing remarks (extract)
You met the complainant, a Polish woman living in Swindon, through a dating app in January. You went on two dates. When she ended things by message on 3 February, you would not accept it. Over the following seven weeks you sent her several hundred messages through the app, WhatsApp and Facebook, many of them begging, many of them vile. You called her a 'Polish whore' and a 'dirty immigrant who came here to leech', and told her to go back to Poland where she belonged. On 20 February you waited outside the care home where she works until her shift ended at ten at night. On 26 February you wrote 'next time i wont just watch, ill hurt u bad', and on 9 March, 'im gonna break every bone in ur body'.
She has told the court in her personal statement that she believed you would hurt her. She gave up that job, she now works at a different home across town, and she no longer goes out alone after dark. That is the reality of what you did to her.""",
    spans=[
        ("FIXATION", "you would not accept it"),
        ("REPETITION", "Over the following seven weeks"),
        ("STALK_CONTACT", "sent her several hundred messages through the app, WhatsApp and Facebook"),
        ("RACIAL_HOSTILITY", "You called her a 'Polish whore' and a 'dirty immigrant who came here to leech'"),
        ("RACIAL_HOSTILITY", "told her to go back to Poland where she belonged"),
        ("STALK_LOITER", "waited outside the care home where she works until her shift ended"),
        ("THREAT_VIOLENCE", "next time i wont just watch, ill hurt u bad"),
        ("THREAT_VIOLENCE", "im gonna break every bone in ur body"),
        ("FEAR_OF_VIOLENCE", "she believed you would hurt her"),
        ("SERIOUS_IMPACT", "She gave up that job"),
        ("SERIOUS_IMPACT", "she no longer goes out alone after dark"),
    ],
)

case(
    26, "aggravated_harassment_fear_of_violence", "CFR",
    voice="mo_field", case="upper", noise="abbrev", batch="uh",
    pattern="online_pool_league_opponent_anti_traveller_abuse_and_threats_over_three_nights", relationship="online", occasions=3,
    text="""\
MO: OVER 3 NIGHTS (12, 13, 15 JAN) SUSP, AN OPPONENT IN AN ONLINE POOL LEAGUE RUN THROUGH A PHONE APP, SENT IP MSGS VIA THE IN-APP CHAT AND THEN WHATSAPP AFTER IP WON THEIR MATCH, CALLING HIM A 'DIRTY PIKEY' AND 'GYPPO SCUM' AND THREATENING 'ILL COME TO UR SITE AND BURN UR CARAVAN WITH U IN IT' AND 'GONNA PUT U IN HOSPITAL U THIEVING GYPSY'. IP IS AN IRISH TRAVELLER LIVING ON A LOCAL AUTHORITY SITE WHICH SUSP APPEARS TO KNOW. IP STATES HE IS AFRAID SUSP WILL TURN UP AND ATTACK HIM.""",
    spans=[
        ("REPETITION", "OVER 3 NIGHTS (12, 13, 15 JAN)"),
        ("STALK_CONTACT", "SENT IP MSGS VIA THE IN-APP CHAT AND THEN WHATSAPP"),
        ("RACIAL_HOSTILITY", "CALLING HIM A 'DIRTY PIKEY' AND 'GYPPO SCUM'"),
        ("THREAT_VIOLENCE", "ILL COME TO UR SITE AND BURN UR CARAVAN WITH U IN IT"),
        ("THREAT_VIOLENCE", "GONNA PUT U IN HOSPITAL"),
        ("RACIAL_HOSTILITY", "U THIEVING GYPSY"),
        ("FEAR_OF_VIOLENCE", "HE IS AFRAID SUSP WILL TURN UP AND ATTACK HIM"),
    ],
)

case(
    27, "aggravated_harassment", "CR",
    voice="victim_diary", case="mixed", noise="typos", batch="uh",
    pattern="colleague_anti_romanian_teams_messages_over_a_week_not_scared", relationship="colleague", occasions=4,
    text="""\
Mon 6 Nov - Gary sent me a Teams msg at 9.15 'morning gypsy, nicked anything yet'. I ignored it.
Tues 7 - another one, 'how many of u live in ur house then, 15?' with a picture of a caravan. I said please stop its not funny.
Thurs 9 - in the team chat where everyone can see he posted 'lock up ur purses lads the Romanian's in'.
Fri 10 - direct message again, 'go back to Bucharest and take ur cousins with u'.
I am not scared of him, hes a coward who does it on a computer. I am still going in every day. But I am embarased in front of the team and I cried in the car on Thursday.""",
    spans=[
        ("STALK_CONTACT", "Gary sent me a Teams msg at 9.15"),
        ("RACIAL_HOSTILITY", "morning gypsy, nicked anything yet"),
        ("RACIAL_HOSTILITY", "how many of u live in ur house then, 15?"),
        ("UNWANTED", "I said please stop its not funny"),
        ("RACIAL_HOSTILITY", "lock up ur purses lads the Romanian's in"),
        ("STALK_CONTACT", "direct message again"),
        ("RACIAL_HOSTILITY", "go back to Bucharest and take ur cousins with u"),
        ("DISTRESS", "I am embarased in front of the team and I cried in the car on Thursday"),
    ],
)

case(
    28, "aggravated_stalking", "CSR",
    voice="call_log", case="lower", noise="heavy", batch="uh",
    pattern="discord_friend_rejected_makes_fake_dating_profiles_with_anti_hindu_bios_follows_servers", relationship="online", occasions=5,
    text="""\
call from ip (f, 27, hindu). met susp on a discord server for an anime fan grp in 2022, never met irl. she cut contact in march after he kept asking her to be his gf. since then he has:
- made at least 3 fake profiles of her on dating apps using her pics, bio says stuff like 'cow worshipper looking for a real man'
- msgd her from new accs every few days, 'ur nothing without me', 'dirty hindu cow piss drinker'
- joined every new discord server she joins within a day or 2
ip says shes not frightend, thinks hes pathetic, just wants the fake profiles gone. no threats of violence. she isnt changing anything. log to crime, OIC to do disclosure reqs.""",
    spans=[
        ("UNWANTED", "she cut contact in march"),
        ("FIXATION", "he kept asking her to be his gf"),
        ("STALK_PUBLISH", "made at least 3 fake profiles of her on dating apps using her pics"),
        ("RELIGIOUS_HOSTILITY", "cow worshipper looking for a real man"),
        ("STALK_CONTACT", "msgd her from new accs every few days"),
        ("FIXATION", "ur nothing without me"),
        ("RELIGIOUS_HOSTILITY", "dirty hindu cow piss drinker"),
        ("STALK_MONITOR", "joined every new discord server she joins within a day or 2"),
    ],
)

case(
    29, "stalking", "CS",
    voice="dash_note", case="mixed", noise="abbrev", batch="uh",
    pattern="church_group_member_messages_20_a_day_god_says_she_is_his_wife_turns_up_once", relationship="acquaintance", occasions=5,
    text="""\
S-DASH 15/09 - STANDARD.
IP (F, 38) originally from Ghana, attends a Pentecostal church in Peckham. SUSP is a member of the same congregation and of the church WhatsApp group. IP says his messages have nothing to do with her background or faith, he is from the same church and the same country himself. Since July SUSP has been messaging IP privately, sometimes 20 times a day, saying God has told him she is to be his wife. IP has told him clearly, and her pastor has told him, that she is not interested.
Q1 Is the victim very frightened? No - 'uncomfortable'.
Q5 Has the stalker turned up at home? Yes once, 06/09, stood at her gate approx 10 mins, left when she didn't answer.
Q7 Watched/followed? Comments on IP's Facebook within minutes of her posting, knew she had been at a wedding in Croydon.
Q10 Threats? None.
Q12 Impact on life - no change, IP still attends church.
Safety advice given. IP wants SUSP spoken to.""",
    spans=[
        ("REPETITION", "Since July"),
        ("STALK_CONTACT", "messaging IP privately"),
        ("REPETITION", "sometimes 20 times a day"),
        ("FIXATION", "saying God has told him she is to be his wife"),
        ("UNWANTED", "IP has told him clearly, and her pastor has told him, that she is not interested"),
        ("DISTRESS", "uncomfortable"),
        ("STALK_TURN_UP", "stood at her gate approx 10 mins"),
        ("STALK_MONITOR", "Comments on IP's Facebook within minutes of her posting"),
        ("STALK_MONITOR", "knew she had been at a wedding in Croydon"),
    ],
)

case(
    30, "harassment", "C",
    voice="updates", case="mixed", noise="typos", batch="uh",
    pattern="neighbour_photographs_van_over_turning_area_posts_in_residents_facebook_group", relationship="neighbour", occasions=6,
    text="""\
Update 1 (PC 2218, 03/08): IP lives on Ashgrove Close. Long running dispute with neighbour at no.9 (SUSP) over IP parking his work van across the shared turning area. Since mid June SUSP has photographed the van most mornings from his front window and posted the photos in the 'Ashgrove & Millfield Residents' Facebook group with captions like 'same selfish idiot again', tagging IP. SUSP has also messaged IP on Facebook about 8 times demanding he move it. No threats. Nothing posted about IP other than the van and the parking.
Update 2 (05/08): Spoke to SUSP at his adress. Says he is 'documenting' it for the council. Accepts the posts. Advised re harassment. He says he will carry on till the van is moved.
Update 3 (12/08): IP reports 3 more posts since, one saying 'maybe he'll get the message when his tyres go down'. IP stressed, says his wife wont use the group any more. Council highways referal made re the turning area. Recorded as harassment, issue based, not stalking.""",
    spans=[
        ("REPETITION", "Since mid June"),
        ("STALK_WATCH", "photographed the van most mornings from his front window"),
        ("STALK_PUBLISH", "posted the photos in the 'Ashgrove & Millfield Residents' Facebook group"),
        ("STALK_CONTACT", "captions like 'same selfish idiot again', tagging IP"),
        ("STALK_CONTACT", "messaged IP on Facebook about 8 times demanding he move it"),
        ("REPETITION", "3 more posts since"),
        ("ESCALATION", "maybe he'll get the message when his tyres go down"),
        ("DISTRESS", "IP stressed"),
    ],
)

case(
    31, "stalking_fear_alarm_distress", "CSD",
    voice="crime_summary", case="inconsistent", noise="clean", batch="uh",
    pattern="unmatched_dating_app_user_rematches_under_new_profiles_tracks_strava_leaves_flowers_she_changes_routine", relationship="online", occasions=6,
    text="""\
CRIME SUMMARY - stalking
IP (F, 33) matched with SUSP ('Tom, 35') on Bumble in early May, exchanged messages for a week, did not meet. IP unmatched him on 10/05 after he asked for her home address 'to send flowers'. Since then SUSP has re-matched with her on Bumble, Hinge and Tinder under at least five different profiles, each with different photos, each time opening with a message referring to their old chats. He found her Strava account (she had mentioned running) and has given kudos to every run she has logged, then commented on one: 'saw u by the canal this morning, u looked strong'. On 02/06 a card and a bunch of lilies were left on the windscreen of her car in the Tesco car park on Silver St, the card signed 'T x'.
NO THREATS MADE. IP has made Strava private, stopped running along the canal and now runs on a treadmill at a gym, has deleted all the dating apps and asks a colleague to walk her to her car. She says she feels 'hunted'. SUSP not yet identified, Bumble disclosure applied for.""",
    spans=[
        ("UNWANTED", "IP unmatched him on 10/05"),
        ("STALK_CONTACT", "re-matched with her on Bumble, Hinge and Tinder under at least five different profiles"),
        ("FIXATION", "each time opening with a message referring to their old chats"),
        ("STALK_MONITOR", "He found her Strava account"),
        ("STALK_MONITOR", "has given kudos to every run she has logged"),
        ("STALK_WATCH", "saw u by the canal this morning, u looked strong"),
        ("STALK_GIFTS", "a card and a bunch of lilies were left on the windscreen of her car"),
        ("SERIOUS_IMPACT", "stopped running along the canal and now runs on a treadmill at a gym"),
        ("SERIOUS_IMPACT", "asks a colleague to walk her to her car"),
        ("DISTRESS", "She says she feels 'hunted'"),
    ],
)

case(
    32, "no_offence", "",
    voice="supervisor_review", case="mixed", noise="clean", batch="uh",
    pattern="abusive_snapchats_in_january_reconciled_then_one_insta_message_in_july", relationship="ex_partner", occasions=2,
    text="""\
Supervisor review 22/07, Sgt 0931.
Crime originally recorded as stalking on the basis of two incidents. Reviewed. In January, during a row, SUSP sent IP a string of abusive Snapchats calling her a waste of space. IP did not report it at the time. The two got back together in February and lived together until early July, IP describing that period as 'mostly good'. After they split again, on 14/07 SUSP sent one Instagram message calling her a liar. Nothing since.
Two incidents six months apart, with a reconciliation between them, are not a connected course of conduct. No threats at either point. Reclassify as non-crime DA incident, words of advice to SUSP. IP content with this, says she just wanted it logged.""",
    spans=[
        ("STALK_CONTACT", "SUSP sent IP a string of abusive Snapchats"),
        ("STALK_CONTACT", "SUSP sent one Instagram message calling her a liar"),
    ],
)

case(
    33, "harassment_fear_of_violence", "CF",
    voice="notebook", case="lower", noise="clean", batch="uh",
    pattern="polite_debt_reminders_then_two_whatsapp_threats_from_lender", relationship="acquaintance", occasions=2,
    text="""\
09/10 1210 spoke to ip at home. ip borrowed £1500 off susp (old school friend) in april to cover rent, agreed to pay back by august. not paid. susp sent polite reminders on whatsapp in aug and sept asking when he would get it, ip accepts these were fair enough. then 30/09 susp sent 'pay me by friday or i will break ur jaw'. 04/10 voice note 'im not messing, i will find u and put u in hospital'. ip says she is scared to answer the door and believes he will turn up. susp known to be violent per ip. ip says she will pay when she can. advised civil route for the debt, crime for the threats. screenshots shown and photographed.""",
    spans=[
        ("THREAT_VIOLENCE", "pay me by friday or i will break ur jaw"),
        ("THREAT_VIOLENCE", "i will find u and put u in hospital"),
        ("FEAR_OF_VIOLENCE", "she is scared to answer the door and believes he will turn up"),
    ],
)

case(
    34, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="vps", case="mixed", noise="redacted", batch="uh",
    pattern="youtube_reviewer_racist_comments_address_posted_on_forum_two_email_threats_she_moves", relationship="online", occasions=5,
    text="""\
Victim Personal Statement - [NAME 1]

I review video games on YouTube, it is my main income. Since last October one person, who I now know is [NAME 2], has made my life a misery. He started by leaving comments on my videos calling me a 'diversity hire' and a 'ghetto ape'. I deleted them and he posted more. Then in January he posted my home address, my car and my mum's address on a gaming forum under the heading 'come and visit the monkey'. After that he sent me two emails. The first said 'your address is out there now, someone will come and cave your head in'. The second, a fortnight later, said 'I might do it myself, I'm only an hour away'. I believed him. I still do.

I have moved out of my flat and I am renting somewhere that even some of my family don't have the address for. My mum had cameras put up at hers. I stopped filming for two months and lost most of my income over that time. I cannot go to gaming events any more because my face is known and I don't know who read that forum. I used to love this job. Now I jump every time an email comes in.""",
    spans=[
        ("REPETITION", "Since last October"),
        ("STALK_CONTACT", "leaving comments on my videos"),
        ("RACIAL_HOSTILITY", "calling me a 'diversity hire' and a 'ghetto ape'"),
        ("STALK_PUBLISH", "posted my home address, my car and my mum's address on a gaming forum"),
        ("RACIAL_HOSTILITY", "come and visit the monkey"),
        ("THREAT_VIOLENCE", "someone will come and cave your head in"),
        ("THREAT_VIOLENCE", "I might do it myself, I'm only an hour away"),
        ("FEAR_OF_VIOLENCE", "I believed him. I still do."),
        ("SERIOUS_IMPACT", "I have moved out of my flat"),
        ("SERIOUS_IMPACT", "I stopped filming for two months"),
        ("SERIOUS_IMPACT", "I cannot go to gaming events any more"),
        ("DISTRESS", "Now I jump every time an email comes in"),
    ],
)

case(
    35, "aggravated_harassment", "CR",
    voice="result_note", case="mixed", noise="abbrev", batch="uh",
    pattern="landlord_racist_whatsapps_to_tenant_after_council_damp_complaint", relationship="landlord", occasions=9,
    text="""\
OUTCOME: Charged - racially aggravated harassment (s.2 PHA / s.32 CDA). Bailed to Mags 14/11.
Facts: SUSP is IP's private landlord. From 2 Sept to 30 Sept, after IP complained to the council about damp in the flat, SUSP sent IP 9 WhatsApp msgs. Alongside requests about access for repairs and the rent, which on their own were legitimate, the msgs called IP and his wife 'curry stinking p****' and said 'your kind ruin every house you live in' and 'no wonder its damp with all you lot breathing in it'. IP anxious, no threats, no change to living arrangements. SUSP in interview accepted sending the msgs, said he 'lost his temper over the council getting involved'.""",
    spans=[
        ("REPETITION", "From 2 Sept to 30 Sept"),
        ("STALK_CONTACT", "SUSP sent IP 9 WhatsApp msgs"),
        ("RACIAL_HOSTILITY", "called IP and his wife 'curry stinking p****'"),
        ("RACIAL_HOSTILITY", "your kind ruin every house you live in"),
        ("RACIAL_HOSTILITY", "no wonder its damp with all you lot breathing in it"),
        ("DISTRESS", "IP anxious"),
    ],
)

case(
    36, "aggravated_stalking", "CSR",
    voice="third_party", case="mixed", noise="redacted", batch="uh",
    pattern="ex_partner_burner_accounts_anti_muslim_msgs_after_engagement_watches_stories_sends_card", relationship="ex_partner", occasions=5,
    text="""\
Reported by [NAME 1], fiancee of the victim [NAME 2], on his behalf. He is working offshore until the 20th and has consented to her reporting.
[NAME 2] split from his ex, [NAME 3], two years ago, not long after he converted to Islam; she did not take it well. Since he and I got engaged in May she has been back in touch using burner accounts. We count eleven Instagram and TikTok accounts so far, all set up in the last six weeks, all blocked within a day. The messages to him say things like 'u threw us away for a terrorist religion', 'enjoy ur allah, u brainwashed freak' and 'she'll never love u like I did'. She watches every story I post within minutes, from the same burner accounts, and she sent an engagement card to our house with 'its not too late' written inside. No threats. He says she is harmless but it needs to stop. Neither of us has changed anything.""",
    spans=[
        ("REPETITION", "Since he and I got engaged in May"),
        ("STALK_CONTACT", "back in touch using burner accounts"),
        ("REPETITION", "eleven Instagram and TikTok accounts so far"),
        ("RELIGIOUS_HOSTILITY", "u threw us away for a terrorist religion"),
        ("RELIGIOUS_HOSTILITY", "enjoy ur allah, u brainwashed freak"),
        ("FIXATION", "she'll never love u like I did"),
        ("STALK_MONITOR", "She watches every story I post within minutes"),
        ("STALK_GIFTS", "sent an engagement card to our house"),
        ("FIXATION", "its not too late"),
    ],
)

case(
    37, "aggravated_harassment_fear_of_violence", "CFR",
    voice="statement", case="mixed", noise="redacted", batch="uh",
    pattern="ride_app_passenger_fare_dispute_racist_threats_via_app_chat_then_text", relationship="customer", occasions=2,
    text="""\
I am a self-employed private hire driver and I work through a ride app. On Saturday 2nd March at about 0130 I picked up a male from outside [BAR] on Fore Street and drove him to Heavitree. He said the fare was too much and refused to pay the surge price. He got out and slammed the door.

About twenty minutes later I got a message through the app's chat from his account: 'u paki robbing c***, ive got ur reg, ill find u and do u'. I reported it to the app. On Monday 4th I got a text to my personal mobile, which I think he had because I rang him through the app when I was waiting outside the bar, saying 'sand n****r, i know what u drive, ur getting a blade in ur neck'.

I am scared. I have been looking at every passenger wondering if it is him. He has my registration and he knows where I wait for fares in town. I do believe he might come for me.""",
    spans=[
        ("STALK_CONTACT", "I got a message through the app's chat from his account"),
        ("RACIAL_HOSTILITY", "u paki robbing c***"),
        ("THREAT_VIOLENCE", "ill find u and do u"),
        ("STALK_CONTACT", "I got a text to my personal mobile"),
        ("RACIAL_HOSTILITY", "sand n****r"),
        ("THREAT_VIOLENCE", "ur getting a blade in ur neck"),
        ("FEAR_OF_VIOLENCE", "I am scared."),
        ("FEAR_OF_VIOLENCE", "I do believe he might come for me"),
    ],
)

case(
    38, "stalking", "CS",
    voice="call_log", case="upper", noise="abbrev", batch="uh",
    pattern="ex_breaches_non_mol_parks_outside_third_time_new_snapchat_and_fake_fb", relationship="ex_partner", occasions=5,
    text="""\
1947 CALLER STATES EX PARTNER IS OUTSIDE HER HOUSE NOW IN HIS CAR, WHITE CORSA. NON MOL IN PLACE (GRANTED 11/04 - NO CONTACT, NOT TO COME WITHIN 100M OF HER ADDRESS). THIS IS THE 3RD TIME IN 2 WKS HE HAS PARKED OPPOSITE. SINCE THE ORDER HE HAS ALSO MSGD HER FROM A NEW SNAPCHAT ACC 'JUST WANT TO SEE THE KIDS AND U' AND ADDED HER ON FB FROM A FAKE PROFILE WITH HIS DOG AS THE PIC. CALLER NOT THREATENED, 'HE JUST SITS THERE'. WORRIED BUT CALM. UNITS ASSIGNED ETA 10.
2004 UPDATE - SUSP DROVE OFF TOWARDS A38 BEFORE UNITS ARRIVED. CALLER TO MAKE STATEMENT RE BREACH.""",
    spans=[
        ("STALK_LOITER", "IS OUTSIDE HER HOUSE NOW IN HIS CAR"),
        ("REPETITION", "THIS IS THE 3RD TIME IN 2 WKS HE HAS PARKED OPPOSITE"),
        ("STALK_CONTACT", "MSGD HER FROM A NEW SNAPCHAT ACC"),
        ("FIXATION", "JUST WANT TO SEE THE KIDS AND U"),
        ("STALK_CONTACT", "ADDED HER ON FB FROM A FAKE PROFILE"),
        ("DISTRESS", "WORRIED BUT CALM"),
    ],
)

case(
    39, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="victim_diary", case="mixed", noise="clean", batch="uh",
    pattern="neighbour_films_and_posts_victim_on_nextdoor_anti_bangladeshi_threats_family_leaves", relationship="neighbour", occasions=6,
    text="""\
12 Jan - Man at no.14 filming me again from his doorway when I got home with the kids. Posted on Nextdoor an hour later, a video of me getting out of the car, 'this is who they're letting into our street now'.
19 Jan - another post, my car reg in it, 'bangla scum parking across my drive'. I have never once parked across his drive.
2 Feb - he shouted across the road 'you'll get your head kicked in if you stay here'. The kids heard it.
3 Feb - note under my windscreen wiper, GO HOME OR ELSE. Same writing as the note in the porch before Christmas.
10 Feb - he put a photo of my house on Nextdoor with 'anyone want to help me get rid of them' and a picture of a petrol can. I am frightened he will hurt me or the kids.
15 Feb - we have gone to my brother's in Luton. The children are off school. Housing officer says we can be moved.""",
    spans=[
        ("STALK_WATCH", "filming me again from his doorway when I got home with the kids"),
        ("STALK_PUBLISH", "a video of me getting out of the car"),
        ("RACIAL_HOSTILITY", "this is who they're letting into our street now"),
        ("STALK_PUBLISH", "another post, my car reg in it"),
        ("RACIAL_HOSTILITY", "bangla scum parking across my drive"),
        ("THREAT_VIOLENCE", "you'll get your head kicked in if you stay here"),
        ("STALK_CONTACT", "note under my windscreen wiper"),
        ("THREAT_VIOLENCE", "GO HOME OR ELSE"),
        ("STALK_PUBLISH", "he put a photo of my house on Nextdoor"),
        ("THREAT_VIOLENCE", "a picture of a petrol can"),
        ("FEAR_OF_VIOLENCE", "I am frightened he will hurt me or the kids"),
        ("SERIOUS_IMPACT", "we have gone to my brother's in Luton"),
        ("SERIOUS_IMPACT", "The children are off school"),
    ],
)

case(
    40, "harassment_fear_of_violence", "CFD",
    voice="mo_field", case="mixed", noise="typos", batch="uh",
    pattern="vinted_buyer_finds_seller_on_facebook_from_postage_label_two_threats", relationship="online", occasions=2,
    text="""\
MO - SUSP bought a coat from IP on Vinted (£35). Claimed it was 'fake' and demanded a refund outside the app. Vinted sided with IP. SUSP then used IP's name and adress from the postage label to find her on Facebook and on 7/12 msgd 'u scammed the wrong person, I know where u live now, ill smash ur face in'. IP blocked. 9/12 msg from a 2nd FB acc: 'ill be round with my brothers, ur gona get it'. IP states she is scared he will come to her adress and she has been staying at her boyfriends since. SUSP identity known via Vinted.""",
    spans=[
        ("STALK_MONITOR", "used IP's name and adress from the postage label to find her on Facebook"),
        ("THREAT_VIOLENCE", "I know where u live now, ill smash ur face in"),
        ("STALK_CONTACT", "msg from a 2nd FB acc"),
        ("THREAT_VIOLENCE", "ill be round with my brothers, ur gona get it"),
        ("FEAR_OF_VIOLENCE", "she is scared he will come to her adress"),
        ("SERIOUS_IMPACT", "she has been staying at her boyfriends since"),
    ],
)

case(
    41, "stalking_fear_alarm_distress", "CSF",
    voice="updates", case="mixed", noise="abbrev", batch="uh",
    pattern="online_game_partner_rejected_locates_her_from_selfie_sends_street_view_then_two_threats", relationship="online", occasions=5,
    text="""\
Update 1 (10/04): IP (F, 23) met SUSP in an online survival game about a year ago, never met in person. IP stopped playing with him in Feb when he said he loved her and she didn't feel the same. Since then SUSP has messaged her on Discord and Steam every day, long paragraphs about 'their future'.
Update 2 (13/04): SUSP worked out her town from the background of a selfie she posted. On 11/04 he sent her a Street View screenshot of her road with 'found u x'.
Update 3 (18/04): Two further msgs, 15/04 'if i cant have u no one will, ill make sure of it' and 17/04 'ill come and cut u, dont think i wont'. IP terrified, believes he is capable of it.""",
    spans=[
        ("UNWANTED", "she didn't feel the same"),
        ("REPETITION", "Since then"),
        ("STALK_CONTACT", "messaged her on Discord and Steam every day"),
        ("FIXATION", "long paragraphs about 'their future'"),
        ("STALK_MONITOR", "worked out her town from the background of a selfie she posted"),
        ("ESCALATION", "sent her a Street View screenshot of her road with 'found u x'"),
        ("THREAT_VIOLENCE", "if i cant have u no one will, ill make sure of it"),
        ("THREAT_VIOLENCE", "ill come and cut u, dont think i wont"),
        ("FEAR_OF_VIOLENCE", "IP terrified, believes he is capable of it"),
    ],
)

case(
    42, "aggravated_harassment", "CR",
    voice="judgment", case="mixed", noise="clean", batch="uh",
    pattern="fan_instagram_racist_dms_to_semi_pro_footballer_after_three_defeats_bench_reasons", relationship="stranger", occasions=3,
    text="""\
Reasons of the bench.
The complainant plays for a semi-professional football club. After each of three home defeats in October the defendant, using an Instagram account in the name 'realfan_1987', sent him direct messages. On 7 October: 'swing back to ur tree u useless ape'. On 21 October, a row of monkey emojis and a banana. On 28 October: 'black c*** shouldnt be allowed to wear our shirt'. We are sure the defendant operated that account: it was logged in on his phone, seized on arrest, and he accepted in interview that the linked email address was his.
We reject the submission that these were isolated remarks. There were three messages on three different dates, each after a match, each to the same man. They were connected, and each showed hostility based on the complainant's race. The complainant told us he was gutted, and that his young son had seen one of them. We find the charge of racially aggravated harassment proved.""",
    spans=[
        ("REPETITION", "After each of three home defeats in October"),
        ("STALK_CONTACT", "sent him direct messages"),
        ("RACIAL_HOSTILITY", "swing back to ur tree u useless ape"),
        ("RACIAL_HOSTILITY", "a row of monkey emojis and a banana"),
        ("RACIAL_HOSTILITY", "black c*** shouldnt be allowed to wear our shirt"),
        ("DISTRESS", "he was gutted"),
    ],
)

case(
    43, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="vps", case="mixed", noise="redacted", batch="uh",
    pattern="resident_antisemitic_dms_and_noose_picture_in_block_whatsapp_group", relationship="neighbour", occasions=3,
    text="""\
Victim personal statement.
I have lived in this block for eleven years and I am Jewish, which most of my neighbours know. There is a WhatsApp group for the residents which I used to help run. In November, after I questioned the cost of the new entry system at a residents' meeting, a man on the fourth floor, Mr [SURNAME], began messaging me directly. The first message said 'you people always want to control the money, keep your jewish nose out of our service charge'. A week later he wrote 'hitler had the right idea, you'll get what's coming to you, I'll see to it myself'. After I reported it, on 2 December, he posted in the group a picture of a noose and tagged me with 'for the jew on the 2nd floor'.
I am afraid of him. I live alone and he passes my door every day. I now check the corridor through the spyhole before I go out, and I go and stay at my daughter's every weekend so I am not here when he is about.""",
    spans=[
        ("STALK_CONTACT", "began messaging me directly"),
        ("RELIGIOUS_HOSTILITY", "keep your jewish nose out of our service charge"),
        ("RELIGIOUS_HOSTILITY", "hitler had the right idea"),
        ("THREAT_VIOLENCE", "you'll get what's coming to you, I'll see to it myself"),
        ("THREAT_VIOLENCE", "a picture of a noose"),
        ("RELIGIOUS_HOSTILITY", "for the jew on the 2nd floor"),
        ("FEAR_OF_VIOLENCE", "I am afraid of him."),
        ("SERIOUS_IMPACT", "I go and stay at my daughter's every weekend"),
    ],
)

case(
    44, "aggravated_stalking", "CSR",
    voice="mo_field", case="upper", noise="abbrev", batch="uh",
    pattern="rejected_colleague_alt_accounts_desk_gifts_daily_racist_dms", relationship="colleague", occasions=4,
    text="""\
MO: COLLEAGUE, REJECTED BY IP IN JAN. SINCE THEN FOLLOWS HER ON 4 PLATFORMS VIA ALT ACCS, LEAVES GIFTS ON HER DESK, DMS DAILY - 'CHINKY B**** THINKS SHES TOO GOOD FOR ME'.""",
    spans=[
        ("UNWANTED", "REJECTED BY IP IN JAN"),
        ("REPETITION", "SINCE THEN"),
        ("STALK_MONITOR", "FOLLOWS HER ON 4 PLATFORMS VIA ALT ACCS"),
        ("STALK_GIFTS", "LEAVES GIFTS ON HER DESK"),
        ("STALK_CONTACT", "DMS DAILY"),
        ("RACIAL_HOSTILITY", "CHINKY B**** THINKS SHES TOO GOOD FOR ME"),
    ],
)
