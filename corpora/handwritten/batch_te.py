# ruff: noqa: E501
"""Hand-written narratives, writer te: records that cross boundaries (force areas, transfers, BTP, motorway services, several hands)."""

from corpora.handwritten import case

case(
    1, "stalking", "CS",
    voice="updates", case="mixed", noise="abbrev", batch="te",
    pattern="ex_partner_moved_out_of_area_daily_pleading_texts_flowers_to_work", relationship="ex_partner", occasions=40,
    text="""\
Update 1 - PC 4471 RENWICK - 03/02 1510
IP attended front counter. States ex-partner (SUSP) moved out of area to Northfleet in Oct after they split, he now lives with his mother there, IP stayed at Halsey Rd address. Since the move he has sent msgs nearly every day, mostly long texts begging her to take him back - "i cant do this without u", "just one more chance ill change i swear". IP told him it was over on 2 occasions in writing. No threats per IP.

Update 2 - DC MOORE - 07/02
Downloaded IP phone. 212 msgs between 14/11 and 05/02 plus 30+ voice notes. On her bday (19/01) he also sent flowers and a card to her work, card reads "we're meant to be, you know it". SUSP resides in neighbouring force area - request for arrest/interview sent via liaison, ref to follow.

Update 3 - PC RENWICK - 08/02
Spoke to IP re safeguarding. She says she is fed up more than frightened and just wants it to stop. DASH standard.""",
    spans=[
        ("REPETITION", "nearly every day"),
        ("STALK_CONTACT", "long texts begging her to take him back"),
        ("FIXATION", "just one more chance ill change i swear"),
        ("UNWANTED", "IP told him it was over on 2 occasions in writing"),
        ("REPETITION", "212 msgs between 14/11 and 05/02"),
        ("STALK_GIFTS", "sent flowers and a card to her work"),
        ("FIXATION", "we're meant to be, you know it"),
    ],
)

case(
    2, "aggravated_harassment", "CR",
    voice="crime_summary", case="upper", noise="abbrev", batch="te",
    pattern="btp_commuter_racist_religious_abuse_of_revenue_officer_at_gateline", relationship="customer", occasions=3,
    text="""\
BTP CRIME SUMMARY - HALWORTH JUNCTION STN, GATELINE 2 (NORTH CONCOURSE)
VIC IS REVENUE PROTECTION OFFICER, SUSP IS A REGULAR COMMUTER, ID'D FROM SEASON TICKET PHOTOCARD.
ON 11/09 SUSP REFUSED TO PRODUCE TKT, CALLED VIC A "JUMPED UP P***" AND TOLD HIM TO GO BACK TO HIS OWN COUNTRY. ON 18/09 AND AGAIN ON 02/10 SAME MALE WALKED THROUGH THE WIDE GATE, POINTED AT VIC'S TURBAN AND SHOUTED "TOWEL HEAD" AND "TALIBAN" IN FRONT OF PAX. VIC IS SIKH, BORN AND RAISED IN WOLVERHAMPTON.
CCTV SEIZED ALL 3 DATES (EXHIBITS JR/1-3). NO THREATS. VIC HAS NOT CHANGED SHIFTS AND SAYS HE IS "USED TO IDIOTS" BUT WANTS IT DEALT WITH AS OTHER STAFF ARE NOW AFFECTED.
SUSP ARRESTED 09/10 ON ARRIVAL AT STN. IN INTERVIEW SAYS IT WAS "BANTER" AND HE HAS NOTHING AGAINST "THEM". CPS ADVICE SOUGHT.""",
    spans=[
        ("RACIAL_HOSTILITY", 'CALLED VIC A "JUMPED UP P***"'),
        ("RACIAL_HOSTILITY", "TOLD HIM TO GO BACK TO HIS OWN COUNTRY"),
        ("REPETITION", "ON 18/09 AND AGAIN ON 02/10"),
        ("RELIGIOUS_HOSTILITY", "POINTED AT VIC'S TURBAN AND SHOUTED"),
        ("RELIGIOUS_HOSTILITY", '"TOWEL HEAD" AND "TALIBAN"'),
    ],
)

case(
    3, "harassment_fear_of_violence", "CF",
    voice="statement", case="mixed", noise="typos", batch="te",
    pattern="barred_shoplifter_phones_services_shop_threatens_supervisor", relationship="customer", occasions=3,
    text="""\
I am the duty supervisor at the shop in Fenby Cross motorway services, southbound side. The services sits right on the county border and I have been told the northbound side is a diffrent police force, which is why I got passed between two control rooms when I first rang.
On Saturday 4th May a man I now know as Dean came in and I caught him putting energy drinks and a phone charger into his coat. I refused the sale and banned him and security walked him out. As he went he said "your dead, I know what car you drive".
On the 9th May the shop phone rang and he asked for me by name. When I answerd he said he was going to wait for me in the staff car park and cave my head in. I put the phone down and I was shaking.
Then on 12th May he rang again, about 2210, near to when my shift ends, and said "tonight's the night".
I am now frightend to walk to my car alone. I genuinly believe he would hurt me if he got the chance.""",
    spans=[
        ("THREAT_VIOLENCE", "your dead, I know what car you drive"),
        ("THREAT_VIOLENCE", "wait for me in the staff car park and cave my head in"),
        ("DISTRESS", "I was shaking"),
        ("STALK_CONTACT", "he rang again"),
        ("THREAT_VIOLENCE", "tonight's the night"),
        ("FEAR_OF_VIOLENCE", "I am now frightend to walk to my car alone"),
        ("FEAR_OF_VIOLENCE", "I genuinly believe he would hurt me if he got the chance"),
    ],
)

case(
    4, "no_offence", "R",
    voice="call_log", case="lower", noise="heavy", batch="te",
    pattern="single_racist_outburst_on_train_by_stranger_who_alights", relationship="stranger", occasions=1,
    text="""\
1732 txt to 61016 frm pax on the 1711 dunmere - carrow svc coach c. male approx 50 shouting at asian female pax 'f*** off back to pakistan u dont belong here'. one off per rptr, male got off at little hale. 1804 ofrs met train carrow, vic spk to, shes from bradford, nvr seen male b4, not followed, declined stmt but ok for cctv trawl. s5 rac agg pos / no prev calls re same.""",
    spans=[
        ("RACIAL_HOSTILITY", "f*** off back to pakistan u dont belong here"),
    ],
)

case(
    5, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="updates", case="inconsistent", noise="redacted", batch="te",
    pattern="former_neighbour_moved_away_drives_back_racist_leaflets_transferred_crime", relationship="neighbour", occasions=10,
    text="""\
ORIGINATING FORCE - INITIAL REPORT (PC [NAME 1]) 22/06:
Caller [NAME 2] reports former neighbour [NAME 3] has been "causing trouble". single incident of leaflet through door. Suspect moved away to [TOWN] in April. words advice given, NFA AT THIS TIME.

RECEIVING FORCE NOTE (DS XXXX) 30/07 - CRIME TRANSFERRED IN AS SUSPECT NOW LIVES ON OUR AREA:
The above is not accurate. Having spoken to the IP at length this is NOT a single incident. Since [NAME 3] moved out in April he has driven back to the street on at least six occasions (IP has dashcam and doorbell clips for 14/5, 2/6, 3/6, 21/6, 4/7, 18/7). He parks opposite and sits watching the house, sometimes for over an hour. Leaflets put through the door on 3 occasions with handwritten comments such as "PAKIS OUT" and "this street was white before you", one with a photo of IP's children walking to school. he has also left a dead bird on the bonnet of her car.
IP's family are of Pakistani heritage. She has now changed the children's school route, they are driven every day rather than walk, and she has had a second camera fitted and her husband has changed his shifts to be home at night.
no threats of violence made directly. IP is "on edge all the time".
[NAME 3] TO BE ARRESTED ON OUR AREA, interview re s.2A/s.4A PHA racially aggravated (s.32 CDA). Original 'words advice' closure overturned by supervisor.""",
    spans=[
        ("STALK_TURN_UP", "he has driven back to the street on at least six occasions"),
        ("REPETITION", "14/5, 2/6, 3/6, 21/6, 4/7, 18/7"),
        ("STALK_LOITER", "He parks opposite"),
        ("STALK_WATCH", "sits watching the house, sometimes for over an hour"),
        ("STALK_CONTACT", "Leaflets put through the door on 3 occasions"),
        ("RACIAL_HOSTILITY", "PAKIS OUT"),
        ("RACIAL_HOSTILITY", "this street was white before you"),
        ("STALK_MONITOR", "a photo of IP's children walking to school"),
        ("STALK_PROPERTY", "left a dead bird on the bonnet of her car"),
        ("SERIOUS_IMPACT", "changed the children's school route"),
        ("SERIOUS_IMPACT", "had a second camera fitted"),
        ("SERIOUS_IMPACT", "her husband has changed his shifts to be home at night"),
        ("DISTRESS", "on edge all the time"),
    ],
)

case(
    6, "harassment", "C",
    voice="crime_summary", case="mixed", noise="clean", batch="te",
    pattern="dismissed_colleague_at_other_depot_abusive_messages_one_threat", relationship="colleague", occasions=13,
    text="""\
Crime summary. The victim is a depot shift manager. The suspect worked under her until he was dismissed in January for timekeeping, which he blames on her. He has since taken a job at the firm's other depot, which is over the boundary in the neighbouring force area, and the messages started after that.
Between 2 February and 1 March he sent her eleven WhatsApp messages and two emails to her work address calling her a liar, a "useless cow" and saying she had ruined his life. On 14 February he wrote that if he saw her in the car park she would "get a slap". The victim says that worried her at the time but nothing like it has been said since. All the messages are about the dismissal.
Suspect to be interviewed by appointment.""",
    spans=[
        ("REPETITION", "Between 2 February and 1 March"),
        ("STALK_CONTACT", "sent her eleven WhatsApp messages and two emails"),
        ("THREAT_VIOLENCE", "get a slap"),
        ("DISTRESS", "that worried her at the time"),
    ],
)

case(
    7, "stalking_fear_alarm_distress", "CSD",
    voice="victim_diary", case="lower", noise="typos", batch="te",
    pattern="stranger_commuter_follows_woman_on_train_she_switches_to_driving", relationship="stranger", occasions=5,
    text="""\
tues 3rd - the man with the grey rucksack was on the 0742 again, same as last week. got on at wyford like me and sat accross the aisle. he kept looking at me the whole way, i moved carriage at marlow park and he moved too.
thurs 5th - he was on the platform at wyford waiting when i got there. sat behind me. when i got off at the city end he got off and walked behind me all the way to the top of the escalator, then just stood there watching me go thru the barriers.
mon 9th - again on the 0742. i said to him can you stop following me please. he smiled and said nothing.
weds 11th - he was waiting on the platform at the city end at 1730 when i came back for my train home. i dont know how he knows my times.
fri 13th - reported to BTP at the station office. i've started driving in insted, costs me a fortune in parking but i cant get on that train anymore. never threatened me or anything but i feel sick thinking about it.""",
    spans=[
        ("REPETITION", "on the 0742 again, same as last week"),
        ("STALK_WATCH", "he kept looking at me the whole way"),
        ("STALK_FOLLOW", "i moved carriage at marlow park and he moved too"),
        ("STALK_LOITER", "he was on the platform at wyford waiting when i got there"),
        ("STALK_FOLLOW", "walked behind me all the way to the top of the escalator"),
        ("STALK_WATCH", "stood there watching me go thru the barriers"),
        ("UNWANTED", "can you stop following me please"),
        ("STALK_LOITER", "he was waiting on the platform at the city end at 1730"),
        ("SERIOUS_IMPACT", "i've started driving in insted"),
        ("DISTRESS", "i feel sick thinking about it"),
    ],
)

case(
    8, "aggravated_harassment_fear_of_violence", "CFR",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="te",
    pattern="online_gamer_in_other_force_racist_threats_to_teenager", relationship="online", occasions=3,
    text="""\
Supervisor review - Sgt 2290 OKAFOR
Read the crime. IP is a 19yo male of Nigerian heritage who plays online (Xbox) with a group. SUSP identified from gamertag + subscriber checks as living in Treddon, which is NOT our force area - however IP is here so we keep the crime.
Msgs via party chat and Discord DMs: 04/03 "u black n***** i know where u live ill come and stab u"; 06/03 voice msg calling him a "monkey" and saying he'll "get his boys to do him"; 11/03 sent IP a screenshot of IP's road on Google Maps with "see u soon". IP says he is scared to go out in the evenings, genuinely believes SUSP or his mates will turn up.
OIC has classified as s.4 PHA. Agree on s.4 but it MUST be racially aggravated - s.32 CDA - the racial abuse is right there in the msgs. Reclassify. Also OIC log says "2 msgs only" - this is wrong, I count 3 separate dates.
Actions: (1) preservation req to platforms (2) arrest package to Treddon via liaison (3) IP safeguarding (4) update IP by Fri.""",
    spans=[
        ("RACIAL_HOSTILITY", "u black n*****"),
        ("THREAT_VIOLENCE", "i know where u live ill come and stab u"),
        ("RACIAL_HOSTILITY", 'calling him a "monkey"'),
        ("THREAT_VIOLENCE", "get his boys to do him"),
        ("THREAT_VIOLENCE", "see u soon"),
        ("FEAR_OF_VIOLENCE", "he is scared to go out in the evenings"),
        ("FEAR_OF_VIOLENCE", "genuinely believes SUSP or his mates will turn up"),
    ],
)

case(
    9, "aggravated_stalking", "CSR",
    voice="dash_note", case="upper", noise="abbrev", batch="te",
    pattern="ex_partner_moved_home_town_abuses_convert_turns_up_at_mosque", relationship="ex_partner", occasions=6,
    text="""\
DASH - STANDARD (ANSWERS ATTACHED). IP AND SUSP SEP 18 MTHS, NO CHILDREN. SUSP MOVED BACK TO HIS HOME TOWN (OTHER FORCE) LAST SUMMER. IP CONVERTED TO ISLAM IN JAN AND NOW WEARS HIJAB. SINCE SUSP FOUND OUT (VIA HER INSTA) HE HAS MESSAGED HER REPEATEDLY CALLING HER A "TRAITOR", "TERRORIST LOVER" AND SAYING HER RELIGION IS "A DEATH CULT FOR IDIOTS". HE TURNED UP OUTSIDE THE MOSQUE ON BRANT ST ON 2 FRIDAYS (IP SAW HIS CAR BOTH TIMES, REG MATCHES) AND HAS MADE NEW ACCOUNTS AFTER BEING BLOCKED 3 TIMES TO KEEP VIEWING HER STORIES. MSGS ALSO SAY "U WILL COME BACK TO ME WHEN U COME TO YR SENSES". NO THREATS, NO PHYS. IP NOT FEARFUL - "HE'S ALL MOUTH" - NO CHANGE TO ROUTINE. Q ANSWERS ALL NO EXCEPT Q19 (SEPARATION). RISK STANDARD. IDVA OFFERED, IP DECLINED.""",
    spans=[
        ("STALK_CONTACT", "HE HAS MESSAGED HER REPEATEDLY"),
        ("RELIGIOUS_HOSTILITY", "TERRORIST LOVER"),
        ("RELIGIOUS_HOSTILITY", "A DEATH CULT FOR IDIOTS"),
        ("STALK_TURN_UP", "TURNED UP OUTSIDE THE MOSQUE ON BRANT ST ON 2 FRIDAYS"),
        ("STALK_MONITOR", "MADE NEW ACCOUNTS AFTER BEING BLOCKED 3 TIMES TO KEEP VIEWING HER STORIES"),
        ("FIXATION", "U WILL COME BACK TO ME WHEN U COME TO YR SENSES"),
    ],
)

case(
    10, "harassment", "C",
    voice="call_log", case="mixed", noise="abbrev", batch="te",
    pattern="passenger_rings_ticket_office_abusing_staff_over_penalty_fare", relationship="customer", occasions=4,
    text="""\
14:02 Call from Ticket Office Supervisor, Ashgrove Stn. Reports male (name known from penalty fare notice, Mr [P]) keeps ringing the ticket office landline asking for staff member Kerry by name and shouting at her about the £20 penalty fare she issued on 2/4. 4 calls so far - 5/4, 8/4, 9/4 and today 14/4 - each time swearing, calling her a "jobsworth b*tch" and a "parasite", says he'll report her to her bosses and the papers. No threats. He has not come to the stn. Kerry is annoyed but ok, doesnt want it to go any further than a warning.
14:10 Appeal process for PF explained to caller, advised to direct him there.
14:25 BTP to contact male by phone - cease contact / PIN consideration. Log to OIC.""",
    spans=[
        ("STALK_CONTACT", "keeps ringing the ticket office landline asking for staff member Kerry by name"),
        ("REPETITION", "5/4, 8/4, 9/4 and today 14/4"),
        ("STALK_CONTACT", 'each time swearing, calling her a "jobsworth b*tch"'),
    ],
)

case(
    11, "stalking", "CS",
    voice="third_party", case="lower", noise="clean", batch="te",
    pattern="wedding_acquaintance_moved_to_scotland_fake_accounts_gifts_asks_rota", relationship="acquaintance", occasions=10,
    text="""\
my sister met a man called jonah at a wedding in 2022, they chatted once at the bar and that was it. he moved up to edinburgh last year but it hasn't stopped. he comments on every single photo she posts, he's made four different accounts after she blocked the first one, he sent a parcel to her flat in march with a necklace and a poem about "the girl in the green dress", and her friends have said he messages them asking if she's seeing anyone. last month he emailed her work asking for her rota. she has never given him her address. she has told him twice to leave her alone. she's not scared of him as such, she just finds it creepy and wants it on record in case it gets worse.""",
    spans=[
        ("STALK_CONTACT", "he comments on every single photo she posts"),
        ("STALK_MONITOR", "he's made four different accounts after she blocked the first one"),
        ("STALK_GIFTS", "sent a parcel to her flat in march with a necklace and a poem"),
        ("FIXATION", "the girl in the green dress"),
        ("STALK_MONITOR", "messages them asking if she's seeing anyone"),
        ("STALK_MONITOR", "emailed her work asking for her rota"),
        ("UNWANTED", "she has told him twice to leave her alone"),
    ],
)

case(
    12, "no_offence", "",
    voice="result_note", case="mixed", noise="clean", batch="te",
    pattern="mutual_parking_bay_dispute_between_hgv_drivers_at_truck_stop", relationship="stranger", occasions=3,
    text="""\
Result: No crime (recorded as incident only).
Both parties are HGV drivers who use the Tolland Gap truck stop, which straddles our boundary with the neighbouring force. Each rang in alleging harassment by the other, on separate logs which have now been linked. CCTV from 3, 10 and 17 October shows both men squaring up over the same bay by the fuel island, both shouting and both swearing; on the 10th it is Mr Hale who walks over first, on the 17th it is Mr Dobrev. Neither made threats and neither has been hurt. This is a mutual dispute over parking, not a course of conduct by one against the other. Both given words of advice and the site manager is now allocating bays. NFA.""",
    spans=[],
)

case(
    13, "harassment_fear_of_violence", "CF",
    voice="notebook", case="upper", noise="abbrev", batch="te",
    pattern="road_rage_driver_leaves_three_threatening_voicemails_within_minutes", relationship="stranger", occasions=3,
    text="""\
PNB 19/08 1650 - ATT KINGSMERE SERVICES (EASTBOUND) AT REQ OF CONTROL. SPK TO MR ARJUN PATEL, SELF EMPLOYED PLUMBER, VAN LIVERIED WITH HIS MOBILE NO. STATES APPROX 1545 ON MOTORWAY HE WAS TAILGATED BY GREY AUDI, BOTH PULLED IN HERE, WORDS EXCHANGED IN CAR PARK, AUDI LEFT. AT 1602, 1606 AND 1611 HE RECEIVED 3 VOICEMAILS FROM WITHHELD NO. PLAYED TO ME. 1ST: "I'VE GOT YOUR NUMBER OFF YOUR VAN, I'M GOING TO FIND YOU AND BREAK YOUR LEGS". 2ND: "YOU'RE DEAD WHEN I SEE YOU". 3RD: "I'LL BE WAITING AT YOUR NEXT JOB". MR PATEL VISIBLY SHAKEN, HANDS TREMBLING, SAYS HE IS SCARED STIFF HE WILL BE ATTACKED AND DOES NOT WANT TO DRIVE HOME ALONE. NB SERVICES IS OUR SIDE BUT ORIGINAL INCIDENT ON CARRIAGEWAY WAS IN [NEIGHBOURING FORCE] AREA - CAD CROSS-REF'D.""",
    spans=[
        ("REPETITION", "AT 1602, 1606 AND 1611"),
        ("STALK_CONTACT", "HE RECEIVED 3 VOICEMAILS FROM WITHHELD NO"),
        ("THREAT_VIOLENCE", "I'M GOING TO FIND YOU AND BREAK YOUR LEGS"),
        ("THREAT_VIOLENCE", "YOU'RE DEAD WHEN I SEE YOU"),
        ("THREAT_VIOLENCE", "I'LL BE WAITING AT YOUR NEXT JOB"),
        ("DISTRESS", "VISIBLY SHAKEN, HANDS TREMBLING"),
        ("FEAR_OF_VIOLENCE", "SCARED STIFF HE WILL BE ATTACKED"),
    ],
)

case(
    14, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="statement", case="mixed", noise="typos", batch="te",
    pattern="stranger_travels_to_station_watches_follows_racist_threats_cleaner_moves_station", relationship="stranger", occasions=6,
    text="""\
I am employed as a cleaner by a contractor at Penlow Central station. I have worked there for three years. I am Black and originally from Ghana.
Since around the end of September a white man in his 40s with a shaved head has been coming to the station. I beleive he is not a passenger because he never gets on any trains. A BTP officer told me he lives in Carnby, which is over an hour away. He waits by the coffee kiosk and watches me while I work. He has followed me into the service corridor twice. He calls me "monkey" and "go back to Africa" under his breath when he passes.
On the 14th October he stood very close and said "one day I'll catch you on your own and you'll be sorry". On 28th October he said the same kind of thing, that he would "sort me out" when nobody was around.
I am very frightened of him. I think he wants to attack me. I asked my manager to move me and since 2nd November I have been working at Dunstall Road station on the other line, which is further from home and I have lost my overtime. I do not go anywhere in the station on my own now.""",
    spans=[
        ("REPETITION", "Since around the end of September"),
        ("STALK_TURN_UP", "has been coming to the station"),
        ("STALK_LOITER", "He waits by the coffee kiosk"),
        ("STALK_WATCH", "watches me while I work"),
        ("STALK_FOLLOW", "He has followed me into the service corridor twice"),
        ("RACIAL_HOSTILITY", '"monkey" and "go back to Africa"'),
        ("THREAT_VIOLENCE", "one day I'll catch you on your own and you'll be sorry"),
        ("THREAT_VIOLENCE", 'that he would "sort me out"'),
        ("FEAR_OF_VIOLENCE", "I am very frightened of him"),
        ("FEAR_OF_VIOLENCE", "I think he wants to attack me"),
        ("SERIOUS_IMPACT", "since 2nd November I have been working at Dunstall Road station"),
        ("SERIOUS_IMPACT", "I do not go anywhere in the station on my own now"),
    ],
)

case(
    15, "aggravated_harassment", "CR",
    voice="crime_summary", case="lower", noise="redacted", batch="te",
    pattern="boundary_road_neighbour_racial_abuse_over_bins", relationship="neighbour", occasions=4,
    text="""\
summary: ip [NAME 1] and susp [NAME 2] live opposite each other on [STREET], which is the boundary road - odd numbers are our area, evens are [FORCE]. dispute started over bins left on the pavement in front of susp's drive. on 3 occasions (4/1, 19/1, 2/2) susp has come out when ip is putting bins out and shouted 'take your curry stinking rubbish back where you came from', 'you lot are all the same, dirty' and called her a 'p***' in front of her kids. on 9/2 susp posted a note through ip's door saying 'go home'. ip is british indian, born here. no threats of violence. ip not scared of susp, says she is 'more angry than anything'. susp interviewed vol attendance, denies all, says ip is 'making it racial'.""",
    spans=[
        ("REPETITION", "on 3 occasions (4/1, 19/1, 2/2)"),
        ("RACIAL_HOSTILITY", "take your curry stinking rubbish back where you came from"),
        ("RACIAL_HOSTILITY", "you lot are all the same, dirty"),
        ("RACIAL_HOSTILITY", "called her a 'p***' in front of her kids"),
        ("STALK_CONTACT", "posted a note through ip's door saying 'go home'"),
    ],
)

case(
    16, "stalking_fear_alarm_distress", "CSD",
    voice="dash_note", case="upper", noise="abbrev", batch="te",
    pattern="ex_partner_moved_to_sisters_drives_back_sits_outside_at_night_victim_moves_out", relationship="ex_partner", occasions=6,
    text="""\
DASH 14/11 - MEDIUM. IP (ANNA) AND SUSP (TOMASZ, POLISH NATIONAL, INTERPRETER REQUIRED FOR INTERVIEW) SEPARATED AUG AFTER 4 YRS. SUSP MOVED TO SISTER'S IN HAVERLEY (OTHER FORCE AREA). SINCE OCT SUSP HAS DRIVEN BACK AND SAT IN HIS CAR OUTSIDE IP'S FLAT AT NIGHT ON AT LEAST 5 OCCASIONS, LAST 12/11 0100-0300. HE DOESN'T KNOCK, DOESN'T CALL, JUST SITS THERE. ALSO LEFT HER OLD PHOTO ALBUM ON THE DOORSTEP WITH NOTE "REMEMBER US". NO THREATS. IP HAS HAD LOCKS CHANGED AND IS NOW STAYING AT HER PARENTS' MOST NIGHTS, HASN'T SLEPT AT FLAT FOR A WEEK. Q14 NO, Q15 NO, Q19 YES. NEIGHBOURING FORCE ASKED FOR ADDRESS CHECK.""",
    spans=[
        ("STALK_TURN_UP", "HAS DRIVEN BACK AND SAT IN HIS CAR OUTSIDE IP'S FLAT AT NIGHT"),
        ("REPETITION", "ON AT LEAST 5 OCCASIONS"),
        ("STALK_LOITER", "JUST SITS THERE"),
        ("STALK_GIFTS", "LEFT HER OLD PHOTO ALBUM ON THE DOORSTEP"),
        ("FIXATION", "REMEMBER US"),
        ("SERIOUS_IMPACT", "IP HAS HAD LOCKS CHANGED"),
        ("SERIOUS_IMPACT", "NOW STAYING AT HER PARENTS' MOST NIGHTS"),
    ],
)

case(
    17, "aggravated_stalking", "CSR",
    voice="crime_summary", case="mixed", noise="clean", batch="te",
    pattern="man_fixated_on_muslim_councillor_blog_attends_surgeries_both_forces", relationship="stranger", occasions=10,
    text="""\
Crime summary (transferred from Ridley Vale Constabulary, who took the initial report at a surgery in their area).
The victim is an elected councillor who holds advice surgeries in two towns either side of the force boundary. She is Muslim. Since March the suspect, a man from Carnby with no connection to either ward, has written a blog and a Facebook page devoted to her, posting photographs of her arriving at surgeries, her car, and once her mother's house. Posts describe her as a "jihadi plant", say Muslims should "not be allowed to hold office in a Christian country" and call her religion "a disease". He has attended four of her surgeries, in both towns, sitting at the back filming and leaving without raising anything. He has emailed her council address around 40 times, often late at night, saying he will "keep watching until she's gone". She says she is not afraid of him and has carried on holding surgeries as before, with a council officer present as has always been the practice.
Receiving force note: all offences now recorded here as suspect resides on our area; the Ridley Vale record to be closed as transferred.""",
    spans=[
        ("STALK_PUBLISH", "has written a blog and a Facebook page devoted to her"),
        ("STALK_PUBLISH", "posting photographs of her arriving at surgeries"),
        ("RELIGIOUS_HOSTILITY", "jihadi plant"),
        ("RELIGIOUS_HOSTILITY", "not be allowed to hold office in a Christian country"),
        ("RELIGIOUS_HOSTILITY", 'call her religion "a disease"'),
        ("STALK_TURN_UP", "He has attended four of her surgeries, in both towns"),
        ("STALK_WATCH", "sitting at the back filming"),
        ("STALK_CONTACT", "He has emailed her council address around 40 times"),
        ("FIXATION", "keep watching until she's gone"),
    ],
)

case(
    18, "aggravated_harassment_fear_of_violence", "CFR",
    voice="third_party", case="mixed", noise="typos", batch="te",
    pattern="lorry_driver_racist_threats_to_romanian_services_shop_assistant_weekly", relationship="customer", occasions=3,
    text="""\
Im the manager of the Costbite shop at Harrowby Moor services. Im reporting this for my member of staff Ioana who is Romanian and whose english isnt great, she has asked me to.
There is a lorry driver who comes through most weeks (we think he does the same run every Tuesday). On the 2nd July she served him and he heard her accent and started saying "bloody Romanians, go home and beg there, your all thieves". She told me but we didnt report it.
On 9th July he came back in and said to her "if your still here next week Ill smash your face in you Romanian scum". She went in the back crying.
On the 16th he came in again and said the same thing about smashing her face in and pointed at her. She is now terrified of him, she says she thinks he will hit her, and she dreads Tuesdays. I have his reg from the ANPR on the lorry park. The lorry firm is based in Scotland so I dont know if its even you lot who deal with it.""",
    spans=[
        ("RACIAL_HOSTILITY", "bloody Romanians, go home and beg there, your all thieves"),
        ("THREAT_VIOLENCE", "Ill smash your face in"),
        ("RACIAL_HOSTILITY", "you Romanian scum"),
        ("DISTRESS", "She went in the back crying"),
        ("THREAT_VIOLENCE", "said the same thing about smashing her face in"),
        ("FEAR_OF_VIOLENCE", "She is now terrified of him"),
        ("FEAR_OF_VIOLENCE", "she thinks he will hit her"),
    ],
)

case(
    19, "harassment", "C",
    voice="statement", case="lower", noise="typos", batch="te",
    pattern="relative_texts_mother_threatening_her_son_over_car_debt_not_afraid_for_self", relationship="family", occasions=17,
    text="""\
my name is pauline ashworth and i live in brackley green. my son liam is 24 and lives up north now. he owes his ex girlfriends dad, gary, who is my cousin by marrige, about £600 from a car. gary has been texting me since june because liam has blocked him. he sends me texts saying things like 'tell your scrounging son hes getting his legs broke' and 'liam wont be walking for a while when i find him'. i've had about 15 texts like that and he rang my landline twice shouting. i am not frightened for myself, gary has never had a problem with me and he has never said anything about hurting me, its liam he is after. i want gary told to stop contacting me about it, it is not my debt and it is upsetting me.""",
    spans=[
        ("REPETITION", "since june"),
        ("STALK_CONTACT", "he sends me texts"),
        ("REPETITION", "about 15 texts like that"),
        ("STALK_CONTACT", "he rang my landline twice shouting"),
        ("DISTRESS", "it is upsetting me"),
    ],
)

case(
    20, "stalking", "CS",
    voice="supervisor_review", case="inconsistent", noise="abbrev", batch="te",
    pattern="transferred_colleague_returns_to_branch_soulmate_messages_distress_no_change", relationship="colleague", occasions=6,
    text="""\
SUPERVISOR REVIEW - Insp HALLORAN. Crime reviewed. Classified by OIC as 'Harassment (s.2)'. I DISAGREE - this is STALKING. Reasons: SUSP (colleague, transferred to the company's Marrowgate branch in another force area in Jan at his own request) has continued to fixate on IP. He has turned up at her branch 3 times since Feb ("just passing"), on each occasion waiting by the staff entrance at end of her shift. He sends her long msgs about how they are "soulmates" and "the universe put us together", despite IP telling him in Dec she is married and not interested. he also emailed her line manager asking which days she works.
IP v upset, tearful in statement, says she can't sleep properly and dreads the end of shift. HOWEVER she has not changed anything - same shift, same route, same car park - so no D made out; no threats, no F.
Reclassify s.2A. OIC to arrange interview. UPDATE BY 30/04.""",
    spans=[
        ("STALK_TURN_UP", "He has turned up at her branch 3 times since Feb"),
        ("STALK_LOITER", "waiting by the staff entrance at end of her shift"),
        ("STALK_CONTACT", "He sends her long msgs"),
        ("FIXATION", "soulmates"),
        ("FIXATION", "the universe put us together"),
        ("UNWANTED", "IP telling him in Dec she is married and not interested"),
        ("STALK_MONITOR", "emailed her line manager asking which days she works"),
        ("DISTRESS", "IP v upset, tearful in statement"),
        ("DISTRESS", "she can't sleep properly and dreads the end of shift"),
    ],
)

case(
    21, "no_offence", "",
    voice="result_note", case="mixed", noise="clean", batch="te",
    pattern="enforcement_agents_follow_debtor_to_new_force_area_lawful_visits", relationship="business", occasions=5,
    text="""\
Result - NFA, no crime. Mr Okoro reported "harassment" by enforcement agents. He moved from his flat in Lowbridge (neighbouring force) to our area in May owing council tax. Since then he has had letters from the enforcement company at the new address on three occasions and two visits, on 12 June and 3 July, by agents who left notices of enforcement and spoke to him at the door. Bodycam from the agents reviewed: polite, identified themselves, explained the fees, left when asked. There is a liability order in place. This is lawful collection of a debt, not harassment. Advised Mr Okoro to contact the council about a payment plan and gave details of free debt advice.""",
    spans=[],
)

case(
    22, "stalking_fear_alarm_distress", "CSF",
    voice="updates", case="mixed", noise="heavy", batch="te",
    pattern="ex_moved_to_other_force_turns_up_at_night_threats_victim_first_minimised", relationship="ex_partner", occasions=4,
    text="""\
22/03 PC 881: IP reprts ex (SUSP) been ringing her from his new addr in Stanmoor, oth force. she says 'only a couple of calls, nothing nasty'. low risk.
23/03 PC 881: IP rang back, says she played it down yday bc her mum was there. actually SUSP has turned up at her house twice since he moved away - 10/03 and 19/03 - banging on door at night. on 10/03 said thru letterbox 'if i cant have you no one will, ill do you in'. on 19/03 said 'you'll end up in a box'. IP says she's terrified he'll kill her.
24/03 DS 2044: prev entry re 'low risk' disregard - DASH redone, now HIGH. ref MARAC.
25/03 PC 1102 (Stanmoor, on behalf): att SUSP addr, not in. his mother says he 'hasnt been down there since xmas' - contradicts IP. IP has doorbell vid for 19/03, to be seized.
26/03 PC 881: doorbell clip seized, shows SUSP at door 19/03 2314.""",
    spans=[
        ("STALK_CONTACT", "ringing her from his new addr in Stanmoor"),
        ("STALK_TURN_UP", "SUSP has turned up at her house twice since he moved away"),
        ("REPETITION", "10/03 and 19/03"),
        ("THREAT_VIOLENCE", "if i cant have you no one will, ill do you in"),
        ("THREAT_VIOLENCE", "you'll end up in a box"),
        ("FEAR_OF_VIOLENCE", "IP says she's terrified he'll kill her"),
    ],
)

case(
    23, "aggravated_harassment", "CR",
    voice="mo_field", case="upper", noise="abbrev", batch="te",
    pattern="out_of_force_landlord_racist_texts_to_traveller_tenant_over_arrears", relationship="landlord", occasions=4,
    text="""\
MO: SUSP (LANDLORD, RESIDES OUT OF FORCE) HAS SENT VIC (TENANT) TEXTS ON 4 DATES 01/05-20/05 RE RENT ARREARS CONTAINING RACIAL ABUSE - "PAY UP YOU THIEVING GYPSY", "ALL YOUR KIND ARE THE SAME, PIKEYS". VIC IS IRISH TRAVELLER. NO THREATS. ARREARS NOTICE ALSO SERVED VIA AGENT (LAWFUL, NOT PART OF OFFENCE).""",
    spans=[
        ("STALK_CONTACT", "HAS SENT VIC (TENANT) TEXTS"),
        ("REPETITION", "ON 4 DATES 01/05-20/05"),
        ("RACIAL_HOSTILITY", "PAY UP YOU THIEVING GYPSY"),
        ("RACIAL_HOSTILITY", "ALL YOUR KIND ARE THE SAME, PIKEYS"),
    ],
)

case(
    24, "harassment_fear_of_violence", "CF",
    voice="call_log", case="upper", noise="heavy", batch="te",
    pattern="neighbour_homophobic_abuse_and_repeated_threats_to_gay_couple", relationship="neighbour", occasions=3,
    text="""\
2141 CALLER MR D FENWICK, FLAT 2, 9 CANAL SIDE. NEXT DOOR NEIGHBR (FLAT 3, MALE, 'KEV') SHOUTING THRU WALL + ON LANDING AT CALLER AND PARTNER (MALE). CALLING THEM 'F*GGOTS', 'DIRTY QUEERS'. SAYS 'ILL BATTER THE PAIR OF YOU'.
2143 CALLER STATES 3RD TIME THIS MTH, 04/06 KEV SAID ON STAIRS HE WOULD 'KNIFE' THEM IF THEY KISSED IN THE CORRIDOR AGAIN, RPTD ON LOG 1178 04/06 (NOT ATT'D - BOUNDARY QUERY, CANAL SIDE ODD NOS ARE NEIGHBOURING FORCE??). CHKD - OURS.
2144 CALLER V FRIGHTND 'I THINK HE WILL ACTUALLY HURT US', PARTNER IN TEARS, HAVE LOCKED THMSLVS IN BEDRM.
2145 NB NOT RACIAL/RELIG AGG - HOMOPHOBIC, FLAG HATE CRIME (SEXUAL ORIENTATION).
2150 UNITS ASSIGNED GRADE 1.""",
    spans=[
        ("STALK_CONTACT", "SHOUTING THRU WALL + ON LANDING AT CALLER AND PARTNER"),
        ("THREAT_VIOLENCE", "ILL BATTER THE PAIR OF YOU"),
        ("REPETITION", "3RD TIME THIS MTH"),
        ("THREAT_VIOLENCE", "HE WOULD 'KNIFE' THEM"),
        ("FEAR_OF_VIOLENCE", "I THINK HE WILL ACTUALLY HURT US"),
        ("DISTRESS", "PARTNER IN TEARS"),
    ],
)

case(
    25, "aggravated_stalking", "CSR",
    voice="updates", case="lower", noise="redacted", batch="te",
    pattern="barred_customer_moved_away_instagram_about_sikh_shopkeeper_orders_in_name", relationship="customer", occasions=12,
    text="""\
update 1 [OFFICER 1] 02/09: ip (sikh male, runs a shop) reports a former customer [SUSP] who moved to [TOWN] in the next force area after being barred has set up an instagram account called '[ACCOUNT]' which is all about ip - photos of ip at his shop, his house, his car with captions like 'this turban wearing parasite' and 'send him back'.
update 2 [OFFICER 1] 05/09: further - ip has had 6 takeaway orders and a skip delivered to home address that he didnt order, all in his name. also 3 one star reviews a day on the shop google page from the same user. [SUSP]'s van seen driving past the shop twice at weekends.
update 3 [OFFICER 2] 09/09: ip says he is not worried for his safety, 'hes a coward', and is carrying on as normal. wants account taken down. preservation sent. [SUSP] lives in [FORCE] area, arrest package drafted.""",
    spans=[
        ("STALK_PUBLISH", "set up an instagram account called '[ACCOUNT]' which is all about ip"),
        ("STALK_PUBLISH", "photos of ip at his shop, his house, his car"),
        ("RELIGIOUS_HOSTILITY", "this turban wearing parasite"),
        ("RACIAL_HOSTILITY", "send him back"),
        ("STALK_ORDERS", "6 takeaway orders and a skip delivered to home address"),
        ("STALK_PUBLISH", "3 one star reviews a day on the shop google page"),
        ("STALK_WATCH", "van seen driving past the shop twice at weekends"),
    ],
)

case(
    26, "aggravated_stalking_fear_alarm_distress", "CSFR",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="te",
    pattern="transferred_crime_ex_partner_racist_messages_two_threats_turns_up", relationship="ex_partner", occasions=6,
    text="""\
Supervisor's review (receiving force) - A/Sgt 3310 PRYCE
Crime transferred in from [originating force] as SUSP now resides here and the most recent enquiries are ours. Original classification there: 'Malicious Communications x1'. That is not right.
Summary from their file + our enquiries: IP (Ms Yasmin Cole, mixed heritage) and SUSP were together 2 yrs; separated Feb. SUSP moved to our area but since April has sent c.60 msgs calling IP a "half-caste sl*g" and "mongrel", and telling her "you and your black family are finished". He drove to her address (their area) on 14/04 and 02/05, and waited outside her workplace on 02/05. On 14/04 he told her through the car window "I'll put you in hospital". On 02/05 he messaged "next time I won't just talk". IP told their OIC she is scared he'll hurt her. Their log recorded only the 02/05 message.
Decision: reclassify s.4A PHA racially agg (s.32 CDA) - racial abuse throughout, 2 threats, ex-partner turning up. DASH HIGH. Liaise w/ originating force re IP safeguarding (she lives on theirs). OIC DC Farrant.""",
    spans=[
        ("STALK_CONTACT", "since April has sent c.60 msgs"),
        ("RACIAL_HOSTILITY", 'calling IP a "half-caste sl*g" and "mongrel"'),
        ("RACIAL_HOSTILITY", "you and your black family are finished"),
        ("STALK_TURN_UP", "He drove to her address (their area) on 14/04 and 02/05"),
        ("STALK_LOITER", "waited outside her workplace on 02/05"),
        ("THREAT_VIOLENCE", "I'll put you in hospital"),
        ("THREAT_VIOLENCE", "next time I won't just talk"),
        ("FEAR_OF_VIOLENCE", "she is scared he'll hurt her"),
    ],
)

case(
    27, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="vps", case="mixed", noise="clean", batch="te",
    pattern="colleague_at_other_depot_antisemitic_calls_and_threats", relationship="colleague", occasions=4,
    text="""\
Victim personal statement.
I want the court to understand what this has done to me. I work for a rail maintenance company and he worked at our other depot, across in Kestle. We only ever spoke on the phone about rosters. After I corrected one of his timesheets in August he began ringing me on my work mobile and saying things about me being Jewish: that I was a "money-grubbing Jew", that "Hitler should have finished the job". In September he said he would come over to my depot and "finish it himself". In October he left a voicemail saying he knew what time I left and I would "get what's coming".
I believed him. I was frightened that he would attack me in the car park, and I still am. I don't wear my kippah at work any more. My wife noticed I had stopped sleeping.""",
    spans=[
        ("STALK_CONTACT", "he began ringing me on my work mobile"),
        ("RELIGIOUS_HOSTILITY", "money-grubbing Jew"),
        ("RELIGIOUS_HOSTILITY", "Hitler should have finished the job"),
        ("THREAT_VIOLENCE", 'come over to my depot and "finish it himself"'),
        ("THREAT_VIOLENCE", "get what's coming"),
        ("FEAR_OF_VIOLENCE", "I was frightened that he would attack me in the car park"),
        ("SERIOUS_IMPACT", "I don't wear my kippah at work any more"),
        ("DISTRESS", "I had stopped sleeping"),
    ],
)

case(
    28, "harassment", "C",
    voice="crime_summary", case="upper", noise="clean", batch="te",
    pattern="supplier_director_abusive_emails_threats_over_invoice_victim_unafraid", relationship="business", occasions=13,
    text="""\
CRIME SUMMARY. VICTIM RUNS A SMALL SIGNWRITING FIRM. SUSPECT IS DIRECTOR OF A PRINT SUPPLIER BASED IN ANOTHER FORCE AREA. DISPUTE OVER AN UNPAID INVOICE OF £3,400 WHICH VICTIM SAYS WAS FOR A FAULTY JOB. BETWEEN 10 AND 28 NOVEMBER SUSPECT SENT VICTIM NINE EMAILS AND LEFT FOUR VOICEMAILS, MOST CALLING HIM A "CROOK" AND A "CON MAN". ON 15 NOVEMBER HE SAID HE WOULD "DRIVE DOWN THERE AND SORT YOU OUT PERSONALLY" AND ON 27 NOVEMBER THAT HE WOULD "PUT YOU THROUGH YOUR OWN SHOP WINDOW". VICTIM STATES HE IS NOT IN ANY WAY FRIGHTENED, THE SUSPECT IS "SEVENTY WITH A BAD HIP" AND IT IS HOT AIR. SUSPECT SPOKEN TO BY PHONE BY OIC, ADMITS SENDING THE MESSAGES, SAYS HE WAS "LETTING OFF STEAM".""",
    spans=[
        ("REPETITION", "BETWEEN 10 AND 28 NOVEMBER"),
        ("STALK_CONTACT", "SENT VICTIM NINE EMAILS AND LEFT FOUR VOICEMAILS"),
        ("THREAT_VIOLENCE", "DRIVE DOWN THERE AND SORT YOU OUT PERSONALLY"),
        ("THREAT_VIOLENCE", "PUT YOU THROUGH YOUR OWN SHOP WINDOW"),
    ],
)

case(
    29, "stalking", "CS",
    voice="statement", case="mixed", noise="typos", batch="te",
    pattern="ex_partner_moved_away_sends_friends_and_brother_to_watch_and_pass_messages", relationship="ex_partner", occasions=6,
    text="""\
I split up with Ryan in January and he moved back to Wexmouth to live with his brother. I moved to a new flat in Pelling in March and I did not give him the address. Since then:
- on the 2nd April his friend Jordan, who I know, knocked on my door and said Ryan wanted to know if I'd got his messages and that he still loves me.
- on the 9th and 16th April a woman I dont know was sat in a car outside my flat in the mornings, she took photos of me leaving for work. Ryan then text me a photo of me at the bus stop from that morning saying 'you look lovely today x'.
- Ryans brother messaged me on facebook saying Ryan wont give up on us and I should ring him.
Ryan himself has sent me over 100 messages since January asking to get back together. He has never threatend me. I am not frightened but I feel like I cant get away from him and I want it stopped. I have not changed anything I do.""",
    spans=[
        ("STALK_TURN_UP", "his friend Jordan, who I know, knocked on my door"),
        ("FIXATION", "he still loves me"),
        ("REPETITION", "on the 9th and 16th April"),
        ("STALK_LOITER", "a woman I dont know was sat in a car outside my flat in the mornings"),
        ("STALK_WATCH", "she took photos of me leaving for work"),
        ("STALK_MONITOR", "text me a photo of me at the bus stop from that morning"),
        ("STALK_CONTACT", "Ryans brother messaged me on facebook"),
        ("FIXATION", "Ryan wont give up on us"),
        ("STALK_CONTACT", "sent me over 100 messages since January asking to get back together"),
    ],
)

case(
    30, "stalking_fear_alarm_distress", "CSFD",
    voice="updates", case="inconsistent", noise="typos", batch="te",
    pattern="btp_commuter_stalker_threats_first_log_wrong_victim_stops_using_train", relationship="stranger", occasions=7,
    text="""\
Entry 1 - BTP Control 07/01 0822: Female rang 0800 number from platform 3 Hesketh Parkway, says a man who 'always' gets on her train has just followed her off and is stood at the end of the platform looking at her. OFFICER EN ROUTE.
Entry 2 - PC 7719 07/01 0850: spoke to IP (Ms Laura Brennan, 31). Man had gone by time of arrival. IP says this is the first time anything has happend, she was just spooked. Description taken. NO OFFENCES DISCLOSED AT THIS TIME.
Entry 3 - DC 4408 14/01: Further statement from IP at her home address (county force area - home address enquiries are theirs). IP now clear this has been going on since November - ENTRY 2 IS WRONG, IP says she downplayed it as she was late for work and embarrased. He has sat opposite her on the 0741 'most days' for 6-7 weeks, has followed her off the train at Hesketh Parkway on at least 4 occasions and once walked behind her to her office. On 19/12 he leant over and said 'I know where you get off, I know where you work, you'll get hurt if you tell anyone about me'. On 07/01 he said quietly as he passed 'remember what I said'. IP terrified he will attack her. Since 08/01 she has stopped using the train altogether and her employer has agreed she can work from home full time.
Entry 4 - PC 7719 15/01: re entry 2 - accept the log is incomplete, IP was in a rush and I did not press.
Entry 5 - DC 4408 18/01: CCTV trawl requested for 0741 services Nov-Jan. county force asked for passing patrols near IP home. Suspect not yet identified.""",
    spans=[
        ("STALK_LOITER", "is stood at the end of the platform looking at her"),
        ("STALK_WATCH", "He has sat opposite her on the 0741"),
        ("REPETITION", "for 6-7 weeks"),
        ("STALK_FOLLOW", "has followed her off the train at Hesketh Parkway on at least 4 occasions"),
        ("STALK_FOLLOW", "once walked behind her to her office"),
        ("STALK_MONITOR", "I know where you get off, I know where you work"),
        ("THREAT_VIOLENCE", "you'll get hurt if you tell anyone about me"),
        ("THREAT_VIOLENCE", "remember what I said"),
        ("FEAR_OF_VIOLENCE", "IP terrified he will attack her"),
        ("SERIOUS_IMPACT", "she has stopped using the train altogether"),
        ("SERIOUS_IMPACT", "her employer has agreed she can work from home full time"),
    ],
)

case(
    31, "no_offence", "",
    voice="dash_note", case="lower", noise="abbrev", batch="te",
    pattern="ex_partner_one_text_in_feb_reconciled_one_drunk_call_after_second_split", relationship="ex_partner", occasions=2,
    text="""\
dash - standard. ip reports ex p'ner susp sent her one abusive txt in feb after they split ('ur a waste of space'), then nothing. they got back together in april and lived together again until sept. susp moved out to his mums in [other force area] 2 wks ago. on sat night he rang her once, drunk, calling her names, hung up. nothing since. no threats. ip not scared, says it was 'the drink talking'. no other incidents disclosed. q's all no. advice given, ip to ring if more contact. no crime disclosed at this time - single call since the separation, feb txt pre-dates the reconciliation.""",
    spans=[
        ("STALK_CONTACT", "sent her one abusive txt in feb after they split"),
        ("STALK_CONTACT", "he rang her once, drunk, calling her names"),
    ],
)

case(
    32, "aggravated_harassment", "CR",
    voice="third_party", case="mixed", noise="typos", batch="te",
    pattern="border_village_neighbour_anti_english_abuse_elderly_dog_walker", relationship="neighbour", occasions=4,
    text="""\
Reporting on behalf of my elderly neighbour Mr Derek Hughes, who is English and moved to the village three years ago. The village is just over the border so his son, who lives in the town, couldnt report it online for him.
The man at the end cottage, who I wont name as Mr Hughes is worried about making it worse, has been shouting at Mr Hughes when he passes with his dog. On at least four occasions since Easter he has called him "English scum", told him to "go back over the bridge where you belong" and said the English are "ruining this country".
Mr Hughes is not frightened he will be hurt, the man has never said anything like that, but he is upset and embarassed. He still walks the dog the same way because he says he wont be driven off.""",
    spans=[
        ("REPETITION", "On at least four occasions since Easter"),
        ("RACIAL_HOSTILITY", "English scum"),
        ("RACIAL_HOSTILITY", "go back over the bridge where you belong"),
        ("RACIAL_HOSTILITY", 'the English are "ruining this country"'),
        ("DISTRESS", "he is upset and embarassed"),
    ],
)

case(
    33, "harassment_fear_of_violence", "CF",
    voice="notebook", case="lower", noise="typos", batch="te",
    pattern="out_of_county_roofer_threatens_elderly_customer_over_disputed_balance", relationship="customer", occasions=3,
    text="""\
pnb 0945 12/10 att 4 mill lane. ip mrs june akers, 71. states roofer she used in aug (mr [name], firm based in next county) charged £2,800 for a job she says wasnt done. she has refused to pay the balance. on 2/10 he came to the door and said 'pay up or ill knock your teeth out old woman'. on 8/10 he rang and said hed 'be back with the lads and you'll regret it'. on 11/10 rang again, 'last chance before you get hurt'. ip v frightend, says she beleives he will hurt her. ip shaking during acct. trading standards ref given. susp details to OIC, other force to be asked to arrest.""",
    spans=[
        ("THREAT_VIOLENCE", "pay up or ill knock your teeth out old woman"),
        ("STALK_CONTACT", "on 8/10 he rang"),
        ("THREAT_VIOLENCE", "be back with the lads and you'll regret it"),
        ("THREAT_VIOLENCE", "last chance before you get hurt"),
        ("FEAR_OF_VIOLENCE", "she beleives he will hurt her"),
        ("DISTRESS", "ip shaking during acct"),
    ],
)

case(
    34, "aggravated_stalking", "CSR",
    voice="crime_summary", case="lower", noise="clean", batch="te",
    pattern="btp_stranger_photographs_follows_hijab_wearing_student_across_county_line", relationship="stranger", occasions=4,
    text="""\
btp crime summary. victim is a 22 year old student who commutes between allerford and seaholme on the coast line across the county line. she wears a hijab. on 6, 13 and 20 february (all tuesdays) the same man got on at her stop, sat near her and took photos of her on his phone. on 20 february he followed her out of seaholme station as far as the university gates. on 27 february he was waiting at allerford platform before she arrived. on two of those days he said to her 'take that rag off, you're in england' and 'your lot blow up trains'. she has told him to leave her alone. she states she is not scared, she is 'just sick of it', and she has not changed her travel because she 'refuses to let him win'.""",
    spans=[
        ("REPETITION", "on 6, 13 and 20 february (all tuesdays)"),
        ("STALK_WATCH", "sat near her and took photos of her on his phone"),
        ("STALK_FOLLOW", "followed her out of seaholme station as far as the university gates"),
        ("STALK_LOITER", "he was waiting at allerford platform before she arrived"),
        ("RELIGIOUS_HOSTILITY", "take that rag off, you're in england"),
        ("RELIGIOUS_HOSTILITY", "your lot blow up trains"),
        ("UNWANTED", "she has told him to leave her alone"),
    ],
)

case(
    35, "aggravated_stalking_fear_alarm_distress", "CSFR",
    voice="notebook", case="upper", noise="heavy", batch="te",
    pattern="ex_partner_moved_out_of_force_racist_calls_threats_turns_up_at_work", relationship="ex_partner", occasions=9,
    text="""\
PNB 23/12 2215 ATT 14 ROWAN CT RE DA. IP (MS K MENSAH) STATES EX-P SUSP (MOVD TO [OTHER FORCE] AREA OCT) HAS RUNG X6 TONIGHT FROM NEW NO, CALLD HER 'BLACK B*TCH', 'MONKEY', SAID 'IM COMING DOWN TMRW AND UR GETTING STABBED'. ALSO ON 19/12 VIA TXT 'U AND UR AFRICAN FAMILY R DEAD'. TURNED UP AT HER WORK 20/12, STOOD IN RECEPTION TILL SECURITY MOVED HIM ON. IP V SCARED, CRYING, 'HE WILL DO IT'. DASH HIGH. 2 CHILDREN ASLEEP UPSTAIRS. OBS: IP SHAKING, DIFF TO CALM.""",
    spans=[
        ("STALK_CONTACT", "HAS RUNG X6 TONIGHT FROM NEW NO"),
        ("RACIAL_HOSTILITY", "BLACK B*TCH"),
        ("RACIAL_HOSTILITY", "MONKEY"),
        ("THREAT_VIOLENCE", "IM COMING DOWN TMRW AND UR GETTING STABBED"),
        ("THREAT_VIOLENCE", "U AND UR AFRICAN FAMILY R DEAD"),
        ("STALK_TURN_UP", "TURNED UP AT HER WORK 20/12"),
        ("STALK_LOITER", "STOOD IN RECEPTION TILL SECURITY MOVED HIM ON"),
        ("FEAR_OF_VIOLENCE", "HE WILL DO IT"),
        ("DISTRESS", "IP SHAKING, DIFF TO CALM"),
    ],
)

case(
    36, "aggravated_harassment_fear_of_violence", "CFR",
    voice="call_log", case="mixed", noise="abbrev", batch="te",
    pattern="former_wholesaler_racist_threatening_voicemails_cad_transferred_between_controls", relationship="business", occasions=3,
    text="""\
CAD 0412 17/05
10:12 Caller Mr Hamid, owner of a convenience store in Lyneham. Reports a man from a wholesaler he stopped using, based in Breckford (neighbouring force), has left voicemails on the shop phone.
10:15 VMs: 14/05 'you Paki rat, you owe us, I'll burn your shop with you in it'; 16/05 'I'm coming for you, Muslim scum'; today 0930 'tick tock'. Caller says he is frightened to open up alone and thinks the man will attack him.
10:31 NOTE: CAD opened by Breckford control as caller rang them first by mistake - transferred to us 10:30 as venue and victim are ours. Their grading P3 - upgraded to P2 given threats and racial/religious aggravation.
10:45 Officer to attend. VMs to be recorded on bodycam. Suspect name obtained, PNC shows lives Breckford.""",
    spans=[
        ("STALK_CONTACT", "has left voicemails on the shop phone"),
        ("RACIAL_HOSTILITY", "you Paki rat"),
        ("THREAT_VIOLENCE", "I'll burn your shop with you in it"),
        ("THREAT_VIOLENCE", "I'm coming for you"),
        ("RELIGIOUS_HOSTILITY", "Muslim scum"),
        ("FEAR_OF_VIOLENCE", "he is frightened to open up alone"),
        ("FEAR_OF_VIOLENCE", "thinks the man will attack him"),
    ],
)

case(
    37, "harassment", "C",
    voice="supervisor_review", case="mixed", noise="clean", batch="te",
    pattern="right_of_way_dispute_neighbour_films_van_and_sends_letters", relationship="neighbour", occasions=9,
    text="""\
Supervisor review - Sgt Dale. This was logged by the call handler as "stalking - neighbour watching and filming". Having read the statements I am reclassifying to harassment s.2. The parties live either side of a private lane on the force boundary. The suspect has photographed the victim's works van on at least six occasions since August when it is parked on the lane, has stood at his gate filming her as she manoeuvres it, and has sent her three letters and several texts demanding she moves it and quoting the deeds. Everything he does concerns the van and the right of way, which is a genuine (if badly handled) civil dispute; there is no sign of interest in her beyond that. Nevertheless the filming and the messages, repeated over months, are oppressive and the victim says she dreads coming home. Words of advice are not enough - OIC to interview. Link neighbouring force log 22/1180.""",
    spans=[
        ("STALK_WATCH", "photographed the victim's works van on at least six occasions since August"),
        ("STALK_WATCH", "stood at his gate filming her as she manoeuvres it"),
        ("STALK_CONTACT", "sent her three letters and several texts demanding she moves it"),
        ("REPETITION", "repeated over months"),
        ("DISTRESS", "the victim says she dreads coming home"),
    ],
)

case(
    38, "stalking", "CS",
    voice="crime_summary", case="upper", noise="abbrev", batch="te",
    pattern="ex_partner_breaches_restraining_order_attending_victims_new_job_in_other_force", relationship="ex_partner", occasions=2,
    text="""\
BREACH OF RESTRAINING ORDER / S.2A. SUSP SUBJECT TO RO (MAGS 03/19, INDEFINITE) NOT TO CONTACT IP OR ATTEND HER WORKPLACE. IP HAS SINCE MOVED JOBS TO A GARDEN CENTRE IN THE NEIGHBOURING FORCE AREA. ON 08/07 AND 22/07 SUSP ATTENDED THE GARDEN CENTRE, WALKED THE AISLES NEAR IP'S SECTION AND STOOD AT THE TILLS WATCHING HER FOR APPROX 20 MINS ON EACH OCCASION. DID NOT SPEAK TO HER. IP RECOGNISED HIM BOTH TIMES, TOLD MANAGER. CCTV BOTH DATES. IP STATES SHE IS NOT FRIGHTENED AND IS CARRYING ON AS NORMAL, "HE'S PATHETIC". SUSP ARRESTED 24/07, NO COMMENT. CHARGED BREACH RO X2 AND STALKING.""",
    spans=[
        ("REPETITION", "ON 08/07 AND 22/07"),
        ("STALK_TURN_UP", "SUSP ATTENDED THE GARDEN CENTRE"),
        ("STALK_LOITER", "WALKED THE AISLES NEAR IP'S SECTION"),
        ("STALK_WATCH", "STOOD AT THE TILLS WATCHING HER FOR APPROX 20 MINS ON EACH OCCASION"),
    ],
)

case(
    39, "stalking_fear_alarm_distress", "CSD",
    voice="vps", case="mixed", noise="clean", batch="te",
    pattern="released_man_in_distant_hostel_letters_gifts_victim_moves_changes_number", relationship="acquaintance", occasions=35,
    text="""\
Victim personal statement, Helen Marsh.
I knew Craig through a running club years ago. I have never been in a relationship with him. When he was released in the spring and went to live in a hostel in Durnford, a long way from here, I thought that would be the end of it. Instead the letters started again: thirty-two since May, some twenty pages long, about our 'future' and how he 'knows I feel the same'. He has sent flowers, a watch and a framed photograph of me that I have never seen before, taken from across the street outside my old house. He found my new mobile number and I had to change it again.
Because of him I have moved house, changed my number twice, had a camera and a panic alarm fitted, and I no longer run with the club because he knows the routes. I have lost the thing I loved doing. He has never threatened me. I still feel that I am being watched all the time.""",
    spans=[
        ("STALK_CONTACT", "the letters started again: thirty-two since May"),
        ("FIXATION", "how he 'knows I feel the same'"),
        ("STALK_GIFTS", "He has sent flowers, a watch and a framed photograph of me"),
        ("STALK_WATCH", "taken from across the street outside my old house"),
        ("STALK_MONITOR", "He found my new mobile number"),
        ("SERIOUS_IMPACT", "I have moved house"),
        ("SERIOUS_IMPACT", "changed my number twice, had a camera and a panic alarm fitted"),
        ("SERIOUS_IMPACT", "I no longer run with the club"),
        ("DISTRESS", "I still feel that I am being watched all the time"),
    ],
)

case(
    40, "aggravated_harassment", "CR",
    voice="judgment", case="mixed", noise="clean", batch="te",
    pattern="colleague_at_other_site_racist_chat_messages_over_shift_dispute_sentencing", relationship="colleague", occasions=20,
    text="""\
Sentencing remarks (extract). You fall to be sentenced for an offence of racially aggravated harassment. You and the complainant worked for the same logistics firm, you at the Daventon site and she at the site in Hollins, which falls under a different police force, which investigated. Over a period of some five weeks you sent her at least twenty messages on the company's internal chat system and to her personal phone. They began with a dispute about shift allocation, but they went far beyond it. You referred to her as a "foreigner taking British jobs" and told her that "people like you should be shipped back to Lagos". There were no threats of violence and the complainant, to her credit, was not frightened by you; but she was humiliated in front of colleagues who could see the chat. The racial hostility is plain and I reflect it in the sentence.""",
    spans=[
        ("REPETITION", "Over a period of some five weeks"),
        ("STALK_CONTACT", "you sent her at least twenty messages"),
        ("RACIAL_HOSTILITY", "foreigner taking British jobs"),
        ("RACIAL_HOSTILITY", "people like you should be shipped back to Lagos"),
        ("DISTRESS", "she was humiliated in front of colleagues"),
    ],
)

case(
    41, "harassment_fear_of_violence", "CFD",
    voice="mo_field", case="upper", noise="abbrev", batch="te",
    pattern="pub_acquaintance_out_of_force_texts_glassing_threats_over_bet", relationship="acquaintance", occasions=2,
    text="""\
MO: SUSP (KNOWN TO VIC FROM PUB) TXT VIC ON 2 OCCS 03/03 + 09/03 THREATENING TO 'GLASS' HIM OVER A POOL BET. VIC FEARS ASSAULT, NOW AVOIDS PUB. SUSP LIVES OUT OF FORCE, TXTS SENT FROM THERE.""",
    spans=[
        ("REPETITION", "ON 2 OCCS 03/03 + 09/03"),
        ("THREAT_VIOLENCE", "THREATENING TO 'GLASS' HIM"),
        ("FEAR_OF_VIOLENCE", "VIC FEARS ASSAULT"),
        ("SERIOUS_IMPACT", "NOW AVOIDS PUB"),
    ],
)

case(
    42, "aggravated_stalking", "CSR",
    voice="judgment", case="mixed", noise="clean", batch="te",
    pattern="dating_app_rejection_fixation_racist_abuse_travels_to_hospital_appeal", relationship="online", occasions=10,
    text="""\
Judgment (appeal against sentence, extract)
1. The appellant pleaded guilty to racially aggravated stalking. The victim, a Chinese-born nurse, had rejected the appellant's advances after the two met through a dating application. He lived, then and now, in the north of the county; she lived in a city policed by a neighbouring force, and the case was investigated there.
2. Over four months he sent her hundreds of messages professing that she "belonged to him", created profiles in her name on two other dating sites, and on three occasions travelled over seventy miles to wait outside the hospital where she worked. When she did not respond, the messages turned to abuse about her origin: she was a "virus-spreading ch*nk" and should "go back to eating bats".
3. The recorder found, and it is not challenged, that there were no threats of violence and that the victim, though distressed, had not altered her working life. Sentence was therefore passed under section 2A and section 32 of the 1998 Act, not section 4A. The ground that the racial uplift was excessive is without merit.""",
    spans=[
        ("UNWANTED", "had rejected the appellant's advances"),
        ("REPETITION", "Over four months"),
        ("STALK_CONTACT", "he sent her hundreds of messages"),
        ("FIXATION", "belonged to him"),
        ("STALK_PUBLISH", "created profiles in her name on two other dating sites"),
        ("REPETITION", "on three occasions"),
        ("STALK_LOITER", "travelled over seventy miles to wait outside the hospital where she worked"),
        ("RACIAL_HOSTILITY", "virus-spreading ch*nk"),
        ("RACIAL_HOSTILITY", "go back to eating bats"),
        ("DISTRESS", "though distressed"),
    ],
)

case(
    43, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="victim_diary", case="lower", noise="typos", batch="te",
    pattern="sacked_colleague_moved_away_returns_watches_racist_threats_victim_changes_job", relationship="colleague", occasions=7,
    text="""\
diary - started keeping this because the officer said to (pc lund, the other force, the one near mums)
12 jan - saw marcus's car outside work again. hes meant to be living in halstow now since they let him go. sat there the whole of my shift, 3 hrs.
15 jan - 14 messages, all 'why wont you talk to me', 'i just want 5 mins'. blocked the number.
19 jan - new number. 'you think your better than me you p*ki b*tch, go back to your own country'. cried in the toilets at work.
22 jan - he was at the petrol station by my house when i went to get milk, just stood by the pumps watching. he said 'your going to get whats coming, i'll make sure of it'. i ran home.
26 jan - flowers on my car windscreen at work with a card 'we could of been something'.
2 feb - message 'one day you'll be walking to your car and i'll be there, you'll see what i do to curry munchers'. i am so scared he is going to hurt me. i dont sleep.
5 feb - handed my notice in. starting at the beckford branch on the 19th, its 40 mins further but he doesnt know it. mum is driving me.
7 feb - spoke to the police at halstow about him as thats where he lives, they said theyd pass it to our local lot. nobody has rung me yet.""",
    spans=[
        ("STALK_LOITER", "saw marcus's car outside work again"),
        ("STALK_WATCH", "sat there the whole of my shift, 3 hrs"),
        ("STALK_CONTACT", "14 messages, all 'why wont you talk to me'"),
        ("FIXATION", "i just want 5 mins"),
        ("RACIAL_HOSTILITY", "you p*ki b*tch, go back to your own country"),
        ("DISTRESS", "cried in the toilets at work"),
        ("STALK_WATCH", "just stood by the pumps watching"),
        ("THREAT_VIOLENCE", "your going to get whats coming, i'll make sure of it"),
        ("STALK_GIFTS", "flowers on my car windscreen at work"),
        ("FIXATION", "we could of been something"),
        ("THREAT_VIOLENCE", "one day you'll be walking to your car and i'll be there"),
        ("RACIAL_HOSTILITY", "curry munchers"),
        ("FEAR_OF_VIOLENCE", "i am so scared he is going to hurt me"),
        ("SERIOUS_IMPACT", "handed my notice in"),
    ],
)

case(
    44, "aggravated_harassment_fear_of_violence", "CFR",
    voice="notebook", case="lower", noise="abbrev", batch="te",
    pattern="train_passenger_religious_slur_throat_threat_to_sikh_staff_repeated", relationship="stranger", occasions=2,
    text="""\
pnb 1140 plat 2 oakden. ip (stn staff, sikh) states male off the 1105 svc called him 'raghead' and said 'ill cut your throat' at barrier thurs, back today and said it again. ip scared, thinks male will attack him. male detained.""",
    spans=[
        ("RELIGIOUS_HOSTILITY", "called him 'raghead'"),
        ("THREAT_VIOLENCE", "ill cut your throat"),
        ("REPETITION", "back today and said it again"),
        ("FEAR_OF_VIOLENCE", "thinks male will attack him"),
    ],
)
