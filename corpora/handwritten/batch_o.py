# ruff: noqa: E501
"""Hand-written narratives, writer o: online conduct."""

from corpora.handwritten import case

case(
    1, "stalking", "CS",
    voice="crime_summary", case="mixed", noise="abbrev", batch="o",
    pattern="ex_new_accounts_after_block_knows_location", relationship="ex_partner", occasions=6,
    text="""\
IP Shannon MORLEY (27) reports her ex p/ner Declan FAIRWEATHER (29) has continued to contact her online since the relationship ended at the start of Feb. IP blocked him on all platforms on 11/02 after telling him by text she wanted no further contact. Since then 4 new Instagram accounts have followed her and sent DMs, all with variations of his name or his dog's name (Biscuit). Msgs incl 'u cant just delete 2 yrs', 'ill wait as long as it takes' and 'nice to see u at the Crown on fri, blue suits u'. IP was at the Crown in Kettering that night but had not posted about it - she thinks he may still be logged into her Google account from when they shared a laptop, as her location history was switched on. IP has now changed passwords. No threats. IP says she is 'more annoyed than anything' but wants it to stop. Screenshots on file (exhibit SM/1-SM/6). Susp not yet spoken to, lives with parents Corby area.""",
    spans=[
        ("UNWANTED", "telling him by text she wanted no further contact"),
        ("STALK_CONTACT", "4 new Instagram accounts have followed her and sent DMs"),
        ("FIXATION", "u cant just delete 2 yrs"),
        ("FIXATION", "ill wait as long as it takes"),
        ("STALK_MONITOR", "nice to see u at the Crown on fri, blue suits u"),
        ("STALK_MONITOR", "may still be logged into her Google account"),
    ],
)

case(
    2, "no_offence", "",
    voice="call_log", case="upper", noise="abbrev", batch="o",
    pattern="single_facebook_post_parking_row", relationship="neighbour", occasions=1,
    text="""\
1932 CLR MR RAJESH BHATTI STATES NEIGHBOUR AT NO 14 HAS PUT A POST ON THE 'ASHBY ROAD RESIDENTS' FB GROUP CALLING HIM A 'SELFISH LIAR' OVER PARKING ACROSS HIS DROP KERB. NO OTHER POSTS OR MSGS, NO PREV ISSUES.
1938 ADV RE REPORTING TO GROUP ADMIN. CIVIL RE PARKING. CLOSE - NO CRIME.""",
    spans=[
        ("STALK_PUBLISH", "CALLING HIM A 'SELFISH LIAR' OVER PARKING"),
    ],
)

case(
    3, "aggravated_harassment", "CR",
    voice="updates", case="mixed", noise="abbrev", batch="o",
    pattern="gaming_platform_racial_abuse_repeat", relationship="online", occasions=3,
    text="""\
14/10 1105 - Report taken via online form. IP is Tobi ADEYEMI (16), mum Funmi present for call back. IP plays Call of Duty on PS5. Gamertag 'KRAKEN_v0id' (real name unknown) has sent him voice msgs and party invites containing racial abuse after IP beat his team on 09/10.
14/10 1620 - Spoke to IP + mum. IP has recorded three voice msgs on his phone: 09/10 susp calls him 'n*****' (heard on rec) and tells him to go 'back to the jungle'; 11/10 same again plus monkey noises; 13/10 says 'your lot shouldnt be allowed online'. IP blocked him 13/10, nothing since. IP says he is upset and has stopped using headset in lobbies. Mum angry.
15/10 - Data request to Sony for account details via SPOC. Await.
02/11 - Sony return: account linked to email and a Hull postcode. Local enquiry to follow. IP updated, no further msgs.""",
    spans=[
        ("RACIAL_HOSTILITY", "susp calls him 'n*****'"),
        ("RACIAL_HOSTILITY", "go 'back to the jungle'"),
        ("REPETITION", "same again"),
        ("RACIAL_HOSTILITY", "monkey noises"),
        ("RACIAL_HOSTILITY", "'your lot shouldnt be allowed online'"),
        ("DISTRESS", "IP says he is upset"),
    ],
)

case(
    4, "harassment_fear_of_violence", "CF",
    voice="statement", case="mixed", noise="clean", batch="o",
    pattern="business_partner_whatsapp_voice_note_threats", relationship="business", occasions=3,
    text="""\
I ran a small vape shop on Churchgate with Wayne HOLLIS until we fell out in the summer over money. I bought his share out in September through a solicitor and I thought that was the end of it.

On Tuesday 4th November at about 10pm I got a WhatsApp voice note from Wayne's number. He sounded drunk. He said "you've mugged me off and I'm going to put you in hospital, you won't see it coming". I didn't sleep that night. I was honestly frightened he meant it because he has been in trouble for fighting before.

On the Saturday after, the 8th, there were two more voice notes about twenty minutes apart. In the second one he said he knew I lock up on my own at six and that "a bat across the knees" would sort me out. I asked my brother-in-law Imran to come and lock up with me that night because I was scared Wayne would be waiting for me.

On the 12th he sent a photo of the shop front at night with no words. I have not replied to any of it. I am still frightened he is going to hurt me. I have saved all of the voice notes and I will give them to the officer.""",
    spans=[
        ("THREAT_VIOLENCE", "I'm going to put you in hospital, you won't see it coming"),
        ("FEAR_OF_VIOLENCE", "I was honestly frightened he meant it"),
        ("REPETITION", "two more voice notes about twenty minutes apart"),
        ("THREAT_VIOLENCE", "\"a bat across the knees\" would sort me out"),
        ("FEAR_OF_VIOLENCE", "I was scared Wayne would be waiting for me"),
        ("FEAR_OF_VIOLENCE", "I am still frightened he is going to hurt me"),
    ],
)

case(
    5, "stalking_fear_alarm_distress", "CSD",
    voice="dash_note", case="mixed", noise="abbrev", batch="o",
    pattern="airtag_on_car_ex_turns_up_victim_moves", relationship="ex_partner", occasions=4,
    text="""\
DASH + S-DASH completed 21/06 with IP Gemma LOCKWOOD at her sister's addr (Wrexham). 11 yes - MEDIUM.
Q8/S-DASH: IP's iPhone alerted her on 14/06 to an 'unknown AirTag travelling with you'. Found taped inside rear bumper of her Fiesta. Ex p/ner Ryan TUDOR (sep March) turned up at Tesco car park Mold Rd on 15/06 and again at her gym 18/06 within mins of her arriving, IP sure this is how he knew. He also messaged 'funny how we keep bumping into each other x'. Has told her before 'I'll always find you'.
No threats of violence made and no DV history of violence per IP - 'he's never touched me'. IP not frightened he will hurt her but is 'constantly on edge', has left her flat and is staying with sister, has sold the car and is taking taxis to work. Off work 3 days w/ anxiety.
AirTag seized (exh KP/2). Referred to stalking advocate. Not MARAC at this time - review if further incidents.""",
    spans=[
        ("STALK_MONITOR", "Found taped inside rear bumper of her Fiesta"),
        ("STALK_TURN_UP", "turned up at Tesco car park Mold Rd on 15/06"),
        ("STALK_TURN_UP", "again at her gym 18/06 within mins of her arriving"),
        ("STALK_CONTACT", "'funny how we keep bumping into each other x'"),
        ("FIXATION", "'I'll always find you'"),
        ("DISTRESS", "'constantly on edge'"),
        ("SERIOUS_IMPACT", "has left her flat and is staying with sister"),
        ("SERIOUS_IMPACT", "has sold the car and is taking taxis to work"),
        ("SERIOUS_IMPACT", "Off work 3 days w/ anxiety"),
    ],
)

case(
    6, "harassment", "C",
    voice="mo_field", case="upper", noise="abbrev", batch="o",
    pattern="work_group_chat_mocking_memes", relationship="colleague", occasions=5,
    text="""\
SUSP (WORK COLLEAGUE) HAS POSTED EDITED PHOTOS OF IP INTO STAFF WHATSAPP GRP ON 5 OCCASIONS OVER 3 WKS MOCKING HIS WEIGHT + STAMMER. CALLS HIM 'FAT B-B-BARRY'. IP LEFT GRP, SUSP ADDED HIM BACK. NO THREATS. MGR AWARE.""",
    spans=[
        ("STALK_PUBLISH", "POSTED EDITED PHOTOS OF IP INTO STAFF WHATSAPP GRP"),
        ("REPETITION", "ON 5 OCCASIONS OVER 3 WKS"),
        ("UNWANTED", "IP LEFT GRP, SUSP ADDED HIM BACK"),
    ],
)

case(
    7, "aggravated_stalking", "CSR",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="o",
    pattern="fake_profile_religious_impersonation_monitoring", relationship="acquaintance", occasions=4,
    text="""\
Sgt 2291 review 03/09.
Have read the log and the screenshots. Summary for the OIC: IP Nadia QURESHI is a hijab-wearing Muslim woman who runs a henna business from home. Susp believed to be Leanne COPPARD, who used to book with her and fell out over a cancelled wedding booking in April. Since June:
- a TikTok account in IP's name and using her profile pics has posted videos with captions 'Sharia is coming to Rotherham' and 'death to infidels lol'. IP's customers have messaged her about it.
- a second account 'henna_by_nadia_real' posted IP's home address and mobile no.
- IP's private Facebook posts (friends only) are being reposted to the TikTok within the hour - so whoever it is can see her FB, possibly through a mutual friend's login.
- anon Insta DM to IP 20/08: 'take that rag off your head and go back to your mosque, we're watching you'.
IP not saying she fears violence, she is angry and embarrassed and worried about the business. Has not changed routine.
Currently classified as malicious comms x1. Not right - there is a clear repeated pattern aimed at IP herself, impersonation + publishing her details + monitoring of her FB, and the content is anti-Muslim. Reclassify and pls:
1. production orders TikTok/Meta
2. speak to mutual friends re FB access
3. PNC/PND on COPPARD
4. hate crime flag on the occurrence
Review 14 days.""",
    spans=[
        ("STALK_PUBLISH", "a TikTok account in IP's name and using her profile pics"),
        ("RELIGIOUS_HOSTILITY", "'Sharia is coming to Rotherham'"),
        ("RELIGIOUS_HOSTILITY", "'death to infidels lol'"),
        ("STALK_PUBLISH", "posted IP's home address and mobile no."),
        ("STALK_MONITOR", "IP's private Facebook posts (friends only) are being reposted to the TikTok within the hour"),
        ("RELIGIOUS_HOSTILITY", "'take that rag off your head and go back to your mosque"),
        ("STALK_WATCH", "we're watching you'"),
        ("DISTRESS", "she is angry and embarrassed and worried about the business"),
    ],
)

case(
    8, "aggravated_harassment_fear_of_violence", "CFR",
    voice="call_log", case="lower", noise="typos", batch="o",
    pattern="snapchat_racist_threats_neighbour_son", relationship="neighbour", occasions=3,
    text="""\
2214 clr mrs agnieszka wrobel states lad from across the road (believes name is kai, about 17, lives no 9 hazel close) has been sending her son snapchats tonight and last week. tonight msg says 'polish c**ts go home or we burn ur house with u in it'. last tues similar msg 'ur mum is next pole'. clr very scared, says she has been up at the window all night and is frightened they will come over and hurt her, same feeling last week she didnt sleep. son (14) has screenshoted.
2216 no one outside at present. no weapons mentioned
2219 thrive - threat to life made via social media, vuln family, repeat. G2 upgraded to G1 by insp
2241 units on scene, clr v distressed. son states kai also shouted 'eastern european scum' at clr in street 3 wks ago
2305 words of advice not given at this stage - crime to be raised. kai not at home per his dad""",
    spans=[
        ("REPETITION", "tonight and last week"),
        ("RACIAL_HOSTILITY", "'polish c**ts go home"),
        ("THREAT_VIOLENCE", "we burn ur house with u in it'"),
        ("RACIAL_HOSTILITY", "'ur mum is next pole'"),
        ("FEAR_OF_VIOLENCE", "is frightened they will come over and hurt her"),
        ("FEAR_OF_VIOLENCE", "same feeling last week she didnt sleep"),
        ("RACIAL_HOSTILITY", "'eastern european scum'"),
    ],
)

case(
    9, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="vps", case="mixed", noise="clean", batch="o",
    pattern="doxxing_sikh_victim_far_right_channel_moved_children", relationship="colleague", occasions=5,
    text="""\
This statement has been explained to me and I understand it may be used in court.

I worked with Gareth for six years at the depot before he was dismissed. I had nothing to do with that decision. Since then he has put my home address, my car registration and photos of my front door on a channel on Telegram that is full of racist posts. He wrote under it that a "turban-wearing P*** took a white man's job" and that people should "pay him a visit". After that he kept posting: pictures of me dropping the children at school, a photo of my wife at the gurdwara, and screenshots of things I had only put on my private Facebook page. Every week there was something new.

I cannot describe what it has done to us. My daughters now stay with my parents in Oldbury during the week because I do not feel I can keep them safe at our house. I have spent over two thousand pounds on cameras and a new gate. I have stopped wearing my turban to work some days because I do not want to be recognised from the photos, and that has been very painful for me as a Sikh. I take a different route every morning. My GP has given me tablets for my sleep.

I want the court to know that I used to be a confident person and now I check every car that slows down outside.""",
    spans=[
        ("STALK_PUBLISH", "put my home address, my car registration and photos of my front door on a channel on Telegram"),
        ("RACIAL_HOSTILITY", "\"turban-wearing P*** took a white man's job\""),
        ("STALK_WATCH", "pictures of me dropping the children at school"),
        ("STALK_WATCH", "a photo of my wife at the gurdwara"),
        ("STALK_MONITOR", "screenshots of things I had only put on my private Facebook page"),
        ("REPETITION", "Every week there was something new"),
        ("SERIOUS_IMPACT", "My daughters now stay with my parents in Oldbury during the week"),
        ("SERIOUS_IMPACT", "I have spent over two thousand pounds on cameras and a new gate"),
        ("SERIOUS_IMPACT", "I take a different route every morning"),
        ("SERIOUS_IMPACT", "My GP has given me tablets for my sleep"),
    ],
)

case(
    10, "no_offence", "",
    voice="result_note", case="mixed", noise="abbrev", batch="o",
    pattern="public_debate_one_reply_blocked_troll_stopped", relationship="online", occasions=1,
    text="""\
Result - NFA, no crime (N100 completed). IP is a local councillor (Cllr Owen PRITCHARD) who posted on X re the Llanelli bypass consultation. Account '@dai_the_truth' replied once calling him 'a spineless jobsworth who should be sacked'. IP blocked the account same day; no further replies, DMs or posts about IP from that account or any other since (checked 3 wks). Content is robust political comment, single occasion, no threat. IP agrees. Advised re screenshots if anything further.""",
    spans=[],
)

case(
    11, "stalking", "CS",
    voice="updates", case="inconsistent", noise="abbrev", batch="o",
    pattern="penny_bank_transfers_with_messages_after_block", relationship="ex_partner", occasions=9,
    text="""\
02/04 OIC PC 6610 HARGREAVES. IP (Chloe ANSTEY) attended front counter Yeovil with bank statements. Ex BF Liam PURCHASE blocked on phone + all socials since NYE when she ended it. Since 14/03 she has recieved 9 transfers of 1p to her Monzo acc from his Barclays, each w/ a reference msg: 'MISS U', 'PLS UNBLOCK', 'JUST TALK', 'STILL LOVE U CHLO', 'SEEN UR NEW HAIR'. Last one 30/03.
02/04 IP unsure how he has her acc details - thinks he saved them when she paid him back for a holiday. IP not scared of him, 'hes pathetic not dangerous', but feels she cant get away from him.
05/04 Monzo contacted - they can block incoming payments from a named payee, IP has done this.
09/04 spoke to susp by phone. Accepts sending them, says 'its not a crime to send someone money'. Interview booked 16/04.
16/04 - susp FTA. rebook""",
    spans=[
        ("UNWANTED", "blocked on phone + all socials since NYE when she ended it"),
        ("STALK_CONTACT", "9 transfers of 1p to her Monzo acc from his Barclays"),
        ("FIXATION", "'STILL LOVE U CHLO'"),
        ("STALK_WATCH", "'SEEN UR NEW HAIR'"),
        ("DISTRESS", "feels she cant get away from him"),
    ],
)

case(
    12, "harassment_fear_of_violence", "CF",
    voice="notebook", case="inconsistent", noise="abbrev", batch="o",
    pattern="messenger_threats_from_exs_new_partner", relationship="acquaintance", occasions=2,
    text="""\
SATURDAY 17TH JANUARY 2026
1120 Attended 3 Pennine Way, Glossop re threats online. Spoke to Ms Kerry-Ann BRANSTON who showed me her phone. Facebook Messenger msgs from profile 'Jade Ellis' (new partner of Ms BRANSTON's ex, Ms BRANSTON has met her twice at handovers of her son).
Thurs 15/01 2241hrs: "SAY ONE MORE WORD ABOUT ME ON THAT SCHOOL GROUP AND I'LL SMASH YOUR TEETH IN".
Fri 16/01 0107hrs: "YOUR LUCKY ITS DARK OR ID BE AT YOURS NOW. NEXT HANDOVER YOUR GETTING IT".
Ms BRANSTON said "I COULDN'T STOP SHAKING ON THURSDAY, I THOUGHT SHE WAS GOING TO TURN UP AND GO FOR ME". Says after 2nd msg she put the chain on and sat up, "I GENUINELY THINK SHE'LL HIT ME AT THE HANDOVER". Next handover due Weds. Photos taken of msgs on my BWV. Ms BRANSTON admits posting on the school parents grp on 14/01 that 'some people should mind their own' but did not name anyone. No reply sent to the msgs.
1155 Left. Crime to be raised.""",
    spans=[
        ("THREAT_VIOLENCE", "I'LL SMASH YOUR TEETH IN"),
        ("THREAT_VIOLENCE", "NEXT HANDOVER YOUR GETTING IT"),
        ("FEAR_OF_VIOLENCE", "I THOUGHT SHE WAS GOING TO TURN UP AND GO FOR ME"),
        ("FEAR_OF_VIOLENCE", "I GENUINELY THINK SHE'LL HIT ME AT THE HANDOVER"),
    ],
)

case(
    13, "stalking_fear_alarm_distress", "CSF",
    voice="third_party", case="mixed", noise="typos", batch="o",
    pattern="snap_map_hacked_account_threats_mother_reports", relationship="ex_partner", occasions=5,
    text="""\
Call from Mrs Deborah OKONJO, mother of IP Precious OKONJO (19). Mum reporting as IP at work and "too scared to ring herself".
Mum says IP split from Jordan SAWYER about 6 weeks ago. He had her Snapchat password from when they were together and has been going into her account - IP has found messages read that she hadnt opened and her Snap Map was turned back on twice after she turned it off. Last Thurs he sent her a snap of the outside of her work (Nandos, Broad St) with "ur not hard to find". Sunday he messaged her cousin asking who she was out with.
Sat night he sent "if i see u with him im going to do u in" and IP rang mum crying saying she was scared he would come and beat her up. She stayed at mums that night. Mum says IP was "terrified" again Mon when a car like his drove past the bus stop slowley, she thought he was going to get out and grab her.
Mum does not know IP's new address off hand. Call back to IP arranged for 1800hrs. DA flag added. Log to DA team for allocation.""",
    spans=[
        ("STALK_MONITOR", "has been going into her account"),
        ("STALK_MONITOR", "her Snap Map was turned back on twice after she turned it off"),
        ("STALK_WATCH", "sent her a snap of the outside of her work"),
        ("FIXATION", "\"ur not hard to find\""),
        ("STALK_CONTACT", "messaged her cousin asking who she was out with"),
        ("THREAT_VIOLENCE", "\"if i see u with him im going to do u in\""),
        ("FEAR_OF_VIOLENCE", "she was scared he would come and beat her up"),
        ("FEAR_OF_VIOLENCE", "she thought he was going to get out and grab her"),
    ],
)

case(
    14, "harassment", "CD",
    voice="judgment", case="mixed", noise="clean", batch="o",
    pattern="customer_abusive_emails_reviews_vet_practice", relationship="customer", occasions=7,
    text="""\
The appellant's dog died following routine surgery at the complainant's veterinary practice in March 2023. Over the following eleven weeks he sent the complainant, Dr Helen Marchetti, seven emails to her practice address. They were not requests for information or complaints in any ordinary sense. In them he called her "a butcher", "a drunk who should be struck off" and "a disgusting excuse for a woman", and in the fifth he wrote that he hoped her own children would "die in agony so she knows how it feels". He also posted a review repeating the allegation that she had been drunk during the operation. There was no suggestion that he ever went near the practice or her home or that he sought to find out anything about her private life; his focus throughout was the death of the dog. The complainant told the jury she had cried at her desk on reading the fifth email and that she dreaded opening her inbox. The judge was right to leave the matter to the jury. The appeal against conviction is dismissed.""",
    spans=[
        ("REPETITION", "seven emails to her practice address"),
        ("REPETITION", "Over the following eleven weeks"),
        ("STALK_CONTACT", "\"a butcher\", \"a drunk who should be struck off\""),
        ("STALK_CONTACT", "\"a disgusting excuse for a woman\""),
        ("STALK_CONTACT", "hoped her own children would \"die in agony so she knows how it feels\""),
        ("STALK_PUBLISH", "posted a review repeating the allegation"),
        ("DISTRESS", "she had cried at her desk on reading the fifth email"),
        ("DISTRESS", "she dreaded opening her inbox"),
    ],
)

case(
    15, "aggravated_harassment", "CR",
    voice="crime_summary", case="upper", noise="heavy", batch="o",
    pattern="youtube_comments_antisemitic_abuse_repeat", relationship="online", occasions=6,
    text="""\
IP (MR SAMUEL ROSENTHAL, 44) RUNS A YOUTUBE CHANEL ON WOODWORK. SINCE APROX 20/1 ONE USER '@GOYIM_KNOW_88' HAS POSTED COMENTS UNDER 6 DIFF VIDS - 'ANOTHER JEW GRIFTER', 'OVEN READY', 'YOUR PEOPLE RUN THE BANKS AND NOW WOODWORK LOL', 'GAS THE ...' (REST REDACTED BY YT). IP HAS DELETED + BANNED ACC FROM CHANEL. NO CONTACT OUTSIDE YT. ITS PUTTING HIM OF MAKING VIDS. NOT IN FEAR.""",
    spans=[
        ("REPETITION", "UNDER 6 DIFF VIDS"),
        ("RELIGIOUS_HOSTILITY", "'ANOTHER JEW GRIFTER'"),
        ("RACIAL_HOSTILITY", "'OVEN READY'"),
        ("RACIAL_HOSTILITY", "'YOUR PEOPLE RUN THE BANKS AND NOW WOODWORK LOL'"),
        ("RACIAL_HOSTILITY", "'GAS THE ...'"),
        ("UNWANTED", "DELETED + BANNED ACC FROM CHANEL"),
        ("DISTRESS", "ITS PUTTING HIM OF MAKING VIDS"),
    ],
)

case(
    16, "no_offence", "",
    voice="call_log", case="mixed", noise="abbrev", batch="o",
    pattern="two_online_incidents_months_apart_reconciled_mutual", relationship="partner", occasions=2,
    text="""\
09:47 Caller Mr Callum DEVERAUX reporting his g/f Tasha NWOSU has put a post on her FB story last night calling him a 'cheating lowlife' with a pic of him. Says she also went through his iPad back in Feb and read his msgs.
09:52 Further - they split briefly in Feb after the iPad thing but got back together in March and have been living together since. Row last night was both ways, caller admits he sent her msgs calling her 'psycho' and 'mental' and posted on his own story about her. Story has now expired. Caller at work, Tasha at home.
09:55 No threats either side, no violence, no DA history on either. Caller just wants it 'on record'.
09:58 Advice re relationship support + DA services given. Not a crime. DA non crime occurrence raised for info. Close.""",
    spans=[],
)

case(
    17, "aggravated_stalking", "CSR",
    voice="mo_field", case="upper", noise="abbrev", batch="o",
    pattern="multiple_fake_fb_accounts_racist_checkins_turn_up", relationship="acquaintance", occasions=5,
    text="""\
SUSP MAKES FAKE FB ACCS (5 SO FAR) TO FRIEND IP + HER SISTERS. SENDS IP MSGS CALLING HER 'P*KI SLAG'. WATCHES HER CHECK-INS + ATTENDS SAME BARS WITHIN THE HOUR. IP BLOCKS, NEW ACC APPEARS. SAYS 'U WILL BE MINE'.""",
    spans=[
        ("STALK_CONTACT", "MAKES FAKE FB ACCS (5 SO FAR) TO FRIEND IP + HER SISTERS"),
        ("RACIAL_HOSTILITY", "'P*KI SLAG'"),
        ("STALK_MONITOR", "WATCHES HER CHECK-INS"),
        ("STALK_TURN_UP", "ATTENDS SAME BARS WITHIN THE HOUR"),
        ("UNWANTED", "IP BLOCKS, NEW ACC APPEARS"),
        ("FIXATION", "'U WILL BE MINE'"),
    ],
)

case(
    18, "aggravated_harassment_fear_of_violence", "CFR",
    voice="crime_summary", case="lower", noise="typos", batch="o",
    pattern="discord_dm_threats_anti_arab_abuse", relationship="online", occasions=4,
    text="""\
ip (ahmed al-rubaie 22, student, lives w/ parents sheffield) reports that a user on a discord server for a car modding group, username 'torque_daddy', has been dm'ing him since an argument in the server about brexit on the 3rd. 4 lots of msgs: 3rd, 5th, 9th and 12th. msgs call him a 'sand n*****' and 'dirty arab', say 'your lot will be deported or buried', and on the 9th 'i know your in sheff, ill find you and put a blade in you'. ip says after the 9th he was too scared to go to uni on his own, thought he would get stabbed, and his dad drove him. on the 12th msg says 'soon' with a knife emoji and ip says he felt sick, 'i properly thought he was coming for me'. ip left the server on the 10th but kept getting dms as still friends w/ the acc. nothing to say susp actually knows his addres. discord report submited by ip, no reply. screenshots x 14 obtained.""",
    spans=[
        ("REPETITION", "4 lots of msgs: 3rd, 5th, 9th and 12th"),
        ("RACIAL_HOSTILITY", "'sand n*****'"),
        ("RACIAL_HOSTILITY", "'dirty arab'"),
        ("RACIAL_HOSTILITY", "'your lot will be deported or buried'"),
        ("THREAT_VIOLENCE", "ill find you and put a blade in you'"),
        ("FEAR_OF_VIOLENCE", "thought he would get stabbed"),
        ("THREAT_VIOLENCE", "'soon' with a knife emoji"),
        ("FEAR_OF_VIOLENCE", "'i properly thought he was coming for me'"),
    ],
)

case(
    19, "stalking", "CS",
    voice="victim_diary", case="mixed", noise="typos", batch="o",
    pattern="stalkerware_on_phone_ex_contacts_new_partner", relationship="ex_partner", occasions=5,
    text="""\
Diary - kept for PC Ellison as asked

Mon 3 Nov - Dom texted "enjoy your lunch at Pret with Sophie". I never told him. Have not seen him since we split in Aug. Saved screenshot.
Weds 5 Nov - Dom messaged Marcus (new bf) on Instagram "shes only with u to make me jealous, shell come back she always does". Marcus sent me screenshot.
Thurs 6 Nov - phone battery dying really fast and getting hot. My friend Abi who works in IT looked at it and found an app called 'System Sync' I didnt install. It has access to messages, location, everything. Dom set my phone up for me last year. Took phone to police station, left with PC Ellison (ref 44/91822/25).
Sat 8 Nov - Dom emailed "why have you gone quiet, whats wrong with your phone babe". I havent replied to any of this.
Sun 9 Nov - Dom left a voice mail crying saying he just wants to know im ok. Deleted it by accident. Sorry.

Not scared of him as such just want it to stop and feel like I cant do anything without him knowing.""",
    spans=[
        ("STALK_MONITOR", "\"enjoy your lunch at Pret with Sophie\""),
        ("STALK_CONTACT", "Dom messaged Marcus (new bf) on Instagram"),
        ("FIXATION", "shell come back she always does"),
        ("STALK_MONITOR", "found an app called 'System Sync' I didnt install"),
        ("STALK_CONTACT", "Dom emailed \"why have you gone quiet, whats wrong with your phone babe\""),
        ("STALK_CONTACT", "Dom left a voice mail crying"),
        ("DISTRESS", "feel like I cant do anything without him knowing"),
    ],
)

case(
    20, "aggravated_stalking_fear_alarm_distress", "CSFR",
    voice="call_log", case="upper", noise="abbrev", batch="o",
    pattern="find_my_family_share_tracking_racist_threats_ex", relationship="ex_partner", occasions=4,
    text="""\
0117 CLR MISS ABENA MENSAH-BOATENG STATES EX P/NER LEWIS CRAWSHAW HAS JUST SENT WA MSG 'NICE FLAT U MONKEY, SEE U IN A BIT'. CLR MOVED TO NEW ADDR 2 WKS AGO AND HE SHOULD NOT KNOW IT. CLR BELIEVES HE IS STILL IN HER APPLE FAMILY SHARING FROM WHEN THEY WERE TOGETHER, FIND MY SHOWS HER LOCATION TO HIM.
0119 CLR V FRIGHTENED, CRYING, SAYS 'HE IS GOING TO COME HERE AND BATTER ME'. DOORS LOCKED. CHILD (3) IN ADDR. PREV DA ON FILE, SEE 2211 OF 04/10 WHERE HE SENT VOICENOTE 'BLACK B***H I'LL END YOU' AND CLR WAS TOO SCARED TO LEAVE HOUSE FOR 2 DAYS THEN.
0120 THRIVE - THREAT + KNOWS ADDR + PREV + CHILD. G1.
0121 ADV CLR TO TURN OFF LOCATION SHARING / LEAVE FAMILY GRP IF SAFE TO DO SO. CLR HAS DONE SO. ADV STAY ON LINE.
0134 UNITS ON SCENE. NO SIGN OF SUSP IN AREA. ASNT.
0150 PC 3390 - CLR STILL V SCARED. HAS SAID HE ALSO MSGS HER MUM AND SISTER DAILY ASKING WHERE SHE IS. DASH TO FOLLOW. CLR TO STAY WITH MUM TONIGHT.""",
    spans=[
        ("RACIAL_HOSTILITY", "'NICE FLAT U MONKEY"),
        ("THREAT_VIOLENCE", "SEE U IN A BIT'"),
        ("STALK_MONITOR", "FIND MY SHOWS HER LOCATION TO HIM"),
        ("FEAR_OF_VIOLENCE", "'HE IS GOING TO COME HERE AND BATTER ME'"),
        ("RACIAL_HOSTILITY", "'BLACK B***H"),
        ("THREAT_VIOLENCE", "I'LL END YOU'"),
        ("FEAR_OF_VIOLENCE", "CLR WAS TOO SCARED TO LEAVE HOUSE FOR 2 DAYS"),
        ("STALK_CONTACT", "MSGS HER MUM AND SISTER DAILY ASKING WHERE SHE IS"),
    ],
)

case(
    21, "harassment_fear_of_violence", "CF",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="o",
    pattern="youth_football_parent_threats_instagram_facebook", relationship="acquaintance", occasions=3,
    text="""\
Supervisor's note - Sgt 1184 ODUYA - 28/02

OIC has crimed this as stalking on the basis that the susp has used two platforms. I don't agree with that reasoning on its own - there's nothing here about fixation, following, watching or finding out about the IP. Susp (Craig BALDERSTONE) is the father of a U12 player; IP (Marcus FENN) refereed the match on 15/02 and sent the boy off.

What we do have:
15/02 eve - IG DM 'your a bent little ref, i'll be waiting in the car park next week and ill knock you spark out'. IP told OIC he 'didn't sleep a wink' and was worried he'd be jumped at the next fixture.
18/02 - FB msg 'tell the league what you want, im still coming for you'. IP pulled out of the 22/02 fixture, says he was 'genuinely scared of getting hit'.
20/02 - comment on the club page calling IP a cheat (not directed to him, not threatening).

Two threats with fear shown after each. Pls reclassify accordingly, get statement from IP covering his fear after each msg, and contact league welfare officer. Susp to be interviewed VA. Not DA, no DASH needed.""",
    spans=[
        ("THREAT_VIOLENCE", "i'll be waiting in the car park next week and ill knock you spark out'"),
        ("FEAR_OF_VIOLENCE", "was worried he'd be jumped at the next fixture"),
        ("THREAT_VIOLENCE", "'tell the league what you want, im still coming for you'"),
        ("FEAR_OF_VIOLENCE", "'genuinely scared of getting hit'"),
        ("STALK_PUBLISH", "comment on the club page calling IP a cheat"),
    ],
)

case(
    22, "stalking_fear_alarm_distress", "CSD",
    voice="statement", case="mixed", noise="clean", batch="o",
    pattern="fake_dating_profiles_men_turn_up_victim_moves", relationship="colleague", occasions=6,
    text="""\
I live on my own in a ground floor flat on Ferndale Road. I work as a receptionist at a dental surgery in Gloucester.

At the end of April a man I had never met knocked on my door at about 9 o'clock at night. He said we had been talking on Tinder and I had invited him round. I told him I had no idea what he was talking about and he showed me his phone. There was a profile with my name, three photos of me that I recognised from my own Instagram, and my road name. I shut the door and he went.

Over the next five weeks it happened four more times with different men. One of them was quite aggressive because he said "you" had promised him things. My friend Lorna found two more profiles, one on Hinge and one on a website I won't name, which had a photo of me in my work uniform taken from across the road outside the surgery. I did not know that photo existed.

In early June a man called Paul who I used to work with at the surgery, and who had asked me out twice and been told no, messaged me on Facebook out of nowhere saying "heard your getting a lot of visitors lately, should have picked me". I believe he made the profiles. He left the surgery last year.

I have now moved out of the flat and I am living with my aunt in Quedgeley. I have had to ask my manager to move me to the back office so I am not on the front desk. I had a week off work because I could not stop crying. I do not answer the door to anyone any more, even at my aunt's.""",
    spans=[
        ("STALK_PUBLISH", "There was a profile with my name, three photos of me"),
        ("REPETITION", "it happened four more times with different men"),
        ("STALK_PUBLISH", "found two more profiles"),
        ("STALK_WATCH", "a photo of me in my work uniform taken from across the road"),
        ("UNWANTED", "had asked me out twice and been told no"),
        ("FIXATION", "should have picked me"),
        ("SERIOUS_IMPACT", "I have now moved out of the flat"),
        ("SERIOUS_IMPACT", "ask my manager to move me to the back office"),
        ("SERIOUS_IMPACT", "I had a week off work because I could not stop crying"),
        ("SERIOUS_IMPACT", "I do not answer the door to anyone any more"),
    ],
)

case(
    23, "harassment", "C",
    voice="call_log", case="lower", noise="heavy", batch="o",
    pattern="loan_dispute_abusive_fb_comments_msgs", relationship="acquaintance", occasions=4,
    text="""\
1605 clr says ex mate darren owes her £300 and since she asked for it back hes been leaving coments on her fb calling her a 'tramp' and 'scrounger' 4 times this wk + sent her 2 abusive msgs. no threts. clr wants words givin""",
    spans=[
        ("STALK_PUBLISH", "leaving coments on her fb calling her a 'tramp' and 'scrounger'"),
        ("REPETITION", "4 times this wk"),
        ("STALK_CONTACT", "sent her 2 abusive msgs"),
    ],
)

case(
    24, "no_offence", "",
    voice="updates", case="mixed", noise="abbrev", batch="o",
    pattern="debt_collector_texts_emails_lawful_purpose", relationship="business", occasions=11,
    text="""\
Occ 22/5510 - update PC 2760 WHITTAKER
TT IP Mr Dariusz NOWICKI. Reports 'harassment' by Northgate Recoveries Ltd re unpaid EE contract (~£640): 11 texts/emails in 5 wks. All payment requests + offer of a plan, formal, no threats. IP accepts debt. Civil - agency entitled to contact re genuine debt. StepChange details given. No crime. Close.""",
    spans=[],
)

case(
    25, "aggravated_harassment", "CR",
    voice="third_party", case="mixed", noise="typos", batch="o",
    pattern="takeaway_order_notes_facebook_anti_chinese_abuse", relationship="customer", occasions=5,
    text="""\
Report from Jenny LAU on behalf of her parents who own the Golden Lotus takeaway, Hessle Rd. Parents English not great so Jenny reporting.
Since Xmas a customer account on Just Eat (name 'Gaz H', orders to an address on Anlaby Rd) has put notes in the order instructions like 'no cat in it this time' and 'hope ur not bringing the virus with it'. 3 orders like this. Then after her dad refunded one he got msgs on the shops Facebook page 'ching chong c**ts' and 'go back to china and eat bats'. Her mum has started crying when the tablet pings and dosnt want to work the counter. No threats to hurt anyone, Jenny says they just want him stopped. Just Eat have banned the account. Screenshots to be emailed.""",
    spans=[
        ("RACIAL_HOSTILITY", "'no cat in it this time'"),
        ("RACIAL_HOSTILITY", "'hope ur not bringing the virus with it'"),
        ("REPETITION", "3 orders like this"),
        ("RACIAL_HOSTILITY", "'ching chong c**ts'"),
        ("RACIAL_HOSTILITY", "'go back to china and eat bats'"),
        ("DISTRESS", "Her mum has started crying when the tablet pings"),
    ],
)

case(
    26, "stalking", "CS",
    voice="result_note", case="mixed", noise="abbrev", batch="o",
    pattern="former_flatmate_fake_listings_orders_in_name", relationship="acquaintance", occasions=7,
    text="""\
RESULT 11/12: Susp Toby WAINWRIGHT (31) charged, remanded to court 12/12. Former flatmate of IP Aoife DONNELLY - they shared a house in Headingley until IP moved out in the summer and she stopped replying to him. Between Aug and Nov susp listed IP's new car and her bike 'for sale' on Gumtree and FB Marketplace w/ her mobile number, ordered at least 6 takeaways + a skip to her new address in her name, and signed her up to ~40 mailing lists. Susp had accessed her Outlook acct (pw unchanged since the flatshare) and read her emails, which is how he got the new address. Admitted in interview, said he 'just wanted her to talk to him again'. IP not in fear, described it as 'draining'. Bail/remand conditions - no contact. VPS taken. IP updated by OIC.""",
    spans=[
        ("UNWANTED", "she stopped replying to him"),
        ("STALK_PUBLISH", "listed IP's new car and her bike 'for sale' on Gumtree and FB Marketplace w/ her mobile number"),
        ("STALK_ORDERS", "ordered at least 6 takeaways + a skip to her new address in her name"),
        ("STALK_ORDERS", "signed her up to ~40 mailing lists"),
        ("STALK_MONITOR", "had accessed her Outlook acct"),
        ("FIXATION", "'just wanted her to talk to him again'"),
        ("DISTRESS", "described it as 'draining'"),
    ],
)

case(
    27, "aggravated_stalking", "CSR",
    voice="updates", case="mixed", noise="abbrev", batch="o",
    pattern="neighbour_films_traveller_family_posts_tiktok", relationship="neighbour", occasions=6,
    text="""\
12/07 PCSO 7714 - Visited IP Bridget WARD at 22 Copse View. IP and family are Irish Travellers, moved onto the estate in April. Nbr at 19 (Shane ELCOCK) films IP from his upstairs window on his phone when she comes and goes - IP has seen him do it 'most days'. Clips then appear on his TikTok with captions like 'the p***ys are robbing the street blind' and 'lock ur sheds lads, gypsies moved in'. One clip shows IP's kids getting into her car with the school logo visible on their jumpers.
15/07 - Viewed TikTok acct with IP's consent. 6 videos of IP since May, total ~14k views. Comments underneath incl IP's surname and street. Screenshots saved to occ.
15/07 - IP says she's 'fuming', doesn't feel scared of him. Does not want to move. Wants the videos down.
18/07 - PC 3302 to take over as OIC, refer to hate crime officer. TikTok takedown request sent.""",
    spans=[
        ("STALK_WATCH", "films IP from his upstairs window on his phone"),
        ("REPETITION", "'most days'"),
        ("STALK_PUBLISH", "Clips then appear on his TikTok"),
        ("RACIAL_HOSTILITY", "'the p***ys are robbing the street blind'"),
        ("RACIAL_HOSTILITY", "'lock ur sheds lads, gypsies moved in'"),
        ("STALK_PUBLISH", "One clip shows IP's kids getting into her car with the school logo visible"),
        ("REPETITION", "6 videos of IP since May"),
    ],
)

case(
    28, "aggravated_harassment_fear_of_violence", "CFR",
    voice="statement", case="mixed", noise="clean", batch="o",
    pattern="emailed_threats_muslim_councillor_mosque", relationship="stranger", occasions=3,
    text="""\
I am a ward councillor for Savile Town and I attend the Markazi mosque. My council email address is public.

On Monday 9th September I received an email from an address I did not recognise, headed "traitor". It said Muslims like me were "a cancer in this country" and that "one of these nights someone will burn you out, you and your mosque rats". I was shaken. My house is two streets from the mosque and I was frightened that someone would set fire to my home while I was in it. I checked the doors and windows twice before I went to bed.

On the Thursday a second email came from a different address but signed the same way, "Patriot B". It said "we know you pray at Markazi, Friday is a good day for it". On the Friday I did not go to prayers for the first time in years because I was afraid that I would be attacked there.

A third email on 19th September just said "still waiting?".

I have forwarded all three emails to PC Gill. I do not know who sent them.""",
    spans=[
        ("RELIGIOUS_HOSTILITY", "Muslims like me were \"a cancer in this country\""),
        ("THREAT_VIOLENCE", "\"one of these nights someone will burn you out"),
        ("RELIGIOUS_HOSTILITY", "you and your mosque rats\""),
        ("FEAR_OF_VIOLENCE", "I was frightened that someone would set fire to my home while I was in it"),
        ("THREAT_VIOLENCE", "\"we know you pray at Markazi, Friday is a good day for it\""),
        ("FEAR_OF_VIOLENCE", "I was afraid that I would be attacked there"),
        ("THREAT_VIOLENCE", "\"still waiting?\""),
    ],
)

case(
    29, "stalking_fear_alarm_distress", "CSF",
    voice="crime_summary", case="mixed", noise="clean", batch="o",
    pattern="shared_apple_id_childs_ipad_tracking_threats", relationship="ex_partner", occasions=5,
    text="""\
The victim, Rhiannon EVANS-PRICE (35), separated from the suspect, Jason PRICE (38), in January. Their two children stay with him alternate weekends and use an iPad that is on his Apple ID.

Since about March the suspect has sent the victim iMessages from the iPad when the children return it to her house, often late at night, asking who she is seeing. The victim realised in April that he could see the iPad's location and, through the shared family account, her own phone's location too, as he commented on her being "round Lee's again" on three occasions when she had been at a friend's house in Porthcawl.

On 2 May he messaged: "If I find out he's been near my kids I will put you both in the ground." The victim states she was terrified and believed he would come to the house and hurt her; she asked her brother to stay over. On 9 May he messaged "keep pushing me Rhi, see what happens", and she states she was again frightened he would attack her when he dropped the children off, and arranged for the handover to take place at a petrol station instead.

The victim has removed herself from the family sharing group.""",
    spans=[
        ("STALK_CONTACT", "sent the victim iMessages from the iPad"),
        ("FIXATION", "asking who she is seeing"),
        ("STALK_MONITOR", "he could see the iPad's location and, through the shared family account, her own phone's location too"),
        ("STALK_MONITOR", "commented on her being \"round Lee's again\""),
        ("REPETITION", "on three occasions"),
        ("THREAT_VIOLENCE", "I will put you both in the ground"),
        ("FEAR_OF_VIOLENCE", "believed he would come to the house and hurt her"),
        ("THREAT_VIOLENCE", "\"keep pushing me Rhi, see what happens\""),
        ("FEAR_OF_VIOLENCE", "she was again frightened he would attack her"),
    ],
)

case(
    30, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="judgment", case="mixed", noise="clean", batch="o",
    pattern="sentencing_remarks_nurse_impersonation_racial_changed_hospital", relationship="colleague", occasions=8,
    text="""\
Mrs Okafor is a staff nurse. You worked as a healthcare assistant on the same ward until you were moved at her request in 2022 after you had made comments about her accent that she found offensive. From that point you turned your attention to her in a way that can only be described as an obsession.

Over some nine months you created at least three social media accounts in her name. Through them you posted material purporting to come from her, including a post saying that she "hated working with white patients" and that Nigerians "came here for the benefits and the NHS was a cash machine". You sent screenshots of those posts to her managers. You posted photographs of her leaving work at the end of night shifts, which you could only have taken by waiting outside the staff entrance. You sent her messages calling her a "jungle bunny" and telling her that "people like you don't belong on my ward".

The effect on her has been profound. She told the court in her statement that she transferred to another hospital forty miles away, at a loss of seniority, because she could no longer bear to walk through the staff entrance. She has had counselling. Her husband now drives her to and from every shift.

The racial hostility you showed runs through the whole of this conduct and I increase the sentence to reflect it.""",
    spans=[
        ("RACIAL_HOSTILITY", "comments about her accent"),
        ("FIXATION", "an obsession"),
        ("STALK_PUBLISH", "created at least three social media accounts in her name"),
        ("RACIAL_HOSTILITY", "Nigerians \"came here for the benefits and the NHS was a cash machine\""),
        ("STALK_ORDERS", "sent screenshots of those posts to her managers"),
        ("STALK_WATCH", "posted photographs of her leaving work at the end of night shifts"),
        ("STALK_LOITER", "waiting outside the staff entrance"),
        ("RACIAL_HOSTILITY", "\"jungle bunny\""),
        ("RACIAL_HOSTILITY", "\"people like you don't belong on my ward\""),
        ("SERIOUS_IMPACT", "she transferred to another hospital forty miles away"),
        ("SERIOUS_IMPACT", "She has had counselling"),
        ("SERIOUS_IMPACT", "Her husband now drives her to and from every shift"),
    ],
)

case(
    31, "harassment_fear_of_violence", "CF",
    voice="call_log", case="upper", noise="abbrev", batch="o",
    pattern="brother_in_law_whatsapp_threats_inheritance", relationship="family", occasions=2,
    text="""\
1846 CLR MR ANAND SHUKLA - BROTHER IN LAW SENT WA 'U WILL BLEED FOR TAKING MUMS HOUSE' YDAY + TODAY 'TONIGHT'. CLR SCARED HE WILL ATTACK HIM, WAS SAME LAST NIGHT, BARRICADED DOOR. DISPUTE OVER WILL. G2.""",
    spans=[
        ("THREAT_VIOLENCE", "'U WILL BLEED FOR TAKING MUMS HOUSE'"),
        ("THREAT_VIOLENCE", "TODAY 'TONIGHT'"),
        ("FEAR_OF_VIOLENCE", "CLR SCARED HE WILL ATTACK HIM"),
        ("FEAR_OF_VIOLENCE", "WAS SAME LAST NIGHT, BARRICADED DOOR"),
    ],
)

case(
    32, "no_offence", "",
    voice="notebook", case="inconsistent", noise="abbrev", batch="o",
    pattern="single_anon_message_suspect_denies_nothing_since", relationship="ex_partner", occasions=1,
    text="""\
TUES 04/03 1410 Spoke Ms Hollie TREMAYNE re single Insta DM rec'd 28/02 from acct 'x_nobody_x' saying "hope ur happy now". IP thought it may be ex Ben KITTO. TT Mr KITTO - DENIES, says he has moved on, hasn't contacted her since Oct. Acct now deleted. NOTHING FURTHER SINCE per IP. No threat. IP content, NFA.""",
    spans=[],
)

case(
    33, "harassment", "CD",
    voice="vps", case="mixed", noise="clean", batch="o",
    pattern="village_facebook_group_dog_barking_posts_issue_based", relationship="neighbour", occasions=8,
    text="""\
I understand this statement may be shown to the defendant and used in court.

Mr Hebblethwaite has lived next door to us for eleven years. The problem started when our rescue dog began barking in the day while we were at work. I accept she barked. We paid for a trainer. Mr Hebblethwaite did not want to talk to us about it; instead he started posting on the Ilkley village Facebook group, eight times in two months, calling me "a selfish cow who should be banned from owning animals" and saying we were "scum". He also messaged my husband calling him a "useless fat lump".

I am a private person and it felt as though the whole village was reading it. People in the Co-op looked at me differently. I have been very low and I cried most evenings for a while. I have not changed anything about my life apart from coming off Facebook, and I do still walk the dog past his house, but I dread seeing him. I would like it to stop so we can just be neighbours again.""",
    spans=[
        ("STALK_PUBLISH", "posting on the Ilkley village Facebook group"),
        ("REPETITION", "eight times in two months"),
        ("STALK_PUBLISH", "calling me \"a selfish cow who should be banned from owning animals\""),
        ("DISTRESS", "I have been very low and I cried most evenings for a while"),
        ("DISTRESS", "I dread seeing him"),
    ],
)

case(
    34, "stalking", "CS",
    voice="call_log", case="mixed", noise="typos", batch="o",
    pattern="one_date_hinge_new_numbers_cashapp_linkedin", relationship="online", occasions=7,
    text="""\
1132 Clr Ms Esther ADEBAYO-KING. Went on one date with male called 'Rory' from Hinge on 2nd Aug, told him next day she wasnt interested. Since then he has contacted her from 5 different numbers, on LinkedIn (found her through her work) and sent £1 on PayPal with note 'one coffee, thats all i ask'. Blocks each one, new one appears. Says 'i know we have something'. No threats.
1140 Adv given. Crime to be raised.""",
    spans=[
        ("UNWANTED", "told him next day she wasnt interested"),
        ("STALK_CONTACT", "contacted her from 5 different numbers"),
        ("STALK_MONITOR", "found her through her work"),
        ("STALK_CONTACT", "sent £1 on PayPal with note 'one coffee, thats all i ask'"),
        ("UNWANTED", "Blocks each one, new one appears"),
        ("FIXATION", "'i know we have something'"),
    ],
)

case(
    35, "aggravated_harassment", "CR",
    voice="notebook", case="inconsistent", noise="abbrev", batch="o",
    pattern="landlord_whatsapp_racial_abuse_over_repairs", relationship="landlord", occasions=4,
    text="""\
WEDNESDAY 22ND OCTOBER 2025
1545 Flat 2, 61 Derby Rd, Loughborough. Spoke to tenant Mr Kwabena ASANTE re msgs from his landlord Mr Clive FROGGATT. Mr ASANTE has asked 4 times by WhatsApp since Sept for the boiler to be fixed. Landlord replies shown to me:
11/09 'YOU PEOPLE ARE NEVER HAPPY'
26/09 'GO BACK TO GHANA IF YOU WANT HOT WATER'
08/10 'BLACK TENANTS ARE ALWAYS TROUBLE, SHOULD HAVE KNOWN'
20/10 'one more msg and your out'.
Mr ASANTE says he is "fed up and insulted". Not scared. Rent paid up. Has not received a s21 notice. Asked Mr ASANTE to screenshot all. Council housing team to be informed re boiler.
1610 Left.""",
    spans=[
        ("RACIAL_HOSTILITY", "'YOU PEOPLE ARE NEVER HAPPY'"),
        ("RACIAL_HOSTILITY", "'GO BACK TO GHANA IF YOU WANT HOT WATER'"),
        ("RACIAL_HOSTILITY", "'BLACK TENANTS ARE ALWAYS TROUBLE, SHOULD HAVE KNOWN'"),
        ("DISTRESS", "\"fed up and insulted\""),
    ],
)

case(
    36, "stalking_fear_alarm_distress", "CSD",
    voice="mo_field", case="lower", noise="abbrev", batch="o",
    pattern="spyware_ex_reads_messages_victim_changes_job", relationship="ex_partner", occasions=4,
    text="""\
ex installed mspy on ip phone, reads her msgs, quotes them back to her, emails her new bf. ip has left job + moved to mums, new phone.""",
    spans=[
        ("STALK_MONITOR", "ex installed mspy on ip phone, reads her msgs"),
        ("STALK_MONITOR", "quotes them back to her"),
        ("STALK_CONTACT", "emails her new bf"),
        ("SERIOUS_IMPACT", "ip has left job + moved to mums, new phone"),
    ],
)

case(
    37, "aggravated_stalking", "CSR",
    voice="dash_note", case="mixed", noise="abbrev", batch="o",
    pattern="ex_google_account_monitoring_messages_family_racial", relationship="ex_partner", occasions=6,
    text="""\
DASH 08/08 - IP Shirin BEGUM (24). Ex p/ner Connor HASLAM (26), sep June after 18 mths.
Score 6 - STANDARD. IP: "I'm not scared of him, he's all mouth".
Comments: Since sep susp has stayed logged into IP's Google acct (they set up her phone together) - he has emailed her copies of her own Google Maps timeline 3 times with 'busy week'. Msgs her sister + cousin on FB weekly asking if she's 'with some Bangladeshi lad now her family have got to her'. In msgs to IP calls her 'curry muncher' and says her 'people' brainwashed her against him. Says he will 'never let her go'. No violence in rel, no threats. IP has changed pw 07/08 with officer present + 2FA on.
IP not changing routine, working as normal.
Rationale: standard on answers but pattern is persistent - flagged to stalking SPOC, hate crime marker added.""",
    spans=[
        ("STALK_MONITOR", "stayed logged into IP's Google acct"),
        ("STALK_MONITOR", "emailed her copies of her own Google Maps timeline 3 times"),
        ("STALK_CONTACT", "Msgs her sister + cousin on FB weekly"),
        ("RACIAL_HOSTILITY", "'with some Bangladeshi lad now her family have got to her'"),
        ("RACIAL_HOSTILITY", "'curry muncher'"),
        ("FIXATION", "he will 'never let her go'"),
    ],
)

case(
    38, "aggravated_harassment_fear_of_violence", "CFR",
    voice="updates", case="mixed", noise="typos", batch="o",
    pattern="former_colleague_messenger_threats_lithuanian_driver", relationship="colleague", occasions=3,
    text="""\
19/03 1030 - OIC DC WARBURTON. IP Tomas KAZLAUSKAS (HGV driver) attended station w/ interpreter. Former co-worker at the haulage yard, Steven 'Stevo' RIGBY, dismissed Feb after IP gave a statement re a forklift incident.
IP shows FB Messenger msgs:
 - 03/03 'lithuanian rat, you cost me my job, im going to break your legs when i see you'
 - 07/03 'foreign scum like you dont belong here, watch your back at the services'
 - 16/03 voice note, shouting, IP cannot fully understand, interpreter hears 'dead' and 'Vilnius'.
IP says after the first msg he was scared to sleep in his cab at Stafford services as Rigby knows the route, and stayed in a hotel. After 07/03 he says he is frightend Rigby will 'ambush him with others' and he has asked his boss not to send him on the M6 runs. 
IP says no contact outside Messenger, Rigby not seen near him.
20/03 - Enquiries w/ employer for Rigby's details. Interpreter to assist with MG11 next wk.""",
    spans=[
        ("RACIAL_HOSTILITY", "'lithuanian rat"),
        ("THREAT_VIOLENCE", "im going to break your legs when i see you'"),
        ("RACIAL_HOSTILITY", "'foreign scum like you dont belong here"),
        ("THREAT_VIOLENCE", "watch your back at the services'"),
        ("FEAR_OF_VIOLENCE", "he was scared to sleep in his cab at Stafford services"),
        ("FEAR_OF_VIOLENCE", "he is frightend Rigby will 'ambush him with others'"),
    ],
)

case(
    39, "harassment_fear_of_violence", "CF",
    voice="third_party", case="mixed", noise="abbrev", batch="o",
    pattern="parent_app_threats_to_teacher", relationship="acquaintance", occasions=2,
    text="""\
Report from Mr Ifor LLEWELLYN, headteacher, Ysgol Bryn Glas, on behalf of a Yr4 teacher (Miss Carys MORGAN, 26) who is present and consents.
Parent Daniel FOULKES (father of pupil, name withheld) has used the ClassDojo parent app twice to message Miss MORGAN directly after his son was kept in at break:
 Mon 1541 - 'touch my lad again and ill wreck you in front of the whole yard'
 Weds 0712 - 'see you at pick up miss, hope your ready'.
Miss MORGAN states she was 'shaking' after Monday and frightened he would come into the yard and hit her; on Weds she asked to stay inside during pick-up because she thought he was going to go for her. School have suspended FOULKES' app access and he is banned from site pending review. Head asks for police to speak to him. No previous issues with family.""",
    spans=[
        ("THREAT_VIOLENCE", "'touch my lad again and ill wreck you in front of the whole yard'"),
        ("THREAT_VIOLENCE", "'see you at pick up miss, hope your ready'"),
        ("FEAR_OF_VIOLENCE", "frightened he would come into the yard and hit her"),
        ("FEAR_OF_VIOLENCE", "she thought he was going to go for her"),
    ],
)

case(
    40, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="crime_summary", case="lower", noise="heavy", batch="o",
    pattern="uni_student_tracks_jewish_student_posts_schedule_leaves_halls", relationship="acquaintance", occasions=6,
    text="""\
ip (ruth abramovitz, 19, 1st yr) reports fellow student on her course (name known - xxxx) has since nov been postng about her on a anon instagram acount 'exposing_zionists_uon' - her photo, her lecture timetable, which halls shes in and what time she goes to the gym, with captions 'this jew rat will get what she deserves' and 'her kind own the media'. also dm's her 'i see you every tuesday in the library, nice jumper'. ip has reported to uni, acount keeps coming back under new name. ip has now left halls and moved back to parents in manchester and is doing her course online, has stoped going to the gym or the jsoc events. says she has panic attacks. not saying she thinks he will hurt her but 'i dont feel safe anywhere on campus'.""",
    spans=[
        ("STALK_PUBLISH", "her photo, her lecture timetable, which halls shes in and what time she goes to the gym"),
        ("RELIGIOUS_HOSTILITY", "'this jew rat will get what she deserves'"),
        ("RACIAL_HOSTILITY", "'her kind own the media'"),
        ("STALK_WATCH", "'i see you every tuesday in the library, nice jumper'"),
        ("REPETITION", "acount keeps coming back under new name"),
        ("SERIOUS_IMPACT", "ip has now left halls and moved back to parents in manchester"),
        ("SERIOUS_IMPACT", "doing her course online"),
        ("SERIOUS_IMPACT", "has stoped going to the gym or the jsoc events"),
        ("DISTRESS", "says she has panic attacks"),
    ],
)

case(
    41, "no_offence", "",
    voice="crime_summary", case="mixed", noise="abbrev", batch="o",
    pattern="neighbour_doorbell_camera_boundary_dispute_no_targeting", relationship="neighbour", occasions=1,
    text="""\
IP Mrs Marion ATHERTON (71) reports nbr at no 6 (Mr Oluwaseun BELLO) has fitted a Ring doorbell + a camera on his garage that she believes can see into her front garden and part of her drive. Long-running dispute between them about the shared fence line, solicitors involved on both sides since 2024. Attended - camera covers Mr BELLO's own drive and the shared path, IP's garden visible at the edge. Mr BELLO says it was fitted after his car was keyed, showed officer the app - no zoom, no footage saved of IP, has not posted anything. IP has not been approached, messaged or filmed deliberately that she can say. IP unhappy, says it 'feels like being spied on'. Advice re ICO guidance on domestic CCTV given to both. Civil matter. No crime.""",
    spans=[
        ("DISTRESS", "'feels like being spied on'"),
    ],
)

case(
    42, "harassment", "C",
    voice="statement", case="mixed", noise="clean", batch="o",
    pattern="three_abusive_voicemails_ten_minutes_night_out_grudge", relationship="acquaintance", occasions=3,
    text="""\
After the christening I fell out with my cousin's friend Kelsey over the taxi. At ten past one in the morning my phone rang three times from Kelsey's number, a few minutes apart. She left three voicemails. In the first she called me a "tight fat slag", in the second she said I was "a joke, everyone laughs at you", and in the third she called me a "dirty skank". There were no threats.""",
    spans=[
        ("REPETITION", "rang three times from Kelsey's number, a few minutes apart"),
        ("STALK_CONTACT", "She left three voicemails"),
    ],
)

case(
    43, "stalking", "CS",
    voice="third_party", case="mixed", noise="typos", batch="o",
    pattern="client_fixated_on_employee_linkedin_amazon_gifts", relationship="customer", occasions=8,
    text="""\
Call from Ms Priya VENKATESH, HR manager at Haldane Lettings, Milton Keynes, reporting on behalf of employee Ellie FROST (23, lettings negotiator), who is aware and happy for police to call her.
A former client, Marek (surname on their system, will send), rented through Ellie last year. Since Jan he has: sent Ellie 8 connection requests on LinkedIn from diff accounts after she declined the first, emailed her work address 'just to say hi' most weeks, and sent gifts to the office via Amazon - perfume, a necklace, a book of poems with her name written inside. Ellie told him in Feb by email that she wanted no contact outside business. His reply: 'I understand you are not allowed to say how you feel at work'. HR have emailed him to stop. Ellie is uncomfortable but not frightened and still coming in. Parcels kept in HR office. No threats recieved.""",
    spans=[
        ("STALK_CONTACT", "sent Ellie 8 connection requests on LinkedIn from diff accounts"),
        ("UNWANTED", "after she declined the first"),
        ("STALK_CONTACT", "emailed her work address 'just to say hi' most weeks"),
        ("STALK_GIFTS", "sent gifts to the office via Amazon - perfume, a necklace, a book of poems"),
        ("UNWANTED", "she wanted no contact outside business"),
        ("FIXATION", "'I understand you are not allowed to say how you feel at work'"),
        ("DISTRESS", "Ellie is uncomfortable"),
    ],
)

case(
    44, "stalking_fear_alarm_distress", "CSD",
    voice="updates", case="inconsistent", noise="abbrev", batch="o",
    pattern="ex_retains_ring_camera_access_watches_threats_victim_moves", relationship="ex_partner", occasions=7,
    text="""\
Occurrence 47/220931/25 - enquiry log

26/09 1730 PC 5518 ASHWORTH. Attended IP Leah CARMICHAEL, 30 Trent Bank, Newark. IP split from Aaron STOCKDALE in July, he moved out. IP states he keeps referring to things that happened at her front door - e.g. texted 'who was the lad in the grey hoodie at 10 last night' and 'ur mum looked well on sat'. IP checked the Ring app on my advice - Aaron's email still listed as a shared user, has been since install in 2023. Removed with IP. IP says 'he's been watching me come and go for 2 months'.
26/09 - Also 1p transfers to IP's Starling with refs 'ANSWER ME' x 4 since 01/09.
28/09 0210 - CAD 0391. IP rang 999, susp banging on door shouting 'open it or i'll kick it in and you with it'. Left before units arrived. IP told call taker she thought he was going to kill her.
28/09 1100 - Spoke IP. Says she hasn't slept since, 'i know he'll hurt me next time'. Has taken leave from work.
02/10 - IP now moved in w/ friend in Lincoln, has given notice on the house. Locks changed for remaining belongings. DASH 15 - HIGH, MARAC ref made.
03/10 SGT 1670 - arrest plan. Circulated on PNC as wanted. pls ensure S-DASH + stalking SPOC notified.""",
    spans=[
        ("STALK_WATCH", "texted 'who was the lad in the grey hoodie at 10 last night'"),
        ("STALK_WATCH", "'ur mum looked well on sat'"),
        ("STALK_MONITOR", "Aaron's email still listed as a shared user"),
        ("STALK_WATCH", "'he's been watching me come and go for 2 months'"),
        ("STALK_CONTACT", "1p transfers to IP's Starling with refs 'ANSWER ME' x 4 since 01/09"),
        ("STALK_TURN_UP", "susp banging on door"),
        ("THREAT_VIOLENCE", "'open it or i'll kick it in and you with it'"),
        ("FEAR_OF_VIOLENCE", "she thought he was going to kill her"),
        ("FEAR_OF_VIOLENCE", "'i know he'll hurt me next time'"),
        ("SERIOUS_IMPACT", "Has taken leave from work"),
        ("SERIOUS_IMPACT", "IP now moved in w/ friend in Lincoln, has given notice on the house"),
    ],
)
