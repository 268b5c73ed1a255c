# ruff: noqa: E501
"""Hand-written narratives, writer ye: records built around pasted messages, call logs and screenshots."""

from corpora.handwritten import case

case(
    1, "no_offence", "R",
    voice="call_log", case="upper", noise="abbrev", batch="ye",
    pattern="single_racist_voicemail_from_neighbour_over_parking", relationship="neighbour", occasions=1,
    text="""\
VM REC'D 2214 14/03 FROM 07700 913 442: 'MOVE YOUR CAR OFF MY KERB YOU F***ING P*KI OR I'LL SMASH YOUR HEAD IN'. POSS MALE AT NO 31. ONE-OFF, NO PREV ISSUES. CLR SHAKEN, WANTS IT LOGGED.""",
    spans=[
        ("RACIAL_HOSTILITY", "YOU F***ING P*KI"),
        ("THREAT_VIOLENCE", "I'LL SMASH YOUR HEAD IN"),
        ("DISTRESS", "CLR SHAKEN"),
    ],
)

case(
    2, "no_offence", "",
    voice="notebook", case="mixed", noise="typos", batch="ye",
    pattern="sisters_one_evening_whatsapp_row_over_mothers_will", relationship="family", occasions=1,
    text="""\
Attended RP's address re 'harrassment by sister'. RP [NAME 1] showed me a WhatsApp thread between her and her sister [NAME 2] from the evening of Sun 2nd. Thread runs from 1931 to approx 2140 and it is all one argument about who gets mums bungalow now the will has been read.
RP 1931: 'you were never there for her so dont pretend now'
Sister: 'at least i didnt help myself to her jewelery'
RP: 'your a lying cow and everyone knows it'
Sister: 'go f urself' with 3 middle finger emojis
It carrys on like that from both of them, RP sent 46 msgs and the sister 38. Last one is from the sister at 2140, 'Im done with you'. Nothing sent either way since and the sister has blocked RP. RP was in tears showing me but accepted when we read it back that she gave as good as she got. Words of advice given, no offences disclosed, suggested she speaks to a solicitor about the will. NFA.""",
    spans=[
        ("DISTRESS", "RP was in tears showing me"),
    ],
)

case(
    3, "no_offence", "",
    voice="crime_summary", case="mixed", noise="clean", batch="ye",
    pattern="debt_recovery_texts_and_emails_reported_as_stalking", relationship="business", occasions=6,
    text="""\
Online report received 09/11. Reporting person states she is being "harassed and stalked" by Carrow Recoveries Ltd and has attached six screenshots.
Screenshot 1 is an SMS dated 12/10 at 10:02: "Carrow Recoveries: your account ref CR-55102 is in arrears of £412.60. Please call 0330 XXX XXXX or pay online."
Screenshots 2, 3 and 4 are near-identical texts on 19/10, 26/10 and 02/11.
Screenshot 5 is an email headed "Notice of intended referral to field agent".
Screenshot 6 is a letter from the agent saying a visit may follow if the balance is not settled.
RP accepts the debt relates to an old phone contract in her name but disputes the figure, and says the texts are making her ill. None of the messages contain abusive or threatening language, all were sent in office hours, and the sender is a creditor pursuing a debt. RP signposted to Citizens Advice and the Financial Ombudsman. Closed, no crime.""",
    spans=[
        ("DISTRESS", "the texts are making her ill"),
    ],
)

case(
    4, "no_offence", "",
    voice="notebook", case="lower", noise="heavy", batch="ye",
    pattern="ex_one_snapchat_after_reconciliation_old_threat_months_before", relationship="ex_partner", occasions=2,
    text="""\
ip states ex [NAME] sent her a snapchat 21/09 @ 0112 sayin 'ur a waste of space, hope ur happy now' w/ a skull emoji, ip screenshotted it b4 it dissapeared. ip also mentioned back in feb when they first split he whatsapped 'ill f*** u up if i see u with him' but they got back 2gether in march n lived together til end of aug, ip says he was fine thru that time. split again 31/08 by agreement. no other contact since the 1 snap, he hasnt been round. ip not scared of him, more annoyed. dash std. advised block + report any further. nfa at this time""",
    spans=[
        ("STALK_CONTACT", "'ur a waste of space, hope ur happy now'"),
        ("THREAT_VIOLENCE", "'ill f*** u up if i see u with him'"),
    ],
)

case(
    5, "harassment", "C",
    voice="crime_summary", case="mixed", noise="clean", batch="ye",
    pattern="colleague_abusive_messages_after_disciplinary_warning", relationship="colleague", occasions=4,
    text="""\
Victim works as a shift supervisor at a distribution depot in Thornbury. Suspect is a forklift driver on her shift whom she reported in July for using his phone while driving; he received a written warning. Since then he has sent her messages on the works WhatsApp group and privately. Victim has provided screenshots.
Screenshot 1 (04/08, 22:31): "grass. hope ur proud of urself"
Screenshot 2 (05/08, 06:50): "everyone knows what you are, company snake" followed by a snake emoji.
Screenshot 3 (11/08, 23:05): "cant even do your own job so you do everyone elses"
Screenshot 4 (18/08, 00:14): a voice note, transcribed by the victim as "you've ruined my record you sad little woman".
He has not approached her at work outside normal duties and there is no suggestion of any interest in her beyond the warning. No threats. Victim says she dreads her phone going off at night and finds it upsetting. She has not changed anything at work. Suspect to be interviewed voluntarily.""",
    spans=[
        ("REPETITION", "Since then"),
        ("STALK_CONTACT", "he has sent her messages on the works WhatsApp group and privately"),
        ("STALK_CONTACT", "grass. hope ur proud of urself"),
        ("STALK_CONTACT", "everyone knows what you are, company snake"),
        ("STALK_CONTACT", "you've ruined my record you sad little woman"),
        ("DISTRESS", "she dreads her phone going off at night and finds it upsetting"),
    ],
)

case(
    6, "harassment", "C",
    voice="statement", case="mixed", noise="typos", batch="ye",
    pattern="neighbour_access_lane_dispute_texts_and_photographing_van", relationship="neighbour", occasions=4,
    text="""\
Statement of [V] (extract). 'The dispute with Mr Halloran at number 8 is about the shared access lane, he says my van is over the line onto his bit. Since the start of May he has been leaving notes on my windscreen and sending me texts. On 3 May at 0742 he texted "Your van is on my land AGAIN. Photos taken. Move it." On 9 May at 1818 "I have 14 photos now, my solicitor will be having them". On 15 May at 0655 "Parked like a moron as per". He stands at his front window with his phone and takes photos whenever I park up, I have seen him do this most days. I think he is bulding a case about the lane. He has never said anything about me personaly or threatened me. Its stressful and my wife is fed up with it but we havent changed anything.'
OIC note: boundary dispute, civil element, but texts and photographing continued after V asked him to stop on 10/05.""",
    spans=[
        ("STALK_CONTACT", "leaving notes on my windscreen and sending me texts"),
        ("STALK_CONTACT", "Parked like a moron as per"),
        ("STALK_WATCH", "takes photos whenever I park up"),
        ("REPETITION", "most days"),
        ("DISTRESS", "Its stressful"),
        ("UNWANTED", "continued after V asked him to stop on 10/05"),
    ],
)

case(
    7, "harassment", "C",
    voice="crime_summary", case="mixed", noise="abbrev", batch="ye",
    pattern="customer_abusive_voicemails_emails_over_invoice_one_threat", relationship="customer", occasions=4,
    text="""\
IP is a self employed kitchen fitter. SUSP is a former customer, Mr [NAME 3], who disputes the final invoice (£2,300) for a job finished in Jan. IP has kept VMs and emails.
VM1 06/02 1514: 'It's Derek. Worst job I've ever paid for. You're a cowboy and I'll be telling everyone.'
Email 08/02 2103, subject CON MAN: 'You are a thief and a liar and I hope your business goes under.'
VM2 13/02 0803: 'You want your money, come and get it, I'll knock your teeth down your throat.'
Email 20/02: long email calling IP 'scum' and 'a crook', copied to his trade association.
IP says he isn't bothered by the teeth comment, 'he's 70 and all mouth'. More annoyed it is hitting his online reviews. One threat only, IP not in fear. Abusive contact over 2 wks, 4 occasions.""",
    spans=[
        ("STALK_CONTACT", "You're a cowboy and I'll be telling everyone."),
        ("STALK_CONTACT", "You are a thief and a liar and I hope your business goes under."),
        ("THREAT_VIOLENCE", "I'll knock your teeth down your throat"),
        ("STALK_CONTACT", "long email calling IP 'scum' and 'a crook'"),
        ("REPETITION", "over 2 wks, 4 occasions"),
    ],
)

case(
    8, "harassment", "C",
    voice="call_log", case="upper", noise="abbrev", batch="ye",
    pattern="former_friend_three_voicemails_in_eleven_minutes", relationship="acquaintance", occasions=3,
    text="""\
RP HAD 3 VMS FROM EX FRIEND [NAME] LAST NIGHT. 2347 'YOU TWO-FACED COW YOU'LL REGRET THIS'. 2351 CALLS RP A 'FAT USELESS SLAG'. 2358 'PICK UP THE F***ING PHONE I KNOW YOURE THERE'. ROW OVER RP'S 40TH. RP UPSET.""",
    spans=[
        ("REPETITION", "3 VMS"),
        ("STALK_CONTACT", "'YOU TWO-FACED COW YOU'LL REGRET THIS'"),
        ("STALK_CONTACT", "CALLS RP A 'FAT USELESS SLAG'"),
        ("STALK_CONTACT", "'PICK UP THE F***ING PHONE I KNOW YOURE THERE'"),
        ("DISTRESS", "RP UPSET"),
    ],
)

case(
    9, "harassment", "C",
    voice="supervisor_review", case="mixed", noise="clean", batch="ye",
    pattern="gaming_group_member_homophobic_facebook_messages", relationship="online", occasions=4,
    text="""\
Supervisor review. Victim is a 24 year old gay man who was in an online gaming group with the suspect until a disagreement over a tournament result in late October. Since then the suspect has sent him private Facebook messages on 29/10, 31/10, 02/11 and 07/11. Victim has supplied screenshots. The messages call him a "f****t" and a "bender", and the one on 02/11 reads "people like you shouldnt be allowed near kids". The 07/11 message is a meme of a rainbow flag on fire. Nothing suggests any interest in the victim beyond the gaming row, and there are no threats. Victim says he has been low and hasn't slept well, but he is still working and going out as normal. The hostility is homophobic; flag as a homophobic hate incident. Not racially or religiously aggravated. Harassment, proceed to interview.""",
    spans=[
        ("STALK_CONTACT", "the suspect has sent him private Facebook messages"),
        ("REPETITION", "on 29/10, 31/10, 02/11 and 07/11"),
        ("STALK_CONTACT", "people like you shouldnt be allowed near kids"),
        ("STALK_CONTACT", "a meme of a rainbow flag on fire"),
        ("DISTRESS", "he has been low and hasn't slept well"),
    ],
)

case(
    10, "harassment_fear_of_violence", "CF",
    voice="statement", case="mixed", noise="typos", batch="ye",
    pattern="brother_in_law_knife_threat_texts_over_divorce", relationship="family", occasions=3,
    text="""\
IP [NAME 4] reports her brother in law Gary has been texting her since she told his brother (her husband) she wanted a divorce. IP showed me the texts on her phone:
12/06 2210 'you think you can take my brothers house off him. I'll stab you myself'
14/06 0130 'you wont see it coming'
17/06 1945 'remember what I said. Knife has your name on it' + a knife emoji
IP says Gary has a conviction for wounding and she beleives he would do it, she is terrified of him. No contact at all from the husband himself who has been reasonable about it all. Gary lives about 2 miles away in Hollins Park.""",
    spans=[
        ("THREAT_VIOLENCE", "I'll stab you myself"),
        ("THREAT_VIOLENCE", "'you wont see it coming'"),
        ("THREAT_VIOLENCE", "Knife has your name on it"),
        ("FEAR_OF_VIOLENCE", "she beleives he would do it, she is terrified of him"),
    ],
)

case(
    11, "harassment_fear_of_violence", "CF",
    voice="call_log", case="upper", noise="heavy", batch="ye",
    pattern="neighbour_voicemail_arson_threat_repeated_over_fence", relationship="neighbour", occasions=3,
    text="""\
CLR V DISTRESSED. NEIGHBOR AT NO 14 LEFT VM ON HER LANDLINE 1915 TONITE, CLR PLAYED IT - 'KEEP YOUR F*CKIN DOG QUIET OR I WILL COME ROUND AND BURN YOU OUT'. CLR SAYS HE HAS SAID IT AGAIN TWICE SINCE OVER THE FENCE, LAST TIME ABT 2030. CLR FRIGHTND HE WILL ACTUALY DO IT, SCARED TO GO TO SLEEP. NO WEAPONS SEEN. DOG = STAFFIE, BARKS WHEN LEFT. PREV CAD 0412 SAME ADDRESS NOISE. UNIT REQ""",
    spans=[
        ("DISTRESS", "CLR V DISTRESSED"),
        ("THREAT_VIOLENCE", "I WILL COME ROUND AND BURN YOU OUT"),
        ("REPETITION", "HE HAS SAID IT AGAIN TWICE SINCE"),
        ("FEAR_OF_VIOLENCE", "CLR FRIGHTND HE WILL ACTUALY DO IT"),
    ],
)

case(
    12, "harassment_fear_of_violence", "CFD",
    voice="crime_summary", case="mixed", noise="abbrev", batch="ye",
    pattern="colleague_instagram_threats_after_promotion_victim_changes_shift", relationship="colleague", occasions=3,
    text="""\
V and S both work at the same call centre in Brackley. Dispute started after V got the team leader job over S in March. S has sent V Instagram DMs from his account @dazzlerr_88. V has screenshots:
- 22/03 2012: 'enjoy it while it lasts, ull get whats coming'
- 30/03 2240: 'see u in the car park one nite, see how brave u are then'
- 06/04 0005: 'ur gonna get hurt mate. not a threat a promise' then two laughing emojis
V states he is genuinely scared S will attack him. Since 06/04 V has stopped using the staff car park, now parks in town and walks in along the main road, and has asked HR to move him onto earlies so he doesn't finish when S does. HR confirm the shift change. S has not approached V at work.""",
    spans=[
        ("STALK_CONTACT", "S has sent V Instagram DMs"),
        ("STALK_CONTACT", "ull get whats coming"),
        ("THREAT_VIOLENCE", "see u in the car park one nite, see how brave u are then"),
        ("THREAT_VIOLENCE", "ur gonna get hurt mate. not a threat a promise"),
        ("FEAR_OF_VIOLENCE", "V states he is genuinely scared S will attack him"),
        ("SERIOUS_IMPACT", "V has stopped using the staff car park"),
        ("SERIOUS_IMPACT", "asked HR to move him onto earlies"),
    ],
)

case(
    13, "harassment_fear_of_violence", "CF",
    voice="notebook", case="lower", noise="typos", batch="ye",
    pattern="neighbour_disability_abuse_and_threats_messenger_wheelchair_user", relationship="neighbour", occasions=3,
    text="""\
vic is a wheelchair user, ground floor flat Marsh Court. susp lives on 2nd floor, trouble started when vic complained to housing about susp's bikes blocking the ramp. susp found vic on facebook and has sent messenger msgs as follows (vic read them out, i photographed the screen):
14/1 1622 'grassing cripple. should of stayed in ur home'
15/1 2304 'ill tip u out that chair and leave u on the floor'
19/1 1840 'spastic. ill do it next time i see u on the ramp i mean it'
vic is frightened susp will assault her when shes coming in and out, says she cant get away from him. housing officer aware. hostility is disabilty related - flagged disability hate, not racially/relig aggravated.""",
    spans=[
        ("STALK_CONTACT", "'grassing cripple. should of stayed in ur home'"),
        ("THREAT_VIOLENCE", "ill tip u out that chair and leave u on the floor"),
        ("THREAT_VIOLENCE", "ill do it next time i see u on the ramp i mean it"),
        ("FEAR_OF_VIOLENCE", "vic is frightened susp will assault her"),
    ],
)

case(
    14, "harassment_fear_of_violence", "CF",
    voice="statement", case="mixed", noise="clean", batch="ye",
    pattern="car_buyer_friends_send_snapchat_threats_on_his_behalf", relationship="business", occasions=3,
    text="""\
I sold my Audi A3 privately to a man called Kyle on 2 February. A week later he said the gearbox had gone and wanted his £4,000 back. I told him it was sold as seen. After that I started getting Snapchat messages from accounts I didn't know. On 11 February one called k_dawg_22 sent me a picture of my own front door with the words "we know where u live, pay Kyle or ur getting done in". On 16 February a different account, ty.smk, sent "last chance. kyle says pay up or we come for u, not the car". Kyle then texted me from his own number on 17 February, "my boys are serious mate". I believe Kyle has got his friends to send these for him. I am scared that they will come to my house and beat me up. I have been sleeping with my phone next to the bed.""",
    spans=[
        ("THREAT_VIOLENCE", "we know where u live, pay Kyle or ur getting done in"),
        ("THREAT_VIOLENCE", "kyle says pay up or we come for u, not the car"),
        ("STALK_CONTACT", "my boys are serious mate"),
        ("FEAR_OF_VIOLENCE", "I am scared that they will come to my house and beat me up"),
    ],
)

case(
    15, "stalking", "CS",
    voice="crime_summary", case="mixed", noise="typos", batch="ye",
    pattern="ex_partner_pleading_whatsapps_dozens_daily_no_threats", relationship="ex_partner", occasions=6,
    text="""\
IP ended a 3 yr relationship with SUSP on 1st Aug and moved into her own flat. Since then SUSP has sent WhatsApp messages every day, IP estimates 30-40 a day. IP has exported the chat. Sample:
02/08 0614 'please just talk to me. i cant breath without u'
02/08 0615 'please'
02/08 0615 'please'
09/08 2331 'ill change i swear, ill go to the doctors, anything'
15/08 0302 'i sat outside ur work today just to see u walk in' (crying face emoji)
21/08 1957 'we are meant to be together u know we are'
IP told him by text on the 3rd and the 10th that it is over and to stop. No threats at all, IP describes him as 'pathetic not dangerous'. She is fed up but hasnt changed anything, still at the same job. Blocked him on 22/08, since then he has messaged from his mums phone.""",
    spans=[
        ("STALK_CONTACT", "SUSP has sent WhatsApp messages every day"),
        ("REPETITION", "30-40 a day"),
        ("FIXATION", "i cant breath without u"),
        ("STALK_LOITER", "i sat outside ur work today just to see u walk in"),
        ("FIXATION", "we are meant to be together u know we are"),
        ("UNWANTED", "IP told him by text on the 3rd and the 10th that it is over and to stop"),
        ("STALK_CONTACT", "he has messaged from his mums phone"),
    ],
)

case(
    16, "stalking", "CS",
    voice="mo_field", case="upper", noise="abbrev", batch="ye",
    pattern="ex_breaches_non_mol_texts_then_turns_up_with_flowers", relationship="ex_partner", occasions=3,
    text="""\
BREACH NON-MOL ORDER (FAMILY CT 14/05) - NO CONTACT DIRECT/INDIRECT, NOT TO ATTEND 22 WESTON RD.
SMS FROM IP PHONE:
28/06 1107 FROM 07700 900 118 'I KNOW IM NOT MEANT TO TEXT. JUST WANT TO SAY HAPPY BIRTHDAY X'
30/06 2142 SAME NO 'CAN WE MEET JUST ONCE. I MISS U'
01/07 APPROX 1900 SUSP ATTENDED 22 WESTON RD, KNOCKED, LEFT FLOWERS ON STEP WHEN NO ANSWER - ON IP'S RING DOORBELL.
IP NOT FRIGHTENED, SAYS HE HAS NEVER BEEN VIOLENT, 'HE JUST WON'T LET GO'. NO CHANGE TO ROUTINE. WANTS ORDER ENFORCED.""",
    spans=[
        ("STALK_CONTACT", "'I KNOW IM NOT MEANT TO TEXT. JUST WANT TO SAY HAPPY BIRTHDAY X'"),
        ("STALK_CONTACT", "'CAN WE MEET JUST ONCE. I MISS U'"),
        ("STALK_TURN_UP", "SUSP ATTENDED 22 WESTON RD, KNOCKED"),
        ("STALK_GIFTS", "LEFT FLOWERS ON STEP WHEN NO ANSWER"),
        ("FIXATION", "'HE JUST WON'T LET GO'"),
    ],
)

case(
    17, "stalking", "CS",
    voice="statement", case="mixed", noise="clean", batch="ye",
    pattern="meetup_acquaintance_new_instagram_accounts_after_block", relationship="online", occasions=4,
    text="""\
Email from victim to PC 4471 Okafor, 03 March, subject "Re: your ref 44/1209":
Hi, as promised here is what has come in since we spoke. He's on his fourth account now. I blocked @jonny.reece.photo on the 19th and by the 20th there was @jr_lens_art following me and liking every photo back to 2019, something like 200 likes in one night. Screenshot 1 is his DM from that account: "you cant just block someone you have a connection with. I know you felt it at the meetup." Screenshot 2 (25th): "I've printed all your photos, they're on my wall now". Screenshot 3 (1st March) is his comment on my public post about having lunch at the Greenhouse cafe. He wrote "that table by the window suits you" and I hadn't said where I was sitting. I'd only met him once, at a photography meetup in January, and never gave him my number. I'm not scared of him as such but it's really unsettling. I'm still going to work etc. Thanks""",
    spans=[
        ("ESCALATION", "He's on his fourth account now"),
        ("STALK_CONTACT", "by the 20th there was @jr_lens_art following me"),
        ("STALK_MONITOR", "liking every photo back to 2019"),
        ("FIXATION", "you cant just block someone you have a connection with"),
        ("FIXATION", "I've printed all your photos, they're on my wall now"),
        ("STALK_WATCH", "that table by the window suits you"),
        ("DISTRESS", "it's really unsettling"),
    ],
)

case(
    18, "stalking", "CS",
    voice="updates", case="mixed", noise="abbrev", batch="ye",
    pattern="colleague_rejected_emails_desk_gifts_strava_monitoring", relationship="colleague", occasions=5,
    text="""\
OIC update 12/10. IP (finance officer) turned down S's invite to dinner at the works Xmas do last Dec and again in Feb. Emails from S to IP's work account, obtained via HR:
- 03/03 'Have I done something wrong? I only want to get to know the real you.'
- 17/04 'I saw on Strava you ran the canal loop at 6am, I do that route too now :)'
- 02/06 'Everyone can see we'd be good together except you.'
IP has also found 3 gifts left on her desk (chocolates, a book of poems, a necklace) with notes signed 'S x'. Strava shows S has switched his own runs to match hers. No threats. IP upset and embarrassed, carrying on at work and running as normal.""",
    spans=[
        ("UNWANTED", "turned down S's invite to dinner at the works Xmas do last Dec and again in Feb"),
        ("STALK_CONTACT", "I only want to get to know the real you."),
        ("STALK_MONITOR", "I saw on Strava you ran the canal loop at 6am"),
        ("FIXATION", "Everyone can see we'd be good together except you."),
        ("STALK_GIFTS", "3 gifts left on her desk"),
        ("STALK_MONITOR", "S has switched his own runs to match hers"),
        ("DISTRESS", "IP upset and embarrassed"),
    ],
)

case(
    19, "stalking", "CS",
    voice="statement", case="mixed", noise="typos", batch="ye",
    pattern="ex_partner_messages_threatening_new_partner_victim_not_afraid", relationship="ex_partner", occasions=5,
    text="""\
IP [NAME] split from SUSP in November after 6 yrs together, no children. Since New Year SUSP has been messaging IP on FB Messenger and by text, IP showed me the messages. Most of them are about IP's new partner Marcus:
05/01 'whos the clown in the blue golf, saw him drop u home'
08/01 'tell marcus hes a dead man when i catch him'
12/01 'im sat across the road, his cars there again'
20/01 'marcus is getting his legs broke, mark my words'
IP says SUSP would never lay a finger on her, he's 'soft with me', she is worried for Marcus but not for herself. Marcus spoken to and will give a statment. SUSP also turned up at IP's work on 15/01 asking her collegues if she was in.""",
    spans=[
        ("STALK_CONTACT", "SUSP has been messaging IP on FB Messenger and by text"),
        ("STALK_WATCH", "saw him drop u home"),
        ("STALK_WATCH", "'im sat across the road, his cars there again'"),
        ("STALK_TURN_UP", "SUSP also turned up at IP's work on 15/01"),
    ],
)

case(
    20, "stalking_fear_alarm_distress", "CSD",
    voice="crime_summary", case="mixed", noise="abbrev", batch="ye",
    pattern="ex_tracks_victim_on_snap_map_turns_up_victim_moves_and_changes_number", relationship="ex_partner", occasions=6,
    text="""\
Summary: V and S together 18 months, split 2 wks before Easter. S still had V on Snapchat and could see her location on Snap Map. On 4 occasions in April he messaged her within minutes of her arriving somewhere:
- 08/04 1312 'nice coffee?' (she had just sat down in Costa, Bridge St)
- 13/04 2204 'whose house is that on Elm Grove'
- 19/04 1745 'gym again lol'
- 24/04 S was outside the gym when she came out, said he was 'just passing'.
V turned Snap Map off on 25/04, after which S turned up at her flat door on 27/04 and 29/04 asking to talk. No threats made. V has since changed her phone number, deleted Snapchat, moved back to her mum's in Kettering and now gets the train to work. She says she 'can't live looking over her shoulder'.""",
    spans=[
        ("STALK_MONITOR", "could see her location on Snap Map"),
        ("REPETITION", "On 4 occasions in April"),
        ("STALK_MONITOR", "'whose house is that on Elm Grove'"),
        ("STALK_TURN_UP", "S was outside the gym when she came out"),
        ("STALK_TURN_UP", "S turned up at her flat door on 27/04 and 29/04"),
        ("SERIOUS_IMPACT", "V has since changed her phone number"),
        ("SERIOUS_IMPACT", "moved back to her mum's in Kettering"),
        ("DISTRESS", "'can't live looking over her shoulder'"),
    ],
)

case(
    21, "stalking_fear_alarm_distress", "CSF",
    voice="notebook", case="inconsistent", noise="heavy", batch="ye",
    pattern="pharmacy_customer_rejected_facebook_threats_and_waiting_outside", relationship="customer", occasions=7,
    text="""\
VICTIM works pharmacy counter at Boots high st. SUSP unknown male, comes in most days, asked her out in sept - she said no she has a partner. Since then FB msgs from 'Lee Mac', victim showed me on her phone:
23/9 'i dont give up that easy babe'
30/9 'ur partner isnt good enough for u and u know it'
6/10 'if i cant have u nobody will. think about that'
11/10 'i will be waiting when u finish. u will be sorry u ignored me'
Victim says he has been stood across the road at closing time at least 3 times. she is TERRIFIED he is going to hurt her, she beleives the 'nobody will' msg means he'l kill her. CCTV req from store.""",
    spans=[
        ("UNWANTED", "she said no she has a partner"),
        ("FIXATION", "'i dont give up that easy babe'"),
        ("THREAT_VIOLENCE", "'if i cant have u nobody will. think about that'"),
        ("THREAT_VIOLENCE", "u will be sorry u ignored me"),
        ("STALK_LOITER", "stood across the road at closing time"),
        ("REPETITION", "at least 3 times"),
        ("FEAR_OF_VIOLENCE", "she is TERRIFIED he is going to hurt her"),
    ],
)

case(
    22, "stalking_fear_alarm_distress", "CSFD",
    voice="call_log", case="upper", noise="abbrev", batch="ye",
    pattern="ex_partner_63_calls_in_a_day_voicemail_death_threats", relationship="ex_partner", occasions=10,
    text="""\
CALL LOG FROM VIC PHONE, SAT 09/12 (PHOTOGRAPHED):
0702 07700 900 562 MISSED
0703 07700 900 562 MISSED
0703 07700 900 562 MISSED
0710 07700 900 562 VM LEFT
0748 WITHHELD MISSED
...CONTINUES, 63 CALLS IN TOTAL BETWEEN 0702 AND 2315, 41 FROM 07700 900 562 (SUSP'S KNOWN NO) AND 22 WITHHELD.
VM 0710: 'ANSWER ME. I'LL FIND YOU AND I'LL F***ING KILL YOU, YOU KNOW I WILL'
VM 1655: 'YOU'RE DEAD. I'M COMING FOR YOU TONIGHT'
VIC SPLIT FROM SUSP 3 WKS AGO, SAME PATTERN OF CALLS MOST DAYS SINCE BUT SAT WAS THE WORST. VIC VERY FRIGHTENED, BELIEVES HE WILL KILL HER. HAS HAD LOCKS CHANGED AND RING DOORBELL FITTED, NOT BEEN BACK TO WORK SINCE MON. DASH HIGH. REFER MARAC.
OFFICER NOTE PC 6627: ATTENDED VIC ADDRESS 10/12 1130. VIC'S SISTER PRESENT. VIC HAD PHONE ON SILENT ON THE KITCHEN TABLE AND IT RANG 4 TIMES WHILE I WAS THERE, ALL WITHHELD. VIC SAID SHE NO LONGER OPENS THE CURTAINS AT THE FRONT. BOTH VMS DOWNLOADED TO DISC AND EXHIBITED (RJ/1, RJ/2). SUSP NOT AT HOME ADDRESS ON ARBOUR LANE, MOTHER STATES NOT SEEN HIM SINCE THURS, CAR (SILVER ASTRA) NOT ON DRIVE. CIRCULATED ON PNC AS WANTED FOR ARREST. MARKER PLACED ON VIC ADDRESS FOR URGENT RESPONSE. VIC GIVEN PERSONAL SAFETY ADVICE AND A TEMP PHONE FOR 999 USE. SISTER STAYING WITH HER TONIGHT. SUPERVISOR INFORMED.""",
    spans=[
        ("REPETITION", "63 CALLS IN TOTAL BETWEEN 0702 AND 2315"),
        ("THREAT_VIOLENCE", "I'LL FIND YOU AND I'LL F***ING KILL YOU, YOU KNOW I WILL"),
        ("THREAT_VIOLENCE", "'YOU'RE DEAD. I'M COMING FOR YOU TONIGHT'"),
        ("REPETITION", "SAME PATTERN OF CALLS MOST DAYS SINCE"),
        ("ESCALATION", "SAT WAS THE WORST"),
        ("FEAR_OF_VIOLENCE", "VIC VERY FRIGHTENED, BELIEVES HE WILL KILL HER"),
        ("SERIOUS_IMPACT", "HAS HAD LOCKS CHANGED AND RING DOORBELL FITTED"),
        ("SERIOUS_IMPACT", "NOT BEEN BACK TO WORK SINCE MON"),
    ],
)

case(
    23, "stalking_fear_alarm_distress", "CSD",
    voice="crime_summary", case="mixed", noise="abbrev", batch="ye",
    pattern="barred_nail_salon_client_weekly_emails_and_bench_watching_tech_signed_off", relationship="customer", occasions=7,
    text="""\
IP is a nail tech at Polished, Carlton Rd (8 yrs). SUSP [NAME 5] was a regular client from 2021 until June when IP refused to do any more of his bookings over remarks about her figure; salon owner barred him on the system.
Since then SUSP has emailed the salon inbox (IP runs it) roughly weekly - 11 emails to date, printed and exhibited. Extracts:
30/06 'They made you say that. I know it isn't really what you want.'
14/07 'Went by at half 5, you looked worn out. Someone needs to take care of you.'
02/08 attachment only, a poem headed 'For E'.
He has also sent follow requests to IP's locked personal Instagram from 3 separate accounts.
09/08 + 16/08: seen by IP and the owner sat on the bench across from the salon at closing, did not approach, stared as IP walked to her bus.
IP off work since 17/08, fit note from GP for 4 wks (anxiety). Her mum now does the school run for IP's daughter as IP avoids going out on foot. No threats, IP does not think he'd be violent, 'it's that he's always there'.""",
    spans=[
        ("UNWANTED", "IP refused to do any more of his bookings"),
        ("STALK_CONTACT", "SUSP has emailed the salon inbox"),
        ("REPETITION", "roughly weekly - 11 emails to date"),
        ("FIXATION", "'They made you say that. I know it isn't really what you want.'"),
        ("STALK_WATCH", "Went by at half 5, you looked worn out."),
        ("STALK_CONTACT", "attachment only, a poem headed 'For E'"),
        ("STALK_MONITOR", "sent follow requests to IP's locked personal Instagram from 3 separate accounts"),
        ("STALK_LOITER", "sat on the bench across from the salon at closing"),
        ("STALK_WATCH", "stared as IP walked to her bus"),
        ("SERIOUS_IMPACT", "IP off work since 17/08, fit note from GP for 4 wks (anxiety)"),
        ("SERIOUS_IMPACT", "Her mum now does the school run for IP's daughter"),
    ],
)

case(
    24, "stalking_fear_alarm_distress", "CSD",
    voice="updates", case="mixed", noise="abbrev", batch="ye",
    pattern="ex_partner_emails_dms_one_threat_not_feared_victim_changes_job", relationship="ex_partner", occasions=4,
    text="""\
Update 1 (PC 2210): IP reports ex partner [SUSP] (split Jan) still contacting her via Insta + email. IP has forwarded the emails.
Email 04/03: 'You owe me an explanation. Two years and you just go?'
Email 09/03: 'I've been past the office. Your car wasn't there. Where are you working now'
Insta DM 18/03: 'I'll always know where you are, remember that'
Insta DM 26/03: 'if i see you with anyone ill smash your face in'
Update 2 (PC 2210): IP says the 26/03 msg is the only threat he has ever made, she 'didn't really take it seriously' and he has never been violent with her. However she has handed in her notice at Fenwick & Hale and started a new job in Leicester on 08/04 so he won't know where she works, and has come off Instagram altogether. DASH medium.""",
    spans=[
        ("STALK_CONTACT", "still contacting her via Insta + email"),
        ("FIXATION", "'You owe me an explanation. Two years and you just go?'"),
        ("STALK_TURN_UP", "I've been past the office"),
        ("STALK_MONITOR", "Where are you working now"),
        ("FIXATION", "'I'll always know where you are, remember that'"),
        ("THREAT_VIOLENCE", "ill smash your face in"),
        ("SERIOUS_IMPACT", "she has handed in her notice at Fenwick & Hale and started a new job in Leicester"),
        ("SERIOUS_IMPACT", "has come off Instagram altogether"),
    ],
)

case(
    25, "aggravated_harassment", "CR",
    voice="crime_summary", case="mixed", noise="redacted", batch="ye",
    pattern="neighbour_racist_voice_notes_over_extension_plans", relationship="neighbour", occasions=5,
    text="""\
Victim [NAME 1] (British Pakistani, 52) and suspect [NAME 2] live on Tennyson Close and are both in the street's residents' WhatsApp group. Dispute over the victim's planning application for a rear extension. Between 2nd and 19th May suspect has sent victim 5 private WhatsApp voice notes, transcribed by OIC:
VN1 02/05 2108 - 'Build it and I'll object to every brick. Your lot always think rules don't apply.'
VN2 06/05 2240 - 'Go back to Pakistan and build what you like there.'
VN3 11/05 - a rant in which he calls the victim a 'curry muncher' twice.
VN4 and VN5 (15/05, 19/05) - similar, says the street was 'fine before you people moved in'.
No threats of violence. Victim and his wife upset. Suspect is 74, no PNC trace. Address [REDACTED].""",
    spans=[
        ("REPETITION", "Between 2nd and 19th May"),
        ("STALK_CONTACT", "suspect has sent victim 5 private WhatsApp voice notes"),
        ("RACIAL_HOSTILITY", "Your lot always think rules don't apply."),
        ("RACIAL_HOSTILITY", "'Go back to Pakistan and build what you like there.'"),
        ("RACIAL_HOSTILITY", "calls the victim a 'curry muncher' twice"),
        ("RACIAL_HOSTILITY", "'fine before you people moved in'"),
        ("DISTRESS", "Victim and his wife upset"),
    ],
)

case(
    26, "aggravated_harassment", "CR",
    voice="supervisor_review", case="mixed", noise="clean", batch="ye",
    pattern="lab_colleague_anti_muslim_teams_messages_during_ramadan", relationship="colleague", occasions=4,
    text="""\
Reviewed. V is a Muslim woman employed as a lab technician at Harcourt Diagnostics; S works in the same lab. V has supplied printouts of Teams messages S sent her between 14 March and 2 April, during Ramadan:
14/03 12:30 "not eating again? more for us" with a pig emoji
20/03 "do you people still chop hands off for stealing"
27/03 "careful, she'll blow the lab up if you annoy her" (sent to V with two others copied in)
02/04 a photo of a bacon sandwich captioned "breaking your fast for you x"
V reported it to her line manager on 21/03 and S was told to stop; the 27/03 and 02/04 messages came after that. V is upset and has been in tears at work but is still attending. No threats, and S shows no interest in V beyond these messages. Religious hostility is plain on the face of the messages. Agree with OIC: aggravated harassment.""",
    spans=[
        ("RELIGIOUS_HOSTILITY", "\"not eating again? more for us\" with a pig emoji"),
        ("RELIGIOUS_HOSTILITY", "do you people still chop hands off for stealing"),
        ("RELIGIOUS_HOSTILITY", "she'll blow the lab up if you annoy her"),
        ("RELIGIOUS_HOSTILITY", "a photo of a bacon sandwich captioned \"breaking your fast for you x\""),
        ("UNWANTED", "S was told to stop; the 27/03 and 02/04 messages came after that"),
        ("DISTRESS", "V is upset and has been in tears at work"),
    ],
)

case(
    27, "aggravated_harassment", "CR",
    voice="call_log", case="upper", noise="abbrev", batch="ye",
    pattern="refused_fare_customer_racist_voicemails_and_emails_to_taxi_office", relationship="customer", occasions=6,
    text="""\
RP OWNS A2B CARS, STATION RD. CUSTOMER REFUSED A FARE 03/10 AS TOO DRUNK, HAS SINCE LEFT 4 VMS ON THE OFFICE LINE AND SENT 2 EMAILS TO BOOKINGS@. RP HAS SAVED THEM. VM 04/10 0120 'YOU BLACK B*STARDS SHOULD BE GRATEFUL FOR MY MONEY'. VM 04/10 0134 SIMILAR. EMAIL 05/10 'GO BACK TO SOMALIA AND DRIVE CAMELS'. REST SAME THEME. RP NOT WORRIED FOR SAFETY, JUST WANTS IT DEALT WITH. CUSTOMER ID'D FROM ACCOUNT - MR K BRANNIGAN. OFFICER TO CALL RP BACK RE STATEMENT.""",
    spans=[
        ("STALK_CONTACT", "HAS SINCE LEFT 4 VMS ON THE OFFICE LINE AND SENT 2 EMAILS"),
        ("RACIAL_HOSTILITY", "'YOU BLACK B*STARDS SHOULD BE GRATEFUL FOR MY MONEY'"),
        ("RACIAL_HOSTILITY", "'GO BACK TO SOMALIA AND DRIVE CAMELS'"),
        ("REPETITION", "REST SAME THEME"),
    ],
)

case(
    28, "aggravated_harassment", "CR",
    voice="notebook", case="lower", noise="typos", batch="ye",
    pattern="rival_fan_racist_instagram_comments_on_semi_pro_footballer", relationship="online", occasions=4,
    text="""\
spoke to vic at home 1600. vic plays for Ashby Town (semi pro), he is black. after the match v Coalville on sat 8th a user @cville_ultra_jj has commented on vic's instagram posts:
- under his goal celebration post, 8/2 1841: 3 monkey emojis and a banana emoji
- 9/2 'back to the jungle where u belong'
- 11/2 'n****r' (full word used) under a photo of vic with his daughter
- 13/2 'monkey' under a training video
vic has deleted the comments and restricted the account. says he is angry more than scared, has had it before. club have reported to the FA. acount holder beleived to be a local 19yo, enquirys with meta""",
    spans=[
        ("RACIAL_HOSTILITY", "3 monkey emojis and a banana emoji"),
        ("RACIAL_HOSTILITY", "'back to the jungle where u belong'"),
        ("RACIAL_HOSTILITY", "'n****r' (full word used)"),
        ("RACIAL_HOSTILITY", "'monkey' under a training video"),
    ],
)

case(
    29, "aggravated_harassment", "CR",
    voice="statement", case="mixed", noise="typos", batch="ye",
    pattern="sister_in_law_anti_polish_texts_over_inherited_flat_one_threat", relationship="family", occasions=4,
    text="""\
Statement of Agnieszka [surname redacted]. I am Polish and I have lived in the UK since 2009. My husbands sister Tracey has never accepted me. Since my husbands dad died in October and left his flat to both of us she has been sending me text messages. On 21 Oct she sent 'you polish parasites came here for our houses'. On 3 Nov 'dad would be sick knowing a pole got his flat'. On 10 Nov 'go back to poland you gold digging w***e, or i'll put you on a plane myself in a box'. On 18 Nov 'eastern european scum'. Tracey lives in Spain for most of the year now, I do not think she would realy do anything to me and I am not afraid of her. I am upset by it and I showed my husband who has told her to stop.""",
    spans=[
        ("RACIAL_HOSTILITY", "'you polish parasites came here for our houses'"),
        ("RACIAL_HOSTILITY", "'dad would be sick knowing a pole got his flat'"),
        ("RACIAL_HOSTILITY", "'go back to poland you gold digging w***e"),
        ("THREAT_VIOLENCE", "i'll put you on a plane myself in a box"),
        ("RACIAL_HOSTILITY", "'eastern european scum'"),
        ("DISTRESS", "I am upset by it"),
    ],
)

case(
    30, "aggravated_harassment_fear_of_violence", "CFR",
    voice="call_log", case="upper", noise="heavy", batch="ye",
    pattern="neighbour_hedge_dispute_racist_texts_with_knife_and_petrol_bomb_threats", relationship="neighbour", occasions=3,
    text="""\
CLR MR DHALIWAL 14 ASH RD. NEXT DOOR [NAME] TEXTING HIM SINCE TUES RE HEDGE. CLR READ OUT: TUE 2130 'CUT IT OR I CUT YOU, P*KI'. WED 0810 'SMELLY CURRY C**T'. THURS 2245 'I'LL PETROL BOMB YOUR HOUSE WITH YOU IN IT'. CLR SAYS HE IS SIKH NOT PAKISTANI 'NOT THAT IT MATERS'. CLR V SCARED, 3 KIDS IN HOUSE, THINKS SUSP IS CAPABLE - HAS SEEN HIM WITH A MACHETTE IN HIS GARDEN. PLS ATTEND""",
    spans=[
        ("THREAT_VIOLENCE", "CUT IT OR I CUT YOU"),
        ("RACIAL_HOSTILITY", "P*KI"),
        ("RACIAL_HOSTILITY", "'SMELLY CURRY C**T'"),
        ("THREAT_VIOLENCE", "'I'LL PETROL BOMB YOUR HOUSE WITH YOU IN IT'"),
        ("FEAR_OF_VIOLENCE", "CLR V SCARED"),
        ("FEAR_OF_VIOLENCE", "THINKS SUSP IS CAPABLE"),
    ],
)

case(
    31, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="crime_summary", case="mixed", noise="clean", batch="ye",
    pattern="antisemitic_voicemails_to_synagogue_caretaker_with_threats", relationship="stranger", occasions=7,
    text="""\
IP is the caretaker at Beth Shalom synagogue, Wellington Road, and his own mobile is the out-of-hours number on the building's noticeboard. Over 10 days (4th to 13th Jan) he received 7 voicemails from the same withheld caller, later traced by the network to a pay-as-you-go SIM registered to S. Transcripts prepared by DC Ward:
04/01 23:50: "Christ killers. You people run the banks and the wars."
06/01 01:15: "I know you're the one who opens up. Early morning, on your own. I'll be waiting with something sharp."
08/01 and 09/01: abuse about "Zionist rats", no threats.
11/01 02:40: "Gas is too good for you. I'll finish what Hitler started, starting with you."
12/01 and 13/01: silence, about 40 seconds each.
IP is Jewish and has worked there 11 years. He is frightened that S will attack him when he is opening up alone, and the Community Security Trust have arranged for a volunteer to be with him every morning since. S has no known connection to IP other than the calls.""",
    spans=[
        ("REPETITION", "Over 10 days (4th to 13th Jan) he received 7 voicemails"),
        ("RELIGIOUS_HOSTILITY", "Christ killers. You people run the banks and the wars."),
        ("THREAT_VIOLENCE", "I'll be waiting with something sharp."),
        ("RELIGIOUS_HOSTILITY", "abuse about \"Zionist rats\""),
        ("RELIGIOUS_HOSTILITY", "Gas is too good for you."),
        ("THREAT_VIOLENCE", "I'll finish what Hitler started, starting with you."),
        ("FEAR_OF_VIOLENCE", "He is frightened that S will attack him when he is opening up alone"),
        ("SERIOUS_IMPACT", "arranged for a volunteer to be with him every morning since"),
    ],
)

case(
    32, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="statement", case="mixed", noise="abbrev", batch="ye",
    pattern="rival_market_trader_whatsapp_racist_threats_victim_moves_pitch", relationship="business", occasions=9,
    text="""\
V runs a food stall at Northgate Sat market, is Kurdish from Iraq, in UK 15 yrs. S runs the burger van two pitches down. Since V started in Sept S has sent WhatsApp msgs to V's business phone (V has given screenshots, 9 in total). Key ones:
Scr 2 - 23/09 1402 'taking our trade u f***ing terrorist, u wont last'
Scr 5 - 07/10 0612 'i'll burn ur stall down with u behind it, go back to iraq'
Scr 8 - 21/10 0559 'told u. next sat ur getting stabbed. allahu akbar that u muppet' + knife and fire emojis
V believes S will carry it out, describes him as 'a big man with a temper', and V is scared for himself. V has now moved to Kettering market on Saturdays, losing approx £300/wk, as he is too frightened to trade near S.""",
    spans=[
        ("STALK_CONTACT", "S has sent WhatsApp msgs to V's business phone"),
        ("RACIAL_HOSTILITY", "u f***ing terrorist"),
        ("THREAT_VIOLENCE", "i'll burn ur stall down with u behind it"),
        ("RACIAL_HOSTILITY", "go back to iraq"),
        ("THREAT_VIOLENCE", "next sat ur getting stabbed"),
        ("RELIGIOUS_HOSTILITY", "allahu akbar that u muppet"),
        ("FEAR_OF_VIOLENCE", "V believes S will carry it out"),
        ("FEAR_OF_VIOLENCE", "V is scared for himself"),
        ("SERIOUS_IMPACT", "V has now moved to Kettering market on Saturdays"),
    ],
)

case(
    33, "aggravated_harassment_fear_of_violence", "CFR",
    voice="notebook", case="lower", noise="heavy", batch="ye",
    pattern="road_rage_driver_finds_victim_online_racist_messages_threats_to_run_off_road", relationship="stranger", occasions=3,
    text="""\
11/07 road rage at tesco rbt, no injurys, details exchanged (see prev log). since then susp has found vic on fb thru a car group & sent msgs:
12/7 'u chinese cant drive, shud of stayed in wuhan'
13/7 'ching chong b*tch ill run u off the road'
15/7 'next time i see that yaris ur going in the ditch'
vic is afraid he will deliberatly crash into her or hurt her, shakeing when i spoke to her. vic is of chinese heritage, born in leeds. susp id'd as Wayne [xx]. no prevs.""",
    spans=[
        ("RACIAL_HOSTILITY", "'u chinese cant drive, shud of stayed in wuhan'"),
        ("RACIAL_HOSTILITY", "ching chong b*tch"),
        ("THREAT_VIOLENCE", "ill run u off the road"),
        ("THREAT_VIOLENCE", "ur going in the ditch"),
        ("FEAR_OF_VIOLENCE", "vic is afraid he will deliberatly crash into her or hurt her"),
        ("DISTRESS", "shakeing when i spoke to her"),
    ],
)

case(
    34, "aggravated_harassment_fear_of_violence", "CFR",
    voice="updates", case="mixed", noise="typos", batch="ye",
    pattern="agency_worker_snapchat_turban_abuse_and_threats_to_sikh_colleague", relationship="colleague", occasions=4,
    text="""\
Update 14/08 PC 1183: Spoke to IP (Sikh male, wears a turban, works nights at Halden warehouse). SUSP is an agency worker on the same shift and added IP on Snapchat after a row over overtime. Snaps delete once opened but IP screenshotted them:
- 02/08 0330: pic of IP's turban taken on shift, caption 'towel head'
- 05/08 0410: 'gonna rip that rag off ur head and strangle u with it'
- 09/08 0215: 'bin laden wannabe. watch ur back in the loading bay'
- 12/08: voice snap, IP says it was 'youre getting it tonight' and then laughing
IP is scared to walk through the loading bay on his own as he thinks SUSP will jump him.
Update 15/08: agency informed, SUSP taken off site pending enquirys. IP still at work.""",
    spans=[
        ("RELIGIOUS_HOSTILITY", "caption 'towel head'"),
        ("THREAT_VIOLENCE", "'gonna rip that rag off ur head and strangle u with it'"),
        ("RELIGIOUS_HOSTILITY", "'bin laden wannabe."),
        ("THREAT_VIOLENCE", "watch ur back in the loading bay"),
        ("THREAT_VIOLENCE", "'youre getting it tonight'"),
        ("FEAR_OF_VIOLENCE", "he thinks SUSP will jump him"),
    ],
)

case(
    35, "aggravated_stalking", "CSR",
    voice="crime_summary", case="mixed", noise="redacted", batch="ye",
    pattern="ex_partner_begging_and_racist_abuse_texts_sits_outside_mums", relationship="ex_partner", occasions=5,
    text="""\
IP [NAME 1] and SUSP [NAME 2] were together 4 years and separated in May when IP ended it. Since the split SUSP has sent IP hundreds of texts and WhatsApps, swinging between begging her to come back and racist abuse. IP has provided a phone download. Examples:
"Baby please, I'll do anything, I can't eat or sleep" (01/06, 0340)
"You're nothing without me you black b***h" (01/06, 0412)
"I was sat outside your mum's again last night, I just need to see you" (09/06)
"Go back to your own kind then, monkey" (14/06)
"I love you. You know I didn't mean it" (14/06, 11 mins later)
IP states she is not frightened of him and is getting on with her life, but wants it to stop. SUSP has 1 previous for breach of bail. Mum's address: [REDACTED].""",
    spans=[
        ("STALK_CONTACT", "SUSP has sent IP hundreds of texts and WhatsApps"),
        ("FIXATION", "Baby please, I'll do anything, I can't eat or sleep"),
        ("RACIAL_HOSTILITY", "you black b***h"),
        ("STALK_LOITER", "I was sat outside your mum's again last night"),
        ("RACIAL_HOSTILITY", "Go back to your own kind then, monkey"),
        ("FIXATION", "I love you. You know I didn't mean it"),
    ],
)

case(
    36, "aggravated_stalking", "CSR",
    voice="supervisor_review", case="mixed", noise="clean", batch="ye",
    pattern="dating_app_match_rejected_posts_anti_muslim_abuse_new_accounts", relationship="online", occasions=6,
    text="""\
Review of crime 24/55671. IP matched with S on a dating app in January; they messaged for about a week and met once for coffee. IP then told S she did not want to see him again. Since then:
- S has sent IP over 150 Instagram and WhatsApp messages, many saying she "owes him a chance" and that they are "meant to be";
- each time IP blocks him, S opens a new account and carries on (at least four identified);
- S has posted on Facebook about IP by name, including a photo lifted from her own profile captioned "this is what a hijabi hypocrite looks like, dating behind her mosque's back", and in a later post "Muslim slag";
- screenshot 7 shows S asking IP's sister on Facebook which mosque IP goes to.
IP is embarrassed and upset by the posts, which her family have seen, but is not in fear and has not altered her routine. Persistent, fixated, publishing about IP, with religious hostility shown. Agree aggravated stalking.""",
    spans=[
        ("UNWANTED", "IP then told S she did not want to see him again"),
        ("STALK_CONTACT", "S has sent IP over 150 Instagram and WhatsApp messages"),
        ("FIXATION", "she \"owes him a chance\" and that they are \"meant to be\""),
        ("STALK_CONTACT", "S opens a new account and carries on"),
        ("STALK_PUBLISH", "S has posted on Facebook about IP by name"),
        ("RELIGIOUS_HOSTILITY", "this is what a hijabi hypocrite looks like, dating behind her mosque's back"),
        ("RELIGIOUS_HOSTILITY", "\"Muslim slag\""),
        ("STALK_MONITOR", "S asking IP's sister on Facebook which mosque IP goes to"),
        ("DISTRESS", "IP is embarrassed and upset by the posts"),
    ],
)

case(
    37, "aggravated_stalking", "CSR",
    voice="statement", case="mixed", noise="typos", batch="ye",
    pattern="neighbour_watches_films_and_posts_racist_comments_about_new_family", relationship="neighbour", occasions=5,
    text="""\
Statement of [V]: I moved into 6 Linden Walk in March with my two boys. I am from Ghana originaly. The man at number 9 (I know him as Clive) has taken an interest in us from the start which I cant explain, we have never had a disagrement about anything. He sits in a camping chair on his drive facing my house most evenings. He films me on his phone when I come back from work. On 2 May he put a video of me unloading my shopping on the Linden & Ash Community Facebook page with the comment 'look what the council have dumped on us now, another one off the boat'. On 20 May he posted a photo of my front door and wrote 'African drum circle at no 6 again, 11pm, thanks council'. There was no drumming. Then on 4 June he sent me a friend request and a message 'u need to learn how we live here'. I feel watched all the time but I am not scared of him, he is old and I just want him to leave us alone.""",
    spans=[
        ("STALK_WATCH", "He sits in a camping chair on his drive facing my house most evenings"),
        ("STALK_WATCH", "He films me on his phone when I come back from work"),
        ("STALK_PUBLISH", "put a video of me unloading my shopping on the Linden & Ash Community Facebook page"),
        ("RACIAL_HOSTILITY", "'look what the council have dumped on us now, another one off the boat'"),
        ("STALK_PUBLISH", "posted a photo of my front door"),
        ("RACIAL_HOSTILITY", "'African drum circle at no 6 again, 11pm, thanks council'"),
        ("STALK_CONTACT", "a message 'u need to learn how we live here'"),
        ("DISTRESS", "I feel watched all the time"),
    ],
)

case(
    38, "aggravated_stalking", "CSR",
    voice="call_log", case="upper", noise="abbrev", batch="ye",
    pattern="ex_husband_turns_up_and_texts_anti_muslim_abuse_after_conversion", relationship="ex_partner", occasions=5,
    text="""\
IP REPORTS EX HUSBAND [NAME] KEEPS TURNING UP AT HER FLAT SINCE SHE CONVERTED TO ISLAM IN JUNE. CAME 12/07, 19/07, 20/07, KNOCKS AND SHOUTS THROUGH LETTERBOX. ALSO TEXTS, IP READ SOME OUT: 'TAKE THAT BIN BAG OFF UR HEAD AND COME HOME' / 'YOU'VE JOINED A CULT OF PAEDOS' / 'I'LL NEVER STOP TILL YOU'RE BACK WITH ME'. DIVORCED 2022, NO KIDS. IP NOT SCARED, 'HE'S A BULLY BUT HE'S NOT DANGEROUS', JUST WANTS IT TO STOP. DASH STANDARD.""",
    spans=[
        ("STALK_TURN_UP", "KEEPS TURNING UP AT HER FLAT"),
        ("REPETITION", "CAME 12/07, 19/07, 20/07"),
        ("STALK_CONTACT", "KNOCKS AND SHOUTS THROUGH LETTERBOX"),
        ("RELIGIOUS_HOSTILITY", "'TAKE THAT BIN BAG OFF UR HEAD AND COME HOME'"),
        ("RELIGIOUS_HOSTILITY", "'YOU'VE JOINED A CULT OF PAEDOS'"),
        ("FIXATION", "'I'LL NEVER STOP TILL YOU'RE BACK WITH ME'"),
    ],
)

case(
    39, "aggravated_stalking", "CSR",
    voice="updates", case="mixed", noise="abbrev", batch="ye",
    pattern="hospital_porter_rejected_locker_gifts_emails_anti_romanian_remarks", relationship="colleague", occasions=6,
    text="""\
OIC update. IP is a Romanian national, staff nurse on ward 9 at St Cuthbert's. SUSP is a hospital porter. After IP turned SUSP down in Aug (he asked her out twice) he started leaving things in her locker - a rose, a card, a pair of earrings (Aug-Sept). Emails to her NHS account, supplied by HR:
- 12/09 'I know you like me, your lot play hard to get'
- 26/09 'Romanian girls are only after one thing, is it money, I have money'
- 08/10 'if you werent a gypsy I'd have given up by now'
W1 (SN Kaur) says SUSP hangs around ward 9 at shift change when he has no reason to be there. IP finds it upsetting. No threats, still working her usual shifts.""",
    spans=[
        ("UNWANTED", "After IP turned SUSP down in Aug (he asked her out twice)"),
        ("STALK_GIFTS", "leaving things in her locker - a rose, a card, a pair of earrings"),
        ("FIXATION", "'I know you like me"),
        ("RACIAL_HOSTILITY", "your lot play hard to get'"),
        ("RACIAL_HOSTILITY", "'Romanian girls are only after one thing, is it money, I have money'"),
        ("RACIAL_HOSTILITY", "if you werent a gypsy"),
        ("STALK_LOITER", "SUSP hangs around ward 9 at shift change"),
        ("DISTRESS", "IP finds it upsetting"),
    ],
)

case(
    40, "aggravated_stalking_fear_alarm_distress", "CSFR",
    voice="dash_note", case="mixed", noise="abbrev", batch="ye",
    pattern="ex_partner_messenger_racist_abuse_threats_to_cut_face", relationship="ex_partner", occasions=4,
    text="""\
DASH completed with V 1915 hrs. V (mixed race, 29) split from S (white British, 34) 6 wks ago. S has sent approx 200 msgs since, mostly on FB Messenger, some from new accounts when V blocks. V showed me:
'u think ur better than me now u half caste sket' (02/03)
'ill find u and cut that pretty face, see who wants u then' (05/03)
'still watching u. saw u at the big tesco with ur coon mates' (09/03)
'ur dead when i get hold of u. dead.' (12/03)
V very scared, thinks S will seriously hurt or kill her - he has hit her before (1 prev DA 2022, NFA). Risk HIGH. Refer IDVA.""",
    spans=[
        ("STALK_CONTACT", "S has sent approx 200 msgs since"),
        ("STALK_CONTACT", "some from new accounts when V blocks"),
        ("RACIAL_HOSTILITY", "u half caste sket"),
        ("THREAT_VIOLENCE", "'ill find u and cut that pretty face, see who wants u then'"),
        ("STALK_WATCH", "'still watching u. saw u at the big tesco"),
        ("RACIAL_HOSTILITY", "with ur coon mates'"),
        ("THREAT_VIOLENCE", "'ur dead when i get hold of u. dead.'"),
        ("FEAR_OF_VIOLENCE", "V very scared, thinks S will seriously hurt or kill her"),
    ],
)

case(
    41, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="victim_diary", case="lower", noise="typos", batch="ye",
    pattern="stranger_from_bus_stop_photographs_emails_anti_muslim_student_changes_routine", relationship="stranger", occasions=4,
    text="""\
diary kept by victim, handed to PC 3390 on 2/12. extracts copied:
'mon 6 nov - the man from the bus was at the stop again, he took a photo of me. later an email to my uni account, "saw you in your black tent today. you look better without it, i know because ive seen your old pics". he must of gone right back through my instagram'
'thu 9 nov - another email "why do you let them control you. I could save you from that religion". i dont know him. i think he got my email off the uni staff page'
'sun 12 nov - he was outside the mosque on leyton st when i came out, just staring'
'tue 14 nov - text to my phone, no idea how he got my number, "terrorist b*tch, ill be at your bus stop tomorrow". ive started getting a lift from my brother and i dont go to the mosque on my own anymore. i havent been to my 9am lectures since'
victim spoken to 2/12, confirms diary.""",
    spans=[
        ("REPETITION", "again"),
        ("STALK_WATCH", "he took a photo of me"),
        ("RELIGIOUS_HOSTILITY", "saw you in your black tent today"),
        ("STALK_MONITOR", "ive seen your old pics"),
        ("FIXATION", "I could save you from that religion"),
        ("STALK_TURN_UP", "he was outside the mosque on leyton st when i came out"),
        ("STALK_WATCH", "just staring"),
        ("RELIGIOUS_HOSTILITY", "terrorist b*tch"),
        ("STALK_CONTACT", "ill be at your bus stop tomorrow"),
        ("SERIOUS_IMPACT", "ive started getting a lift from my brother"),
        ("SERIOUS_IMPACT", "i dont go to the mosque on my own anymore"),
        ("SERIOUS_IMPACT", "i havent been to my 9am lectures since"),
    ],
)

case(
    42, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="call_log", case="upper", noise="redacted", batch="ye",
    pattern="ex_partner_call_log_racist_voicemails_about_new_partner_victim_moves", relationship="ex_partner", occasions=6,
    text="""\
VIC [NAME 1] AT FRONT COUNTER 1440. EX PARTNER [NAME 2], SPLIT OCT. VIC SHOWED CALL HISTORY, OFFICER NOTED FOR 14/11:
0612 07700 900 341 - 0 MIN
0613 07700 900 341 - 0 MIN
0613 07700 900 341 - 2 MIN (VM)
0640 07700 900 341 - 0 MIN
0905 07700 900 341 - 1 MIN (VM)
1248 PRIVATE - 0 MIN
...27 ENTRIES THAT DAY. VIC SAYS MOST DAYS SIMILAR SINCE OCT.
VM 0613: 'PICK UP. YOU'RE MY WIFE, NOT THAT INDIAN PRICK'S'
VM 0905: 'I'LL WAIT OUTSIDE YOUR SISTER'S ALL DAY IF I HAVE TO. DIRTY P*KI LOVER'
VIC NOW IN RELATIONSHIP WITH [NAME 3]. VIC SAYS SHE ISN'T AFRAID OF HIM BUT HAS MOVED OUT OF THE AREA TO STAY WITH HER SISTER AND CHANGED NUMBER (HE HAS SINCE GOT THE NEW ONE OFF A FRIEND).""",
    spans=[
        ("REPETITION", "27 ENTRIES THAT DAY"),
        ("REPETITION", "MOST DAYS SIMILAR SINCE OCT"),
        ("FIXATION", "'PICK UP. YOU'RE MY WIFE"),
        ("RACIAL_HOSTILITY", "NOT THAT INDIAN PRICK'S'"),
        ("STALK_LOITER", "I'LL WAIT OUTSIDE YOUR SISTER'S ALL DAY IF I HAVE TO"),
        ("RACIAL_HOSTILITY", "DIRTY P*KI LOVER"),
        ("SERIOUS_IMPACT", "HAS MOVED OUT OF THE AREA TO STAY WITH HER SISTER"),
        ("SERIOUS_IMPACT", "CHANGED NUMBER"),
    ],
)

case(
    43, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="statement", case="inconsistent", noise="heavy", batch="ye",
    pattern="discord_contact_rejected_snapchat_racist_throat_threats_victim_changes_number", relationship="online", occasions=5,
    text="""\
I met him on Discord in a gaming server last year, we only ever talked online and never met. In april I told him I had a boyfriend and didnt want to talk any more. He would not accept it. He added me on snapchat under diffrent names, I have blocked 6 accounts. Screenshot 1 (3rd may) says 'u led me on for 8 months u owe me'. screenshot 2 (11 may) 'i know ur in Derby, i know ur college, dont make me come down there'. SCREENSHOT 3 (19 may) 'ur just a dirty little arab anyway, ill come and slit ur throat like they do'. screenshot 4 (24 may) 'slit. ur. throat. ive got the train times'. I am so scared he is actualy going to come here and kill me. I have changed my number, come off snapchat and discord and my dad drives me to college now.""",
    spans=[
        ("UNWANTED", "I told him I had a boyfriend and didnt want to talk any more"),
        ("FIXATION", "He would not accept it"),
        ("STALK_CONTACT", "He added me on snapchat under diffrent names"),
        ("FIXATION", "'u led me on for 8 months u owe me'"),
        ("STALK_MONITOR", "i know ur in Derby, i know ur college"),
        ("RACIAL_HOSTILITY", "ur just a dirty little arab anyway"),
        ("THREAT_VIOLENCE", "ill come and slit ur throat like they do"),
        ("THREAT_VIOLENCE", "'slit. ur. throat. ive got the train times'"),
        ("FEAR_OF_VIOLENCE", "I am so scared he is actualy going to come here and kill me"),
        ("SERIOUS_IMPACT", "I have changed my number, come off snapchat and discord"),
        ("SERIOUS_IMPACT", "my dad drives me to college now"),
    ],
)

case(
    44, "aggravated_stalking_fear_alarm_distress", "CSFR",
    voice="third_party", case="mixed", noise="clean", batch="ye",
    pattern="pupils_father_fixated_on_teacher_emails_hindu_slur_threats", relationship="acquaintance", occasions=5,
    text="""\
Referral from Mrs J Pembroke, Headteacher, Ravensmoor Primary, by email 27/01:
"Ms [V] has taught Year 4 here for three years. Since November the father of one of her pupils, Mr [S], has sent her a large number of emails, first through the school office and then to her private address, which we have never given him. Many are about how she 'understands him' and how he dreams about her. After she declined to meet him outside school in December the tone changed. On 9 January he wrote: 'Your kind come here and think you're too good for us. I'll teach you some respect, with my fists if I have to.' On 16 January he was parked outside her house at 10pm. On 22 January: 'You Hindu witch. I meant what I said, I'll hurt you.' Ms [V] is very frightened that he will assault her and we have supported her in reporting this to you."
Officer note: V confirms the above; copies of 31 emails obtained from the school and from V.""",
    spans=[
        ("STALK_CONTACT", "has sent her a large number of emails"),
        ("STALK_CONTACT", "then to her private address, which we have never given him"),
        ("FIXATION", "how she 'understands him' and how he dreams about her"),
        ("UNWANTED", "After she declined to meet him outside school in December"),
        ("ESCALATION", "the tone changed"),
        ("RACIAL_HOSTILITY", "Your kind come here and think you're too good for us."),
        ("THREAT_VIOLENCE", "I'll teach you some respect, with my fists if I have to."),
        ("STALK_LOITER", "he was parked outside her house at 10pm"),
        ("RELIGIOUS_HOSTILITY", "You Hindu witch."),
        ("THREAT_VIOLENCE", "I'll hurt you."),
        ("FEAR_OF_VIOLENCE", "Ms [V] is very frightened that he will assault her"),
    ],
)
