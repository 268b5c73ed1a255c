# ruff: noqa: E501
"""Hand-written narratives, writer ug: records that change over weeks (dated updates, force transfers, registrar review, late or corrected facts)."""

from corpora.handwritten import case

case(
    1, "stalking", "CS",
    voice="updates", case="mixed", noise="abbrev", batch="ug",
    pattern="ex_partner_pleading_msgs_new_number_flowers_reclassified_from_mal_comms", relationship="ex_partner", occasions=6,
    text="""\
CRIME REF 41/22871/26 - MALICIOUS COMMUNICATIONS (initial)
03/02 1912 PC 2281 HOLLIS: IP Kerry ASHWORTH reports ex partner Dean MILLS (sep in Nov) keeps msging her. Shown approx 30 WhatsApps since Sat, mostly begging to talk, 'please just 5 mins', 'I cant sleep without you'. Nothing threatening. IP has now blocked him on WA.
06/02 0840 PC HOLLIS: IP rang back - SUSP now texting from a new number and has emailed her work address twice. Words of advice to SUSP by phone, he says he only wants to know she is ok.
14/02 1530 DC FARROW (OIC now): flowers left on IP's doorstep on Valentines, card reads 'we're not finished K x'. Neighbour at no.9 saw MILLS's silver Astra parked up the road about an hour before. (Neighbour also complained about the bin lorry blocking the road, not relevant.)
19/02 1105 DC FARROW: SUSP interviewed v/a. Admits all of it, says he wants her back and she is 'overreacting'. IP doesn't want court, wants it to stop. Not scared of him, says she is just worn out with it.
22/02 CRIME REGISTRAR: mal comms doesn't capture this. Ex-partner, won't accept it's over, new number after being blocked, gifts left at the house. Reclassify S.2A stalking. Nothing in the updates about threats or IP changing anything, so stays at s.2A.""",
    spans=[
        ("STALK_CONTACT", "keeps msging her"),
        ("REPETITION", "approx 30 WhatsApps since Sat"),
        ("FIXATION", "I cant sleep without you"),
        ("UNWANTED", "IP has now blocked him on WA"),
        ("STALK_CONTACT", "SUSP now texting from a new number"),
        ("STALK_CONTACT", "has emailed her work address twice"),
        ("STALK_GIFTS", "flowers left on IP's doorstep on Valentines"),
        ("FIXATION", "we're not finished K x"),
        ("STALK_LOITER", "MILLS's silver Astra parked up the road about an hour before"),
        ("FIXATION", "says he wants her back"),
        ("DISTRESS", "she is just worn out with it"),
    ],
)

case(
    2, "harassment", "C",
    voice="updates", case="mixed", noise="clean", batch="ug",
    pattern="neighbour_shared_drive_dispute_photographing_family_registrar_downgrades_from_stalking", relationship="neighbour", occasions=5,
    text="""\
24/3 PCSO 6610 Grange: Mr Vikram Patel of 14 Orchard Rise says the neighbour at no. 16, Colin BRAY, is taking photos of his builders and van every morning. Long-running dispute over the shared drive and Mr Patel's new extension. Advised boundary is a civil matter.
31/3 PC 3390 Wynn: Further call. BRAY stood at his front window filming the Patel family getting into their car, 3 mornings this week. Also left a note under the wiper: 'MOVE IT OR I WILL HAVE IT TOWED'. Mr Patel says it is all about the drive - BRAY's solicitor has written to him about the boundary.
09/4 PC Wynn: Spoke to BRAY. He says he is gathering evidence for his planning objection. Told him filming the family is not acceptable and could amount to harassment.
17/4 PC Wynn: BRAY seen again photographing the children at the bus stop by the end of the drive, shouting that the builders were ruining the street. Mr and Mrs Patel upset, the kids think he is weird. Family carrying on as normal.
25/4 Crime registrar: Opened as stalking. I don't agree - everything BRAY has done goes back to the drive and the extension, no sign of any interest in the family beyond that dispute. Course of conduct is there. Harassment s.2.""",
    spans=[
        ("STALK_WATCH", "taking photos of his builders and van"),
        ("REPETITION", "every morning"),
        ("STALK_WATCH", "stood at his front window filming the Patel family getting into their car"),
        ("REPETITION", "3 mornings this week"),
        ("STALK_CONTACT", "left a note under the wiper"),
        ("REPETITION", "again"),
        ("STALK_WATCH", "photographing the children at the bus stop by the end of the drive"),
        ("DISTRESS", "Mr and Mrs Patel upset"),
    ],
)

case(
    3, "no_offence", "",
    voice="crime_summary", case="mixed", noise="typos", batch="ug",
    pattern="partner_msgs_may_and_august_reconciled_between_not_course", relationship="partner", occasions=2,
    text="""\
Occurence 11/39022/25 opened 02/09/25 as HARASSMENT by PC 118 Rhodes.
Summery at opening: IP Lauren TEMPLE says partner Jason COLE sent her abusive msgs in May and again at the end of August, calling her a useless cow and saying she will regret it.
08/09 PC Rhodes - statment taken. IP clarifys the May msgs were during a row, they split for about 2 weeks then got back togther in June and lived together fine all summer, holiday in Tenby in July. The second lot of msgs was 29/08 after an argument about money, she has ended it for good now. Nothing since 29/08.
15/09 PC Rhodes - COLE seen, apologised, says he was drunk, has moved to his brothers in Hebden St. IP happy with that.
21/09 DMU reveiw - two episodes 3 months apart with a reconcilation and living together in between, not a connected course of conduct. Harassment not made out. IP declines to support anything for the August msgs on there own. No crime - incident to be closed.""",
    spans=[
        ("STALK_CONTACT", "sent her abusive msgs in May"),
        ("STALK_CONTACT", "The second lot of msgs was 29/08"),
    ],
)

case(
    4, "harassment_fear_of_violence", "CFD",
    voice="updates", case="inconsistent", noise="abbrev", batch="ug",
    pattern="colleague_threat_after_hr_complaint_second_threat_found_by_witness_later", relationship="colleague", occasions=4,
    text="""\
Ref 0047/JAN/26 - opened as PUBLIC ORDER s4
12 JAN PC 77 OGUNLEYE: VIC Marek NOWAK (forklift, Dunmore Logistics) says team leader Gary SHAW squared up to him in loading bay 3 after Marek went to HR about the overtime rota. Said 'grass, I'll break your jaw'. no injuries. Marek shaken.
20 jan Ogunleye: VIC now getting msgs from SHAW on the shift whatsapp group calling him a snake, twice this week. screenshots obtained.
03 FEB DC LYLE (moved to CID after HR sent CCTV): statement from W1 Adeola FASH - she heard SHAW in the staff car park on 16/01 tell Marek 'you're getting it, you and your jaw'. VIC hadn't mentioned it, thought it was all the same thing. VIC now says he's frightened SHAW will jump him after a late shift, his brother picks him up every night now and he has swapped onto days.
10 feb REGISTRAR: the 16/01 threat changes this. Two threats on different days + the msgs, all from the HR complaint. s.4 PHA harassment (fear of violence). Cancel the s.4 POA as part of the course.""",
    spans=[
        ("THREAT_VIOLENCE", "grass, I'll break your jaw"),
        ("DISTRESS", "Marek shaken"),
        ("STALK_CONTACT", "msgs from SHAW on the shift whatsapp group calling him a snake"),
        ("REPETITION", "twice this week"),
        ("THREAT_VIOLENCE", "you're getting it, you and your jaw"),
        ("FEAR_OF_VIOLENCE", "he's frightened SHAW will jump him after a late shift"),
        ("SERIOUS_IMPACT", "his brother picks him up every night now"),
        ("SERIOUS_IMPACT", "he has swapped onto days"),
    ],
)

case(
    5, "stalking_fear_alarm_distress", "CSD",
    voice="updates", case="upper", noise="abbrev", batch="ug",
    pattern="stranger_follows_from_station_victim_moves_force_area_transfer", relationship="stranger", occasions=5,
    text="""\
EASTMERE POLICE - CRIME 26/EM/004417 - STALKING
05.01.26 PC 5123 ADEYEMI: IP HANNAH PRICE (24) REPORTS MALE SHE DOES NOT KNOW HAS FOLLOWED HER FROM COLBECK STN TO HER FLAT 3 TIMES SINCE BEFORE XMAS. SAME MALE (W/M 30S GREY PARKA) SAT ON THE WALL OPP HER FLAT ON 02/01 FOR OVER AN HOUR. NO WORDS SPOKEN.
11.01.26 PC ADEYEMI: IP SAW HIM AGAIN ON THE PLATFORM, HE GOT IN THE SAME CARRIAGE AND GOT OFF AT HER STOP. IP TOOK A PHOTO. CIRCULATED ON BRIEFING.
26.01.26 PS 880 KEMP: IP HAS MOVED OUT TO HER PARENTS IN WEXMOOR (OTHER FORCE AREA) AS SHE WILL NOT STAY AT THE FLAT. WORKS FROM HOME NOW. PHOTO IDENTIFIED BY BTP AS LIAM ORTON.
02.02.26 PS KEMP: TRANSFER TO WEXMOOR CONSTABULARY AGREED, ALL OUTSTANDING ACTIONS TO GO WITH IT.
09.02.26 WEXMOOR DC 2204 HAINES: RECD. IP HAS GIVEN NOTICE ON THE COLBECK FLAT. ORTON TO BE ARRESTED BY EASTMERE ON OUR BEHALF - DONE 13/02, NO COMMENT INTERVIEW.
16.02.26 WEXMOOR CRIME REGISTRAR: CLASSIFICATION KEPT. NO THREATS ANYWHERE IN THE RECORD BUT SHE HAS LEFT HER HOME AND JOB ROUTINE BECAUSE OF HIM.""",
    spans=[
        ("STALK_FOLLOW", "FOLLOWED HER FROM COLBECK STN TO HER FLAT"),
        ("REPETITION", "3 TIMES SINCE BEFORE XMAS"),
        ("STALK_LOITER", "SAT ON THE WALL OPP HER FLAT ON 02/01 FOR OVER AN HOUR"),
        ("REPETITION", "AGAIN"),
        ("STALK_FOLLOW", "HE GOT IN THE SAME CARRIAGE AND GOT OFF AT HER STOP"),
        ("SERIOUS_IMPACT", "IP HAS MOVED OUT TO HER PARENTS IN WEXMOOR"),
        ("SERIOUS_IMPACT", "WORKS FROM HOME NOW"),
        ("SERIOUS_IMPACT", "IP HAS GIVEN NOTICE ON THE COLBECK FLAT"),
    ],
)

case(
    6, "aggravated_harassment", "CR",
    voice="updates", case="mixed", noise="abbrev", batch="ug",
    pattern="neighbour_racist_notes_about_bins_three_weeks_apart_doorbell_cam_identifies", relationship="neighbour", occasions=3,
    text="""\
Opened 22/6 by call handler as racially aggravated s.5 POA.
22/6 PC Innes: IP Mr Tariq AZIZ, 38 Millbank Cl. Handwritten note thru his door about his bins being left out - 'take your bins in, this isnt Pakistan'. IP suspects no.40 (older male, Roy DENTON), nothing to prove it.
5/7 PC Innes: 2nd note, same writing - 'go back where you came from and take your rubbish with you'. IP kept it in a freezer bag, seized.
19/7 PC Innes: 3rd note. IP's son had a doorbell cam fitted (already ordered before any of this, per IP). Clip shows DENTON posting the note 0610hrs.
28/7 DC Shah: DENTON interviewed, admits the notes, says he is sick of the bins on the path and 'it's only words'. IP says he's not scared of an old man, he's angry and fed up.
04/8 Registrar: three notes over about four weeks, same suspect, the bins are the trigger but each one has racist content aimed at IP. Racially aggravated harassment s.32(1)(a) CDA. Close the s.5 - absorbed into the course.""",
    spans=[
        ("STALK_CONTACT", "Handwritten note thru his door"),
        ("RACIAL_HOSTILITY", "take your bins in, this isnt Pakistan"),
        ("STALK_CONTACT", "2nd note, same writing"),
        ("RACIAL_HOSTILITY", "go back where you came from and take your rubbish with you"),
        ("STALK_CONTACT", "3rd note"),
        ("DISTRESS", "he's angry and fed up"),
        ("REPETITION", "three notes over about four weeks"),
    ],
)

case(
    7, "harassment", "C",
    voice="updates", case="mixed", noise="abbrev", batch="ug",
    pattern="customer_three_abusive_voicemails_minutes_apart_kelly_registrar", relationship="customer", occasions=3,
    text="""\
CAD 0412 14/10 - IP Shaun KEELY (runs Keely Kitchens) reports customer Mrs Debra HOLT left 3 voicemails on his work mobile between 2141 and 2150 last night about an unfinished worktop. Calls him a thieving cowboy and scum, says she'll put on facebook what he is. Recorded as 1 x mal comms.
16/10 PC 2091 Abbott: listened to VMs, all 3 abusive, nothing about violence. IP has refunded the deposit and just wants her warned.
18/10 PC Abbott: HOLT spoken to at home, apologetic, says she'd had a bad day and a glass of wine. Advice given. PIN not appropriate as single incident.
23/10 Registrar: I don't accept this is one incident. Three separate calls, each one a fresh decision to ring back and abuse him (Kelly v DPP). That's a course of conduct - harassment s.2, amend the mal comms. PC Abbott to update IP. NB nothing further since the 14th.""",
    spans=[
        ("STALK_CONTACT", "left 3 voicemails on his work mobile"),
        ("REPETITION", "between 2141 and 2150 last night"),
        ("STALK_CONTACT", "Calls him a thieving cowboy and scum"),
        ("REPETITION", "Three separate calls"),
    ],
)

case(
    8, "aggravated_stalking_fear_alarm_distress", "CSRF",
    voice="updates", case="mixed", noise="abbrev", batch="ug",
    pattern="online_religious_abuse_new_accounts_photo_of_shop_threat_found_on_phone_transfer", relationship="online", occasions=5,
    text="""\
HARROWFIELD POLICE 26/HF/11873 - MALICIOUS COMMS (online)
04/03 PC 914 Lowe: IP Amina RAHMAN, runs a modest fashion insta acct + shop. User 'truthseeker_88' commenting on every post for 3 wks - 'take that rag off', 'your religion is a death cult'. Blocked, he came back as 'truthseeker_89'.
12/03 PC Lowe: DM from new acct, photo of IP's shop front taken from across the road, caption 'nice little shop. be a shame'. IP frightened, thinks he has been there in person.
20/03 DC Greer: subscriber for both accts = Nathan PRYCE, lives in Calderbrook. Request to CALDERBROOK CONSTABULARY to arrest. Investigation transferred 24/03.
29/03 CALDERBROOK DC 6618 Moss: PRYCE arrested. His phone has screenshots of IP's posts, her shop and her home street on Google Maps. Also a DM he sent IP on 18/03 which she never saw (went to message requests): 'I know where you pray. people like you get whats coming'. Shown to IP 30/03 - she is terrified, says he is going to hurt her.
05/04 CALDERBROOK REGISTRAR: this was never just mal comms. Fixated, multiple accts, religious abuse throughout, two threats that put her in fear. Reclassify religiously aggravated stalking s.4A.""",
    spans=[
        ("STALK_CONTACT", "commenting on every post"),
        ("REPETITION", "for 3 wks"),
        ("RELIGIOUS_HOSTILITY", "take that rag off"),
        ("RELIGIOUS_HOSTILITY", "your religion is a death cult"),
        ("FIXATION", "he came back as 'truthseeker_89'"),
        ("STALK_WATCH", "photo of IP's shop front taken from across the road"),
        ("THREAT_VIOLENCE", "nice little shop. be a shame"),
        ("FEAR_OF_VIOLENCE", "IP frightened, thinks he has been there in person"),
        ("STALK_MONITOR", "screenshots of IP's posts, her shop and her home street on Google Maps"),
        ("THREAT_VIOLENCE", "I know where you pray. people like you get whats coming"),
        ("FEAR_OF_VIOLENCE", "she is terrified, says he is going to hurt her"),
    ],
)

case(
    9, "no_offence", "",
    voice="updates", case="lower", noise="typos", batch="ug",
    pattern="council_tax_enforcement_letters_and_agent_visits_lawful_purpose", relationship="business", occasions=8,
    text="""\
incident logged 07/11 as harrassment. ip mr glyn parry, 61, says castlegate recoveries keep writing to him and have been to his door twice about a council tax debt. letters weekly since september. ip says its harrassment and he is at his wits end with it.
12/11 pc 6670 burke: viewed the letters - standard arrears letters, last one a notice of enforcment. both visits were by a certificated enforcment agent, bodycam reviewed, polite, left a notice and went. ip agrees nobody threatend him. he disputes the debt itself, says the council have his band wrong.
13/11 pc burke: gave ip the council debt line no and citizens advice details. his car was also parked on the zigzags outside the school, words of advice.
20/11 registrar: the contact is for a lawful purpose, collection of a debt by an authorised agent, and the visits were done properly. no course of conduct amounting to harrassment. no crime, close incident.""",
    spans=[
        ("DISTRESS", "he is at his wits end with it"),
    ],
)

case(
    10, "harassment_fear_of_violence", "CF",
    voice="crime_summary", case="mixed", noise="clean", batch="ug",
    pattern="brother_in_law_inheritance_row_threat_calls_corrected_to_victim_not_wife", relationship="family", occasions=2,
    text="""\
Crime summary (amended) - Ref 0931/25
Initial entry, PC Ward 02/12: Victim Steven LOMAX. Suspect is his wife's brother, Karl BRENNAN. Row over the sale of their late mother's house. Originally recorded that Karl phoned the wife on 30/11 and said he would put Steve through a window.
Update 05/12, PC Ward: Correction to the above. The call on 30/11 at 2210 was to Steven's own mobile, four minutes long, and the words were "I'll put you through a window". His wife was in the room and heard it on speaker. Second call 03/12: "you're dead when I see you, that house was never yours".
Update 09/12, DC Ferris: Steven says he is frightened Karl will turn up at the house and do something, he knows Karl has a conviction for GBH.
Update 11/12, DC Ferris: BRENNAN arrested, denies any threats, says it is all about the house money.
Registrar 15/12: This is about the inheritance, not stalking. But there are two threats on separate days made directly to the victim and he fears violence. S.4 PHA.""",
    spans=[
        ("THREAT_VIOLENCE", "I'll put you through a window"),
        ("REPETITION", "Second call 03/12"),
        ("THREAT_VIOLENCE", "you're dead when I see you, that house was never yours"),
        ("FEAR_OF_VIOLENCE", "he is frightened Karl will turn up at the house and do something"),
    ],
)

case(
    11, "stalking", "CS",
    voice="updates", case="mixed", noise="abbrev", batch="ug",
    pattern="online_streamer_fixated_viewer_new_accounts_one_threat_not_in_fear", relationship="online", occasions=6,
    text="""\
Ribblesdon Police 26/RD/7712 - HARASSMENT (for review)
02/04 PC Kaur: IP Jess WHITLOW, streams on Twitch. User 'ghostlight' has sent 200+ DMs since Feb, says they are 'meant to be', comments on what she ate on stream the night before. She banned him, he made 6 new accounts.
09/04 PC Kaur: one msg 07/04 'if I can't have you no one can, I'll make sure of it'. IP thinks it's drama, she is not frightened for herself, more bothered that her mods have to read it.
17/04 DC Bright: subscriber checks back - Owen TILLEY, 19, lives with parents in Ribblesdon. Home visited, laptop seized. On it a doc called 'JESS timeline' listing her stream times and the pets she has mentioned.
23/04 DC Bright: IP still streaming as normal, has put a word filter on chat.
30/04 REGISTRAR: fixation is clear (meant to be, new accounts after each ban, the timeline doc). Single threat, IP not in fear, no change to her life - s.2A stalking, not s.4A. Reclassify from harassment.""",
    spans=[
        ("STALK_CONTACT", "has sent 200+ DMs since Feb"),
        ("FIXATION", "says they are 'meant to be'"),
        ("STALK_MONITOR", "comments on what she ate on stream the night before"),
        ("UNWANTED", "She banned him"),
        ("FIXATION", "he made 6 new accounts"),
        ("THREAT_VIOLENCE", "if I can't have you no one can, I'll make sure of it"),
        ("STALK_MONITOR", "a doc called 'JESS timeline' listing her stream times and the pets she has mentioned"),
    ],
)

case(
    12, "aggravated_stalking", "CSR",
    voice="supervisor_review", case="mixed", noise="clean", batch="ug",
    pattern="ex_partner_nationality_slurs_and_pleading_turns_up_at_bakery_three_mal_comms_merged", relationship="ex_partner", occasions=5,
    text="""\
Supervisor review 18/05 - PS 4410 Garvey
I've read the updates from 20/04 to 16/05. Agnieszka WOJCIK split from Ryan HEALD in March. Since 20/04 he has messaged her most days, "dirty polish slag", "go back to Gdansk", mixed in with begging her to come home. On 27/04 and 03/05 he turned up at the bakery where she works and sat in his van outside until her shift finished. On 09/05 he told her on the phone she'd get a slap if the new fella stays over. She laughed that off and is adamant she isn't scared of him ("he's all mouth"), still walks home the same way.
This is on the system as three separate malicious comms. That's wrong. It's an ex who won't let go, contact plus turning up at her work, with abuse about her nationality running through it. One racially aggravated stalking, s.2A. Not 4A on what we have. PC Dunne to amend and arrest.""",
    spans=[
        ("STALK_CONTACT", "he has messaged her most days"),
        ("RACIAL_HOSTILITY", "dirty polish slag"),
        ("RACIAL_HOSTILITY", "go back to Gdansk"),
        ("FIXATION", "begging her to come home"),
        ("REPETITION", "On 27/04 and 03/05"),
        ("STALK_TURN_UP", "turned up at the bakery where she works"),
        ("STALK_LOITER", "sat in his van outside until her shift finished"),
        ("THREAT_VIOLENCE", "she'd get a slap if the new fella stays over"),
    ],
)

case(
    13, "aggravated_harassment_fear_of_violence", "CFR",
    voice="updates", case="mixed", noise="redacted", batch="ug",
    pattern="downstairs_neighbour_racist_abuse_threats_second_threat_found_on_hallway_cctv", relationship="neighbour", occasions=2,
    text="""\
CALDERBROOK log 26/CB/2290
11 Aug PC Fenn: IP Mr Kwame ASANTE, flat 3, [ADDRESS]. Downstairs neighbour [SUSP 1] called him a "black b******" up the stairwell and shouted "I'll stab you" after IP complained about the music. IP very frightened, has a 7 yr old. Recorded as racially aggravated s.4 POA.
16 Aug PC Fenn: [SUSP 1] banging on IP's door at 0200 making monkey noises. IP did not open the door.
25 Aug DC Rao: hallway CCTV from the managing agent recovered for 16 Aug. Audio has [SUSP 1] also saying "next time you open that door you're getting cut" - IP didn't hear that part through the door. Told IP 26 Aug, he says he has not slept properly since and is scared to go down the stairs when [SUSP 1] is in.
2 Sep Registrar: two threats on two dates, racial abuse both times. Racially aggravated s.4 PHA. Cancel the POA record.""",
    spans=[
        ("RACIAL_HOSTILITY", "called him a \"black b******\" up the stairwell"),
        ("THREAT_VIOLENCE", "I'll stab you"),
        ("FEAR_OF_VIOLENCE", "IP very frightened"),
        ("UNWANTED", "banging on IP's door at 0200"),
        ("RACIAL_HOSTILITY", "making monkey noises"),
        ("THREAT_VIOLENCE", "next time you open that door you're getting cut"),
        ("DISTRESS", "he has not slept properly since"),
        ("FEAR_OF_VIOLENCE", "scared to go down the stairs when [SUSP 1] is in"),
    ],
)

case(
    14, "stalking_fear_alarm_distress", "CSD",
    voice="updates", case="mixed", noise="abbrev", batch="ug",
    pattern="ex_partner_breaches_nmo_by_standing_at_gate_victim_sleeps_at_mums", relationship="ex_partner", occasions=2,
    text="""\
NMO in force from 03/01 (no contact, not to attend 7 Farrow Way).
14/01 PC Wren: IP saw SUSP Aaron DELL standing at her gate 2200. Gone before we got there.
21/01 PC Wren: DELL at the gate again, knocked, said he just wanted to talk. Arrested for breach, bailed.
02/02 DC Amos: IP has had locks changed + camera fitted, she and the kids sleeping at her mum's most nights. Breach x2 charged.
REGISTRAR 05/02: add a stalking crime to the breaches - ex turning up at the house twice in breach of an order and she's changed where she sleeps. s.4A.""",
    spans=[
        ("STALK_TURN_UP", "standing at her gate 2200"),
        ("STALK_TURN_UP", "at the gate again, knocked"),
        ("STALK_CONTACT", "said he just wanted to talk"),
        ("SERIOUS_IMPACT", "IP has had locks changed + camera fitted"),
        ("SERIOUS_IMPACT", "she and the kids sleeping at her mum's most nights"),
        ("REPETITION", "Breach x2"),
    ],
)

case(
    15, "no_offence", "R",
    voice="updates", case="mixed", noise="abbrev", batch="ug",
    pattern="single_racist_slur_from_van_at_cyclist_harassment_record_cancelled", relationship="stranger", occasions=1,
    text="""\
14/06 1730 CAD: IP Deshawn CLARKE on his bike on Market St, van driver shouted 'get off the road you black c***' and drove off.
18/06 PC 3011 Nash: hirer traced, Dean FOSTER. Never met IP, nothing since.
26/06 Registrar: one-off, not harassment. RA s.5 POA.""",
    spans=[
        ("RACIAL_HOSTILITY", "get off the road you black c***"),
    ],
)

case(
    16, "harassment", "CD",
    voice="updates", case="mixed", noise="clean", batch="ug",
    pattern="colleague_reply_all_emails_after_promotion_victim_signed_off_not_stalking", relationship="colleague", occasions=6,
    text="""\
Crime 0388/26 - opened as STALKING at the front counter.
08/01 PC Okoro: Rachel DUNNE, office manager at Pennine Water. Colleague Simon VALE has sent her 41 emails since she got the promotion he went for, copying in the whole team, saying she is incompetent and "slept her way up". He also replies-all to her team briefings picking holes.
15/01 PC Okoro: Rachel signed off sick by her GP for 4 weeks with stress. HR have suspended VALE pending their own process.
29/01 DC Ilori: VALE interviewed. Says he was raising genuine concerns about her decisions.
05/02 DC Ilori: Rachel back on a phased return and has asked to move to the Leeming site so she isn't on the same floor as him.
09/02 Registrar: I can't see stalking here. Nothing outside work, no interest in her as a person - it's all about the job he didn't get. Harassment s.2. The impact on her is noted but harassment has no equivalent of s.4A, so s.2 it stays.""",
    spans=[
        ("STALK_CONTACT", "has sent her 41 emails since she got the promotion he went for"),
        ("STALK_CONTACT", "saying she is incompetent and \"slept her way up\""),
        ("STALK_CONTACT", "replies-all to her team briefings picking holes"),
        ("SERIOUS_IMPACT", "signed off sick by her GP for 4 weeks with stress"),
        ("SERIOUS_IMPACT", "has asked to move to the Leeming site"),
    ],
)

case(
    17, "aggravated_harassment", "CR",
    voice="updates", case="mixed", noise="abbrev", batch="ug",
    pattern="customer_religious_abuse_at_pharmacy_three_visits_over_prescription", relationship="customer", occasions=3,
    text="""\
Opened 03/03 as s.5 public order.
03/03 PC Lacey: IP Yusuf MALIK, pharmacist, Kirkgate Pharmacy. Regular customer Trevor ASH kicked off over a late prescription, called IP a terrorist and said 'your lot should pray less and work more'.
10/03 PC Lacey: ASH back in, same again over the prescription - 'Allah won't find your tablets for you' - in front of the queue. W1 Beth (counter assistant) heard it.
24/03 PC Lacey: third visit. ASH told IP 'can't wait till they ship you all back' and walked out. IP says it is humiliating in front of his customers, not worried for his safety though.
02/04 Registrar: three visits, same gripe, hostility about IP's religion each time. Religiously aggravated harassment s.32(1)(a) - merge the s.5 into it.""",
    spans=[
        ("RELIGIOUS_HOSTILITY", "called IP a terrorist"),
        ("RELIGIOUS_HOSTILITY", "your lot should pray less and work more"),
        ("REPETITION", "ASH back in, same again"),
        ("RELIGIOUS_HOSTILITY", "Allah won't find your tablets for you"),
        ("REPETITION", "third visit"),
        ("RELIGIOUS_HOSTILITY", "can't wait till they ship you all back"),
        ("DISTRESS", "it is humiliating in front of his customers"),
    ],
)

case(
    18, "stalking_fear_alarm_distress", "CSFD",
    voice="updates", case="mixed", noise="abbrev", batch="ug",
    pattern="gym_acquaintance_rejected_waits_in_hospital_car_park_threats_disclosed_late_after_transfer", relationship="acquaintance", occasions=8,
    text="""\
WEXMOOR CONSTABULARY 26/WX/2018 - opened 06/07 as HARASSMENT
06/07 PC 1442 Tull: IP Chloe BRENT, 29, nurse at Wexmoor General. Daniel FOX, known from a spin class (met twice, she turned down a drink in May), keeps turning up in the staff car park at the end of her shift. 4 times in June.
13/07 PC Tull: IP lives in Ribblesdon (other force). FOX now seen parked on her road 10/07 and 12/07. Most of it now at her home address so transfer proposed.
20/07: transfer accepted by RIBBLESDON POLICE. OIC DC 3300 Ahmed.
27/07 DC Ahmed: full statement. IP now tells us things she held back as she was embarrassed: FOX msgd her 28/06 'you'll regret mugging me off, I'll break your face' and on 05/07 sent a voice note 'I know which door you come out of, I'll be waiting with something for you'. She is terrified of him and has moved to Eastbrook hospital to get away from that car park.
02/08 DC Ahmed: FOX arrested. His phone has 40+ photos of IP in the car park and a note of her shift pattern.
09/08 RIBBLESDON REGISTRAR: Wexmoor had this as harassment - it's stalking. Fixated after she said no, waiting at work and home, two threats she is afraid of, and she's changed hospital. s.4A.""",
    spans=[
        ("UNWANTED", "she turned down a drink in May"),
        ("STALK_TURN_UP", "keeps turning up in the staff car park at the end of her shift"),
        ("REPETITION", "4 times in June"),
        ("STALK_LOITER", "parked on her road 10/07 and 12/07"),
        ("THREAT_VIOLENCE", "you'll regret mugging me off, I'll break your face"),
        ("THREAT_VIOLENCE", "I know which door you come out of, I'll be waiting with something for you"),
        ("FEAR_OF_VIOLENCE", "She is terrified of him"),
        ("SERIOUS_IMPACT", "has moved to Eastbrook hospital to get away from that car park"),
        ("STALK_WATCH", "40+ photos of IP in the car park"),
        ("STALK_MONITOR", "a note of her shift pattern"),
    ],
)

case(
    19, "aggravated_stalking_fear_alarm_distress", "CSRD",
    voice="crime_summary", case="mixed", noise="redacted", batch="ug",
    pattern="neighbour_racist_graffiti_films_family_notebook_family_moves_culprit_found_late", relationship="neighbour", occasions=16,
    text="""\
Crime summary - redacted copy for file review
[IP 1] and family (Hong Kong origin) at [ADDRESS 1]. Suspect [SUSP 1], lives opposite.
Feb: "[SLUR] VIRUS GO HOME" sprayed on the family's fence overnight. No witnesses at the time, filed pending.
Mar-Apr: [SUSP 1] stands in his front garden filming the family whenever they leave, the children on the way to school included. Some 15 occasions in [IP 1]'s diary. Seen writing down their car reg and times in a notebook.
Update 12/05: doorbell footage from [IP 1]'s other neighbour, only handed over now, shows [SUSP 1] spraying the fence in Feb.
Update 30/05: family moved out on a council management transfer; children have changed school.
Update 06/06: [SUSP 1] interviewed, says he was "documenting antisocial parking".
Registrar: had been criminal damage + ASB. Put together it's a course of conduct aimed at this family, racially hostile, and they have moved house because of it. Racially aggravated stalking s.4A.""",
    spans=[
        ("RACIAL_HOSTILITY", "[SLUR] VIRUS GO HOME"),
        ("STALK_PROPERTY", "sprayed on the family's fence overnight"),
        ("STALK_WATCH", "stands in his front garden filming the family whenever they leave"),
        ("REPETITION", "Some 15 occasions in [IP 1]'s diary"),
        ("STALK_MONITOR", "writing down their car reg and times in a notebook"),
        ("SERIOUS_IMPACT", "family moved out on a council management transfer"),
        ("SERIOUS_IMPACT", "children have changed school"),
    ],
)

case(
    20, "harassment_fear_of_violence", "CF",
    voice="updates", case="lower", noise="abbrev", batch="ug",
    pattern="acquaintance_car_sale_debt_knees_threat_repeated_twice", relationship="acquaintance", occasions=3,
    text="""\
22/09 pc voss: vic lee harper owes acquaintance jordan skelton 600 quid from a car sale. skelton rang 20/09 'pay up or i'll do your knees'. vic says he has said it again twice since, on the phone 21st and outside the crown 22nd. vic scared he'll actually do it.
29/09 pc voss: skelton arrested, says the money is owed fair and square, denies threats. phone download pending.
06/10 registrar: its about money so not stalking, but repeated threats and vic in fear. s.4 pha. the debt is civil.""",
    spans=[
        ("THREAT_VIOLENCE", "pay up or i'll do your knees"),
        ("REPETITION", "he has said it again twice since, on the phone 21st and outside the crown 22nd"),
        ("FEAR_OF_VIOLENCE", "vic scared he'll actually do it"),
    ],
)

case(
    21, "aggravated_harassment_fear_of_violence", "CFR",
    voice="updates", case="mixed", noise="abbrev", batch="ug",
    pattern="landlord_racist_threats_alongside_lawful_s21_notice", relationship="landlord", occasions=4,
    text="""\
Opened 17/10 by PC Hart as 'landlord harassment - PEA 1977?'
17/10 PC Hart: IP Mr Emeka OBI, tenant, 5 Canal Row. Landlord Paul GRIMES served a s.21 notice 01/10 (checked, valid). Since then GRIMES has come round 3 times without notice. On 09/10 he said 'you Africans don't pay your way, I'll drag you out by your neck'.
24/10 PC Hart: 22/10 GRIMES let himself in with his key and said 'be gone by Friday or I'll bring some lads to sort you'. IP frightened for himself, has not slept properly since.
31/10 PC Hart: council tenancy relations officer now involved. GRIMES denies all.
07/11 Registrar: the s.21 is lawful and not part of this. The visits, the threats and the racist abuse are. Two threats, IP in fear, racial hostility - racially aggravated s.4 PHA. Council to look at PEA separately.""",
    spans=[
        ("STALK_TURN_UP", "has come round 3 times without notice"),
        ("RACIAL_HOSTILITY", "you Africans don't pay your way"),
        ("THREAT_VIOLENCE", "I'll drag you out by your neck"),
        ("STALK_TURN_UP", "let himself in with his key"),
        ("THREAT_VIOLENCE", "be gone by Friday or I'll bring some lads to sort you"),
        ("FEAR_OF_VIOLENCE", "IP frightened for himself"),
        ("DISTRESS", "has not slept properly since"),
    ],
)

case(
    22, "stalking", "CS",
    voice="updates", case="mixed", noise="clean", batch="ug",
    pattern="ex_partner_uses_sister_and_friend_to_contact_after_block", relationship="ex_partner", occasions=4,
    text="""\
Crime 44/1187/26 (opened as harassment)
10/02 PC Dyer: Sophie LANE split from Craig MOSS six weeks ago. She blocked him everywhere. Since then his sister Kelly keeps messaging her on his behalf - "Craig says ring him", "he's not eating, it's your fault".
17/02 PC Dyer: a friend of MOSS turned up at Sophie's work (Boots, town centre) with a four page letter from Craig asking her to give him another chance.
24/02 PC Dyer: Sophie had a friend request from a new account with Craig's photo. The sister admits she set it up for him. Sophie says she isn't frightened, just wants the lot of them to pack it in.
03/03 DS Carver: MOSS is getting other people to do what he has been told not to do. Ex-partner who can't accept it's over; the contact through his sister and his mate is his conduct. Stalking s.2A rather than harassment. Nothing to take it to 4A.""",
    spans=[
        ("UNWANTED", "She blocked him everywhere"),
        ("STALK_CONTACT", "his sister Kelly keeps messaging her on his behalf"),
        ("FIXATION", "he's not eating, it's your fault"),
        ("STALK_TURN_UP", "a friend of MOSS turned up at Sophie's work"),
        ("STALK_CONTACT", "a four page letter from Craig"),
        ("FIXATION", "asking her to give him another chance"),
        ("STALK_CONTACT", "friend request from a new account with Craig's photo"),
    ],
)

case(
    23, "no_offence", "",
    voice="updates", case="mixed", noise="abbrev", batch="ug",
    pattern="neighbours_hedge_rows_cross_allegations_both_take_part", relationship="neighbour", occasions=2,
    text="""\
Cross allegation - refs 0771/26 and 0772/26 linked.
01/05 PC Hyde (0771): Mrs Carol DEAN, no.3, says Mrs Sandra PIKE at no.5 called her a fat cow over the fence during a row about the leylandii.
01/05 PC Hyde (0772): Mrs PIKE says DEAN started it, called her a slapper and chucked hedge clippings over. Man at no.7 says both of them were screaming at each other.
12/05 PC Hyde: both rang in after another slanging match on the drive. Each blames the other. DEAN's daughter filmed some of it on her phone - both women swearing, both giving as good as they get.
20/05 PC Hyde: both seen at home. Both want the other arrested, neither will go to mediation yet.
27/05 Registrar: both were put on as harassment. These are rows between two neighbours who both join in, not one person pursuing the other. No crime on either. Council ASB team + community mediation re the hedge.""",
    spans=[],
)

case(
    24, "aggravated_stalking", "CSR",
    voice="updates", case="mixed", noise="abbrev", batch="ug",
    pattern="online_page_about_nurse_racist_posts_complaints_to_employer_photo_on_rounds_transfer", relationship="online", occasions=6,
    text="""\
NORTHVALE POLICE 26/NV/5540 - opened as s.127 CA 2003
03/09 PC Mace: IP Grace ADEBAYO, community nurse, did a video about flu clinics that got shared round locally. Since 20/08 a facebook page 'Grace Exposed', one admin, has put up 30+ posts about her - her photo, her car, 'monkey in a uniform', 'send her back on the banana boat'.
10/09 PC Mace: her NHS trust has had 9 complaints about her in 2 wks, all from the same email, saying she is unsafe with patients. Trust says all baseless.
18/09 PC Mace: admin traced - Kevin LOWRY, lives in Eastmere. Page also has a photo of IP getting into her car outside a patient's house, caption 'on her rounds today'. Transfer to EASTMERE for arrest.
02/10 EASTMERE DC 771 Pike: LOWRY arrested, admits the page, says she is 'a public figure now'. Laptop has a folder GRACE, 200+ pictures saved off her socials.
09/10 EASTMERE REGISTRAR: a page run by one man about one woman, bogus complaints to her employer, watching her at work, racist throughout. Racially aggravated stalking s.2A. IP is clear she isn't afraid of him and is working as normal, so 2A not 4A.""",
    spans=[
        ("STALK_PUBLISH", "has put up 30+ posts about her"),
        ("RACIAL_HOSTILITY", "monkey in a uniform"),
        ("RACIAL_HOSTILITY", "send her back on the banana boat"),
        ("STALK_ORDERS", "9 complaints about her in 2 wks, all from the same email"),
        ("STALK_WATCH", "a photo of IP getting into her car outside a patient's house"),
        ("FIXATION", "a folder GRACE, 200+ pictures saved off her socials"),
    ],
)

case(
    25, "harassment", "C",
    voice="updates", case="mixed", noise="clean", batch="ug",
    pattern="neighbour_homophobic_shouting_repeated_parking_gripe_not_aggravated", relationship="neighbour", occasions=6,
    text="""\
Hate crime flag: HOMOPHOBIC. Ref 0117/26
05/01 PC Stroud: Callum REID and his husband, 12 Tenter Lane. Neighbour Barry HOGG shouts "f***ing poofs" whenever he sees them in the garden. Callum says 4 or 5 times since November, usually when HOGG has had a drink.
12/01 PC Stroud: HOGG spoken to. Says they keep parking across his drive and that's what it's about.
19/01 PC Stroud: Callum reports HOGG at it again on Saturday, shouting over the fence about "your sort". Callum says it's wearing them down but they're not moving for him.
26/01 Registrar: course of conduct, harassment s.2. The homophobic flag stays on for the CPS. s.32 only covers race and religion, so plain s.2 rather than an aggravated offence.""",
    spans=[
        ("STALK_CONTACT", "shouts \"f***ing poofs\" whenever he sees them in the garden"),
        ("REPETITION", "4 or 5 times since November"),
        ("REPETITION", "at it again on Saturday"),
        ("STALK_CONTACT", "shouting over the fence about \"your sort\""),
        ("DISTRESS", "it's wearing them down"),
    ],
)

case(
    26, "stalking_fear_alarm_distress", "CSF",
    voice="updates", case="mixed", noise="abbrev", batch="ug",
    pattern="ex_partner_turns_up_at_mums_threats_to_kill_disclosed_in_second_account", relationship="ex_partner", occasions=5,
    text="""\
Opened 07/03 as DA non-crime (verbal).
07/03 PC Lund: IP Naomi FRY says ex Kyle BARNES (split Jan) keeps turning up at her mum's where she is staying and ringing at all hours. Nothing threatening said at that time per IP. DASH standard.
15/03 PC Lund: BARNES at the house again 14/03, sat outside in his car 2 hrs.
22/03 DC Orr: second account from IP. She now says on 14/03 BARNES told her 'if I see you with anyone I'll kill you' and he said the same in a text on 18/03 which she deleted in a panic. Phone examined, text recovered. IP terrified. DASH re-scored HIGH, MARAC referral.
30/03 Registrar: was a non-crime DA incident. It's stalking by an ex - turning up, waiting outside, calls, two threats to kill that she is frightened of. s.4A, and look at s.16 OAPA.""",
    spans=[
        ("STALK_TURN_UP", "keeps turning up at her mum's where she is staying"),
        ("STALK_CONTACT", "ringing at all hours"),
        ("STALK_TURN_UP", "BARNES at the house again 14/03"),
        ("STALK_LOITER", "sat outside in his car 2 hrs"),
        ("THREAT_VIOLENCE", "if I see you with anyone I'll kill you"),
        ("REPETITION", "he said the same in a text on 18/03"),
        ("FEAR_OF_VIOLENCE", "IP terrified"),
    ],
)

case(
    27, "aggravated_harassment_fear_of_violence", "CFR",
    voice="updates", case="inconsistent", noise="redacted", batch="ug",
    pattern="bus_depot_colleague_racist_threats_a_week_apart", relationship="colleague", occasions=2,
    text="""\
RE crime 26/HF/3301 (workplace) - was Public Order s.4A
16/05 PC COLE: VIC Sanjay MISTRY, driver at Harrowfield bus depot. Fellow driver [NAME 2] called him a 'paki' in the canteen and said 'I'll string you up from the lamp post outside'. VIC shaken, reported it to the depot mgr the same day.
23/05 pc cole: [NAME 2] followed VIC out to his bus at changeover, 'you grassed, I'm going to batter you'. VIC says he is frightened of him now.
06/06 PC COLE: mgr statement obtained. [NAME 2] suspended.
13/06 REGISTRAR: two threats a week apart, racist abuse with it, VIC in fear. Racially aggravated s.4 PHA, not s.4A POA.""",
    spans=[
        ("RACIAL_HOSTILITY", "called him a 'paki' in the canteen"),
        ("THREAT_VIOLENCE", "I'll string you up from the lamp post outside"),
        ("DISTRESS", "VIC shaken"),
        ("STALK_FOLLOW", "followed VIC out to his bus at changeover"),
        ("THREAT_VIOLENCE", "you grassed, I'm going to batter you"),
        ("FEAR_OF_VIOLENCE", "he is frightened of him now"),
    ],
)

case(
    28, "aggravated_stalking_fear_alarm_distress", "CSRFD",
    voice="updates", case="mixed", noise="abbrev", batch="ug",
    pattern="ex_partner_anti_iranian_abuse_tracker_threats_victim_to_refuge_other_force", relationship="ex_partner", occasions=6,
    text="""\
NORTHVALE POLICE crime 26/NV/0913 - DA - opened as mal comms
10/01 PC Irving: IP Leila HOSSEINI left SUSP Gareth NOLAN 20/12. Since then 50+ calls/texts. Texts incl 'you Iranian rat, you'll be deported when I'm done with you'.
17/01 PC Irving: IP found a GPS tracker taped under her rear bumper. Seized for exam.
24/01 PC Irving: NOLAN waiting in IP's workplace car park 23/01, told her 'you're going nowhere, I'll slit your throat before I let you go'. IP terrified.
29/01 PC Irving: IP into refuge in RIBBLESDON area, has had to leave her job. Case transferred to RIBBLESDON POLICE, IDVA aware.
05/02 RIBBLESDON DC 2290 Webb: recd. IP discloses a voice note from NOLAN 26/01 to her NEW number (no idea how he got it) - 'found you once, I'll find you again, then you're done'.
12/02 RIBBLESDON REGISTRAR: mal comms is nowhere near. Ex who won't let her go, tracking, waiting at her work, repeated threats she fears, she has fled and lost her job, anti-Iranian abuse throughout. Racially aggravated stalking s.4A.""",
    spans=[
        ("STALK_CONTACT", "50+ calls/texts"),
        ("RACIAL_HOSTILITY", "you Iranian rat, you'll be deported when I'm done with you"),
        ("STALK_MONITOR", "a GPS tracker taped under her rear bumper"),
        ("STALK_LOITER", "waiting in IP's workplace car park 23/01"),
        ("FIXATION", "you're going nowhere"),
        ("THREAT_VIOLENCE", "I'll slit your throat before I let you go"),
        ("FEAR_OF_VIOLENCE", "IP terrified"),
        ("SERIOUS_IMPACT", "IP into refuge in RIBBLESDON area, has had to leave her job"),
        ("STALK_CONTACT", "voice note from NOLAN 26/01 to her NEW number"),
        ("THREAT_VIOLENCE", "found you once, I'll find you again, then you're done"),
    ],
)

case(
    29, "harassment", "C",
    voice="updates", case="mixed", noise="clean", batch="ug",
    pattern="nephew_demands_money_from_will_threat_to_victims_son_not_fear_for_self", relationship="family", occasions=8,
    text="""\
Ref 26/0455
02/06 PC Baines: Mrs Jean HIRST, 72. Her late husband's nephew, Stuart HIRST, says he was promised £3,000 in the will. Has sent her 6 letters and rung most weekends since April demanding it.
09/06 PC Baines: Latest call 07/06 - Stuart said "tell your Darren I'll break his legs if I don't get my money". Darren is Mrs Hirst's son, lives in Spain. She says she isn't frightened for herself ("he'd never touch me, he's all bluster") but she's worried he'll go for Darren when he comes over in August.
16/06 PC Baines: Stuart interviewed under caution. Says it is a genuine claim. Told the will is a matter for solicitors and to stop contacting her.
23/06 Registrar: opened as s.4 PHA. Can't support that - the threat is aimed at the son and Mrs Hirst is not in fear for herself. Repeated letters and calls to a pensioner after being told no is s.2 harassment.""",
    spans=[
        ("STALK_CONTACT", "Has sent her 6 letters"),
        ("REPETITION", "rung most weekends since April demanding it"),
        ("DISTRESS", "she's worried he'll go for Darren when he comes over in August"),
    ],
)

case(
    30, "harassment_fear_of_violence", "CFD",
    voice="updates", case="mixed", noise="abbrev", batch="ug",
    pattern="tenant_threatens_council_housing_officer_by_phone_twice_transfer_between_forces", relationship="customer", occasions=4,
    text="""\
26/EM/7781 - recd on transfer from Northvale (IP lives there, calls were to the Eastmere council office)
NORTHVALE 02/11 PC Day: council tenant Wayne COOKE rang Eastmere housing office 3 times on 30/10 about a boiler repair. On the 3rd call told housing officer Priya SHAH 'I know you finish at 5, I'll be outside and I'll knock you spark out'.
EASTMERE 09/11 PC Lowther: recd. 06/11 COOKE rang again and asked for Priya by name - 'I meant what I said, you'll get hurt'. Priya says she is scared he'll be waiting for her, she now leaves by the back door with a security guard.
EASTMERE 16/11 Registrar: the boiler explains why he rings, not what he said. Two threats on different days to the same officer, she's in fear. s.4 PHA.""",
    spans=[
        ("STALK_CONTACT", "rang Eastmere housing office 3 times on 30/10"),
        ("THREAT_VIOLENCE", "I know you finish at 5, I'll be outside and I'll knock you spark out"),
        ("REPETITION", "COOKE rang again"),
        ("THREAT_VIOLENCE", "I meant what I said, you'll get hurt"),
        ("FEAR_OF_VIOLENCE", "she is scared he'll be waiting for her"),
        ("SERIOUS_IMPACT", "she now leaves by the back door with a security guard"),
    ],
)

case(
    31, "harassment_fear_of_violence", "CF",
    voice="updates", case="mixed", noise="abbrev", batch="ug",
    pattern="neighbour_disability_abuse_parking_kerb_second_threat_from_carer", relationship="neighbour", occasions=2,
    text="""\
Hate flag: DISABILITY
04/04 PC Grey: VIC Alan TODD, wheelchair user, ground floor, 9 Keel Ct. Neighbour Lee MARTIN keeps parking across the dropped kerb. When VIC asked him to shift 02/04, MARTIN called him a cripple and said 'roll over here again and I'll tip you out of that chair'. VIC scared. Put on as a single s.4 POA.
19/04 PC Grey: statement from VIC's carer (W1) - on 11/04 MARTIN shouted over the car park at VIC 'you're getting tipped out next time, spastic'. VIC confirms, hadn't reported it as he didn't think we'd do anything. Says he's afraid to go to his car when MARTIN is about.
26/04 Registrar: the carer's evidence turns a one-off into a course. Two threats, VIC in fear - s.4 PHA. Keep the disability flag; not an s.32 aggravated offence.""",
    spans=[
        ("STALK_CONTACT", "called him a cripple"),
        ("THREAT_VIOLENCE", "roll over here again and I'll tip you out of that chair"),
        ("FEAR_OF_VIOLENCE", "VIC scared"),
        ("THREAT_VIOLENCE", "you're getting tipped out next time, spastic"),
        ("FEAR_OF_VIOLENCE", "he's afraid to go to his car when MARTIN is about"),
    ],
)

case(
    32, "stalking", "CS",
    voice="updates", case="mixed", noise="clean", batch="ug",
    pattern="colleague_gifts_poem_waits_at_car_after_rejection_moved_office_still_persists", relationship="colleague", occasions=7,
    text="""\
Crime 26/WX/4410 - opened 14/11 as harassment
14/11 PC Nash: Emma QUINN, accounts clerk at Lindley Motors. Colleague Paul ARKWRIGHT asked her out in September and she said no. Since then: chocolates on her desk most Mondays, a poem in her coat pocket, and he waits by her car at home time to "say goodnight".
21/11 PC Nash: Emma found a card in her pigeonhole - "I know you feel it too. Don't fight it." She went to HR, who moved him to the other office on 25/11.
02/12 PC Nash: ARKWRIGHT has now sent a friend request to Emma's sister and liked photos from years back on Emma's Instagram.
09/12 PC Nash: Emma upset, says it makes her skin crawl, but she is carrying on as normal at work.
12/12 Registrar: not harassment - fixation after a clear no, gifts, notes, waiting at her car, digging through her socials. Stalking s.2A. Stays at 2A on what she has told us.""",
    spans=[
        ("UNWANTED", "she said no"),
        ("STALK_GIFTS", "chocolates on her desk most Mondays"),
        ("STALK_GIFTS", "a poem in her coat pocket"),
        ("STALK_LOITER", "he waits by her car at home time"),
        ("FIXATION", "I know you feel it too. Don't fight it."),
        ("STALK_MONITOR", "sent a friend request to Emma's sister"),
        ("STALK_MONITOR", "liked photos from years back on Emma's Instagram"),
        ("DISTRESS", "it makes her skin crawl"),
    ],
)

case(
    33, "stalking_fear_alarm_distress", "CSD",
    voice="updates", case="lower", noise="abbrev", batch="ug",
    pattern="dating_app_match_tracks_strava_turns_up_at_gym_victim_quits_gym", relationship="online", occasions=4,
    text="""\
04/08 pc amis: ip tasha green met susp 'rob' off a dating app, one coffee in june, she unmatched after. since then he comments under all her strava runs with her times and route, and has twice turned up at her gym at 0630 when she was there.
18/08 pc amis: ip set strava to private. he is now messaging from a new acct 'why are you hiding from me'. ip has cancelled her gym membership and runs a different route with a friend now.
25/08 dc sykes: 'rob' = robert lees, 34, arrested, bailed.
29/08 registrar: original 'online harassment' tag undersells it. s.4a stalking, alarm/distress limb.""",
    spans=[
        ("UNWANTED", "she unmatched after"),
        ("STALK_MONITOR", "comments under all her strava runs with her times and route"),
        ("STALK_TURN_UP", "twice turned up at her gym at 0630"),
        ("STALK_CONTACT", "messaging from a new acct"),
        ("FIXATION", "why are you hiding from me"),
        ("SERIOUS_IMPACT", "cancelled her gym membership"),
        ("SERIOUS_IMPACT", "runs a different route with a friend now"),
    ],
)

case(
    34, "aggravated_stalking", "CSR",
    voice="updates", case="mixed", noise="clean", batch="ug",
    pattern="neighbour_antisemitic_leaflets_only_his_house_photographs_walk_to_synagogue", relationship="neighbour", occasions=8,
    text="""\
Ref 26/CB/6120 - opened as hate incident (non-crime)
07/02 PC Shore: Mr David LEVY, 15 Alder Grove. Leaflets through his door with antisemitic cartoons and "Jews run the banks". Assumed at the time to be a drop along the whole street, so logged as a non-crime hate incident.
21/02 PC Shore: house to house done. Nobody else on Alder Grove has had one. Mr Levy has now had 4, always on a Friday night.
28/02 PC Shore: Mr Levy says Neil CROSS at no.18 stands at his window and photographs him walking to the synagogue every Saturday morning. CROSS has also put a post on the Alder Grove residents' FB group with a photo of Mr Levy's front door and "we know who's behind it all".
14/03 DC Yates: CROSS arrested. Leaflets and printer at his address, and a camera with 60+ photos of Mr Levy.
20/03 Registrar: once we knew only his house was getting them, non-crime was the wrong call. Leaflets, watching, photographing and publishing, all aimed at him and his faith. Religiously aggravated stalking s.2A. Mr Levy says he won't be intimidated and hasn't changed a thing.""",
    spans=[
        ("STALK_CONTACT", "Leaflets through his door"),
        ("RELIGIOUS_HOSTILITY", "antisemitic cartoons and \"Jews run the banks\""),
        ("REPETITION", "Mr Levy has now had 4, always on a Friday night"),
        ("STALK_WATCH", "stands at his window and photographs him walking to the synagogue"),
        ("REPETITION", "every Saturday morning"),
        ("STALK_PUBLISH", "put a post on the Alder Grove residents' FB group with a photo of Mr Levy's front door"),
        ("RELIGIOUS_HOSTILITY", "we know who's behind it all"),
        ("FIXATION", "a camera with 60+ photos of Mr Levy"),
    ],
)

case(
    35, "aggravated_harassment", "CR",
    voice="result_note", case="mixed", noise="abbrev", batch="ug",
    pattern="supplier_racist_whatsapps_over_disputed_invoice_reopened_after_civil_filing", relationship="business", occasions=9,
    text="""\
Result - 26/RD/0930. SUSP Martin GALE (veg supplier) sent IP Mr Ravi SINGH (cafe owner) 9 WhatsApps between 2 and 19 Sept over an unpaid invoice for £840, incl 'you people never pay, go back to India'. Invoice genuinely disputed (short delivery). IP not afraid, finds it insulting. First attending officer filed it as a civil dispute; reopened after IP complained. Racially aggravated harassment - GALE accepted a caution 14/10.""",
    spans=[
        ("STALK_CONTACT", "sent IP Mr Ravi SINGH (cafe owner) 9 WhatsApps"),
        ("REPETITION", "between 2 and 19 Sept"),
        ("RACIAL_HOSTILITY", "you people never pay, go back to India"),
        ("DISTRESS", "finds it insulting"),
    ],
)

case(
    36, "aggravated_harassment_fear_of_violence", "CFRD",
    voice="notebook", case="mixed", noise="abbrev", batch="ug",
    pattern="taxi_fare_racist_throat_threat_rebooks_under_other_name_second_log_linked", relationship="customer", occasions=2,
    text="""\
PC 2670 Birch, 08/12: IP Mohammed IQBAL, private hire driver. Regular fare Shane CULLEN (pick-ups from the Wheatsheaf Fri/Sat). 06/12 CULLEN refused to pay, called IP a 'p*** b*****d' and said 'I'll cut your throat in this cab'. IP drove him home anyway just to get him out of the car.
15/12 PC Birch: 13/12 CULLEN booked again under his mate's name. In the car: 'remember what I told you, terrorist'. IP took it as the same threat over again, he is frightened, now won't take fares from the Wheatsheaf.
22/12 Sgt Lowe: the 13/12 job was logged by nights as a separate s.5. Same suspect, same driver, a week apart - link them. Racially aggravated harassment, fear of violence. Note his lost weekend earnings for the file.""",
    spans=[
        ("RACIAL_HOSTILITY", "called IP a 'p*** b*****d'"),
        ("THREAT_VIOLENCE", "I'll cut your throat in this cab"),
        ("STALK_CONTACT", "booked again under his mate's name"),
        ("THREAT_VIOLENCE", "remember what I told you"),
        ("RACIAL_HOSTILITY", "terrorist"),
        ("FEAR_OF_VIOLENCE", "he is frightened"),
        ("SERIOUS_IMPACT", "now won't take fares from the Wheatsheaf"),
    ],
)

case(
    37, "aggravated_stalking_fear_alarm_distress", "CSRFD",
    voice="supervisor_review", case="mixed", noise="clean", batch="ug",
    pattern="seminar_acquaintance_fixation_room_bookings_anti_hindu_fire_threats_timeline_corrected", relationship="acquaintance", occasions=9,
    text="""\
Supervisor review - DS 611 Harker - 26/HF/8802
Timeline corrected. Earlier entries had the 02/07 message down as coming from an unknown account. The provider return (received 01/08) shows it was Tom FERRIS, same as everything else.
Putting it together: Divya NAIR, PhD student. FERRIS was in her seminar group; she ended the friendship in May after he told her he loved her. Since then he has been logging into the university system to see which rooms she has booked and turning up (five times, per the library staff), messaging her "you'll come round", and posting about her in a group chat as "a cow-worshipping witch". 02/07: "Hindus like you burn nicely, ask your gods". 20/07: note under her door in halls, "Bonfire night early this year". Divya is now terrified and is sleeping at a friend's flat rather than in halls.
This is on the system as two malicious comms and a concern for welfare. It is one course of conduct. Religiously aggravated stalking, s.4A - two threats she fears, and she has left her accommodation. OIC to arrest; university to suspend his access.""",
    spans=[
        ("FIXATION", "after he told her he loved her"),
        ("STALK_MONITOR", "logging into the university system to see which rooms she has booked"),
        ("STALK_TURN_UP", "turning up (five times, per the library staff)"),
        ("FIXATION", "you'll come round"),
        ("STALK_PUBLISH", "posting about her in a group chat"),
        ("RELIGIOUS_HOSTILITY", "a cow-worshipping witch"),
        ("THREAT_VIOLENCE", "Hindus like you burn nicely, ask your gods"),
        ("THREAT_VIOLENCE", "Bonfire night early this year"),
        ("FEAR_OF_VIOLENCE", "Divya is now terrified"),
        ("SERIOUS_IMPACT", "sleeping at a friend's flat rather than in halls"),
    ],
)

case(
    38, "aggravated_harassment_fear_of_violence", "CFRD",
    voice="call_log", case="upper", noise="abbrev", batch="ug",
    pattern="pub_acquaintance_darts_money_anti_romanian_threat_calls_two_nights", relationship="acquaintance", occasions=2,
    text="""\
CAD 2231 03/04 2305: CALLER MR ION POPESCU SAYS CRAIG DYSON, KNOWS HIM FROM THE FOX PH, RANG HIM AFTER THEY FELL OUT OVER DARTS MONEY - 'ROMANIAN GYPPO, I'LL BURN YOUR VAN WITH YOU IN IT'. CALLER FRIGHTENED, AT HOME WITH WIFE. GRADED P2.
UPDATE 05/04 PC MARR: 2ND CALL 04/04 2340 FROM DYSONS NO - 'YOU'RE NEXT, GYPPO SCUM, I KNOW WHERE YOU PARK'. IP SCARED TO GO OUT TO HIS VAN, WIFE NOW DRIVING HIM TO WORK.
UPDATE 12/04 PC MARR: DYSON INTERVIEWED, SAYS HE WAS DRUNK, ADMITS CALLS.
REGISTRAR 16/04: OPENED AS MAL COMMS X2. RACIALLY AGG S.4 PHA - TWO THREATS, IP IN FEAR.""",
    spans=[
        ("RACIAL_HOSTILITY", "ROMANIAN GYPPO"),
        ("THREAT_VIOLENCE", "I'LL BURN YOUR VAN WITH YOU IN IT"),
        ("FEAR_OF_VIOLENCE", "CALLER FRIGHTENED"),
        ("THREAT_VIOLENCE", "YOU'RE NEXT"),
        ("RACIAL_HOSTILITY", "GYPPO SCUM"),
        ("FEAR_OF_VIOLENCE", "IP SCARED TO GO OUT TO HIS VAN"),
        ("SERIOUS_IMPACT", "WIFE NOW DRIVING HIM TO WORK"),
    ],
)

case(
    39, "aggravated_harassment", "CR",
    voice="updates", case="mixed", noise="typos", batch="ug",
    pattern="brother_anti_muslim_voice_notes_after_sisters_conversion", relationship="family", occasions=15,
    text="""\
26/EM/3307 - opened as DA (family) non-crime
11/09 PC Teague: IP Hana WILLIS, 27, converted to Islam last year. Her brother Jake WILLIS has sent her voice notes calling her a traitor who's joined the terrorists and a Muslim slag. She says its been going on since her wedding in July, about a dozen voice notes.
18/09 PC Teague: IP forwarded 3 more from 14-16 Sept, 'take that thing off your head or dont bother coming to mums'. IP not scared of him, upset that her mum is stuck in the middle.
25/09 Registrar: not a non-crime. Repeated messages from her brother, hostile to her religion every time. Religiously aggravated harrassment s.2 / s.32. Nothing threatning, no fear.""",
    spans=[
        ("STALK_CONTACT", "has sent her voice notes"),
        ("RELIGIOUS_HOSTILITY", "a traitor who's joined the terrorists"),
        ("RELIGIOUS_HOSTILITY", "a Muslim slag"),
        ("REPETITION", "about a dozen voice notes"),
        ("REPETITION", "3 more from 14-16 Sept"),
        ("RELIGIOUS_HOSTILITY", "take that thing off your head"),
        ("DISTRESS", "upset that her mum is stuck in the middle"),
    ],
)

case(
    40, "aggravated_stalking", "CSR",
    voice="updates", case="mixed", noise="abbrev", batch="ug",
    pattern="ticketed_driver_follows_parking_warden_films_racist_videos_finds_her_street", relationship="stranger", occasions=8,
    text="""\
Ref 26/NV/2214 - opened as ASB
02/05 PC Hale: IP Blessing OKAFOR, civil enforcement officer (parking). Male later ID'd as Gary TWIST got a ticket 20/04. Since then he has followed her round her beat on 6 days, filming her on his phone and calling her a 'jungle bunny' while she writes tickets.
16/05 PC Hale: TWIST's YouTube channel has 11 videos of IP, one titled 'Council's monkey on the prowl'. Another shows the street she lives on, filmed from his car.
23/05 PC Hale: TWIST arrested, says he's a 'citizen journalist'.
30/05 Registrar: started with a ticket but it's well past that - following her daily, finding where she lives, publishing her. Racially aggravated stalking s.2A. IP is robust, still doing her beat, says he doesn't scare her.""",
    spans=[
        ("STALK_FOLLOW", "followed her round her beat on 6 days"),
        ("STALK_WATCH", "filming her on his phone"),
        ("RACIAL_HOSTILITY", "calling her a 'jungle bunny'"),
        ("STALK_PUBLISH", "TWIST's YouTube channel has 11 videos of IP"),
        ("RACIAL_HOSTILITY", "Council's monkey on the prowl"),
        ("STALK_MONITOR", "Another shows the street she lives on, filmed from his car"),
    ],
)

case(
    41, "aggravated_stalking", "CSR",
    voice="updates", case="inconsistent", noise="typos", batch="ug",
    pattern="ex_housemate_anti_irish_keyed_car_watches_new_flat_posts_address", relationship="acquaintance", occasions=9,
    text="""\
26/CB/7104 - opened 02/10 as CRIM DAMAGE (vehicle)
02/10 PC Ames: IP Declan MURPHY, car keyed overnight, PADDY PIG scratched into the bonnet. No suspect, no CCTV.
09/10 pc ames: IP now thinks its his old housemate Ross KEMBLE. Declan moved out in August after they fell out, and since then Ross has been messaging him non stop - 'we were best mates, why are you ignoring me', 'thick irish c***'. IP has blocked him.
16/10 PC Ames: IP says KEMBLE sat in the Bell opposite his new flat every night this week watching his door, and has posted IP's new address on his own facebook with 'guess who's hiding here'.
23/10 pc ames: nieghbours cctv for 01/10 recovered, shows KEMBLE at IP's car with a key.
30/10 REGISTRAR: crim damage now part of the course. Ex housemate who cant let it go - messages, watching, publishing his address, damage to his car, anti-Irish every time. Racially agg stalking. IP says hes angry not scared and hasnt changed anything, so s.2A.""",
    spans=[
        ("STALK_PROPERTY", "car keyed overnight"),
        ("RACIAL_HOSTILITY", "PADDY PIG"),
        ("STALK_CONTACT", "messaging him non stop"),
        ("FIXATION", "we were best mates, why are you ignoring me"),
        ("RACIAL_HOSTILITY", "thick irish c***"),
        ("UNWANTED", "IP has blocked him"),
        ("STALK_WATCH", "sat in the Bell opposite his new flat every night this week watching his door"),
        ("STALK_PUBLISH", "posted IP's new address on his own facebook"),
    ],
)

case(
    42, "aggravated_stalking_fear_alarm_distress", "CSRFD",
    voice="updates", case="mixed", noise="abbrev", batch="ug",
    pattern="stranger_waits_outside_gurdwara_follows_sikh_man_threats_one_disclosed_late", relationship="stranger", occasions=3,
    text="""\
Crime 26/WX/5091 - opened 04/03 as RA s.4A POA (single incident)
04/03 PC 3318 Vine: IP Harjit SANDHU, 58, walking home from the gurdwara. Unknown W/M followed him the length of Station Rd shouting 'take that towel off your head'.
18/03 PC Vine: IP says the same male was waiting opposite the gurdwara on 11/03 and 17/03 as people came out, followed him again, and on 17/03 said 'next time I'll rip it off and set you alight'. IP very frightened.
25/03 PC Vine: male ID'd from gurdwara CCTV - Lewis HART, 22, lives on the Northvale side. Arrested by Northvale for us 27/03, no comment.
02/04 PC Vine: IP's son now drives him to and from the gurdwara, he no longer walks anywhere on his own. IP also tells us HART said on 11/03 'I'll be back for you, you and your turban' - left it out before as he was embarrassed.
08/04 Registrar: not one POA. Same stranger waiting for him and following him on three dates, two threats he is afraid of, his routine changed, hostility to his faith throughout. Religiously aggravated stalking s.4A.""",
    spans=[
        ("STALK_FOLLOW", "followed him the length of Station Rd"),
        ("RELIGIOUS_HOSTILITY", "take that towel off your head"),
        ("STALK_LOITER", "waiting opposite the gurdwara on 11/03 and 17/03"),
        ("STALK_FOLLOW", "followed him again"),
        ("THREAT_VIOLENCE", "next time I'll rip it off and set you alight"),
        ("FEAR_OF_VIOLENCE", "IP very frightened"),
        ("SERIOUS_IMPACT", "IP's son now drives him to and from the gurdwara"),
        ("SERIOUS_IMPACT", "he no longer walks anywhere on his own"),
        ("THREAT_VIOLENCE", "I'll be back for you, you and your turban"),
    ],
)

case(
    43, "aggravated_harassment", "CR",
    voice="result_note", case="mixed", noise="abbrev", batch="ug",
    pattern="takeaway_customer_refund_row_five_mocking_calls_found_on_call_log", relationship="customer", occasions=5,
    text="""\
Result: 26/EM/8119. SUSP Darren WADE, customer of the Golden Bowl takeaway, rang the shop 5 times 02-15/11 after being refused a refund, each time putting on an accent - 'ching chong, give me my money'. Owner Mr LI Wei not frightened, sick of it. First put on as one s.127 for the first call only; the other 4 found on the shop's call log when reviewed. Racially aggravated harassment. WADE charged 03/12.""",
    spans=[
        ("STALK_CONTACT", "rang the shop 5 times 02-15/11"),
        ("RACIAL_HOSTILITY", "putting on an accent - 'ching chong, give me my money'"),
        ("DISTRESS", "sick of it"),
    ],
)

case(
    44, "stalking", "CS",
    voice="supervisor_review", case="mixed", noise="clean", batch="ug",
    pattern="salon_customer_books_under_false_names_gifts_waits_at_window_nfa_overturned", relationship="customer", occasions=6,
    text="""\
Supervisor review, Sgt 902 Okonkwo, 19/08 - RE-OPENED
PC Lamb filed this on 28/07 as a customer service problem for the salon. Having read the updates since, I disagree.
Kirsty BELL is a stylist at Snip & Co. Back in June she refused to cut Graham POOLE's hair any more because he kept asking her out. He has since booked in under 4 different names to get her chair - the salon confirms 22/07, 29/07, 05/08 and 12/08, all the same phone number. He leaves wrapped presents on the salon step (perfume, a necklace). On 15/08 he stood outside the salon window for 40 minutes at closing time.
Kirsty is fed up but not frightened and is working as normal. This is fixation on her, not a complaint about a haircut. Record as stalking s.2A; OIC to arrest.""",
    spans=[
        ("UNWANTED", "she refused to cut Graham POOLE's hair any more"),
        ("FIXATION", "he kept asking her out"),
        ("STALK_CONTACT", "booked in under 4 different names to get her chair"),
        ("REPETITION", "22/07, 29/07, 05/08 and 12/08"),
        ("STALK_GIFTS", "He leaves wrapped presents on the salon step"),
        ("STALK_LOITER", "stood outside the salon window for 40 minutes at closing time"),
        ("DISTRESS", "Kirsty is fed up"),
    ],
)
