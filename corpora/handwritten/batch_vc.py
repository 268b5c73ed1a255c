# ruff: noqa: E501
"""Hand-written narratives, writer vc: online-only and technology-led conduct."""

from corpora.handwritten import case

case(
    1, "no_offence", "",
    voice="call_log", case="lower", noise="abbrev", batch="vc",
    pattern="single_insulting_message_after_online_game_match", relationship="online", occasions=1,
    text="""\
caller (mum) states 14yo son got a msg on fortnite from another player after a match saying he was trash and shd delete the game. one msg only, player now blocked. no threats. adv re reporting to epic. nfa""",
    spans=[
        ("STALK_CONTACT", "got a msg on fortnite from another player after a match saying he was trash"),
    ],
)

case(
    2, "no_offence", "R",
    voice="crime_summary", case="mixed", noise="clean", batch="vc",
    pattern="single_racist_comment_on_live_stream_unknown_account", relationship="online", occasions=1,
    text="""\
Victim is a 24 year old woman who streams cooking videos on TikTok. On the evening of Sunday 9th March, about forty minutes into a live stream, an account with the handle kxng_dave44 posted in the live chat calling her a "dirty curry-muncher" and telling her to "go back to Bangladesh". Victim removed the comment and blocked the account within a minute. She has had no further contact from that account or from anyone she can link to it, and the account appears to have been deleted the following day. Victim was shaken and angry but is carrying on streaming as before. Single incident only. Recorded as a racially aggravated malicious communication; does not meet harassment as there is one occasion.""",
    spans=[
        ("STALK_CONTACT", "posted in the live chat calling her a"),
        ("RACIAL_HOSTILITY", "dirty curry-muncher"),
        ("RACIAL_HOSTILITY", "go back to Bangladesh"),
        ("DISTRESS", "Victim was shaken and angry"),
    ],
)

case(
    3, "no_offence", "",
    voice="updates", case="mixed", noise="typos", batch="vc",
    pattern="mutual_row_between_two_parents_in_class_group_chat", relationship="acquaintance", occasions=1,
    text="""\
UPDATE 1 - 1130hrs. Spoke to informant Mrs Leanne Tovey by phone. She wants to report harrassment by another mum, Kerry Bancroft, on the Year 4 class whatsapp group. Issue started over a birthday party invite list. Leanne states Kerry called her a "snobby cow" in the group and then messaged her privatly saying she was "pathetic".

UPDATE 2 - 1415hrs. Visited Kerry Bancroft at home addrss. She has shown me screenshots on her phone. Leanne had posted first in the group calling Kerry a "scrounger" and saying her kids were feral. The two of them then went back and forth for about an hour on the evening of the 4th, in the group and in private msgs, both giving as good as they got, other parents telling them to stop. Kerry has since left the group herself. No contact either way since that night. Neither has threatend the other.

UPDATE 3 - Both parties given words of advice about conduct online. This was a one-off argument on a single evening with both sides as bad as each other. No course of conduct by either party. Class rep has been asked to remind the group of the rules. No crime, NFA.""",
    spans=[],
)

case(
    4, "no_offence", "",
    voice="statement", case="mixed", noise="clean", batch="vc",
    pattern="location_sharing_and_turn_up_then_reconciliation_then_one_message_months_later", relationship="ex_partner", occasions=2,
    text="""\
I was in a relationship with Callum Ashby for about three years. We live separately now. In February this year we were going through a rough patch and I found out he had turned on location sharing from my iPhone to his through Find My, without asking me. I only realised when he turned up at my friend Sophie's house on the evening of 14th February, where I had gone to get away for a night. We had a big argument on her doorstep and I went home the next morning.

After that we talked it all through. He apologised, turned the sharing off in front of me and we got back together properly. We were happy, and we lived together at his flat from March until the end of July, when we split up for good because we wanted different things. That break-up was mutual and calm, no shouting.

On 29th September he sent me one Instagram message saying "hope you're doing ok, I still think about us". I haven't replied and there has been nothing at all since. I am not frightened of Callum. I am only reporting this because my sister said the February thing might be an offence and I wanted it on record.""",
    spans=[
        ("STALK_MONITOR", "he had turned on location sharing from my iPhone to his through Find My"),
        ("STALK_TURN_UP", "he turned up at my friend Sophie's house on the evening of 14th February"),
        ("STALK_CONTACT", "he sent me one Instagram message"),
    ],
)

case(
    5, "harassment", "C",
    voice="crime_summary", case="mixed", noise="abbrev", batch="vc",
    pattern="former_colleague_homophobic_messages_over_disciplinary_contact_only", relationship="colleague", occasions=11,
    text="""\
IP is a gay male, 31. SUSP is a former colleague from a call centre in Wakefield where both worked until IP left in Jan. Since 02/04 SUSP has sent IP msgs on Instagram and Facebook Messenger calling him a "bender" and "the little f*ggot who got me sacked". IP believes this is because IP gave a witness statement in SUSP's disciplinary last year. Approx 9 msgs between 02/04 and 19/04, all abusive, all re the disciplinary. IP blocked both accts on 19/04, SUSP then sent 2 further msgs via WhatsApp. No threats. No contact in person, SUSP not been near IP's home or new work. IP says he is "sick of it" but not scared of SUSP. Homophobic hostility noted - flagged as hate incident (sexual orientation). Harassment crimed.""",
    spans=[
        ("STALK_CONTACT", "SUSP has sent IP msgs on Instagram and Facebook Messenger calling him a \"bender\""),
        ("REPETITION", "Approx 9 msgs between 02/04 and 19/04"),
        ("STALK_CONTACT", "SUSP then sent 2 further msgs via WhatsApp"),
        ("DISTRESS", "IP says he is \"sick of it\""),
    ],
)

case(
    6, "harassment", "C",
    voice="notebook", case="upper", noise="abbrev", batch="vc",
    pattern="neighbour_driveway_and_doorbell_camera_dispute_photographs_and_posts", relationship="neighbour", occasions=10,
    text="""\
14/05 1840 ATT 22 ORCHARD RISE. SPOKE W/ IP MR GRAHAM PETTIFER + W1 (WIFE JUNE). ONGOING DISPUTE W/ NEIGHBOUR AT NO 24, ALAN DRISCOLL, OVER SHARED DRIVE + IP'S NEW RING DOORBELL WHICH SUSP SAYS FILMS HIS FRONT GARDEN.
SINCE APPROX 20/04 SUSP HAS:
- PHOTOGRAPHED IP'S CAR EVERY TIME IT IS OVER THE LINE, 5 OR 6 TIMES
- POSTED THE PHOTOS ON 'ORCHARD RISE RESIDENTS' FB GROUP W/ CAPTIONS RE 'SELFISH PARKING' + 'SPYING ON US'
- SAT ON HIS FRONT WALL FILMING IP ON HIS PHONE WHEN IP WASHING CAR (TWICE)
- PUT 3 NOTES THRU DOOR RE THE CAMERA ANGLE
NO THREATS. ALL ABOUT DRIVE/CAMERA, NOTHING ELSE. IP + W1 FED UP, 'CAN'T RELAX IN OUR OWN GARDEN'. NO CHANGE TO ROUTINE.
1910 SPOKE TO SUSP AT NO 24. ADMITS PHOTOS, SAYS 'EVIDENCE FOR THE COUNCIL'. WORDS OF ADVICE RE POSTING + FILMING. BOTH PARTIES ADV RE MEDIATION. PARKED ON ROAD AS DRIVE BLOCKED BY SKIP.""",
    spans=[
        ("STALK_WATCH", "PHOTOGRAPHED IP'S CAR EVERY TIME IT IS OVER THE LINE"),
        ("REPETITION", "5 OR 6 TIMES"),
        ("STALK_PUBLISH", "POSTED THE PHOTOS ON 'ORCHARD RISE RESIDENTS' FB GROUP"),
        ("STALK_WATCH", "SAT ON HIS FRONT WALL FILMING IP ON HIS PHONE"),
        ("REPETITION", "(TWICE)"),
        ("STALK_CONTACT", "PUT 3 NOTES THRU DOOR RE THE CAMERA ANGLE"),
        ("DISTRESS", "'CAN'T RELAX IN OUR OWN GARDEN'"),
    ],
)

case(
    7, "harassment", "C",
    voice="call_log", case="mixed", noise="heavy", batch="vc",
    pattern="customer_three_abusive_voice_notes_within_minutes_over_late_order", relationship="customer", occasions=3,
    text="""\
CALLER: Ms Priya Nandakumar, runs small online candle buisness from home. Rpts male customer who orderd via her Etsy shop unhappy w/ late delivry. On 23/6 between 2141-2149 he left her 3 x voice notes on WhatsApp (got her no. from the order confirmation) calling her a "thieving scammer" and a "useless fat cow", each approx 1 min. Caller had alredy offered full refund by email that aftn. No threats in the voice notes. Nothing since. caller v upset, crying on phone, says she cant beleive someone would speak to her like that over £18. Wants him spoken to. SUSP: Darren HOLLIS, addr from order. VNs saved, caller to email them in. Tasked to OIC for contact w/ susp. Adv re blocking.""",
    spans=[
        ("STALK_CONTACT", "he left her 3 x voice notes on WhatsApp"),
        ("REPETITION", "between 2141-2149"),
        ("DISTRESS", "caller v upset, crying on phone"),
    ],
)

case(
    8, "harassment", "CD",
    voice="statement", case="mixed", noise="typos", batch="vc",
    pattern="marketplace_buyer_abusive_messages_over_refund_one_threat_changed_number", relationship="customer", occasions=30,
    text="""\
I am the above named and I live at the address given to police. In March this year I sold my PS5 on Facebook Marketplace to a man called Reece Atwal for £300. He came to my flat, had a look at it, played it for ten minutes and paid cash. About a week later he messaged me saying it kept crashing and he wanted his money back. I told him it was working fine when he took it and that it was sold as seen.

From then on he would not let it go. Between the 18th March and the 2nd April he sent me somewhere around 30 messages on Messenger, and then by text when I blocked him on there, calling me a scammer, a theif, a "little rat" and saying he would report me to trading standards. Most nights there would be a few. On the 27th March he sent one that said "you'll get a slap if I ever see you round town". To be honest I didnt take that serious, he is all mouth, and he hasnt said anything like it since.

It is the constant messages that have got to me. I was getting them while I was on jobs and I couldnt concentrate, it was all I was thinking about. I have had to change my phone number which was a real pain as I have had it 12 years and all my customers for my decorating work have it. I have also deleted my Facebook account. I want him told to leave me alone.""",
    spans=[
        ("STALK_CONTACT", "he sent me somewhere around 30 messages on Messenger"),
        ("REPETITION", "Between the 18th March and the 2nd April"),
        ("REPETITION", "Most nights there would be a few"),
        ("THREAT_VIOLENCE", "you'll get a slap if I ever see you round town"),
        ("DISTRESS", "I couldnt concentrate, it was all I was thinking about"),
        ("SERIOUS_IMPACT", "I have had to change my phone number"),
        ("SERIOUS_IMPACT", "I have also deleted my Facebook account"),
    ],
)

case(
    9, "harassment", "C",
    voice="supervisor_review", case="mixed", noise="redacted", batch="vc",
    pattern="sister_in_law_gets_friends_to_post_disability_abuse_after_wedding_row", relationship="family", occasions=8,
    text="""\
Supervisor review - Sgt 2290 [NAME].
Crime was recorded by PC as stalking. I have read the log and the screenshots and I do not agree; amending to harassment.

Background: VIC [NAME 1] (38) has cerebral palsy and uses a wheelchair. SUSP [NAME 2] is her sister-in-law. The two fell out in May over seating at [NAME 3]'s wedding. Since 28 May VIC's public Facebook posts have been getting comments from three women who are friends of SUSP, mocking the way she moves and talks, e.g. "cant even hold a glass lol" and worse. One of them admitted to PC that SUSP "asked us to give her some grief". SUSP herself sent VIC two Messenger messages, on 30 May and 2 June, calling her "a jealous cripple who ruined the day".

So there is a course of conduct, partly carried out by others at SUSP's request. It is all about the wedding row. There is no following, watching or turning up, nothing to show SUSP is fixated on VIC beyond the family fall-out, and she is not an ex-partner. Harassment, not stalking. No threats. VIC is hurt and embarrassed but says she is carrying on as normal. The abuse targets disability - hate flag for disability; this is NOT racially or religiously aggravated.

Action: OIC to interview SUSP under caution and obtain statements from the three commenters. [NAME 4] (commenter 2) to be spoken to re her own liability.""",
    spans=[
        ("REPETITION", "Since 28 May"),
        ("STALK_CONTACT", "getting comments from three women who are friends of SUSP, mocking the way she moves and talks"),
        ("STALK_CONTACT", "SUSP herself sent VIC two Messenger messages"),
        ("REPETITION", "on 30 May and 2 June"),
        ("DISTRESS", "VIC is hurt and embarrassed"),
    ],
)

case(
    10, "harassment_fear_of_violence", "CF",
    voice="crime_summary", case="lower", noise="abbrev", batch="vc",
    pattern="marketplace_buyer_threatens_seller_twice_over_refund", relationship="customer", occasions=17,
    text="""\
crime summary. ip sold a mountain bike on fb marketplace for £350 on 02/02 to susp, who collected it from ip's home addr (so susp knows where ip lives). on 05/02 susp msgd ip on marketplace saying gears were knackered and demanding full refund. on 06/02 at 2213 susp sent whatsapp 'i know where u live mate, give me my money or ill come round and break ur legs'. on 09/02 susp sent further msg 'last chance, im coming for you and your front door'. between those dates approx 15 other msgs demanding money and swearing at ip. ip states he is frightened susp will turn up and attack him. susp identified from marketplace profile as kyle brennan, 26. s.4 phA crimed, oic to arrest.""",
    spans=[
        ("THREAT_VIOLENCE", "give me my money or ill come round and break ur legs"),
        ("THREAT_VIOLENCE", "last chance, im coming for you and your front door"),
        ("REPETITION", "between those dates"),
        ("STALK_CONTACT", "approx 15 other msgs demanding money and swearing at ip"),
        ("FEAR_OF_VIOLENCE", "ip states he is frightened susp will turn up and attack him"),
    ],
)

case(
    11, "harassment_fear_of_violence", "CF",
    voice="mo_field", case="mixed", noise="abbrev", batch="vc",
    pattern="adult_gamer_threatens_teen_twice_after_losing_match", relationship="online", occasions=2,
    text="""\
MO: Adult SUSP (online only, Xbox gamertag GR1MR3APER_88) sent VIC (17) 2 x Xbox msgs on 11/10 and 14/10 after VIC beat him in a match - 'gonna find your address and stab you', 'i know ur in Leeds, ur dead'. VIC scared to go out on his own. Parents reported.""",
    spans=[
        ("STALK_CONTACT", "sent VIC (17) 2 x Xbox msgs"),
        ("REPETITION", "on 11/10 and 14/10"),
        ("THREAT_VIOLENCE", "'gonna find your address and stab you'"),
        ("THREAT_VIOLENCE", "'i know ur in Leeds, ur dead'"),
        ("FEAR_OF_VIOLENCE", "VIC scared to go out on his own"),
    ],
)

case(
    12, "harassment_fear_of_violence", "CFD",
    voice="victim_diary", case="mixed", noise="typos", batch="vc",
    pattern="neighbour_parking_row_in_street_group_chat_then_two_private_threats", relationship="neighbour", occasions=4,
    text="""\
Mon 3rd - Gary from no.17 posted in the Elm Close neighbours whatsapp AGAIN about my van being parked opposite his drive. Said "some people think they own the road". Everyone knew it was about me.

Weds 5th - private message from Gary at 11pm. "Move that van or I will move it with you in it. Ill knock you out." Didnt sleep. Showed Dean in the morning.

Thurs 6th - he put a pic of my van in the group with a red circle round it and "exhibit A" underneath. Sharon from no.9 put a laughing face, nice.

Sat 8th - another private msg. "Youve been warned. Next time I see you by that van your getting battered." I am genuinley scared of him now, hes a big lad and hes always out the front on his phone.

Sun 9th - I have stopped walking past his house to get to the shop, I go the long way round by the school. Dean has put a camera up over our front door. Dont want to leave the van on the close at all but where else am I supposed to put it.

Mon 10th - rang 101. They gave me a ref and said someone would call.""",
    spans=[
        ("STALK_CONTACT", "private message from Gary at 11pm"),
        ("THREAT_VIOLENCE", "Move that van or I will move it with you in it. Ill knock you out."),
        ("STALK_PUBLISH", "he put a pic of my van in the group with a red circle round it"),
        ("THREAT_VIOLENCE", "Next time I see you by that van your getting battered."),
        ("FEAR_OF_VIOLENCE", "I am genuinley scared of him now"),
        ("SERIOUS_IMPACT", "I have stopped walking past his house to get to the shop"),
        ("SERIOUS_IMPACT", "Dean has put a camera up over our front door"),
    ],
)

case(
    13, "harassment_fear_of_violence", "CF",
    voice="judgment", case="mixed", noise="clean", batch="vc",
    pattern="employee_threatens_line_manager_on_teams_then_whatsapp_after_capability_process", relationship="colleague", occasions=4,
    text="""\
R v Martin Keeble. Sentencing remarks.

Mr Keeble, you are 44 years old and you have pleaded guilty to an offence contrary to section 4 of the Protection from Harassment Act 1997, that is, a course of conduct causing another to fear, on at least two occasions, that violence will be used against her. The person concerned is Ms Halima Rashid, who was your line manager at a distribution warehouse outside Daventry.

The facts can be shortly stated. In August of last year Ms Rashid began a capability process with you after a long run of lateness. You resented it. On 14 August, using the company's Teams chat, you wrote to her: "Keep pushing this and you'll be carried out of that office." She reported that to human resources and you were suspended. On 19 August, now on WhatsApp, you sent: "Suspending me won't save you. I know what car you drive." On 21 August, at twelve minutes past two in the morning, you sent a voice note in which you said you would wait for her in the car park and "sort her out properly". In between there were a number of messages which were hostile and self-pitying but not threatening.

Ms Rashid's statement makes plain that she believed you and was frightened that you would assault her. She describes lying awake and looking over her shoulder in the car park. Her faith has been mentioned in these proceedings only because one of your messages complained that a meeting had been moved for Friday prayers; the Crown does not suggest any hostility on that basis and I sentence you on the footing that there was none.

You have no previous convictions. I have read the pre-sentence report and the letters from your sister. The offence is aggravated by the use of a work channel to reach her and by the middle-of-the-night timing of the final message.""",
    spans=[
        ("THREAT_VIOLENCE", "Keep pushing this and you'll be carried out of that office."),
        ("THREAT_VIOLENCE", "Suspending me won't save you. I know what car you drive."),
        ("THREAT_VIOLENCE", "you would wait for her in the car park and \"sort her out properly\""),
        ("STALK_CONTACT", "a number of messages which were hostile and self-pitying but not threatening"),
        ("FEAR_OF_VIOLENCE", "was frightened that you would assault her"),
        ("DISTRESS", "She describes lying awake"),
    ],
)

case(
    14, "harassment_fear_of_violence", "CF",
    voice="call_log", case="upper", noise="heavy", batch="vc",
    pattern="stranger_sends_threatening_dms_after_football_tweet", relationship="online", occasions=3,
    text="""\
CALLER RPTS RCVD DMs ON X (TWITTER) FROM ACCT @NORTHSTAND_BOY AFTER SHE TWEETED CRITICISM OF CLUB OWNERS. 1ST DM 02/11 'WATCH YOURSELF LOVE, SOMEONE SHOULD SMACK YOU'. 2ND 04/11 'ILL DO IT MYSELF IF I HAVE TO'. 3RD 05/11 SENT PIC OF A KNIFE W/ 'FOR YOU'. CALLER V FRIGHTND, THINKS HE CUD FIND HER AS HER PROFILE SHOWS WHERE SHE WRKS. NO KNOWN LINK TO SUSP. ADV RE SCREENSHOTS + NOT DELETING. DETS TO DIGITAL TEAM.""",
    spans=[
        ("THREAT_VIOLENCE", "'WATCH YOURSELF LOVE, SOMEONE SHOULD SMACK YOU'"),
        ("THREAT_VIOLENCE", "'ILL DO IT MYSELF IF I HAVE TO'"),
        ("THREAT_VIOLENCE", "SENT PIC OF A KNIFE W/ 'FOR YOU'"),
        ("FEAR_OF_VIOLENCE", "CALLER V FRIGHTND"),
    ],
)

case(
    15, "stalking", "CS",
    voice="dash_note", case="mixed", noise="abbrev", batch="vc",
    pattern="ex_partner_pleading_dms_from_new_instagram_accounts_after_block", relationship="ex_partner", occasions=9,
    text="""\
DASH completed w/ VIC Ellie MARSH re ex-partner Josh KEANE. Rel 2 yrs, ended by VIC 10/01. No DV history, no violence in rel, no threats since split. After the split Josh sent pleading msgs - 'please just talk to me', 'I can't do this without you', 'I'll change I promise'. VIC blocked him on all platforms 15/01. Since then at least 6 new Instagram accts have followed her and sent DMs which are obviously him. Latest 03/02 from acct 'e.m.forever__' - 'I know you said no but I'll wait as long as it takes'. VIC describes him as 'not dangerous, just can't accept it' and is not scared, but is fed up. No change to her routine. STANDARD risk. Crimed stalking (ex-partner, won't accept end of rel).""",
    spans=[
        ("STALK_CONTACT", "Josh sent pleading msgs"),
        ("UNWANTED", "VIC blocked him on all platforms 15/01"),
        ("STALK_CONTACT", "at least 6 new Instagram accts have followed her and sent DMs which are obviously him"),
        ("FIXATION", "'I know you said no but I'll wait as long as it takes'"),
        ("FIXATION", "'not dangerous, just can't accept it'"),
        ("DISTRESS", "is fed up"),
    ],
)

case(
    16, "stalking", "CS",
    voice="updates", case="mixed", noise="clean", batch="vc",
    pattern="ex_partner_reads_photos_and_messages_through_shared_family_cloud_account", relationship="ex_partner", occasions=6,
    text="""\
12/03 - IP Ms Rebecca Lund attended front counter. Her ex-partner Paul Greaves, separated in December. They still share an Apple family account he set up years ago. IP says since January Paul has been making remarks that show he can see her photos and messages. He texted her "nice night in Bristol then" after she had only shared pictures with her sister; he commented on a new lipstick she had photographed for a friend; and he mentioned a message she sent a friend about a job interview.

13/03 - Spoke to IP by phone. She has checked the account with her brother's help. Paul is the organiser, and her photo library and iMessages were syncing to an old Mac he kept. She has removed herself from the family group and changed her Apple ID password. Paul has also been sending "we could try again, I know you still want to" messages, about weekly.

15/03 - IP says she felt "exposed and sick" when she realised. No threats. She is carrying on with work and the gym as normal. SUSP not yet spoken to. Stalking: ex-partner monitoring via shared account, plus contact.""",
    spans=[
        ("STALK_CONTACT", "He texted her \"nice night in Bristol then\""),
        ("STALK_CONTACT", "he mentioned a message she sent a friend about a job interview"),
        ("STALK_MONITOR", "her photo library and iMessages were syncing to an old Mac he kept"),
        ("STALK_CONTACT", "\"we could try again, I know you still want to\" messages"),
        ("REPETITION", "about weekly"),
        ("DISTRESS", "she felt \"exposed and sick\""),
    ],
)

case(
    17, "stalking", "CS",
    voice="third_party", case="mixed", noise="typos", batch="vc",
    pattern="one_date_from_app_then_gifts_new_profiles_and_liking_old_posts", relationship="online", occasions=5,
    text="""\
Im reporting on behalf of my flatmate Naomi who is on a shift and asked me to ring. She went on one date with a guy off Hinge, Tariq, in April. She messaged him the next day to say she didnt want to see him again and he said "fine no worries". Since then:
- a big bunch of flowers came to our flat on 3 May with a card saying "we're meant to be, T"
- a parcel from Amazon on 11 May, a book he'd talked about on the date, no note
- he liked every single one of her Instagram posts going back 2 years, all in one night
- when she blocked him he made a new Hinge profile and matched with her again, then an Instagram account called tariq.waiting
Naomi says he's British Asian, about 30, works in IT - I'm only saying so you can find him. She isnt scared of him, she thinks hes harmless and a bit sad, but she wants it to stop. She hasnt changed anything she does. She never gave him our adress, we think he worked it out from a picture she posted outside.""",
    spans=[
        ("UNWANTED", "She messaged him the next day to say she didnt want to see him again"),
        ("STALK_GIFTS", "a big bunch of flowers came to our flat on 3 May"),
        ("FIXATION", "\"we're meant to be, T\""),
        ("STALK_GIFTS", "a parcel from Amazon on 11 May"),
        ("STALK_MONITOR", "he liked every single one of her Instagram posts going back 2 years, all in one night"),
        ("STALK_CONTACT", "he made a new Hinge profile and matched with her again"),
        ("FIXATION", "tariq.waiting"),
    ],
)

case(
    18, "stalking", "CS",
    voice="crime_summary", case="mixed", noise="clean", batch="vc",
    pattern="streaming_viewer_fixated_gifts_and_turns_up_at_convention_no_fear", relationship="online", occasions=8,
    text="""\
Victim Freya Lindqvist (27) is a part-time streamer on Twitch who plays horror games three evenings a week. Suspect is a regular viewer using the name northern_knight_91, since identified as Dominic Harte, 35, of Swindon.

From about January the suspect began gifting large numbers of subscriptions in her name during streams and sending her private whispers several times a day, telling her she was "the only one who gets me" and calling her "my girl". On 2 February, both on stream and by whisper, victim told him she was not interested in him in that way and asked him to stop messaging privately. He replied "you don't mean that, you're only saying it for the chat". She banned him from the channel on 6 February.

Within two days a new account, n_knight_returns, appeared in her chat, and parcels began arriving at the PO box she uses for fan mail: a necklace with an F on it, a handwritten letter of four pages, and a framed print of a screenshot of her face taken from a stream.

On 15 March victim attended a gaming convention in Birmingham which she had mentioned on stream. The suspect approached her at the signing table, held out a ring box and said "I came all this way for you". Event staff walked him out.

Victim says she is not frightened of him and has not changed anything; she went back to the convention the next day and is still streaming. She wants him dealt with. No threats at any stage.""",
    spans=[
        ("STALK_CONTACT", "sending her private whispers several times a day"),
        ("FIXATION", "calling her \"my girl\""),
        ("UNWANTED", "asked him to stop messaging privately"),
        ("FIXATION", "\"you don't mean that, you're only saying it for the chat\""),
        ("STALK_CONTACT", "a new account, n_knight_returns, appeared in her chat"),
        ("STALK_GIFTS", "a necklace with an F on it"),
        ("STALK_GIFTS", "a framed print of a screenshot of her face taken from a stream"),
        ("STALK_TURN_UP", "The suspect approached her at the signing table"),
        ("FIXATION", "\"I came all this way for you\""),
    ],
)

case(
    19, "stalking", "CS",
    voice="notebook", case="lower", noise="abbrev", batch="vc",
    pattern="ex_partner_controls_smart_home_devices_after_moving_out_threat_to_new_friend_only", relationship="ex_partner", occasions=10,
    text="""\
21/7 1530 hrs. ip sarah dunmore, 29, at home addr. ex-partner liam croft, rel ended 30/6, he moved out. he set up all the smart stuff in the house - hive heating, alexa, ring doorbell - all on his accts. since 2/7: heating turned up to 28 at 3am on several nights; alexa 'drop in' used twice, his voice came thru kitchen speaker 'miss you babe'; ring app history shows he's been viewing the doorbell live feed most evenings. also snapchat msgs 'who's the bloke then'. on 18/7 he msgd 'if i see that prick at the house again i'll batter him' re her new friend rob. ip says she isn't worried for herself, 'liam's never laid a finger on me', just for rob. no other threats. devices reset by ip's dad 20/7. ip annoyed more than anything, no change to routine. adv re stalking, crime no. to follow.""",
    spans=[
        ("REPETITION", "since 2/7"),
        ("STALK_PROPERTY", "heating turned up to 28 at 3am on several nights"),
        ("STALK_CONTACT", "alexa 'drop in' used twice"),
        ("STALK_MONITOR", "he's been viewing the doorbell live feed most evenings"),
        ("STALK_CONTACT", "snapchat msgs 'who's the bloke then'"),
    ],
)

case(
    20, "stalking_fear_alarm_distress", "CSD",
    voice="vps", case="mixed", noise="clean", batch="vc",
    pattern="ex_partner_hidden_tracker_and_snap_map_turn_ups_victim_moves_out_no_threats", relationship="ex_partner", occasions=5,
    text="""\
I am making this statement so the court understands what Aaron's behaviour has done to my life.

Aaron and I were together for four years and I ended it in October. He never threatened me, not once, and I want to be fair about that. But after we split he always seemed to know where I was. He turned up at the Tesco in Kenilworth when I had only gone there on a whim on the way back from my nan's. He was sat in his car outside my friend's flat in Coventry on a Saturday night when nobody knew I was there. He appeared at the gym at six in the morning, a time I had never gone before in my life. Each time he just said hello like it was normal. I honestly thought I was going mad.

It was my friend Kayleigh who found the AirTag, taped inside the spare wheel well of my car, on 3rd December. Then I realised my Snapchat location had been switched on the whole time and he was still on my friends list.

Since then I have moved out of my flat and back to my mum's in Rugby, because I could not stand being somewhere he knew. I have deleted Snapchat, Instagram and Facebook. I have changed gyms and I drive a different way to work most days. I check under the car and in the boot before I get in. I was signed off work for two weeks in December with anxiety.

I used to be the one who went everywhere on my own. Now I tell my mum where I am every hour. I feel like he took that from me without ever raising his voice.""",
    spans=[
        ("STALK_TURN_UP", "He turned up at the Tesco in Kenilworth"),
        ("STALK_LOITER", "He was sat in his car outside my friend's flat in Coventry"),
        ("STALK_TURN_UP", "He appeared at the gym at six in the morning"),
        ("DISTRESS", "I honestly thought I was going mad"),
        ("STALK_MONITOR", "the AirTag, taped inside the spare wheel well of my car"),
        ("STALK_MONITOR", "my Snapchat location had been switched on the whole time"),
        ("SERIOUS_IMPACT", "I have moved out of my flat and back to my mum's in Rugby"),
        ("SERIOUS_IMPACT", "I have deleted Snapchat, Instagram and Facebook"),
        ("SERIOUS_IMPACT", "I was signed off work for two weeks in December with anxiety"),
    ],
)

case(
    21, "stalking_fear_alarm_distress", "CSFD",
    voice="crime_summary", case="mixed", noise="redacted", batch="vc",
    pattern="ex_partner_fake_dating_profile_with_victim_photos_and_street_then_two_threats", relationship="ex_partner", occasions=5,
    text="""\
OIC summary for CPS advice.
VIC: [NAME 1], 31. SUSP: [NAME 2], 34, VIC's ex-partner (together 2019 to Jan 2025, no children).

After VIC ended the relationship SUSP created a profile on [DATING APP] using VIC's own photographs, her first name and the name of her street, describing her as "up for anything, message me, no time wasters". Between 4 and 20 February at least eleven men contacted VIC via her work Instagram, several quoting the profile, and two men came to her door at [ADDRESS] on separate evenings. The app has confirmed the account was opened from an email address in SUSP's name. When it was taken down, SUSP made a second profile within a day.

On 9 February SUSP texted VIC: "enjoying the attention? next one knocking will be me and I'll smash your face in". On 22 February, after VIC's brother confronted him, SUSP sent a voice note: "you've grassed me up, I'll put you in a hospital bed".

VIC states she believed both messages and is frightened he will hurt her. She has changed her number, moved into her sister's house in [TOWN] and has not been back to her flat except with officers. She has taken unpaid leave from work.

Evidence: screenshots, app disclosure, voice note, statements from the two men who attended.""",
    spans=[
        ("STALK_PUBLISH", "SUSP created a profile on [DATING APP] using VIC's own photographs"),
        ("REPETITION", "Between 4 and 20 February"),
        ("STALK_PUBLISH", "SUSP made a second profile within a day"),
        ("THREAT_VIOLENCE", "next one knocking will be me and I'll smash your face in"),
        ("THREAT_VIOLENCE", "you've grassed me up, I'll put you in a hospital bed"),
        ("FEAR_OF_VIOLENCE", "is frightened he will hurt her"),
        ("SERIOUS_IMPACT", "She has changed her number, moved into her sister's house in [TOWN]"),
        ("SERIOUS_IMPACT", "She has taken unpaid leave from work"),
    ],
)

case(
    22, "stalking_fear_alarm_distress", "CSF",
    voice="call_log", case="mixed", noise="heavy", batch="vc",
    pattern="discord_user_finds_address_from_posted_photo_and_turns_up_with_threats", relationship="online", occasions=5,
    text="""\
1952 CALLER Jade (19) v distresed. States she has been chatting on a Discord server for a horror game w/ male user 'Vxlture' since Sept, never met him. Told him 30/10 she had a bf and to stop DMing her. since then hes sent dozens of msgs a day from 3 diff accts. On 02/11 he DMd 'i know where u are now, ur gonna get hurt' - thinks he found her addr from a pic she posted of her new kitchen w/ the street visable out the windw. Tonite approx 1915 he knocked at her door, she didnt open, he shouted thru letterbox 'told you youd regret ignoring me, ill cut you'. Caller terrifed, locked in bathroom, mum on way. Units deployed G1.""",
    spans=[
        ("UNWANTED", "Told him 30/10 she had a bf and to stop DMing her"),
        ("STALK_CONTACT", "hes sent dozens of msgs a day from 3 diff accts"),
        ("THREAT_VIOLENCE", "'i know where u are now, ur gonna get hurt'"),
        ("STALK_MONITOR", "found her addr from a pic she posted of her new kitchen"),
        ("STALK_TURN_UP", "he knocked at her door"),
        ("THREAT_VIOLENCE", "'told you youd regret ignoring me, ill cut you'"),
        ("FEAR_OF_VIOLENCE", "Caller terrifed"),
    ],
)

case(
    23, "stalking_fear_alarm_distress", "CSD",
    voice="result_note", case="upper", noise="abbrev", batch="vc",
    pattern="restraining_order_breach_via_console_invites_and_family_tracking_app_then_loiters", relationship="ex_partner", occasions=16,
    text="""\
RESULT: SUSP DEAN HOLLOWAY CHARGED S.4A PHA + BREACH OF RESTRAINING ORDER. RO (MADE 02/24) PROHIBITS ANY CONTACT W/ VIC KATIE SOAMES, DIRECT OR INDIRECT, + ENTERING HER ROAD. BETWEEN 01/09 AND 28/09 SUSP SENT VIC 14 PARTY INVITES + MSGS ON PLAYSTATION NETWORK UNDER A NEW GAMERTAG, INCL 'STILL THINK ABOUT US EVERY DAY'. VIC'S DAUGHTER'S PHONE STILL IN OLD LIFE360 FAMILY CIRCLE, SUSP ADMIN - SUSP USED IT TO TRACK THEM TO NEW ADDR. 27/09 SUSP STOOD AT END OF VIC'S DRIVE 2150HRS FOR APPROX 20 MINS. NO THREATS. VIC SIGNED OFF WORK BY GP 3 WKS. DAUGHTER'S SCHOOL RUN NOW DONE BY GRANDAD. REMANDED, NEXT APPEARANCE 14/10.""",
    spans=[
        ("REPETITION", "BETWEEN 01/09 AND 28/09"),
        ("STALK_CONTACT", "SUSP SENT VIC 14 PARTY INVITES + MSGS ON PLAYSTATION NETWORK UNDER A NEW GAMERTAG"),
        ("FIXATION", "'STILL THINK ABOUT US EVERY DAY'"),
        ("STALK_MONITOR", "SUSP USED IT TO TRACK THEM TO NEW ADDR"),
        ("STALK_LOITER", "SUSP STOOD AT END OF VIC'S DRIVE 2150HRS FOR APPROX 20 MINS"),
        ("SERIOUS_IMPACT", "VIC SIGNED OFF WORK BY GP 3 WKS"),
        ("SERIOUS_IMPACT", "DAUGHTER'S SCHOOL RUN NOW DONE BY GRANDAD"),
    ],
)

case(
    24, "stalking_fear_alarm_distress", "CSD",
    voice="statement", case="mixed", noise="typos", batch="vc",
    pattern="colleague_tracks_running_app_and_appears_on_routes_gifts_at_desk", relationship="colleague", occasions=5,
    text="""\
I work at Halden Engineering in the accounts team. Mark Pryce works in the warehouse, I only know him to say hello to in the canteen. In June he started commenting on my runs on Strava, which I had set to public. At first it was just kudos, then comments like "nice pace, saw you go past the canal at 6.10". I never told him I ran.

On the 19th June I was doing my usual loop round Ferry Meadows and he was standing by the bridge in his work clothes. He said "thought Id catch you here". It happened again on 2nd July on the same loop, he was sat on a bench at the halfway point just watching. He has also left a protein bar and a card on my desk at work saying "for your long run sunday".

He has never been nasty to me or threatend me. But it has really shook me. I have made my Strava private, I have stopped running that loop altogether and I only run on the treadmill at the gym now or with my partner. I've asked my manager to move my desk upstairs so I dont have to walk past the warehouse.""",
    spans=[
        ("STALK_MONITOR", "he started commenting on my runs on Strava"),
        ("STALK_TURN_UP", "he was standing by the bridge in his work clothes"),
        ("REPETITION", "It happened again on 2nd July"),
        ("STALK_WATCH", "he was sat on a bench at the halfway point just watching"),
        ("STALK_GIFTS", "left a protein bar and a card on my desk at work"),
        ("DISTRESS", "it has really shook me"),
        ("SERIOUS_IMPACT", "I have stopped running that loop altogether"),
        ("SERIOUS_IMPACT", "I've asked my manager to move my desk upstairs"),
    ],
)

case(
    25, "aggravated_harassment", "CR",
    voice="call_log", case="lower", noise="abbrev", batch="vc",
    pattern="neighbour_racist_comments_on_posts_after_bin_row", relationship="neighbour", occasions=4,
    text="""\
caller mr amadi, 2 flats down from susp. since bin row last wk susp has commented on caller's fb posts 3 times 'go back to nigeria u monkey' + sent a msgr msg calling him a black c*nt. no threats. caller angry. oic allocated.""",
    spans=[
        ("STALK_CONTACT", "susp has commented on caller's fb posts 3 times"),
        ("RACIAL_HOSTILITY", "'go back to nigeria u monkey'"),
        ("STALK_CONTACT", "sent a msgr msg"),
        ("RACIAL_HOSTILITY", "calling him a black c*nt"),
    ],
)

case(
    26, "aggravated_harassment", "CR",
    voice="crime_summary", case="mixed", noise="clean", batch="vc",
    pattern="refused_refund_customer_posts_anti_muslim_reviews_and_messages_shop", relationship="customer", occasions=11,
    text="""\
Victim Mr Yusuf Hamdan owns a phone repair shop on Castle Street. On 12 January he declined to refund the suspect, Gavin Morley, for a screen repair which the suspect had since dropped and cracked again. Since then the suspect has left four one-star Google reviews under different names, calling the shop "a terrorist front" and telling people "don't give your money to the mosque crowd". He has also sent the shop's Instagram account repeated messages, at least seven between 14 and 30 January, including "no wonder you lot blow things up, thieving Muslim scum" and "go and pray for my refund". No threats have been made and the suspect has not been back to the shop. Religiously aggravated harassment crimed.""",
    spans=[
        ("STALK_PUBLISH", "left four one-star Google reviews under different names"),
        ("RELIGIOUS_HOSTILITY", "\"a terrorist front\""),
        ("RELIGIOUS_HOSTILITY", "\"don't give your money to the mosque crowd\""),
        ("STALK_CONTACT", "sent the shop's Instagram account repeated messages"),
        ("REPETITION", "at least seven between 14 and 30 January"),
        ("RELIGIOUS_HOSTILITY", "\"no wonder you lot blow things up, thieving Muslim scum\""),
    ],
)

case(
    27, "aggravated_harassment", "CDR",
    voice="statement", case="lower", noise="typos", batch="vc",
    pattern="beaten_opponent_sends_racist_voice_messages_for_weeks_teen_quits_online_play", relationship="online", occasions=30,
    text="""\
my name is kai im 16. i play rocket league and fortnite mostly on xbox. theres a player called ShadowxStriker who i played against in an online tournament in march and beat him. after that he started sending me voice messages on xbox nearly every day for about 5 weeks. he calls me the n word and says monkeys shouldnt be allowed on the game and makes ape noises. he joined my party chats as well and did the same in front of my freinds. he never said he would hurt me, its just the abuse. i dont know who he is in real life. i stopped playing online at all in april because i couldnt face it and i left the tournament team. i used to play every night with my mates after school and now i dont. my mum made me report it.""",
    spans=[
        ("STALK_CONTACT", "he started sending me voice messages on xbox"),
        ("REPETITION", "nearly every day for about 5 weeks"),
        ("RACIAL_HOSTILITY", "he calls me the n word"),
        ("RACIAL_HOSTILITY", "says monkeys shouldnt be allowed on the game and makes ape noises"),
        ("STALK_CONTACT", "he joined my party chats as well"),
        ("SERIOUS_IMPACT", "i stopped playing online at all in april"),
        ("DISTRESS", "i couldnt face it"),
        ("SERIOUS_IMPACT", "i left the tournament team"),
    ],
)

case(
    28, "aggravated_harassment", "CR",
    voice="updates", case="inconsistent", noise="typos", batch="vc",
    pattern="colleague_antisemitic_posts_tagging_victim_in_team_group_chat", relationship="colleague", occasions=10,
    text="""\
UPDATE 09/06 - report from VIC (Daniel Rosen, 29) via online form. Colleague SUSP Craig WHITTAKER posts in the team WhatsApp group "Desk 4 Banter". VIC states since mid-May SUSP has repeatedly tagged him in posts - a picture of a pile of coins captioned "@Danny found his natural habitat", "ask Danny, his lot run the banks anyway", and a gas oven emoji when VIC said he would be late in.

update 11/06 - SPOKE TO VIC. approx 8 such posts between 15/05 and 06/06. ALSO 2 private msgs from SUSP "cant take a joke, typical". VIC has complained to HR. no threats. VIC upset and dreading going in, but still attending work as normal.

UPDATE 12/06 - screenshots recieved. Crimed as racially/religiously aggravated harassment. OIC to liase with employer.""",
    spans=[
        ("STALK_CONTACT", "SUSP has repeatedly tagged him in posts"),
        ("RACIAL_HOSTILITY", "a picture of a pile of coins captioned \"@Danny found his natural habitat\""),
        ("RACIAL_HOSTILITY", "\"ask Danny, his lot run the banks anyway\""),
        ("RACIAL_HOSTILITY", "a gas oven emoji"),
        ("REPETITION", "approx 8 such posts between 15/05 and 06/06"),
        ("STALK_CONTACT", "2 private msgs from SUSP"),
        ("DISTRESS", "VIC upset and dreading going in"),
    ],
)

case(
    29, "aggravated_harassment", "CR",
    voice="mo_field", case="upper", noise="abbrev", batch="vc",
    pattern="stranger_replies_and_dms_anti_polish_abuse_to_councillor", relationship="online", occasions=6,
    text="""\
MO: SUSP (UNK, X ACCT) REPLIED TO 4 OF VIC'S POSTS (VIC POLISH NATIONAL, LOCAL COUNCILLOR) + DMd HER TWICE OVER 2 WKS - 'POLISH PARASITE', 'GO BACK TO WARSAW AND TAKE YOUR BENEFITS WITH YOU'. NO THREATS.""",
    spans=[
        ("STALK_CONTACT", "REPLIED TO 4 OF VIC'S POSTS"),
        ("STALK_CONTACT", "DMd HER TWICE"),
        ("REPETITION", "OVER 2 WKS"),
        ("RACIAL_HOSTILITY", "'POLISH PARASITE'"),
        ("RACIAL_HOSTILITY", "'GO BACK TO WARSAW AND TAKE YOUR BENEFITS WITH YOU'"),
    ],
)

case(
    30, "aggravated_harassment_fear_of_violence", "CFR",
    voice="statement", case="mixed", noise="clean", batch="vc",
    pattern="cycling_channel_sikh_man_racist_threats_from_repeat_accounts", relationship="online", occasions=3,
    text="""\
I am a Sikh man and I wear a turban. I run a small YouTube and Instagram channel about cycling, mostly routes around north-east London and Essex. On 3rd August I posted a video of a ride through Epping Forest. The next morning I had a message on Instagram from an account called england_awake88 saying "towelhead, you don't belong in our forests, I'll rip that rag off your head and drown you in the pond". I blocked it.

On 10th August a new account, awake88_back, commented on my latest post naming the car park where I usually start my rides and wrote "see you there Saturday Bin Laden, bring a spare turban for the blood". On 12th August the same account sent me a picture of a baseball bat with no words.

I genuinely believe this person means to hurt me. They know where I start from and what time. I am frightened every time I go out on the bike now.""",
    spans=[
        ("RACIAL_HOSTILITY", "towelhead"),
        ("THREAT_VIOLENCE", "I'll rip that rag off your head and drown you in the pond"),
        ("THREAT_VIOLENCE", "\"see you there Saturday Bin Laden, bring a spare turban for the blood\""),
        ("THREAT_VIOLENCE", "sent me a picture of a baseball bat"),
        ("FEAR_OF_VIOLENCE", "I genuinely believe this person means to hurt me"),
        ("FEAR_OF_VIOLENCE", "I am frightened every time I go out on the bike now"),
    ],
)

case(
    31, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="notebook", case="upper", noise="abbrev", batch="vc",
    pattern="neighbour_fence_row_racist_posts_on_local_app_and_two_threats", relationship="neighbour", occasions=5,
    text="""\
03/03 1105 ATT 7 BEECH WALK. IP MRS ADEBAYO + HUSBAND. SUSP = NEIGHBOUR NO 9, TERRY MOSS. ROW OVER FENCE SINCE JAN. SUSP HAS POSTED ON NEXTDOOR 3 X ABOUT 'THE AFRICANS AT NO 7 RUINING THE STREET' + 'SEND THEM BACK'. 22/02 SUSP SENT IP FB MSG 'I'LL BURN YOUR FENCE DOWN WITH YOU BEHIND IT'. 01/03 VOICE NOTE 'YOU BLACK B*TCH, NEXT TIME I'LL PUT YOU IN THE GROUND'. IP VERY SCARED HE WILL ATTACK HER. SINCE 01/03 KIDS NOT ALLOWED TO PLAY IN FRONT GDN, IP HAS FITTED CCTV + NOW LEAVES FOR WORK VIA BACK LANE. SCREENSHOTS + VN SEEN. SUSP NOT IN AT 1140. RTN LATER.""",
    spans=[
        ("STALK_PUBLISH", "SUSP HAS POSTED ON NEXTDOOR 3 X"),
        ("RACIAL_HOSTILITY", "'THE AFRICANS AT NO 7 RUINING THE STREET'"),
        ("RACIAL_HOSTILITY", "'SEND THEM BACK'"),
        ("THREAT_VIOLENCE", "'I'LL BURN YOUR FENCE DOWN WITH YOU BEHIND IT'"),
        ("RACIAL_HOSTILITY", "YOU BLACK B*TCH"),
        ("THREAT_VIOLENCE", "NEXT TIME I'LL PUT YOU IN THE GROUND"),
        ("FEAR_OF_VIOLENCE", "IP VERY SCARED HE WILL ATTACK HER"),
        ("SERIOUS_IMPACT", "KIDS NOT ALLOWED TO PLAY IN FRONT GDN"),
        ("SERIOUS_IMPACT", "IP HAS FITTED CCTV + NOW LEAVES FOR WORK VIA BACK LANE"),
    ],
)

case(
    32, "aggravated_harassment_fear_of_violence", "CFR",
    voice="call_log", case="mixed", noise="heavy", batch="vc",
    pattern="food_delivery_customer_racist_threats_to_rider_over_cold_order", relationship="customer", occasions=7,
    text="""\
2034 Caller Mihai Popescu, delivry rider for food app. 2 wks ago customer complaned order was cold + gave 1 star. Customer has since got callers personal no. (poss from app chat) + sent whatsapp msgs: 18/4 'romanian gypsy scum, i know ur bike, ill run u off the road'. 21/4 'thieving romanian, next time u deliver round here ur getting stabbed'. plus 4-5 more just abuse. Caller frightened he'll be attacked when out on the bike. Susp name on app 'Lee B', Hollins Est. Adv re screenshots, crime rpt raised.""",
    spans=[
        ("RACIAL_HOSTILITY", "romanian gypsy scum"),
        ("THREAT_VIOLENCE", "i know ur bike, ill run u off the road"),
        ("RACIAL_HOSTILITY", "thieving romanian"),
        ("THREAT_VIOLENCE", "next time u deliver round here ur getting stabbed"),
        ("STALK_CONTACT", "plus 4-5 more just abuse"),
        ("FEAR_OF_VIOLENCE", "Caller frightened he'll be attacked"),
    ],
)

case(
    33, "aggravated_harassment_fear_of_violence", "CFR",
    voice="crime_summary", case="lower", noise="typos", batch="vc",
    pattern="ousted_gaming_clan_member_racist_dms_and_two_threats_lives_nearby", relationship="online", occasions=20,
    text="""\
ip (hamza, 22) was in a call of duty clan on discord w/ susp (user DeadEye, irl ryan tate, same town - met once at a lan event). ip was made clan leader in june and susp got kicked out. since 14/06 susp has dm'd ip abuse most days - 'p*ki', 'curry stinking terrorist', 'go back to your own country' (ip born in bolton). on 20/06 susp posted in the clan server '@hamza i know ur road, ur getting done in'. 26/06 dm 'im coming for u p*ki, bring ur whole family, ill stab the lot'. ip states he is frightend as ryan lives 10 mins away and knows what he looks like. hasnt changed anything he does yet. susp arested 28/06, no comment interveiw.""",
    spans=[
        ("REPETITION", "since 14/06"),
        ("STALK_CONTACT", "susp has dm'd ip abuse most days"),
        ("RACIAL_HOSTILITY", "'p*ki'"),
        ("RACIAL_HOSTILITY", "'curry stinking terrorist'"),
        ("RACIAL_HOSTILITY", "'go back to your own country'"),
        ("THREAT_VIOLENCE", "'@hamza i know ur road, ur getting done in'"),
        ("THREAT_VIOLENCE", "'im coming for u p*ki, bring ur whole family, ill stab the lot'"),
        ("FEAR_OF_VIOLENCE", "ip states he is frightend"),
    ],
)

case(
    34, "aggravated_harassment_fear_of_violence", "CFR",
    voice="third_party", case="mixed", noise="redacted", batch="vc",
    pattern="councillor_receives_anti_muslim_threatening_voice_notes_after_post", relationship="online", occasions=5,
    text="""\
I'm the caseworker for Cllr [NAME 1] and I'm reporting this for her, with her permission. She is Muslim and wears hijab. Since she posted on her councillor Facebook page about the new prayer room at the leisure centre, a man has been sending voice notes to the ward WhatsApp number, which she looks after herself. First one, Tuesday 4th: "you rag heads are taking over, I'll find you at your next surgery and rip that thing off your head". Second, Friday 7th: "I know where you hold your surgeries, Muslim filth, I'll be waiting with something sharp". There have been three others, just ranting about Islam. [NAME 1] is scared he will carry it out and asked me to ring you. Number ends [REDACTED].""",
    spans=[
        ("RELIGIOUS_HOSTILITY", "you rag heads are taking over"),
        ("THREAT_VIOLENCE", "I'll find you at your next surgery and rip that thing off your head"),
        ("RELIGIOUS_HOSTILITY", "Muslim filth"),
        ("THREAT_VIOLENCE", "I'll be waiting with something sharp"),
        ("STALK_CONTACT", "There have been three others, just ranting about Islam"),
        ("FEAR_OF_VIOLENCE", "[NAME 1] is scared he will carry it out"),
    ],
)

case(
    35, "aggravated_stalking", "CSR",
    voice="dash_note", case="mixed", noise="abbrev", batch="vc",
    pattern="ex_partner_fake_accounts_begging_and_racist_abuse_one_threat_no_fear", relationship="ex_partner", occasions=8,
    text="""\
DASH - VIC Chloe ANSAH (mixed heritage, dad Ghanaian) re ex-partner Ryan PEEL. Split 3 mths ago, VIC ended it. Since split SUSP has set up at least 4 fake FB + Insta accts to msg VIC after she blocked him. Msgs a mix of begging her back ('no one will ever love you like i do') and racial abuse - 'half-caste sl*g', 'go back to your dad's mud hut'. Also made an acct in VIC's name and posted pics of her on it. One msg on 02/05 said 'carry on and you'll get a smack'. VIC not frightened of him - 'he's a coward, he won't do anything' - and hasn't changed anything. DASH MEDIUM due to ongoing contact. Crimed racially agg stalking.""",
    spans=[
        ("STALK_CONTACT", "SUSP has set up at least 4 fake FB + Insta accts to msg VIC after she blocked him"),
        ("FIXATION", "'no one will ever love you like i do'"),
        ("RACIAL_HOSTILITY", "'half-caste sl*g'"),
        ("RACIAL_HOSTILITY", "'go back to your dad's mud hut'"),
        ("STALK_PUBLISH", "made an acct in VIC's name and posted pics of her on it"),
        ("THREAT_VIOLENCE", "'carry on and you'll get a smack'"),
    ],
)

case(
    36, "aggravated_stalking", "CSR",
    voice="victim_diary", case="mixed", noise="clean", batch="vc",
    pattern="unmatched_dating_app_user_finds_socials_and_work_anti_hindu_comments", relationship="online", occasions=5,
    text="""\
12 Sept. Unmatched Rob on Bumble after two days of chatting because he kept asking where I lived. He found me on Instagram within the hour. "Why did you unmatch me? Give me a chance." Blocked him.

14 Sept. New account, same photo, same message. Then: "I bet your parents want you with some cow worshipper."

17 Sept. Flowers delivered to work. Card said "I don't give up. R." I never told him where I work. Must have got it off LinkedIn.

20 Sept. He's commenting on my sister's posts now. Under a photo of us at Diwali: "nice to see the idol worshippers having fun, shame about your fake gods".

23 Sept. Email to my work address. Three pages about how we'd be perfect together if I "dropped the Hindu nonsense".

I'm not scared of him exactly. It's just never-ending. Police tomorrow.""",
    spans=[
        ("UNWANTED", "Unmatched Rob on Bumble"),
        ("STALK_CONTACT", "He found me on Instagram within the hour"),
        ("RELIGIOUS_HOSTILITY", "\"I bet your parents want you with some cow worshipper.\""),
        ("STALK_GIFTS", "Flowers delivered to work"),
        ("FIXATION", "\"I don't give up. R.\""),
        ("STALK_MONITOR", "He's commenting on my sister's posts now"),
        ("RELIGIOUS_HOSTILITY", "\"nice to see the idol worshippers having fun, shame about your fake gods\""),
        ("STALK_CONTACT", "Email to my work address"),
        ("RELIGIOUS_HOSTILITY", "\"dropped the Hindu nonsense\""),
    ],
)

case(
    37, "aggravated_stalking", "CSR",
    voice="crime_summary", case="upper", noise="clean", batch="vc",
    pattern="neighbour_with_no_dispute_posts_daily_photos_of_victim_with_racist_captions", relationship="neighbour", occasions=20,
    text="""\
IP (MS WEI CHEN, 34) LIVES OPPOSITE SUSP (COLIN ASHWORTH, 61). THERE IS NO DISPUTE BETWEEN THEM - IP SAYS SHE HAS NEVER HAD A CONVERSATION WITH HIM. SINCE FEBRUARY SUSP HAS POSTED ABOUT IP ON THE 'HIGHFIELD COMMUNITY' FACEBOOK GROUP ALMOST DAILY: PHOTOS OF HER LEAVING FOR WORK, WHO VISITS HER, WHAT SHE PUTS IN HER RECYCLING, CAPTIONED 'CHINKY WATCH' AND 'ANOTHER DELIVERY FOR THE COVID QUEEN'. HIS DOORBELL CAMERA HAS BEEN RE-ANGLED TO POINT AT HER FRONT DOOR. HE HAS ALSO LEFT A PRINTED PHOTO OF HER IN HER OWN GARDEN UNDER HER WINDSCREEN WIPER. IP DESCRIBES HERSELF AS 'FURIOUS RATHER THAN FRIGHTENED'. NO THREATS, NO CHANGE TO ROUTINE. GROUP ADMIN HAS REMOVED THE POSTS. CRIMED RACIALLY AGGRAVATED STALKING.""",
    spans=[
        ("STALK_PUBLISH", "SUSP HAS POSTED ABOUT IP ON THE 'HIGHFIELD COMMUNITY' FACEBOOK GROUP"),
        ("REPETITION", "ALMOST DAILY"),
        ("STALK_WATCH", "PHOTOS OF HER LEAVING FOR WORK, WHO VISITS HER, WHAT SHE PUTS IN HER RECYCLING"),
        ("RACIAL_HOSTILITY", "'CHINKY WATCH'"),
        ("RACIAL_HOSTILITY", "'ANOTHER DELIVERY FOR THE COVID QUEEN'"),
        ("STALK_MONITOR", "HIS DOORBELL CAMERA HAS BEEN RE-ANGLED TO POINT AT HER FRONT DOOR"),
        ("STALK_PROPERTY", "LEFT A PRINTED PHOTO OF HER IN HER OWN GARDEN UNDER HER WINDSCREEN WIPER"),
    ],
)

case(
    38, "aggravated_stalking", "CSR",
    voice="call_log", case="lower", noise="heavy", batch="vc",
    pattern="ex_partner_still_in_google_account_tracks_location_and_sends_racist_texts", relationship="ex_partner", occasions=7,
    text="""\
caller tanisha, ex bf jamie still logged in2 her google acct frm when they were 2gether, been checkin her location on maps timeline + msging her 'saw u at ur cousins lol' 'who u with at 2am'. she blocked him, now he txts frm new nos callin her a 'n****r b***h' + 'go back to the jungle'. 6 or 7 times since sun. not scared, wants it stopped""",
    spans=[
        ("STALK_MONITOR", "checkin her location on maps timeline"),
        ("STALK_CONTACT", "msging her 'saw u at ur cousins lol'"),
        ("STALK_CONTACT", "now he txts frm new nos"),
        ("RACIAL_HOSTILITY", "'n****r b***h'"),
        ("RACIAL_HOSTILITY", "'go back to the jungle'"),
        ("REPETITION", "6 or 7 times since sun"),
    ],
)

case(
    39, "aggravated_stalking", "CSR",
    voice="supervisor_review", case="mixed", noise="redacted", batch="vc",
    pattern="colleague_fixated_after_rejected_drink_follows_accounts_gifts_antisemitic_remarks", relationship="colleague", occasions=16,
    text="""\
Review of crime [REF] - A/Insp [NAME].
The OIC has recorded this as harassment. Having read the victim's account I am reclassifying it as racially aggravated stalking.

[VICTIM], 26, is Jewish and works in the same open-plan office as [SUSPECT]. In March she turned down his invitation to go for a drink. Since then he has followed every one of her social media accounts, including a private running account which she later found he had requested under a made-up name. He has sent her eleven LinkedIn messages and several emails to her personal address, which she never gave him. Some are pleading ("just one drink, you owe me that"), some nasty ("typical Jewish princess, too good for the rest of us"). Twice she has found gifts on her chair, a box of chocolates and then a bracelet, and on [DATE] he left a note in her coat pocket saying "still waiting". He also commented "money-grabbing tribe" under a photo of her family at Passover.

This is fixation following a rejection, with contact, monitoring and gifts: stalking. The antisemitic remarks are aimed at her: aggravated. She says she is not afraid of him and has not altered her work pattern. No threats recorded.

Actions: update classification; OIC to obtain work email logs; consider bail conditions re the workplace.""",
    spans=[
        ("UNWANTED", "she turned down his invitation to go for a drink"),
        ("STALK_MONITOR", "he has followed every one of her social media accounts"),
        ("STALK_MONITOR", "a private running account which she later found he had requested under a made-up name"),
        ("STALK_CONTACT", "He has sent her eleven LinkedIn messages and several emails to her personal address"),
        ("FIXATION", "\"just one drink, you owe me that\""),
        ("RACIAL_HOSTILITY", "\"typical Jewish princess, too good for the rest of us\""),
        ("STALK_GIFTS", "Twice she has found gifts on her chair"),
        ("STALK_GIFTS", "he left a note in her coat pocket saying \"still waiting\""),
        ("RACIAL_HOSTILITY", "\"money-grabbing tribe\""),
    ],
)

case(
    40, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="statement", case="mixed", noise="typos", batch="vc",
    pattern="ex_partner_watches_through_home_cameras_alexa_drop_in_racist_threats_victim_moves", relationship="ex_partner", occasions=5,
    text="""\
I was with Lee Danvers for two and a half years and we lived together at my house in Thornaby, which I own. I am Black British, my mum is from Jamaica. He moved out in January after I ended it. I knew he could be nasty when he'd had a drink but I didnt know how bad it would get.

The house has a Ring doorbell, two indoor cameras and an Alexa, all set up by Lee on his Amazon account. I didnt think to change anything. From about the end of January he started messaging me about things he could only know from the cameras - "nice dressing gown", "who was the fella at the door at 8", "you've not hoovered". When I got my brother to unplug the indoor cameras, Lee messaged within ten minutes: "plug them back in you black b*tch or I'll come and plug them in myself and you with them".

On the 14th February at about 11pm the Alexa in the kitchen started playing his voice through drop-in, saying "I can see you, I'm outside". When I looked out he was in his car at the end of the road. He drove off. The next day he sent "monkeys like you dont get to throw me out, I'll break your jaw next time". Then on the 20th he put a picture of my house up on his Facebook captioned "jungle bunny lives here, she robbed me".

I am terrified of him. I believe he will hurt me, he has been violent to an ex before. I have moved out and I am staying with my auntie in Middlesbrough, my house is going up for rent. I have taken my son out of his school because it is two streets away and Lee knows the times. I have had every device taken out of the house.""",
    spans=[
        ("STALK_MONITOR", "he started messaging me about things he could only know from the cameras"),
        ("RACIAL_HOSTILITY", "you black b*tch"),
        ("THREAT_VIOLENCE", "or I'll come and plug them in myself and you with them"),
        ("STALK_CONTACT", "the Alexa in the kitchen started playing his voice through drop-in"),
        ("STALK_LOITER", "he was in his car at the end of the road"),
        ("RACIAL_HOSTILITY", "monkeys like you dont get to throw me out"),
        ("THREAT_VIOLENCE", "I'll break your jaw next time"),
        ("STALK_PUBLISH", "he put a picture of my house up on his Facebook"),
        ("RACIAL_HOSTILITY", "\"jungle bunny lives here, she robbed me\""),
        ("FEAR_OF_VIOLENCE", "I am terrified of him. I believe he will hurt me"),
        ("SERIOUS_IMPACT", "I have moved out and I am staying with my auntie in Middlesbrough"),
        ("SERIOUS_IMPACT", "I have taken my son out of his school"),
    ],
)

case(
    41, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="updates", case="mixed", noise="abbrev", batch="vc",
    pattern="stranger_islamophobic_comments_traces_workplace_from_tagged_story_and_turns_up", relationship="stranger", occasions=10,
    text="""\
12/01 VIC (Amira SALEH, 25, pharmacy asst) reports Insta acct 'truth_seeker_uk' has commented on nearly all her posts since Nov - 'another burka invader', 'sharia slave' - and DMs her most wks asking why she won't reply. VIC has never replied, has blocked 3 accts.
19/01 VIC states acct posted a screenshot of her story (tagged at her workplace, a pharmacy in town centre) on his own page w/ 'found her, ladies and gents'.
24/01 Male matching acct photos came into pharmacy, stood by the counter approx 15 mins staring at VIC, left a leaflet about 'Islam's war on women' on the counter w/ her name written on it. No words exchanged. CCTV requested.
02/02 VIC has resigned + started at another branch 12 miles away. Removed all location tags, acct now private. Says she feels watched everywhere she goes. No threats made by SUSP at any point.
05/02 SUSP ID'd from CCTV as Neil FARROW, 41. Arrest planned.""",
    spans=[
        ("STALK_CONTACT", "has commented on nearly all her posts since Nov"),
        ("RELIGIOUS_HOSTILITY", "'another burka invader'"),
        ("RELIGIOUS_HOSTILITY", "'sharia slave'"),
        ("STALK_CONTACT", "DMs her most wks asking why she won't reply"),
        ("STALK_PUBLISH", "acct posted a screenshot of her story"),
        ("FIXATION", "'found her, ladies and gents'"),
        ("STALK_TURN_UP", "Male matching acct photos came into pharmacy"),
        ("STALK_WATCH", "stood by the counter approx 15 mins staring at VIC"),
        ("STALK_CONTACT", "left a leaflet about 'Islam's war on women' on the counter w/ her name written on it"),
        ("SERIOUS_IMPACT", "VIC has resigned + started at another branch 12 miles away"),
        ("DISTRESS", "Says she feels watched everywhere she goes"),
    ],
)

case(
    42, "aggravated_stalking_fear_alarm_distress", "CSFR",
    voice="call_log", case="upper", noise="heavy", batch="vc",
    pattern="ex_esports_teammate_doxxes_address_with_racist_caption_and_threatens_twice", relationship="acquaintance", occasions=14,
    text="""\
1412 CALLER SIMRAN (20, PLAYS APEX ON TWITCH) RPTS EX-TEAMATE 'KRAYZ' HAS POSTED HER HOME ADDR + PICS OF HER HOUSE ON A DISCORD SERVER W/ 'COME VISIT THE CURRY GIRL'. BEEN IN HER DMs DAILY SINCE SHE LEFT THE TEAM 2 WKS AGO, SAYS SHES 'HIS'. 09/05 'ILL COME SLIT UR THROAT P*KI'. 12/05 VN 'SEE U SOON, BRINGING A BLADE'. CALLER CRYING, FULLY BELEIVES HE WILL COME + HURT HER. G2 ATTENDENCE.""",
    spans=[
        ("STALK_PUBLISH", "HAS POSTED HER HOME ADDR + PICS OF HER HOUSE ON A DISCORD SERVER"),
        ("RACIAL_HOSTILITY", "'COME VISIT THE CURRY GIRL'"),
        ("STALK_CONTACT", "BEEN IN HER DMs DAILY"),
        ("FIXATION", "SAYS SHES 'HIS'"),
        ("THREAT_VIOLENCE", "'ILL COME SLIT UR THROAT P*KI'"),
        ("THREAT_VIOLENCE", "'SEE U SOON, BRINGING A BLADE'"),
        ("FEAR_OF_VIOLENCE", "FULLY BELEIVES HE WILL COME + HURT HER"),
    ],
)

case(
    43, "aggravated_stalking_fear_alarm_distress", "CSFR",
    voice="judgment", case="mixed", noise="clean", batch="vc",
    pattern="rejected_app_date_makes_repeat_profiles_racist_abuse_waits_at_work_two_threats", relationship="online", occasions=15,
    text="""\
R v Craig Holden. Sentencing remarks.

Craig Holden, you have pleaded guilty to racially aggravated stalking involving fear of violence. The victim, Ms Tomi Okonkwo, matched with you on a dating app in the spring of last year. You exchanged messages for around ten days and met once, for coffee, in Reading. Afterwards she told you, kindly and clearly, that she did not want to see you again.

You would not accept that. Over the following four months you created no fewer than nine profiles on three different dating apps so that you could match with her again, each time using a different name and borrowed photographs. When she recognised you and blocked you, you turned to abuse. Your messages called her an "ungrateful African" and told her that "girls like you should be grateful a white man looked twice". You found out where she worked through a professional networking site, and on two occasions in July you waited outside that building at the end of the working day.

On 19 July you sent her a message reading "next time I won't just watch, I'll drag you into the car". On 2 August you sent a photograph of her front door with the words "your turn soon, monkey".

Ms Okonkwo's personal statement describes real and lasting fear. She believed you would do what you said, and I have no doubt that was exactly what you intended. The abuse was directed at her and demonstrated hostility based on her race and national origin; the aggravated offence is properly charged.

You are 38 and of previous good character. I have read the pre-sentence report, which describes you as lacking insight. The custody threshold is plainly passed.""",
    spans=[
        ("UNWANTED", "she told you, kindly and clearly, that she did not want to see you again"),
        ("REPETITION", "Over the following four months"),
        ("STALK_CONTACT", "you created no fewer than nine profiles on three different dating apps so that you could match with her again"),
        ("RACIAL_HOSTILITY", "\"ungrateful African\""),
        ("RACIAL_HOSTILITY", "\"girls like you should be grateful a white man looked twice\""),
        ("STALK_MONITOR", "You found out where she worked through a professional networking site"),
        ("STALK_LOITER", "on two occasions in July you waited outside that building at the end of the working day"),
        ("THREAT_VIOLENCE", "\"next time I won't just watch, I'll drag you into the car\""),
        ("STALK_MONITOR", "you sent a photograph of her front door"),
        ("THREAT_VIOLENCE", "\"your turn soon, monkey\""),
        ("FEAR_OF_VIOLENCE", "She believed you would do what you said"),
    ],
)

case(
    44, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="vps", case="lower", noise="typos", batch="vc",
    pattern="former_friend_posts_victims_live_location_to_course_group_chat_with_racist_captions", relationship="acquaintance", occasions=12,
    text="""\
this is my victim personal statement. me and Courtney were best friends in first year at uni. we fell out in october when i moved out of our shared house. since then she has been posting my live location in a group chat with about 40 people from our course, she was screenshoting it from snap map before i realised and turned it off, and writing stuff like 'the p*ki is at the library again lads'. she also messages me herself most nights. she set up a fake tinder with my pics. people from the chat have turned up at the library where i was and laughed at me. i stopped going to lectures in november. i have moved back home to my parents in oldham and im doing what i can of my course online, i will probably have to defer. i dont go out at night any more. i dont feel safe anywhere she might know about.""",
    spans=[
        ("STALK_PUBLISH", "she has been posting my live location in a group chat with about 40 people from our course"),
        ("STALK_MONITOR", "she was screenshoting it from snap map"),
        ("RACIAL_HOSTILITY", "'the p*ki is at the library again lads'"),
        ("STALK_CONTACT", "she also messages me herself most nights"),
        ("STALK_PUBLISH", "she set up a fake tinder with my pics"),
        ("STALK_TURN_UP", "people from the chat have turned up at the library where i was"),
        ("SERIOUS_IMPACT", "i stopped going to lectures in november"),
        ("SERIOUS_IMPACT", "i have moved back home to my parents in oldham"),
        ("SERIOUS_IMPACT", "i dont go out at night any more"),
        ("DISTRESS", "i dont feel safe anywhere she might know about"),
    ],
)
