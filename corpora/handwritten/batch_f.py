# ruff: noqa: E501
"""Hand-written narratives, writer f: reports by third parties and online conduct."""

from corpora.handwritten import case

case(
    1, "stalking", "CS",
    voice="third_party", case="mixed", noise="abbrev", batch="f",
    pattern="gym_member_matches_class_times_waits_in_reception", relationship="acquaintance", occasions=7,
    text="""\
1042 CLR is duty manager at Pulse Fitness, Arnold Rd. Calling on behalf of a member (IP) Keeley OKONJO-BRANDT, 29 - IP is in the office with her but doesnt want to speak on the phone. Male member known to staff as 'Dom' (surname on system WARLEY, DOB 11/02/1991) has been turning up at the same class times as IP since she turned down a coffee with him in Jan. Staff have seen him sat in reception 'waiting' for her to finish approx 6 or 7 times. Last wk he followed her out to the car park and asked why she was ignoring him. IP has told him twice she is not interested. CLR says when IP moved from Tues spin to Thurs he changed his gym times to match each time she changes hers - CLR has checked the swipe card log. Membership suspended pending review. IP not injured, no threats mentioned. IP wants advice re what to do if he appears at her home.
1051 THRIVE - no immediate risk, susp not on premises. Scheduled appt, SNT to call back.""",
    spans=[
        ("STALK_TURN_UP", "turning up at the same class times as IP"),
        ("STALK_LOITER", "sat in reception 'waiting' for her to finish"),
        ("REPETITION", "approx 6 or 7 times"),
        ("STALK_FOLLOW", "followed her out to the car park"),
        ("UNWANTED", "IP has told him twice she is not interested"),
        ("FIXATION", "changed his gym times to match each time she changes hers"),
    ],
)

case(
    2, "no_offence", "",
    voice="result_note", case="mixed", noise="abbrev", batch="f",
    pattern="school_attendance_letters_reported_as_hounding", relationship="business", occasions=9,
    text="""\
Result: NFA - no offence disclosed.
RP Mr Tariq HUSSAIN-LOWE reported the attendance officer at Thornbury Academy for 'harassing' him - 5 letters and 3 phone calls since Sept plus a home visit on 14/11, all re his son's attendance (58% this term). I have spoken to the attendance lead Mrs D FAIRCLOUGH who confirmed every contact was made under the school's attendance policy and the LA penalty notice process, copies of letters provided. Letters viewed - polite, standard format, signed. RP accepts nobody has been rude to him but says it 'feels like being hounded'. Advised this is for the school complaints procedure / the LA not police. Crime not recorded (N100 not req). RP not happy with outcome, given complaints leaflet + VRR info not applicable. Log closed 1610.""",
    spans=[],
)

case(
    3, "aggravated_harassment", "CR",
    voice="third_party", case="mixed", noise="typos", batch="f",
    pattern="parent_reports_racist_abuse_of_son_in_game_voice_chat", relationship="online", occasions=3,
    text="""\
Mum (Mrs Grace ADEBAYO) came to the front counter at Moss Side 19/03 about her son Tobi who is 15. Over the last fortnight a player with the gamertag 'xKRAKENx_07' has been abusing Tobi in Fortnite voice chat and then in Xbox messages after. Mum recorded 3 sessions on her phone when she heard it through his headset. On the recordings the male calls Tobi a 'n*****', tells him to 'go back to the jungle' and says black kids cant play and should be banned. Mum thinks the gamertag belongs to a boy in yr 11 at Tobi's school (Hollins Park) because he knew Tobi's PE teacher's name, but Tobi isnt sure and didnt want to say. Tobi upset, hasnt been on the Xbox since the weekend. No threats of violence on the recordings. Mum wants it recorded and the school told, doesnt want the other lad 'arrested if its a kid'. Recordings + 11 screenshots uploaded to DEMS ref 0319/TA.""",
    spans=[
        ("REPETITION", "Over the last fortnight"),
        ("REPETITION", "3 sessions"),
        ("RACIAL_HOSTILITY", "calls Tobi a 'n*****'"),
        ("RACIAL_HOSTILITY", "tells him to 'go back to the jungle'"),
        ("RACIAL_HOSTILITY", "says black kids cant play and should be banned"),
        ("DISTRESS", "Tobi upset"),
    ],
)

case(
    4, "harassment_fear_of_violence", "CFD",
    voice="third_party", case="mixed", noise="abbrev", batch="f",
    pattern="housing_officer_reports_neighbour_threats_to_elderly_tenant", relationship="neighbour", occasions=3,
    text="""\
Call from Rhian PRYCE, tenancy officer at Calder Valley Homes, re tenant Mr Alun GRIFFITHS (67) of 4 Mill Terrace. Alun is hard of hearing so she is ringing for him - he's sat with her. Neighbour at no.6 (Craig, surname unknown to CLR, the tenancy is in his partner's name) has threatened Alun three times in the last month over the shared bins and the dog mess. 02/06 told him 'ill put you in the ground old man'. 11/06 banged on his door and said he'd 'do him' next time. Sat just gone said he'd set the dog on him. Alun told Rhian he is frightened Craig will hurt him, and after the 11th he rang her in tears saying he thought Craig would 'come through the door' at him. When she visited Sat he was shaking. He has been keeping his curtains shut and not using the back yard. HA has issued the partner a tenancy warning letter. CLR requests officer visit. Not DA so no DASH - HA ASB risk matrix scored high.""",
    spans=[
        ("REPETITION", "three times in the last month"),
        ("THREAT_VIOLENCE", "'ill put you in the ground old man'"),
        ("THREAT_VIOLENCE", "said he'd 'do him' next time"),
        ("THREAT_VIOLENCE", "said he'd set the dog on him"),
        ("FEAR_OF_VIOLENCE", "frightened Craig will hurt him"),
        ("FEAR_OF_VIOLENCE", "thought Craig would 'come through the door' at him"),
        ("DISTRESS", "he was shaking"),
        ("SERIOUS_IMPACT", "keeping his curtains shut and not using the back yard"),
    ],
)

case(
    5, "stalking_fear_alarm_distress", "CSD",
    voice="third_party", case="mixed", noise="abbrev", batch="f",
    pattern="idva_referral_airtag_in_car_icloud_access", relationship="ex_partner", occasions=4,
    text="""\
Referral from IDVA (Safer Futures - Jo McCANDLESS) emailed to DA hub 0815 Tues.
Client: Priya NAIR-HOLLOWAY 34. Ex-partner Lewis HOLLOWAY 37, sep'd Aug, no children, she kept the flat.
Client found an Apple AirTag taped inside the spare wheel well of her Corsa on Sunday after her phone kept alerting 'unknown accessory moving with you'. Before this Lewis had twice turned up at places she'd only just got to (Tesco Meadowhall, her sister's in Rotherham) and once messaged 'nice to see you out with Becky'. She also had an alert in Sept that her iCloud was accessed from a new device - she has changed the password since. Client is now staying with her mum in Mexborough, has swapped her shifts at work so she isnt leaving in the dark, and her GP has started her on sertraline. She doesnt think he'd hit her ('never laid a finger on me') but says she 'can't breathe' when she thinks about him knowing where she is.
Request: police contact + AirTag to be examined (bagged, client has it). Client consents to referral. DASH by IDVA = medium, not MARAC at present.""",
    spans=[
        ("STALK_MONITOR", "an Apple AirTag taped inside the spare wheel well of her Corsa"),
        ("STALK_TURN_UP", "twice turned up at places she'd only just got to"),
        ("STALK_CONTACT", "messaged 'nice to see you out with Becky'"),
        ("STALK_MONITOR", "her iCloud was accessed from a new device"),
        ("SERIOUS_IMPACT", "now staying with her mum in Mexborough"),
        ("SERIOUS_IMPACT", "swapped her shifts at work so she isnt leaving in the dark"),
        ("SERIOUS_IMPACT", "her GP has started her on sertraline"),
        ("DISTRESS", "'can't breathe' when she thinks about him knowing where she is"),
    ],
)

case(
    6, "harassment", "C",
    voice="crime_summary", case="mixed", noise="abbrev", batch="f",
    pattern="dismissed_employee_abusive_emails_to_manager", relationship="colleague", occasions=13,
    text="""\
Reported by HR Director at Brindley & Cole Logistics, Sandra OYELARAN, on behalf of staff member IP Martin TEAGUE (warehouse mgr). Susp Dean FAWKES was dismissed by IP in March for gross misconduct (forklift incident). Since his appeal failed on 3/4 susp has sent 9 emails to IP's work address and 2 to the general enquiries inbox calling IP a 'spineless liar', a 'fat c***' and 'a disgrace of a manager'. All about the dismissal. Also left 2 voicemails on the office landline - 'you ruined my life you prick'. No threats of violence, IP not in fear - describes it as 'wearing' and says he dreads opening his inbox on a Monday. Company sent susp a letter 18/4 asking him to stop contacting staff and pointing him to ACAS/tribunal; 2 more emails since. Susp not known to have come to site, lives in Wellingborough. Emails exported as PDF and attached.""",
    spans=[
        ("REPETITION", "9 emails to IP's work address"),
        ("REPETITION", "2 voicemails"),
        ("DISTRESS", "dreads opening his inbox on a Monday"),
        ("UNWANTED", "letter 18/4 asking him to stop contacting staff"),
        ("REPETITION", "2 more emails since"),
    ],
)

case(
    7, "aggravated_stalking", "CSR",
    voice="updates", case="mixed", noise="abbrev", batch="f",
    pattern="fake_instagram_impersonation_anti_muslim_captions_friend_spotted", relationship="acquaintance", occasions=4,
    text="""\
UPDATE 22/09 PC 4471 BRAZIER
IP (Amina RASHID 24) attended with her friend Hollie who first spotted the account. Instagram account '@amina.rashid.exposed' created approx 3 wks ago uses IP's graduation photos and posts captions purporting to be from her eg 'im a dirty terrorist sympathiser', plus pics of her in hijab with pig emojis over her face. IP believes it is Jordan PEEL-MARSH, a former uni flatmate - they fell out in 2023 after he kept asking her out and she told him to back off. Hollie says a second account '@real_amina_r' appeared after the first was reported.

UPDATE 25/09
Screenshots obtained from Hollie (x23). Second account has also DM'd 4 of IP's family members with the same pics. One post comments on where IP was on Sat (Costa, Fargate) with a photo taken from across the street - IP did not know she had been photographed. IP upset but says she is 'more angry than scared' and is carrying on as normal, still going into work. Production order to Meta to be considered - will discuss w/ DS. Susp not yet spoken to.""",
    spans=[
        ("STALK_PUBLISH", "uses IP's graduation photos and posts captions purporting to be from her"),
        ("RELIGIOUS_HOSTILITY", "'im a dirty terrorist sympathiser'"),
        ("RELIGIOUS_HOSTILITY", "pics of her in hijab with pig emojis over her face"),
        ("FIXATION", "he kept asking her out"),
        ("STALK_PUBLISH", "a second account '@real_amina_r' appeared after the first was reported"),
        ("STALK_PUBLISH", "DM'd 4 of IP's family members with the same pics"),
        ("STALK_WATCH", "a photo taken from across the street"),
        ("DISTRESS", "IP upset"),
    ],
)

case(
    8, "aggravated_harassment_fear_of_violence", "CFR",
    voice="statement", case="mixed", noise="clean", batch="f",
    pattern="polish_neighbour_threats_over_fence_and_driveway", relationship="neighbour", occasions=2,
    text="""\
I live at 31 Westfield Road with my husband Pawel and our daughter who is 8. I am Polish and have lived in the UK since 2011. The man at number 29, who I know as Gaz, started to be unpleasant to us after we put up the new fence in April, he said it was on his side.

On Saturday the 3rd of May at about 4pm I was in the garden with my daughter. He leaned over the fence and shouted 'you Polish scum, go back to your own country before I burn you out'. My daughter started crying. I was very scared he would set fire to our house with us inside and that night I checked the doors three times.

On Saturday the 17th of May at about 7.30pm I was getting out of my car on the drive. He walked right up to me, his face was very close and I could smell drink, and he said 'next time I see you ill knock your teeth out you eastern european sl*g'. I really thought he was going to punch me there and then. I went inside and rang Pawel at work.

I have not spoken to him at all. I do not go in the garden now if his car is outside.""",
    spans=[
        ("RACIAL_HOSTILITY", "'you Polish scum, go back to your own country"),
        ("THREAT_VIOLENCE", "before I burn you out'"),
        ("FEAR_OF_VIOLENCE", "very scared he would set fire to our house with us inside"),
        ("THREAT_VIOLENCE", "'next time I see you ill knock your teeth out"),
        ("RACIAL_HOSTILITY", "you eastern european sl*g'"),
        ("FEAR_OF_VIOLENCE", "really thought he was going to punch me there and then"),
    ],
)

case(
    9, "no_offence", "",
    voice="call_log", case="upper", noise="abbrev", batch="f",
    pattern="single_abusive_dating_app_message_then_unmatched", relationship="online", occasions=1,
    text="""\
CAD 2231 21/10
1914 CLR NADIA FERREIRA-KNOX REPORTING MSG RECD ON HINGE. MATCHED WITH MALE 'OLLIE' YESTERDAY, SHE SAID NOT INTERESTED AFTER HE ASKED FOR PICS. HE REPLIED WITH ONE MSG CALLING HER A 'FRIGID UGLY B***H WHO SHOULD BE GRATEFUL' THEN UNMATCHED. NO FURTHER CONTACT SINCE. NO NUMBERS EXCHANGED, SURNAME NK, HE HAS NO OTHER DETAILS FOR HER. CLR SHAKEN BUT MAINLY WANTS IT LOGGED IN CASE HE DOES IT TO SOMEONE ELSE. ADV REPORT TO HINGE + KEEP SCREENSHOT.
1920 THRIVE LOW. NO DEPLOYMENT. MCA CONSIDERED - SINGLE MSG, CLR DOES NOT WISH TO PURSUE. RESOLVED - ADVICE GIVEN.""",
    spans=[
        ("DISTRESS", "CLR SHAKEN"),
    ],
)

case(
    10, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="third_party", case="mixed", noise="clean", batch="f",
    pattern="gp_letter_pharmacy_customer_waits_outside_new_accounts_racial_slur", relationship="customer", occasions=6,
    text="""\
Letter from Dr S. ELLINGHAM, Riverside Medical Practice, dated 08/01, scanned to the crime record:

'I am writing at the request of my patient Ms Harpreet KAUR (DOB xx/xx/1996), who has consented to this disclosure. Ms Kaur has attended the surgery four times since October with severe anxiety, poor sleep and panic attacks, which she attributes to the behaviour of a man who was a customer at the pharmacy where she works. She describes him waiting outside the pharmacy at closing time on many occasions, and sending her friend requests and messages on Facebook from several accounts after she blocked him. She showed me messages in which he called her a "p*** princess" and said "your lot" should be grateful he bothers with her. She has told me she transferred to a different branch in Dewsbury to avoid him and that her mother now drives her to and from work. I have signed her off work for two weeks and started medication. In my opinion her presentation is consistent with her account.'

OIC note: susp believed to be Kieran DOYLE 41 - IP identified him from a Facebook profile pic. PNC nil of note.""",
    spans=[
        ("DISTRESS", "severe anxiety, poor sleep and panic attacks"),
        ("STALK_LOITER", "waiting outside the pharmacy at closing time"),
        ("REPETITION", "on many occasions"),
        ("STALK_CONTACT", "sending her friend requests and messages on Facebook from several accounts"),
        ("UNWANTED", "after she blocked him"),
        ("RACIAL_HOSTILITY", 'called her a "p*** princess"'),
        ("RACIAL_HOSTILITY", 'said "your lot" should be grateful he bothers with her'),
        ("SERIOUS_IMPACT", "transferred to a different branch in Dewsbury to avoid him"),
        ("SERIOUS_IMPACT", "her mother now drives her to and from work"),
        ("SERIOUS_IMPACT", "signed her off work for two weeks"),
    ],
)

case(
    11, "stalking", "CS",
    voice="mo_field", case="upper", noise="abbrev", batch="f",
    pattern="ex_tracks_via_shared_google_and_life360", relationship="ex_partner", occasions=5,
    text="""\
SUSP (EX BF) CONTINUED TO USE SHARED GOOGLE ACC + LIFE360 TO TRACK IP LOCATION AFTER SPLIT. SENT IP MSGS REFERRING TO WHERE SHE HAD BEEN (GYM, FRIENDS HSE) ON AT LEAST 5 DAYS. IP HAS ASKED HIM TO STOP. NO THREATS.""",
    spans=[
        ("STALK_MONITOR", "USE SHARED GOOGLE ACC + LIFE360 TO TRACK IP LOCATION"),
        ("STALK_CONTACT", "SENT IP MSGS REFERRING TO WHERE SHE HAD BEEN"),
        ("REPETITION", "ON AT LEAST 5 DAYS"),
        ("UNWANTED", "IP HAS ASKED HIM TO STOP"),
    ],
)

case(
    12, "harassment_fear_of_violence", "CF",
    voice="call_log", case="mixed", noise="abbrev", batch="f",
    pattern="daughter_reports_threatening_voice_notes_over_will", relationship="family", occasions=8,
    text="""\
1738hrs Caller is Simone BARTHOLOMEW, daughter of IP Mrs Winifred BARTHOLOMEW (71), 14 Fairfax Close. IP's brother-in-law Lloyd BARTHOLOMEW has been sending IP WhatsApp voice notes about her late husband's will. Caller has listened to them - approx 8 since the funeral on the 12th. In one on Weds he says 'I'll come down there and break your neck you old witch' if he doesn't get what's his. Another last night saying she 'won't see Christmas'. IP rang caller at 2330 last night crying, said she was scared he was going to come and hurt her, and again this morning said she hadnt slept because she thought he'd turn up and attack her. Lloyd lives in Leicester, not known to have been to the address. IP won't call herself - embarassed about family business. Caller asking for someone to visit mum today.
1741 G2. PNC check on Lloyd - no trace.
1812 Resource assigned PC 6120.""",
    spans=[
        ("REPETITION", "approx 8 since the funeral on the 12th"),
        ("THREAT_VIOLENCE", "'I'll come down there and break your neck you old witch'"),
        ("THREAT_VIOLENCE", "she 'won't see Christmas'"),
        ("FEAR_OF_VIOLENCE", "scared he was going to come and hurt her"),
        ("FEAR_OF_VIOLENCE", "thought he'd turn up and attack her"),
    ],
)

case(
    13, "harassment", "C",
    voice="third_party", case="mixed", noise="typos", batch="f",
    pattern="union_rep_reports_team_leader_abusive_teams_messages", relationship="colleague", occasions=20,
    text="""\
Email from Unite rep (Gareth NWOSU) to SNT inbox, 1 Feb, forwarded to OIC:
'Morning, I'm contacting you about one of our members, Lisa HARGREAVES, who works nights at the fulfilment centre on Prologis Park. A team leader there, Ryan (I dont have his surname to hand) has been sending her abusive messages on the work Teams chat and on her personal whatsapp ever since she put in a greivance about him in December. I have seen about 20 of them. Its things like "grass", "snake", "everyone knows your a mental case" and "hope your kids know what a sad cow there mum is". Most get sent in the early hours when they are both on shift. Lisa has been to HR too but she wants the police aware because its carrying on outside work. Shes not frightened of him as such but she's been in tears on shift twice and her supervisor sent her home once. Can somebody give her a ring, she is on days off till Thursday.'""",
    spans=[
        ("REPETITION", "about 20 of them"),
        ("DISTRESS", "she's been in tears on shift twice"),
    ],
)

case(
    14, "stalking_fear_alarm_distress", "CSF",
    voice="dash_note", case="mixed", noise="abbrev", batch="f",
    pattern="s_dash_bumble_match_new_profiles_turns_up_threat", relationship="online", occasions=8,
    text="""\
S-DASH completed 14/07 DC ROWNTREE 5512
Q1 frightened - YES. IP 'terrified he's going to hurt me'. When he appeared outside her flat 9/7 she thought he was going to drag her into his car.
Q2 prev harassment - YES. Met on Bumble April, 2 dates, IP ended it by text 2/5. Since then 30+ msgs from new numbers + 4 new Bumble/Hinge profiles using different names but his photos, all messaging her.
Q3 damage - no
Q4 visits >3/wk - NO, but has been to her work (Boots, Merry Hill) twice.
Q5 loitering - YES, 9/7 sat in his car outside her flat approx 1hr.
Q6 threats - YES. VM 6/7 'if I can't have you no one will'. IP says she is sure he'll attack her if he gets the chance.
Q7 others harassed - not known. Q8-Q11 - no / NK.
Yes total 5. Grade HIGH on prof judgement - new behaviour of attending home addr, threat. MARAC referral submitted. IP staying at sister's tonight.""",
    spans=[
        ("FEAR_OF_VIOLENCE", "'terrified he's going to hurt me'"),
        ("FEAR_OF_VIOLENCE", "she thought he was going to drag her into his car"),
        ("UNWANTED", "IP ended it by text 2/5"),
        ("STALK_CONTACT", "30+ msgs from new numbers"),
        ("STALK_CONTACT", "4 new Bumble/Hinge profiles using different names but his photos"),
        ("STALK_TURN_UP", "has been to her work (Boots, Merry Hill) twice"),
        ("STALK_LOITER", "sat in his car outside her flat approx 1hr"),
        ("THREAT_VIOLENCE", "'if I can't have you no one will'"),
        ("FEAR_OF_VIOLENCE", "sure he'll attack her if he gets the chance"),
        ("ESCALATION", "new behaviour of attending home addr"),
    ],
)

case(
    15, "aggravated_harassment", "CR",
    voice="third_party", case="mixed", noise="typos", batch="f",
    pattern="mosque_trustee_reports_anti_muslim_emails_to_imam", relationship="stranger", occasions=6,
    text="""\
Reported online via Single Online Home 03/03 2217hrs.
Reporter: Mohammed Irfan SIDDIQUI, trustee, Jamia Masjid Noor, Ladypool Rd.
'Over Ramadan the masjid and our imam Sheikh Bilal AHMED have recieved emails from the same gmail account, I count 6 so far, one every few days. They are addressed to the imam by name and say things like "your paedo prophet", "Islam is a disease and you are spreading it" and "take your sand religion back where it came from". No threats in any of them that I can see. The imam is not worried for his safety but he finds them deeply hurtful and asked the trustees to deal with it. I have saved the email headers. We do not know who is sending them.'
Note: reporter provided sender address - passed to OIC for comms data app consideration.""",
    spans=[
        ("REPETITION", "I count 6 so far, one every few days"),
        ("RELIGIOUS_HOSTILITY", '"your paedo prophet"'),
        ("RELIGIOUS_HOSTILITY", '"Islam is a disease and you are spreading it"'),
        ("RELIGIOUS_HOSTILITY", '"take your sand religion back where it came from"'),
        ("DISTRESS", "finds them deeply hurtful"),
    ],
)

case(
    16, "no_offence", "",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="f",
    pattern="coparenting_whatsapp_mutual_abuse_reclassify", relationship="ex_partner", occasions=10,
    text="""\
Supervisor review 12/12 - Sgt 2290 LINDQVIST
This has been recorded as harassment on the strength of the IP's first call. Having read the full download of the WhatsApp thread I don't think that stands. IP (Charlene DUFFY) and her ex Jamal WHITTAKER-ROSS share care of their son and the thread is one long running argument about handovers going back to August. Both are abusive in roughly equal measure - she calls him a 'deadbeat' and a 'waste of space', he calls her a 'psycho' and 'unhinged' - and she starts about half the exchanges. Every message is about the childcare arrangements. No threats either way, no attendance at each other's addresses outside handovers, nothing to suggest he's checking up on her or where she goes. IP told me on the phone today she 'just wanted someone to tell him to grow up'.
Action: reclassify to non-crime DA incident. DASH standard (done 09/12). Signpost both to mediation / Family Court for a child arrangements order. OIC to update IP. NFA.""",
    spans=[],
)

case(
    17, "stalking", "CS",
    voice="third_party", case="mixed", noise="abbrev", batch="f",
    pattern="school_deputy_reports_ex_parent_gifts_and_railings", relationship="acquaintance", occasions=8,
    text="""\
0914 Call from Deputy Head, St Aidan's CE Primary, Mr Ian CROSSLEY.
Concern re one of their teachers Miss Eloise BRANNAGH (26). A dad whose child left the school in July - Terry, surname on their system MALLINSON - keeps leaving cards and small gifts for her at the office. Chocolates, a necklace, a card saying 'I know we have something special'. 5 since Sept. School have sent them back and the head wrote to him 29/9 asking him not to come onto site. He is now stood at the railings most mornings around 0830 though he has no child there now, and Fri he was in the staff car park next to Eloise's car at 1630 when she came out. Eloise says she feels uncomfortable, he has never threatened her, and she still wants to carry on as normal. Deputy asking for advice / police to speak to him.
0922 passed to SNT Hillfoot, PCSO to attend school w/c 14th.""",
    spans=[
        ("STALK_GIFTS", "keeps leaving cards and small gifts for her at the office"),
        ("FIXATION", "'I know we have something special'"),
        ("REPETITION", "5 since Sept"),
        ("UNWANTED", "asking him not to come onto site"),
        ("STALK_LOITER", "stood at the railings most mornings around 0830"),
        ("STALK_TURN_UP", "in the staff car park next to Eloise's car at 1630"),
        ("DISTRESS", "feels uncomfortable"),
    ],
)

case(
    18, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="third_party", case="mixed", noise="clean", batch="f",
    pattern="member_services_reports_antisemitic_threats_to_councillor", relationship="online", occasions=9,
    text="""\
Councillor Ruth ABRAMS (Broughton ward) - reported by Salford CC Member Services, officer Dale HEATON, 26/02 by phone then email.
Since 14/02 an X account '@Mancunian_Patriot88' has replied to the Cllr's posts and sent her DMs, 9 to date. Content includes 'Zionist vermin', 'the ovens were too good for your lot' and on 20/02 'we know which surgery you hold on Saturdays, see you there'. On 22/02 'you'll get a knife in you one of these days'. Dale says the Cllr rang him on the Friday saying she was frightened to go to her Saturday surgery as she believed he'd be there to hurt her, and after the 22nd message she rang him at home at night saying she was sure someone was going to stab her. Her ward surgery has been moved online for now and she has stopped walking to the civic centre. Account appears local (posts about Swinton precinct, Pendlebury). Screenshots attached to email. Dale is the SPOC for the council.""",
    spans=[
        ("REPETITION", "9 to date"),
        ("RELIGIOUS_HOSTILITY", "'Zionist vermin'"),
        ("RACIAL_HOSTILITY", "'the ovens were too good for your lot'"),
        ("THREAT_VIOLENCE", "'we know which surgery you hold on Saturdays, see you there'"),
        ("THREAT_VIOLENCE", "'you'll get a knife in you one of these days'"),
        ("FEAR_OF_VIOLENCE", "believed he'd be there to hurt her"),
        ("FEAR_OF_VIOLENCE", "sure someone was going to stab her"),
        ("SERIOUS_IMPACT", "Her ward surgery has been moved online for now"),
    ],
)

case(
    19, "aggravated_stalking", "CSR",
    voice="notebook", case="inconsistent", noise="abbrev", batch="f",
    pattern="neighbour_films_family_posts_tiktok_anti_romanian", relationship="neighbour", occasions=5,
    text="""\
WEDNESDAY 11TH JUNE 2025
1405 Attended 22 Cobden St re ongoing. Spoke to Mr Florin DUMITRU (44), wife Ana present. States neighbour opposite Mr Shane LOFTUS has been filming the family from his front bedroom window on his phone most days since Easter. Florin showed me 3 TikToks posted by acc 'loftyburnley' showing his wife and kids getting into the car, captions 'gypsy benefit scroungers on tour' and 'another day another Romanian robbing us blind'. One shows the reg of Florin's work van. Florin says I AM NOT FRIGHTENED OF HIM, HE IS A SMALL MAN but wants it to stop. Kids have been asked about the videos at school.
1425 Spoke LOFTUS at no.25. He said IT'S MY WINDOW I'LL FILM WHAT I WANT. Words of advice re filming/posting. Declined to remove videos.
1440 Left. MG11 from Florin arranged 13/06 1000. SB""",
    spans=[
        ("STALK_WATCH", "filming the family from his front bedroom window on his phone"),
        ("REPETITION", "most days since Easter"),
        ("STALK_PUBLISH", "3 TikToks posted by acc 'loftyburnley'"),
        ("RACIAL_HOSTILITY", "'gypsy benefit scroungers on tour'"),
        ("RACIAL_HOSTILITY", "'another day another Romanian robbing us blind'"),
    ],
)

case(
    20, "harassment_fear_of_violence", "CFD",
    voice="crime_summary", case="lower", noise="typos", batch="f",
    pattern="barred_pub_customer_threatens_manager_calls_and_door", relationship="customer", occasions=5,
    text="""\
ip is manager of the crown & anchor on holme lane. susp (jase / jason PICKERSGILL) was barred 2 wks ago after a fight in the beer garden. since then he has rung the pub landline 4 times asking for ip by name and told her he will 'smash her face in' and that he'll 'wait for her after close'. on sat 10th he came to the front door at closing time shouting he would 'glass' her, door staff moved him on. ip states she was genuinely scared he would do it on sat and locked herself in the office till her taxi came, and she is now scared every night at closing that he will be waiting to attack her. staff now walk her to the car and she has stopped doing the late shifts on her own. no previous between them before the barring. susp known for violence (pnc). door cam cctv requested from brewery. ip happy to do a statment.""",
    spans=[
        ("REPETITION", "rung the pub landline 4 times"),
        ("THREAT_VIOLENCE", "'smash her face in'"),
        ("THREAT_VIOLENCE", "shouting he would 'glass' her"),
        ("FEAR_OF_VIOLENCE", "genuinely scared he would do it on sat"),
        ("FEAR_OF_VIOLENCE", "scared every night at closing that he will be waiting to attack her"),
        ("SERIOUS_IMPACT", "stopped doing the late shifts on her own"),
    ],
)

case(
    21, "stalking_fear_alarm_distress", "CSD",
    voice="third_party", case="mixed", noise="abbrev", batch="f",
    pattern="mother_reports_teen_ex_snapchat_accounts_snap_map_college", relationship="ex_partner", occasions=13,
    text="""\
0907 CLR Mrs Joanne PRITCHARD re her daughter Mia 17. Mia's ex BF Kai LEVERTON (18) - split in Nov. He keeps making new Snapchat accs to message her after she blocks him, CLR thinks 10+ accounts now. He used to be on her Snap Map and still seems to know where she is - turned up at Nando's when she was out with friends, and waiting outside the college gates twice. Mia has not been to college for 2 wks, has deleted insta + snap, and won't go out unless CLR drives her. CLR says Mia isnt scared he'd hurt her ('he's not like that') but she is in bits. Kai's mum has been told, says he is 'heartbroken' and will 'have a word'.
0915 Grade: scheduled. Both YP - PPU aware, safeguarding referral for Mia submitted. Appt Thurs 1800 at home addr.""",
    spans=[
        ("STALK_CONTACT", "keeps making new Snapchat accs to message her"),
        ("UNWANTED", "after she blocks him"),
        ("REPETITION", "10+ accounts now"),
        ("STALK_MONITOR", "still seems to know where she is"),
        ("STALK_TURN_UP", "turned up at Nando's when she was out with friends"),
        ("STALK_LOITER", "waiting outside the college gates twice"),
        ("SERIOUS_IMPACT", "has not been to college for 2 wks"),
        ("SERIOUS_IMPACT", "won't go out unless CLR drives her"),
        ("DISTRESS", "she is in bits"),
    ],
)

case(
    22, "harassment", "C",
    voice="victim_diary", case="mixed", noise="clean", batch="f",
    pattern="landlord_abusive_texts_over_deposit_diary", relationship="landlord", occasions=5,
    text="""\
Diary kept by Sophie ANTWI-LANE - typed up and attached to the crime report by PC 3308 on 16/08.

Mon 4 Aug 10.12pm - text from Mr Kapoor (old landlord) 'you're a lying little tramp, you'll not see a penny of that deposit'. Screenshot saved. Didn't reply.
Wed 6 Aug 7.40am - 2 voicemails, him shouting, called me thick and a scrounger. Saved to laptop.
Wed 6 Aug 11pm - text 'enjoy your new place, hope the roof leaks on you'.
Sat 9 Aug - email to my work address calling me a thief. He had it from my reference form I think.
Fri 15 Aug - text 'still waiting for my £240 for the carpet you ruined you pig'.
I've told him twice to only contact me through the deposit scheme. It's making me feel sick every time my phone goes.""",
    spans=[
        ("REPETITION", "2 voicemails"),
        ("UNWANTED", "told him twice to only contact me through the deposit scheme"),
        ("DISTRESS", "making me feel sick every time my phone goes"),
    ],
)

case(
    23, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="third_party", case="lower", noise="typos", batch="f",
    pattern="friend_webchat_ex_husband_find_my_ipad_racist_messages", relationship="ex_partner", occasions=6,
    text="""\
101 webchat transcript (extract) 23:14-23:31
Customer: hi im reporting for my friend shes too scared to do it herself. her ex husband keeps finding out where she is
Agent: I'm sorry to hear that. Can you tell me your friend's name and what has been happening?
Customer: Denise CAMPBELL-ROSE. they split in march. hes found her at her new flat, at her mums, at the hairdressers. she found out tonight her old ipad is still logged into his apple id with find my on so hes been tracking her the whole time
Customer: he sends her messages calling her a black b***h and a monkey and says she'll 'get whats coming'. last week he was sat outside the hairdressers in his van and she was convinced he was going to drag her out and beat her. tonight she rang me screaming that he'd kill her when he finds out she knows
Agent: Is she safe right now?
Customer: shes at mine in eccles. she wont go back to the flat, shes not been to work since thursday
Agent: Thank you. I'm going to pass this to the control room now as an urgent log.
[log 1102 raised 23:29, G1]""",
    spans=[
        ("STALK_TURN_UP", "hes found her at her new flat, at her mums, at the hairdressers"),
        ("STALK_MONITOR", "still logged into his apple id with find my on"),
        ("RACIAL_HOSTILITY", "calling her a black b***h"),
        ("RACIAL_HOSTILITY", "a monkey"),
        ("THREAT_VIOLENCE", "says she'll 'get whats coming'"),
        ("STALK_LOITER", "sat outside the hairdressers in his van"),
        ("FEAR_OF_VIOLENCE", "convinced he was going to drag her out and beat her"),
        ("FEAR_OF_VIOLENCE", "screaming that he'd kill her"),
        ("SERIOUS_IMPACT", "she wont go back to the flat"),
        ("SERIOUS_IMPACT", "shes not been to work since thursday"),
    ],
)

case(
    24, "no_offence", "",
    voice="third_party", case="mixed", noise="abbrev", batch="f",
    pattern="son_reports_debt_collector_calls_to_elderly_father", relationship="business", occasions=12,
    text="""\
1532 Call from Mr Daniel O'ROURKE on behalf of his dad Patrick O'ROURKE (79), lives alone, Hessle. Dad getting letters and phone calls from a debt collection firm (Lowell) re an old catalogue account from 2019 - 3 letters in the last month and 'loads' of calls, Daniel thinks maybe 8 or 9. One call handler was 'a bit sharp' with dad but CLR accepts no threats or abuse, they keep asking him to set up a payment plan. Dad getting anxious, not sleeping well. CLR wants police to 'make them stop'.
1540 Advised CLR this is a civil matter, the firm has a lawful right to chase a debt. Gave details for FCA complaint + Financial Ombudsman, StepChange. Advised to check the letters are genuine (scam awareness) and ask the firm in writing to contact Daniel as authorised rep. CLR ok with that.
1544 No offences disclosed. Closed - advice.""",
    spans=[
        ("DISTRESS", "Dad getting anxious, not sleeping well"),
    ],
)

case(
    25, "stalking", "CS",
    voice="statement", case="mixed", noise="clean", batch="f",
    pattern="colleague_follows_strava_runs_appears_on_route", relationship="colleague", occasions=5,
    text="""\
I work as a claims handler at Eastgate Insurance in Peterborough. Nathan COOPER works in the same open-plan office, on the motor team. We have never been in a relationship. We went for one after-work drink with the rest of the team last summer and that is the only time I have seen him outside work.

I use the Strava app to log my runs. In about January Nathan started 'kudos'-ing every run I posted and commenting on them, things like 'nice pace along the river this morning'. I did not know he had followed me. I made my profile private and removed him as a follower, but within a week he had requested to follow me again from a different account with no photo, 'NC_runs'. I knew it was him because he mentioned a run at work that only that account could have seen.

Since February he has been at the Embankment, on the route I run, three times when I have been out before work. On the last occasion, Tuesday 11th March at about 6.45am, he was stretching by the bandstand and said 'thought I'd catch you here'. I told him I did not want him turning up where I run and to leave me alone. He laughed and said he was allowed to go running.

He has never threatened me. I have carried on running but I now look over my shoulder the whole time and I have told my manager.""",
    spans=[
        ("STALK_MONITOR", "started 'kudos'-ing every run I posted and commenting on them"),
        ("UNWANTED", "made my profile private and removed him as a follower"),
        ("STALK_CONTACT", "requested to follow me again from a different account with no photo"),
        ("STALK_TURN_UP", "at the Embankment, on the route I run, three times"),
        ("FIXATION", "'thought I'd catch you here'"),
        ("UNWANTED", "told him I did not want him turning up where I run and to leave me alone"),
        ("DISTRESS", "look over my shoulder the whole time"),
    ],
)

case(
    26, "aggravated_harassment", "CR",
    voice="judgment", case="mixed", noise="clean", batch="f",
    pattern="sentencing_remarks_racist_calls_to_taxi_driver_over_fare", relationship="customer", occasions=7,
    text="""\
The complainant, Mr Yusuf Abdi WARSAME, is a licensed private hire driver. On 2 November 2024 he carried the defendant from Derby city centre to Allestree. There was a dispute about the fare of £14.60, which the defendant refused to pay in full. That evening the defendant obtained the complainant's number from the booking confirmation and, between 2 and 19 November, telephoned or texted him on seven occasions. In the calls, which the complainant recorded on his dashboard phone, the defendant repeatedly referred to him as a 'Somali pirate', told him he should 'go back to Mogadishu and rob people there' and used a racial slur which it is unnecessary to repeat. Nothing said amounted to a threat of violence, and the complainant, to his credit, told the officer he was not afraid of the defendant. He was, however, humiliated and upset, and he has described in his statement how he now declines late bookings to that part of the city. The defendant pleaded guilty at the first opportunity.""",
    spans=[
        ("REPETITION", "between 2 and 19 November, telephoned or texted him on seven occasions"),
        ("RACIAL_HOSTILITY", "referred to him as a 'Somali pirate'"),
        ("RACIAL_HOSTILITY", "told him he should 'go back to Mogadishu and rob people there'"),
        ("RACIAL_HOSTILITY", "used a racial slur"),
        ("DISTRESS", "humiliated and upset"),
    ],
)

case(
    27, "harassment_fear_of_violence", "CF",
    voice="vps", case="mixed", noise="clean", batch="f",
    pattern="vps_gamer_threatened_after_clan_dispute_knows_town", relationship="online", occasions=4,
    text="""\
PC Okafor has told me what this statement is for and that the defendant and the court may see it.

I am 22 and I play Call of Duty online most evenings, it is how I keep in touch with my mates from school. After I kicked 'Ripz' out of our clan in September for cheating he started sending me messages on Discord and Xbox. At first it was just insults. Then he found out I live in Stockport from something I said on a stream, and he sent me 'I'm 20 mins from you, I'll find you and cave your head in'. A few days later he sent a picture of a machete with 'for you'.

The first time, I honestly thought he was going to come to Stockport and hurt me. I didn't sleep that night. When the machete picture came I was convinced he meant it and that I'd be attacked walking home from the bus. My mum had to come and meet me from the bus stop for a week.

I don't stream any more. I used to enjoy it and I feel like he has taken that from me.""",
    spans=[
        ("THREAT_VIOLENCE", "'I'm 20 mins from you, I'll find you and cave your head in'"),
        ("THREAT_VIOLENCE", "sent a picture of a machete with 'for you'"),
        ("FEAR_OF_VIOLENCE", "thought he was going to come to Stockport and hurt me"),
        ("DISTRESS", "I didn't sleep that night"),
        ("FEAR_OF_VIOLENCE", "convinced he meant it and that I'd be attacked walking home from the bus"),
    ],
)

case(
    28, "stalking_fear_alarm_distress", "CSD",
    voice="updates", case="mixed", noise="abbrev", batch="f",
    pattern="employer_security_reports_ex_at_reception_and_emails_staff_moved_site", relationship="ex_partner", occasions=9,
    text="""\
04/04 1130 PC 2876 HUSSEIN - Spoke to Mark ELLWOOD, security manager at Quayside House (Barclay Wealth). States ex-partner of employee Claire MONTGOMERY (IP) - Stuart DRAYCOTT - has come to reception asking for her 4 times since 10/03, last time refusing to leave until security walked him out. Reception log + CCTV stills provided. He has also emailed the company's HR inbox twice asking them to 'tell Claire I just need 10 mins'.
05/04 0940 TT IP. Confirms split Jan after 6 yrs. She has blocked him on everything. He has also been sending messages via her brother. IP says Stuart has never been violent and she doesn't think he would be. But she has asked to transfer to the Leeds office and started there Mon, now commuting 1hr+ each way, and is on the waiting list for counselling via work EAP. 'I can't focus on anything.'
05/04 1015 DASH completed - medium. Harassment warning not appropriate (no longer used). Susp to be interviewed VA. OIC PC 2876.""",
    spans=[
        ("STALK_TURN_UP", "has come to reception asking for her 4 times since 10/03"),
        ("STALK_CONTACT", "emailed the company's HR inbox twice"),
        ("FIXATION", "'tell Claire I just need 10 mins'"),
        ("UNWANTED", "She has blocked him on everything"),
        ("STALK_CONTACT", "sending messages via her brother"),
        ("SERIOUS_IMPACT", "asked to transfer to the Leeds office"),
        ("SERIOUS_IMPACT", "on the waiting list for counselling via work EAP"),
        ("DISTRESS", "'I can't focus on anything.'"),
    ],
)

case(
    29, "aggravated_stalking", "CSR",
    voice="crime_summary", case="mixed", noise="redacted", batch="f",
    pattern="ex_housemate_fake_dating_profiles_and_takeaway_orders_anti_chinese", relationship="acquaintance", occasions=6,
    text="""\
IP is a 2nd yr student at [REDACTED] University, British Chinese, lives at [REDACTED], Selly Oak. Since approx 20/01 IP has become aware of at least 3 profiles on Tinder and one on a hook-up site using her photos (taken from her private insta) and her first name, with bios in broken English reading 'cheap chinese girl, massage happy ending' and listing her street. Two men have since knocked at her address asking for her. Between 02/02 and 09/02 takeaways IP did not order were delivered on 4 nights, all from Chinese restaurants, one with a note on the order 'eat your own dog lol'. IP believes the person responsible is XXXX (former housemate, 1st yr), who moved out after a dispute over bills and who said to IP at the time 'you people are all the same'. IP has reported the profiles; they get taken down and come back. IP annoyed rather than frightened, says she has 'exams to get on with' and has not changed anything. No contact from susp directly since Dec. Enquiries: Tinder/Match group disclosure, Just Eat order account details.""",
    spans=[
        ("STALK_PUBLISH", "using her photos (taken from her private insta) and her first name"),
        ("RACIAL_HOSTILITY", "'cheap chinese girl, massage happy ending'"),
        ("STALK_PUBLISH", "listing her street"),
        ("STALK_ORDERS", "takeaways IP did not order were delivered on 4 nights"),
        ("RACIAL_HOSTILITY", "'eat your own dog lol'"),
        ("RACIAL_HOSTILITY", "'you people are all the same'"),
        ("REPETITION", "they get taken down and come back"),
    ],
)

case(
    30, "aggravated_harassment_fear_of_violence", "CFR",
    voice="third_party", case="mixed", noise="abbrev", batch="f",
    pattern="practice_manager_reports_patient_threats_to_receptionist", relationship="customer", occasions=3,
    text="""\
Report taken by phone from Practice Manager, Kingsway Surgery (Mrs Helen STOTT), 1120hrs.
Relates to receptionist Mrs Anjali MISTRY (52) and a patient, Barry CLEGG (DOB 1968) - removed from the list this week.
- 16/05 on the phone, after being told no appts: called Anjali a 'f***ing P***' and said 'I'll come down there and wring your neck'.
- 21/05 at the front desk, shouting 'go back to India, you lot are why I can't get seen', leaned over the screen and said 'watch yourself in the car park'. Another patient (W1) heard it - details taken.
- 23/05 rang again, asked for 'the Indian one' by description, said he would 'be waiting'.
Helen says after the 16th Anjali was scared to answer the phone in case it was him and thought he would actually turn up and hurt her, and after the 21st she was so frightened he would attack her in the car park that her husband now collects her and she has been moved to back office. Surgery has CCTV of the 21st. Anjali willing to give statement, on shift tomorrow from 0800.""",
    spans=[
        ("RACIAL_HOSTILITY", "called Anjali a 'f***ing P***'"),
        ("THREAT_VIOLENCE", "'I'll come down there and wring your neck'"),
        ("RACIAL_HOSTILITY", "'go back to India, you lot are why I can't get seen'"),
        ("THREAT_VIOLENCE", "'watch yourself in the car park'"),
        ("RACIAL_HOSTILITY", "asked for 'the Indian one'"),
        ("THREAT_VIOLENCE", "said he would 'be waiting'"),
        ("FEAR_OF_VIOLENCE", "thought he would actually turn up and hurt her"),
        ("FEAR_OF_VIOLENCE", "so frightened he would attack her in the car park"),
    ],
)

case(
    31, "no_offence", "",
    voice="updates", case="mixed", noise="abbrev", batch="f",
    pattern="two_facebook_incidents_months_apart_couple_reconciled", relationship="partner", occasions=2,
    text="""\
OIC update 19/09 DC 1187 FENWICK
IP (Kerry-Ann BOOTHROYD) reported 14/09 that her partner Wayne ASPINALL posted a status on Facebook on 13/09 calling her a 'lying slag' after a row at a wedding. Post deleted by him next morning. IP also mentioned an abusive msg he sent in Feb saying she was 'useless'.
Spoken to IP today. She confirms the Feb msg was during a 3 wk split after which they got back together in March and have lived together since, no problems in between. She says the post was 'a one-off when he was drunk', he apologised and she does not want any action, she only reported it because her sister pushed her to. Denies any other messages, denies any threats or violence, no history on PNC/PND for either. DASH completed - standard, no yes answers beyond Q1 (IP 'a bit upset' at time).
Supervisor: two incidents 7 months apart with reconciliation and cohabitation - not a connected course. Single MCA considered, IP does not support. Non-crime DA incident. NFA, safeguarding info given.""",
    spans=[
        ("DISTRESS", "'a bit upset'"),
    ],
)

case(
    32, "harassment", "C",
    voice="call_log", case="upper", noise="heavy", batch="f",
    pattern="unpaid_builder_abusive_texts_and_calls_to_homeowner", relationship="business", occasions=15,
    text="""\
1902 CLR MRS SHEILA FERRIDAY 07XXX. BUILDER SHE USED FOR KITCHEN (DARREN @ DF BUILD & RENOVATE) KEEPS TXTING + RINGING HER ABUSIVE AFTER SHE WITHELD LAST £1800 BCOS WORK NOT FINSHED. APPROX 15 TXTS SINCE 28TH, CALLING HER 'TIGHT OLD COW' 'THIEVING B*TCH' ETC, RANG 3 TIMES TONITE SHOUTING. NO THREATS OF VIOLENCE - CLR CONFIRMS. HASNT BEEN TO HSE. CLR V FED UP AND STRESSED, HUSBAND ILL IN HOSP. CLR HAS TOLD HIM TO GO THRU TRADING STANDARDS / SMALL CLAIMS + NOT TO TXT HER AGAIN.
1906 ADV CLR NOT TO ENGAGE, KEEP MSGS. CIVIL ELEMENT RE MONEY ADV. CRIME RPT TO BE RAISED FOR THE MSGS.
1910 G3 - APPT 14/06.""",
    spans=[
        ("REPETITION", "APPROX 15 TXTS SINCE 28TH"),
        ("REPETITION", "RANG 3 TIMES TONITE SHOUTING"),
        ("DISTRESS", "CLR V FED UP AND STRESSED"),
        ("UNWANTED", "NOT TO TXT HER AGAIN"),
    ],
)

case(
    33, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="vps", case="mixed", noise="clean", batch="f",
    pattern="vps_sikh_man_followed_and_posted_about_by_ex_colleague", relationship="colleague", occasions=8,
    text="""\
I have been told this statement can be used when the court decides what happens to the defendant.

I worked with Gavin for three years at the depot. After I was made shift supervisor instead of him, things changed. I did not realise how much he was thinking about me until he started turning up at my gurdwara on Sundays and sitting in his car across the road. He followed me home from the depot at least twice, I saw his Astra behind me all the way to Oldbury.

Then the Facebook posts started. He put up photos of me, of my car and my house with comments calling me a 'towel head' and saying people like me 'should never be in charge of a British workforce'. My nephew found them first. People from work liked them.

I have changed how I live. I have put cameras on the front and back of the house. I go to a different gurdwara now, in Smethwick, so he will not know where I am. I take a different route to work every day and I leave an hour early. My doctor has me on tablets for my blood pressure and I do not sleep. My wife is frightened for me and my children ask why I keep checking the window.""",
    spans=[
        ("STALK_TURN_UP", "turning up at my gurdwara on Sundays"),
        ("STALK_LOITER", "sitting in his car across the road"),
        ("STALK_FOLLOW", "followed me home from the depot at least twice"),
        ("STALK_PUBLISH", "put up photos of me, of my car and my house"),
        ("RELIGIOUS_HOSTILITY", "calling me a 'towel head'"),
        ("RACIAL_HOSTILITY", "'should never be in charge of a British workforce'"),
        ("SERIOUS_IMPACT", "put cameras on the front and back of the house"),
        ("SERIOUS_IMPACT", "I go to a different gurdwara now"),
        ("SERIOUS_IMPACT", "I take a different route to work every day and I leave an hour early"),
        ("SERIOUS_IMPACT", "My doctor has me on tablets for my blood pressure"),
        ("DISTRESS", "I do not sleep"),
    ],
)

case(
    34, "stalking", "CS",
    voice="third_party", case="mixed", noise="abbrev", batch="f",
    pattern="school_dsl_reports_anonymous_instagram_messaging_pupil_knows_whereabouts", relationship="online", occasions=10,
    text="""\
Referral from DSL, Ferncliffe Academy (Mrs Olu BANKOLE) to MASH, copied to police 07/11.
Pupil: Freya LINDSAY, Yr 10 (14). Freya disclosed to her form tutor that an Instagram account 'quietwatcher_x' has been messaging her almost every day since half term, despite her blocking it three times (new account each time, similar names). Messages are not sexual so far but are very personal - 'you looked sad at the bus stop today', 'why did you sit with Ethan at lunch', 'I like your hair up'. Freya does not know who it is. Account also sent a link to an Amazon wishlist item (a bracelet) saying 'bought you this, look out for it' - parcel arrived at home addressed to her, no sender. Mum has the parcel. Freya says she is 'freaked out' but still coming to school. School suspect possibly older pupil or ex-pupil, nothing firm. Screenshots held by DSL. Parents aware and support referral.""",
    spans=[
        ("STALK_CONTACT", "has been messaging her almost every day since half term"),
        ("UNWANTED", "despite her blocking it three times"),
        ("STALK_CONTACT", "new account each time, similar names"),
        ("STALK_WATCH", "'you looked sad at the bus stop today'"),
        ("STALK_MONITOR", "'why did you sit with Ethan at lunch'"),
        ("STALK_GIFTS", "parcel arrived at home addressed to her, no sender"),
        ("DISTRESS", "she is 'freaked out'"),
    ],
)

case(
    35, "stalking_fear_alarm_distress", "CSF",
    voice="judgment", case="mixed", noise="clean", batch="f",
    pattern="appeal_retelling_gps_tracker_and_spyware_ex_wife_fear", relationship="ex_partner", occasions=7,
    text="""\
The appellant and the complainant were married for eleven years and separated in June 2022. She remained in the former matrimonial home in Kendal with their two children. Over the following four months the appellant installed a GPS tracking device beneath the complainant's car and, using a password he had retained, accessed her email account on not fewer than thirty occasions. He used what he learned to appear, unannounced, at a restaurant in Windermere where she was having dinner with a friend, and later at the car park of her gym.

On the first of those occasions he told her, in the presence of the friend, that she 'would regret' seeing other men. The complainant gave evidence that she feared he would assault her there and then, and that she left by the kitchen exit. In October, after she found the tracker, he sent a message reading 'you can't hide from me, I'll always find you'. She told the jury that she was by then certain that he would seriously hurt her and slept with her bedroom door barricaded. The judge directed the jury correctly on the need for fear of violence on at least two occasions, and no criticism is made of that direction.""",
    spans=[
        ("REPETITION", "Over the following four months"),
        ("STALK_MONITOR", "installed a GPS tracking device beneath the complainant's car"),
        ("STALK_MONITOR", "accessed her email account on not fewer than thirty occasions"),
        ("STALK_TURN_UP", "appear, unannounced, at a restaurant in Windermere"),
        ("STALK_TURN_UP", "at the car park of her gym"),
        ("THREAT_VIOLENCE", "she 'would regret' seeing other men"),
        ("FEAR_OF_VIOLENCE", "feared he would assault her there and then"),
        ("FIXATION", "'you can't hide from me, I'll always find you'"),
        ("FEAR_OF_VIOLENCE", "certain that he would seriously hurt her"),
        ("SERIOUS_IMPACT", "slept with her bedroom door barricaded"),
    ],
)

case(
    36, "aggravated_harassment", "CR",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="f",
    pattern="supervisor_reviews_colleague_anti_muslim_memes_wrongly_recorded", relationship="colleague", occasions=6,
    text="""\
Sgt 1904 OGUNDIPE - crime review 30/10
Recorded as stalking by the investigator. Not sure I agree - please look again. Summary as I read it: IP Sadia BEGUM (28, hijab-wearing) and susp Connor WHITFIELD both work at the Halifax call centre on Broad St. Between 01/10 and 24/10 he has sent IP 6 memes directly on her personal WhatsApp (number from the shift group), including a cartoon of a woman in a niqab with a bomb, one captioned 'Ramadan? more like Ram-a-van', and one with 'Muslims out' over a picture of the building. IP has asked him twice at work to stop; HR now involved. No following, no turning up outside work, no monitoring, no sign he is interested in IP beyond goading her about her faith. IP 'sick of it' but not in fear and says it hasn't changed anything she does.
Rationale: course of conduct = yes (6 sends, directly to IP). Religious hostility clearly demonstrated. Behaviour is abuse, not pursuit. Reclassify accordingly and update the IP. Statement from IP + download of WhatsApp to be obtained. Susp to be interviewed VA.""",
    spans=[
        ("REPETITION", "Between 01/10 and 24/10 he has sent IP 6 memes"),
        ("RELIGIOUS_HOSTILITY", "a cartoon of a woman in a niqab with a bomb"),
        ("RELIGIOUS_HOSTILITY", "'Ramadan? more like Ram-a-van'"),
        ("RELIGIOUS_HOSTILITY", "'Muslims out'"),
        ("UNWANTED", "IP has asked him twice at work to stop"),
        ("DISTRESS", "IP 'sick of it'"),
    ],
)

case(
    37, "harassment_fear_of_violence", "CF",
    voice="notebook", case="inconsistent", noise="abbrev", batch="f",
    pattern="pnb_allotment_acquaintance_threats_by_text_and_in_person", relationship="acquaintance", occasions=3,
    text="""\
SATURDAY 3RD AUGUST
1115 Attended Brookfield allotments, plot 41, re call from IP Mr Desmond ACHTERBERG (58). Windy, light rain. IP states fellow plot holder Ray NUTTALL (known to IP 10 yrs via allotment cttee) has fallen out with him over the water trough rota. IP showed me texts recd from Ray's number:
  29/07 2114 - 'ur going to get a spade round the head if u touch my hose again'
  31/07 0702 - 'ill be up there sat, see how brave u are then'
IP says after the first text he was scared Ray would attack him and didnt go to the plot on the Weds. This morning Ray came over to his shed and said YOU'RE LUCKY I DON'T BURY YOU UNDER YOUR OWN RHUBARB, stood close with fists clenched. IP states I THOUGHT HE WAS ABOUT TO HIT ME, I WAS SHAKING. No assault. No witnesses, plot 39 holder arrived after.
1140 Ray not on site. Home addr 12 Poplar Gr to be visited. Photos of texts taken on body cam. DASH N/A. MG11 to follow. PB 7713""",
    spans=[
        ("THREAT_VIOLENCE", "'ur going to get a spade round the head if u touch my hose again'"),
        ("THREAT_VIOLENCE", "'ill be up there sat, see how brave u are then'"),
        ("FEAR_OF_VIOLENCE", "scared Ray would attack him"),
        ("THREAT_VIOLENCE", "YOU'RE LUCKY I DON'T BURY YOU UNDER YOUR OWN RHUBARB"),
        ("FEAR_OF_VIOLENCE", "I THOUGHT HE WAS ABOUT TO HIT ME"),
        ("DISTRESS", "I WAS SHAKING"),
    ],
)

case(
    38, "aggravated_stalking", "CSR",
    voice="third_party", case="mixed", noise="abbrev", batch="f",
    pattern="housing_advice_worker_reports_landlord_entering_flat_camera_anti_nigerian", relationship="landlord", occasions=6,
    text="""\
Shelter advice worker (Tom GARSIDE) rang 101 with the tenant's consent, 1420. Tenant: Mrs Funmilayo ADEYEMI-COLE, 2nd floor flat, 7 Harrowby St. Landlord (private, lives in ground floor flat) Mr Keith RANSOME.
Tenant has told Tom that since she complained about the boiler in Feb RANSOME has let himself into her flat at least 4 times while she was at work - she knows because things are moved, her post has been opened and once her bedroom drawer was left open. No notice given any of those times. He has put a camera in the shared hallway pointed at her front door and comments on her visitors ('your boyfriend was here late again'). He has left notes under her door saying her cooking 'stinks the building out with your African muck' and 'go back to Lagos if you want to live like that'. Tenant not frightened of him, described as 'an old busybody', wants him stopped. Has not changed anything so far. Tom also raising with council private sector housing team.""",
    spans=[
        ("STALK_PROPERTY", "let himself into her flat at least 4 times while she was at work"),
        ("STALK_PROPERTY", "her post has been opened"),
        ("STALK_WATCH", "put a camera in the shared hallway pointed at her front door"),
        ("STALK_MONITOR", "comments on her visitors ('your boyfriend was here late again')"),
        ("RACIAL_HOSTILITY", "'stinks the building out with your African muck'"),
        ("RACIAL_HOSTILITY", "'go back to Lagos if you want to live like that'"),
    ],
)

case(
    39, "no_offence", "",
    voice="call_log", case="mixed", noise="abbrev", batch="f",
    pattern="neighbour_boundary_cctv_civil_dispute", relationship="neighbour", occasions=3,
    text="""\
CAD 0644 09/05
1016 CLR Mr Graham PEMBERTON-ROYLE, 3 Orchard Rise. Neighbour at no.5 (Mr LEE) has put up a CCTV camera on his garage which CLR says covers part of CLR's drive. Ongoing boundary dispute since last yr re the hedge line - solicitors involved on both sides, Land Registry plans obtained. CLR says neighbour also rang the council about CLR's extension (planning officer visited 02/05, no breach found). CLR accepts neighbour has never said anything abusive to him, doesnt come round, no contact at all really other than via solicitors. Wants police to make him take camera down.
1024 Adv CLR: camera on own property - ICO guidance / civil. Planning complaint = lawful. Boundary = civil, via solicitors. No offences disclosed.
1026 Closed - advice only. No deployment.""",
    spans=[],
)

case(
    40, "aggravated_harassment_fear_of_violence", "CFR",
    voice="statement", case="mixed", noise="clean", batch="f",
    pattern="facebook_community_group_member_dms_threats_racist_after_complaint", relationship="online", occasions=4,
    text="""\
I am a member of the 'Hucknall Matters' Facebook group. On Sunday 9 February I posted in the group complaining about a man who had let his dog foul outside the nursery on Watnall Road. I did not name him. A man called Lee DRABBLE commented that it was him and then started sending me private messages on Messenger.

The first message, about 9pm that night, said 'who the f*** do you think you are, you black b***h, you don't even belong in this country'. I replied once asking him to leave me alone and then I blocked him on Messenger. The next day, Monday, my friend Janine sent me a screenshot of a comment he had put under my post in the group: 'she wants to watch herself, I know what she drives'. The admins deleted it an hour later.

On Wednesday 12 February, before I had blocked him on the group as well, he replied to one of my other comments saying 'go back to Jamaica before someone puts you in the ground'. When I read that I felt sick and I was genuinely afraid he would find me and hurt me. I have lived in Hucknall all my life. After the comment Janine showed me I had already been frightened he would come for me at the nursery at pick-up time, because I had mentioned it in the post. I asked my brother to do pick-up that week.""",
    spans=[
        ("RACIAL_HOSTILITY", "you black b***h, you don't even belong in this country'"),
        ("UNWANTED", "asking him to leave me alone"),
        ("THREAT_VIOLENCE", "'she wants to watch herself, I know what she drives'"),
        ("RACIAL_HOSTILITY", "'go back to Jamaica"),
        ("THREAT_VIOLENCE", "before someone puts you in the ground'"),
        ("FEAR_OF_VIOLENCE", "genuinely afraid he would find me and hurt me"),
        ("FEAR_OF_VIOLENCE", "frightened he would come for me at the nursery at pick-up time"),
    ],
)

case(
    41, "harassment", "C",
    voice="mo_field", case="lower", noise="abbrev", batch="f",
    pattern="ex_friend_abusive_comments_under_instagram_posts", relationship="acquaintance", occasions=11,
    text="""\
susp (ex friend of ip, fell out over hen do costs) has left abusive comments under ip's insta posts on 11 occasions over 3 wks - 'fake', 'fat cow', 'no wonder ur husband cheated'. ip upset. no threats, no other contact, susp not blocked as ip wanted evidence.""",
    spans=[
        ("REPETITION", "on 11 occasions over 3 wks"),
        ("DISTRESS", "ip upset"),
    ],
)

case(
    42, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="third_party", case="mixed", noise="typos", batch="f",
    pattern="university_welfare_reports_student_followed_antisemitic_moved_halls", relationship="acquaintance", occasions=9,
    text="""\
Email to Campus Liaison Officer from Student Wellbeing (Ms Fiona ARKWRIGHT), 14/03, 1652:

'Hi Dave, as discussed on the phone. Student is Rebecca LEVINSON, 2nd yr History, she has agreed to me passing this on. Since about the start of term another student from her seminar group (Callum FROST) has been following her between buildings - she's seen him behind her on the walk from the Arts Tower to the library at least five times and twice he has waited outside her halls block at night. He messages her on the course Teams channel and on Insta (she has blocked him on insta) and he has made comments about where she goes on Friday nights, which she takes to mean the Jewish Society dinners. Last week he sent her a message saying "your people control everything, even this uni" and on a group chat called her a "rat" with a picture of a star of David. Rebecca has moved out of halls to stay with her aunt in Leeds and is commuting in, she has stopped going to JSoc and she has missed most of her seminars this month. She says she does not think he would hurt her, its more that she cant get away from him. Our disciplinary process has started but we think this needs police input. Thanks, Fiona'""",
    spans=[
        ("STALK_FOLLOW", "following her between buildings"),
        ("REPETITION", "at least five times"),
        ("STALK_LOITER", "waited outside her halls block at night"),
        ("STALK_CONTACT", "messages her on the course Teams channel and on Insta"),
        ("UNWANTED", "she has blocked him on insta"),
        ("STALK_MONITOR", "made comments about where she goes on Friday nights"),
        ("RACIAL_HOSTILITY", '"your people control everything, even this uni"'),
        ("RELIGIOUS_HOSTILITY", 'called her a "rat" with a picture of a star of David'),
        ("SERIOUS_IMPACT", "moved out of halls to stay with her aunt in Leeds"),
        ("SERIOUS_IMPACT", "stopped going to JSoc"),
        ("SERIOUS_IMPACT", "missed most of her seminars this month"),
        ("DISTRESS", "she cant get away from him"),
    ],
)

case(
    43, "stalking_fear_alarm_distress", "CSD",
    voice="victim_diary", case="inconsistent", noise="typos", batch="f",
    pattern="victim_log_ex_accesses_facebook_and_email_posts_as_her", relationship="ex_partner", occasions=6,
    text="""\
My log - Zara KHOURY-PAGE (for PC Devlin)

2/4 - got email from Facebook 'new login from Samsung device, Wigan'. I dont have a Samsung. Rob does. Changed password.
5/4 - Rob messaged me about something I'd only said in an email to my mum. he must still be in my gmail. Changed that too and turned on the 2 step thing.
9/4 - post went up on MY facebook at 2am saying I was 'a cheating wh*re and everyone should know'. I didnt write it. My boss saw it before I could delete it.
10/4 - Rob texted 'told you theyd all find out what you are'.
13/4 - someone logged into my icloud, photos downloaded. i think he had my old backup codes.
17/4 - another post on my insta, a photo of me asleep from when we were together.
I have come off all social media, changed my number, and I am on the sick from work since the 10th, doctor says stress. I barely leave the house. I keep thinking what he'll put up next.""",
    spans=[
        ("STALK_MONITOR", "'new login from Samsung device, Wigan'"),
        ("STALK_MONITOR", "he must still be in my gmail"),
        ("STALK_PUBLISH", "post went up on MY facebook at 2am"),
        ("STALK_CONTACT", "Rob texted 'told you theyd all find out what you are'"),
        ("STALK_MONITOR", "someone logged into my icloud, photos downloaded"),
        ("STALK_PUBLISH", "another post on my insta, a photo of me asleep"),
        ("SERIOUS_IMPACT", "come off all social media, changed my number"),
        ("SERIOUS_IMPACT", "on the sick from work since the 10th"),
        ("SERIOUS_IMPACT", "I barely leave the house"),
        ("DISTRESS", "I keep thinking what he'll put up next"),
    ],
)

case(
    44, "stalking", "CS",
    voice="call_log", case="upper", noise="abbrev", batch="f",
    pattern="third_report_flowers_sent_to_workplace_by_former_client", relationship="customer", occasions=4,
    text="""\
1347 3RD REPORT THIS MONTH. CLR IS RECEPTION MGR AT HALE & DORSEY SOLICITORS ON BEHALF OF COLLEAGUE IP NATASHA VRETTOS. ANOTHER BUNCH OF FLOWERS DELIVERED FOR IP TODAY FROM EX CLIENT MICHAEL STAINTHORPE, CARD READS 'WE WERE MEANT TO MEET'. 4 DELIVERIES SINCE 01/03 INCL LETTERS. FIRM HAS WRITTEN TO HIM TO STOP. IP NOT IN WORK TODAY. SEE CAD 0911 + 1288.""",
    spans=[
        ("REPETITION", "3RD REPORT THIS MONTH"),
        ("STALK_GIFTS", "ANOTHER BUNCH OF FLOWERS DELIVERED FOR IP TODAY"),
        ("FIXATION", "'WE WERE MEANT TO MEET'"),
        ("REPETITION", "4 DELIVERIES SINCE 01/03 INCL LETTERS"),
        ("UNWANTED", "FIRM HAS WRITTEN TO HIM TO STOP"),
    ],
)
