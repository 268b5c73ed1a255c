# ruff: noqa: E501
"""Hand-written narratives, writer q: ex-partners, children and family courts."""

from corpora.handwritten import case

case(
    1, "stalking", "CS",
    voice="crime_summary", case="mixed", noise="abbrev", batch="q",
    pattern="ex_sits_outside_school_after_contact_order", relationship="ex_partner", occasions=4,
    text="""\
IP Kerry-Ann WHITFIELD reports her ex partner Dominic ASHBY (susp) has been turning up at St Aldhelm's Primary at pick up times on days that are not his contact days. Contact is every other Sat per the child arrangements order made at Bromsgrove FC in Feb. IP has seen him parked opp the school gates in a grey Astra on 14/10, 16/10, 21/10 and 23/10, just sitting there, doesnt get out. On 23/10 he drove slowly behind IP's car to the end of Linthurst Rd. School office (Mrs Patel) confirms they have also noticed him. IP not scared as such but "wants it to stop". Susp not spoken to yet - OIC to arrange VA.""",
    spans=[
        ("STALK_TURN_UP", "turning up at St Aldhelm's Primary at pick up times"),
        ("STALK_LOITER", "parked opp the school gates in a grey Astra"),
        ("REPETITION", "on 14/10, 16/10, 21/10 and 23/10"),
        ("STALK_WATCH", "just sitting there, doesnt get out"),
        ("STALK_FOLLOW", "drove slowly behind IP's car to the end of Linthurst Rd"),
    ],
)

case(
    2, "no_offence", "",
    voice="updates", case="mixed", noise="abbrev", batch="q",
    pattern="texts_about_child_contact_arrangements_only", relationship="ex_partner", occasions=3,
    text="""\
12/03 1410 - I have reviewed the screenshots supplied by IP (Mr Lewis GRANT). There are three msgs from his ex Shanice over the weekend. Content: asking why their son Kai was returned late Sunday, asking for the school uniform back, and saying she will raise it with her solicitor if handovers keep running late. Tone is curt but no abuse, no threats. IP says he finds it "stressful" dealing with her. These relate to arrangements for the child and are a reasonable purpose. Advised IP re mediation / family solicitor. NFA from police perspective. PC 4471 ORME""",
    spans=[],
)

case(
    3, "harassment_fear_of_violence", "CF",
    voice="statement", case="mixed", noise="clean", batch="q",
    pattern="threats_at_handovers_victim_scared_twice", relationship="ex_partner", occasions=3,
    text="""\
I have known Craig MULLEN for about nine years and we have two daughters together, Ellie who is 7 and Rosa who is 4. We split up last summer. Since then the girls go to him on Wednesday evenings and alternate weekends and we do the swap at the McDonald's car park on the ring road because I didn't want him at my house.

On Wednesday 4th September when I went to collect the girls Craig leaned into my window and said "you carry on with this court stuff and I'll put you through that windscreen". I honestly thought he was going to do it. I drove off with the girls in the back and had to pull over at the Esso garage because I was shaking.

The following Sunday he rang me at about 9pm, drunk I think, and said he knew where I lived now and he'd "sort me out properly". I didn't sleep that night, I was convinced he was going to come round and hurt me. I put the chain on and sat up with the lights off.

Then on the 15th at the handover he punched the roof of my car and told me I was "dead". I believe he will hurt me if he gets the chance.""",
    spans=[
        ("THREAT_VIOLENCE", "I'll put you through that windscreen"),
        ("FEAR_OF_VIOLENCE", "I honestly thought he was going to do it"),
        ("THREAT_VIOLENCE", "he'd \"sort me out properly\""),
        ("FEAR_OF_VIOLENCE", "I was convinced he was going to come round and hurt me"),
        ("THREAT_VIOLENCE", "told me I was \"dead\""),
        ("FEAR_OF_VIOLENCE", "I believe he will hurt me if he gets the chance"),
    ],
)

case(
    4, "stalking_fear_alarm_distress", "CSD",
    voice="call_log", case="upper", noise="abbrev", batch="q",
    pattern="ex_tracks_victim_via_childs_tablet_victim_moves", relationship="ex_partner", occasions=5,
    text="""\
0912 CLR IS IP MS PRIYA LAKHANI. STATES EX P SUSP GARETH NOLAN KEEPS KNOWING WHERE SHE IS. FOUND HIS ACC STILL LOGGED IN ON DAUGHTERS IPAD, FIND MY LOCATION SWITCHED ON.
0914 SUSP HAS TURNED UP AT HER GYM, HER MUMS IN KIDDERMINSTER AND THE SOFT PLAY IN LAST 2 WKS. NOT HIS CONTACT TIME. SENDS MSGS "NICE TOP TODAY"
0915 IP HAS NOW MOVED IN WITH HER MUM, DAUGHTER OFF SCHOOL 3 DAYS, IP SIGNED OFF WORK BY GP. CRYING THROUGHOUT CALL
0917 NMO IN PLACE? CLR UNSURE, SAYS APPLIED. CHECKED - NOTHING ON PNC
0918 THRIVE DONE. G2. DASH TO BE COMPLETED BY ATTENDING
0940 RESOURCE ASSIGNED PC 2290""",
    spans=[
        ("STALK_MONITOR", "FIND MY LOCATION SWITCHED ON"),
        ("STALK_TURN_UP", "TURNED UP AT HER GYM, HER MUMS IN KIDDERMINSTER AND THE SOFT PLAY"),
        ("STALK_WATCH", "SENDS MSGS \"NICE TOP TODAY\""),
        ("SERIOUS_IMPACT", "IP HAS NOW MOVED IN WITH HER MUM"),
        ("SERIOUS_IMPACT", "IP SIGNED OFF WORK BY GP"),
        ("DISTRESS", "CRYING THROUGHOUT CALL"),
    ],
)

case(
    5, "harassment", "C",
    voice="mo_field", case="mixed", noise="abbrev", batch="q",
    pattern="abusive_texts_about_parenting", relationship="ex_partner", occasions=6,
    text="""\
Susp has sent IP (ex) approx 30 abusive texts over 6 days calling her a "useless mother", "slag" and "junkie" following dispute over school holidays. No threats. Susp refers to children in msgs.""",
    spans=[
        ("REPETITION", "approx 30 abusive texts over 6 days"),
        ("UNWANTED", "calling her a \"useless mother\", \"slag\" and \"junkie\""),
    ],
)

case(
    6, "aggravated_stalking", "CSR",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="q",
    pattern="ex_fake_profiles_anti_muslim_posts_about_victim", relationship="ex_partner", occasions=5,
    text="""\
Sgt review 09/06. Have read the crime. IP Amira HUSSAIN, susp her ex husband Thomas REEVE, two children, divorce finalised Jan. Since the divorce IP converted back to Islam and has started wearing hijab. Susp has set up at least 3 FB accounts in different names to follow IP and her new friends, has messaged IP's sister from one of them asking where IP is living. Posts on a local parents' group include photos of IP at the school gate with captions calling her a "terrorist bride" and "get back to your own country" (IP born in Leicester). IP reported profiles, new ones appear within days.
Not a simple co-parenting dispute - the fake accounts and photos are fixated. Religious hostility clearly shown in the posts. Crime correctly recorded. OIC to apply for data from Meta, consider arrest. Safeguarding re children to CSC.""",
    spans=[
        ("STALK_PUBLISH", "set up at least 3 FB accounts in different names"),
        ("STALK_MONITOR", "to follow IP and her new friends"),
        ("STALK_CONTACT", "messaged IP's sister from one of them asking where IP is living"),
        ("STALK_PUBLISH", "photos of IP at the school gate"),
        ("RELIGIOUS_HOSTILITY", "calling her a \"terrorist bride\""),
        ("RACIAL_HOSTILITY", "\"get back to your own country\""),
        ("REPETITION", "new ones appear within days"),
        ("FIXATION", "the fake accounts and photos are fixated"),
    ],
)

case(
    7, "no_offence", "",
    voice="dash_note", case="lower", noise="typos", batch="q",
    pattern="single_argument_at_handover", relationship="ex_partner", occasions=1,
    text="""\
dash completed with ip, standard risk. ip and ex (jason) had a row at the handover at his mums yesterday becuase son came back with no coat. he shouted she was a "tight cow" and slammed the door. no threats, nothing before this, ip says handovers are usualy fine and she just wanted it logged. ip not scared of him.""",
    spans=[
        ("UNWANTED", "he shouted she was a \"tight cow\" and slammed the door"),
    ],
)

case(
    8, "aggravated_harassment_fear_of_violence", "CFR",
    voice="crime_summary", case="mixed", noise="redacted", batch="q",
    pattern="ex_polish_slurs_threats_victim_afraid", relationship="ex_partner", occasions=3,
    text="""\
IP [REDACTED] (Polish national) separated from susp Lee [REDACTED] in March. They share a son aged 3. On 02/05 at contact handover at Tesco Extra car park susp told IP "you Polish bitch, go back to Poland or I'll break your legs". IP believed he would and has since asked her brother to attend handovers. On 10/05 susp sent voicemail "filthy immigrant, I'll smash your face in next time". IP states she was terrified listening to it and thought he would come to the flat that night. On 12/05 similar message re "eastern europe scum". IP has NMO application lodged at [REDACTED] FC. Voicemails downloaded to exhibit XX/1.""",
    spans=[
        ("RACIAL_HOSTILITY", "you Polish bitch, go back to Poland"),
        ("THREAT_VIOLENCE", "I'll break your legs"),
        ("FEAR_OF_VIOLENCE", "IP believed he would"),
        ("RACIAL_HOSTILITY", "filthy immigrant"),
        ("THREAT_VIOLENCE", "I'll smash your face in next time"),
        ("FEAR_OF_VIOLENCE", "thought he would come to the flat that night"),
        ("RACIAL_HOSTILITY", "\"eastern europe scum\""),
    ],
)

case(
    9, "stalking", "CS",
    voice="victim_diary", case="mixed", noise="typos", batch="q",
    pattern="ex_sends_gifts_via_children_and_letters", relationship="ex_partner", occasions=5,
    text="""\
Fri 3rd - kids back from Ryans. Liam had a card in his bag addressed to me, "I still love you, we can fix this". Binned it.
Sun 5th - flowers on the doorstep, no note but I know.
Tues 7th - he rang 11 times between 8 and 10pm. Didnt answer. I've told him a hundred times its only about the kids now.
Weds 8th - another letter through the kids, 4 pages this time, all about our wedding and how I'm "his".
Thurs 9th - he was at the end of the road when I came back from work. Just stood there by the bus stop. Not his route to anywhere.
Not frightened of him, hes never been violent, but I want him to get the message.""",
    spans=[
        ("STALK_GIFTS", "had a card in his bag addressed to me"),
        ("FIXATION", "\"I still love you, we can fix this\""),
        ("STALK_GIFTS", "flowers on the doorstep"),
        ("STALK_CONTACT", "he rang 11 times between 8 and 10pm"),
        ("STALK_CONTACT", "another letter through the kids, 4 pages this time"),
        ("FIXATION", "how I'm \"his\""),
        ("STALK_LOITER", "Just stood there by the bus stop"),
    ],
)

case(
    10, "aggravated_harassment", "CR",
    voice="updates", case="mixed", noise="abbrev", batch="q",
    pattern="ex_racist_texts_about_childs_father", relationship="ex_partner", occasions=4,
    text="""\
21/11 0930 Spoke to IP Marcus OKAFOR by phone. He states his ex partner Jodie BELL has sent him 4 WhatsApps since Friday after he asked to change contact weekend. Msgs call him a "black c***" and say the kids are "better off without a monkey for a dad". No threats. IP says he's angry more than upset, doesnt want the kids hearing it. Screenshots emailed to me, saved to file as MJ/1-4.
21/11 1500 Attempted contact w susp at home addr, no reply, card left.""",
    spans=[
        ("REPETITION", "4 WhatsApps since Friday"),
        ("RACIAL_HOSTILITY", "call him a \"black c***\""),
        ("RACIAL_HOSTILITY", "\"better off without a monkey for a dad\""),
    ],
)

case(
    11, "stalking_fear_alarm_distress", "CSF",
    voice="statement", case="mixed", noise="clean", batch="q",
    pattern="ex_breaches_nmo_follows_victim_fear", relationship="ex_partner", occasions=4,
    text="""\
Since the non-molestation order was made at Chelmsford on 2nd April Steven has kept coming near me. On 9th April I saw his van behind me all the way from the nursery to Springfield Road, it turned every time I turned. I was convinced he was going to ram me or follow me home and attack me. On 13th April he was standing across from my flat at 11 at night looking up at the window. I rang 999 because I thought he was coming in to hurt me. On 20th April he messaged our son's nursery pretending to be me to ask what time Freddie would be collected. I know it was him because of the spelling.""",
    spans=[
        ("STALK_FOLLOW", "I saw his van behind me all the way from the nursery to Springfield Road"),
        ("FEAR_OF_VIOLENCE", "I was convinced he was going to ram me or follow me home and attack me"),
        ("STALK_WATCH", "standing across from my flat at 11 at night looking up at the window"),
        ("FEAR_OF_VIOLENCE", "I thought he was coming in to hurt me"),
        ("STALK_PUBLISH", "messaged our son's nursery pretending to be me"),
    ],
)

case(
    12, "harassment_fear_of_violence", "CF",
    voice="notebook", case="lower", noise="heavy", batch="q",
    pattern="brother_in_law_threats_over_custody", relationship="family", occasions=2,
    text="""\
1635 att addr 14 cowley cl. ip mrs d. osei. v shaken. states ex husbands brother (kwame osei) came to door 1st oct re kids staying w/ her, said "ur gonna get hurt if u keep them from my bro". ip thought he wd hit her there + then. today 1550 same male at door again, kicked it, "last warning". ip says she is sure he will come back and attack her. susp left in blk golf prior to arr. ip refused ambo, not injured. dash - med.""",
    spans=[
        ("THREAT_VIOLENCE", "\"ur gonna get hurt if u keep them from my bro\""),
        ("FEAR_OF_VIOLENCE", "ip thought he wd hit her there + then"),
        ("THREAT_VIOLENCE", "kicked it, \"last warning\""),
        ("FEAR_OF_VIOLENCE", "she is sure he will come back and attack her"),
    ],
)

case(
    13, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="vps", case="mixed", noise="clean", batch="q",
    pattern="ex_watches_house_sikh_slurs_victim_changes_life", relationship="ex_partner", occasions=6,
    text="""\
I want the court to know what the last five months have been like. After Jaspreet and I separated, Aaron would not accept it. He sat outside my parents' house in his car most evenings, sometimes for hours. He followed me to the gurdwara twice and shouted at me in the car park that I had "gone back to the turban lot" and that my family were "rag heads". He left notes on my windscreen.

I no longer go to the gurdwara on a Sunday, which was the one thing I did for myself. I changed my shifts at the hospital so I am never leaving in the dark. My dad fitted cameras and we had the locks changed. I have been on sertraline since February. My son asks why I check the window all the time.""",
    spans=[
        ("STALK_LOITER", "sat outside my parents' house in his car most evenings"),
        ("STALK_FOLLOW", "followed me to the gurdwara twice"),
        ("RELIGIOUS_HOSTILITY", "\"gone back to the turban lot\""),
        ("RACIAL_HOSTILITY", "my family were \"rag heads\""),
        ("STALK_PROPERTY", "left notes on my windscreen"),
        ("SERIOUS_IMPACT", "I no longer go to the gurdwara on a Sunday"),
        ("SERIOUS_IMPACT", "changed my shifts at the hospital"),
        ("SERIOUS_IMPACT", "had the locks changed"),
        ("SERIOUS_IMPACT", "I have been on sertraline since February"),
    ],
)

case(
    14, "no_offence", "",
    voice="result_note", case="mixed", noise="abbrev", batch="q",
    pattern="solicitor_letters_and_cafcass_contact", relationship="ex_partner", occasions=4,
    text="""\
Outcome: NFA - no crime. IP Ms Hollie PRICE reported feeling harassed by ex partner Ben TOWNSEND. On enquiry the contact consists of 2 letters from his solicitors re child arrangements, 1 email from Cafcass officer, and a C100 application served on her by process server at her address. All lawful process connected to family proceedings. Susp has not contacted IP directly since Aug. IP advised, signposted to Women's Aid for support with the court process. Closed by DS 1132.""",
    spans=[],
)

case(
    15, "harassment", "C",
    voice="call_log", case="mixed", noise="abbrev", batch="q",
    pattern="ex_abusive_calls_to_grandparents_about_contact", relationship="ex_partner", occasions=5,
    text="""\
19:42 Clr Mrs Sandra HEWITT, calling re her daughter (IP) Amy. Ex of IP, Josh RAINE, has rung the home landline 5 times this evening screaming abuse about not seeing the baby, calling Amy a "psycho" and the family "inbreds". Same again last Thurs and Sat.
19:44 No threats of violence per clr. Susp lives in Bristol, not at addr.
19:45 Advised re blocking no. / recording calls. Appt booked for stmt. G3.""",
    spans=[
        ("REPETITION", "rung the home landline 5 times this evening"),
        ("UNWANTED", "screaming abuse about not seeing the baby"),
        ("UNWANTED", "calling Amy a \"psycho\" and the family \"inbreds\""),
        ("REPETITION", "Same again last Thurs and Sat"),
    ],
)

case(
    16, "stalking", "CS",
    voice="third_party", case="mixed", noise="typos", batch="q",
    pattern="shared_friend_reports_ex_asking_about_victim", relationship="ex_partner", occasions=5,
    text="""\
Reported by Nadia FERREIRA, friend of IP (Chloe DIXON). Nadia says Chloe's ex Ryan has been messaging all their mutual freinds, at least six people, asking who Chloe is seeing, where she goes on the nights the kids are with him, and asking for photos. He has also been coming into the Red Lion where Chloe works on Friday nights and sitting at the bar the whole shift. Chloe asked him to stop. He told Nadia "I just need to know shes ok, she's still my wife really". Chloe doesnt want to make a big fuss but Nadia is worried.""",
    spans=[
        ("STALK_MONITOR", "messaging all their mutual freinds, at least six people, asking who Chloe is seeing"),
        ("STALK_TURN_UP", "coming into the Red Lion where Chloe works on Friday nights"),
        ("STALK_WATCH", "sitting at the bar the whole shift"),
        ("FIXATION", "\"I just need to know shes ok, she's still my wife really\""),
    ],
)

case(
    17, "aggravated_harassment_fear_of_violence", "CFR",
    voice="statement", case="mixed", noise="clean", batch="q",
    pattern="ex_anti_jewish_threats_during_contact_dispute", relationship="ex_partner", occasions=2,
    text="""\
Rebecca and I had our daughter Hannah in 2017. I am Jewish and Hannah attends a Jewish primary. Since the court in Barnet ordered supervised contact Daniel has blamed my family. On 8th January he phoned me and said "you and your Jew lawyers stole my kid, I'll burn your house down with you in it". I was so frightened I took Hannah to my sister's that night because I believed he would actually do it.

On 17th January he was outside the school at home time and shouted "dirty Yids" at me and said he would "finish me off" when nobody was around. I truly think he will attack me. I now have a panic alarm from the police.""",
    spans=[
        ("RELIGIOUS_HOSTILITY", "\"you and your Jew lawyers stole my kid"),
        ("THREAT_VIOLENCE", "I'll burn your house down with you in it\""),
        ("FEAR_OF_VIOLENCE", "I believed he would actually do it"),
        ("RELIGIOUS_HOSTILITY", "shouted \"dirty Yids\" at me"),
        ("THREAT_VIOLENCE", "he would \"finish me off\""),
        ("FEAR_OF_VIOLENCE", "I truly think he will attack me"),
    ],
)

case(
    18, "stalking_fear_alarm_distress", "CSD",
    voice="crime_summary", case="mixed", noise="abbrev", batch="q",
    pattern="ex_sends_unwanted_messages_through_child_app_victim_leaves_job", relationship="ex_partner", occasions=8,
    text="""\
Between 01/01 and 28/02 susp (ex husband) has used the co-parenting app (OurFamilyWizard) and then, when IP stopped replying, new email accounts to send IP in excess of 200 msgs. Around a fifth mention the children; the rest are about the marriage, begging IP to come back, commenting on her new hair and where she was seen. Susp has also emailed IP's line manager at Hargreaves Lansdown twice. IP has resigned from her job as she could not face the emails to work, has changed her number 3 times and now only communicates through her solicitor. IP describes constant anxiety, not sleeping. DASH medium. Susp known to police (DA history 2019, no conv).""",
    spans=[
        ("STALK_CONTACT", "new email accounts to send IP in excess of 200 msgs"),
        ("FIXATION", "begging IP to come back"),
        ("STALK_WATCH", "commenting on her new hair and where she was seen"),
        ("STALK_CONTACT", "emailed IP's line manager at Hargreaves Lansdown twice"),
        ("SERIOUS_IMPACT", "IP has resigned from her job"),
        ("SERIOUS_IMPACT", "has changed her number 3 times"),
        ("DISTRESS", "constant anxiety, not sleeping"),
    ],
)

case(
    19, "aggravated_harassment", "CR",
    voice="notebook", case="mixed", noise="abbrev", batch="q",
    pattern="ex_mother_in_law_racial_abuse_at_handovers", relationship="family", occasions=3,
    text="""\
Attended Costa, Rushden Lakes re handover dispute. Spoke IP Mr Hamid AZIZ. States ex partner's mother (Carol JEFFS) attends every handover & has called him "Paki" on this occasion and twice previously in front of his son. Today also said "your lot shouldn't be allowed kids". IP not in fear, wants it stopped. Witness - barista, details obtained. Susp left prior to police arrival.""",
    spans=[
        ("RACIAL_HOSTILITY", "called him \"Paki\""),
        ("REPETITION", "on this occasion and twice previously"),
        ("RACIAL_HOSTILITY", "\"your lot shouldn't be allowed kids\""),
    ],
)

case(
    20, "harassment_fear_of_violence", "CF",
    voice="updates", case="mixed", noise="abbrev", batch="q",
    pattern="new_partner_of_ex_threatens_victim", relationship="acquaintance", occasions=3,
    text="""\
14/07 Update - PC 3310 WRIGHT
IP Tanya MORRIS provided further account. The susp is Connor BLAKE, the new partner of IP's ex (father of her two boys). Since IP applied to vary the contact order, susp has:
- 28/06 at handover, pushed his face into hers and said "do that again and I'll stab you". IP says she genuinely believed he would stab her and ran inside.
- 03/07 sent FB msg "you're getting hurt, watch"
- 11/07 drove past shouting from the window "you're next". IP states she is now scared he'll attack her on the school run and is having her mum walk with her.
Msgs screenshotted. Will seek to interview susp under caution.""",
    spans=[
        ("THREAT_VIOLENCE", "\"do that again and I'll stab you\""),
        ("FEAR_OF_VIOLENCE", "she genuinely believed he would stab her"),
        ("THREAT_VIOLENCE", "\"you're getting hurt, watch\""),
        ("THREAT_VIOLENCE", "\"you're next\""),
        ("FEAR_OF_VIOLENCE", "scared he'll attack her on the school run"),
    ],
)

case(
    21, "no_offence", "",
    voice="supervisor_review", case="mixed", noise="clean", batch="q",
    pattern="two_unconnected_incidents_relationship_resumed", relationship="ex_partner", occasions=2,
    text="""\
Review of crime ref 22/44019/23. Recorded as harassment. The two incidents relied on are a verbal argument in November 2022 when the couple had briefly split, and a further argument in August 2023 about their son's nursery place. In between, the IP and the suspect reconciled and lived together from January to June. The IP confirms there has been nothing else and she is happy co-parenting now. The incidents are nine months apart with a resumed relationship in between and are not a connected course of conduct. Reclassify as a non-crime incident.""",
    spans=[],
)

case(
    22, "aggravated_stalking", "CSR",
    voice="crime_summary", case="lower", noise="abbrev", batch="q",
    pattern="ex_follows_victim_irish_traveller_slurs", relationship="ex_partner", occasions=4,
    text="""\
ip is from the irish traveller community. susp (ex partner, father of her 2 children) has followed her from the site to the school 3 times in the past fortnight on foot, keeping about 20m back. on each occasion when she turned round he shouted "pikey", "dirty gyppo" and "tinker scum". he has also left voice notes on her phone describing what she was wearing that day. ip says she is not in fear of violence from him, just "sick of it".""",
    spans=[
        ("STALK_FOLLOW", "followed her from the site to the school 3 times in the past fortnight"),
        ("RACIAL_HOSTILITY", "shouted \"pikey\", \"dirty gyppo\" and \"tinker scum\""),
        ("STALK_WATCH", "left voice notes on her phone describing what she was wearing that day"),
        ("DISTRESS", "just \"sick of it\""),
    ],
)

case(
    23, "stalking", "CS",
    voice="call_log", case="upper", noise="heavy", batch="q",
    pattern="ex_loiters_at_childminder", relationship="ex_partner", occasions=3,
    text="""\
CLR CHILDMINDER MRS O'HALLORAN 07700 900418. EX OF PARENT (DANNY FROST) HAS BN SAT OUTSIDE HER ADDR 3RD MORNING RUNNING WATCHING MUM (IP LAURA) DROP OFF. NOT HIS CONTACT DAYS, NO ORDER FOR HIM TO COLLECT. AT SCENE NOW IN BLUE TRANSIT. NOT AGGRESSIVE.""",
    spans=[
        ("STALK_LOITER", "SAT OUTSIDE HER ADDR"),
        ("REPETITION", "3RD MORNING RUNNING"),
        ("STALK_WATCH", "WATCHING MUM (IP LAURA) DROP OFF"),
    ],
)

case(
    24, "harassment", "C",
    voice="statement", case="mixed", noise="typos", batch="q",
    pattern="ex_posts_insults_about_victim_parenting_on_facebook_messages", relationship="ex_partner", occasions=4,
    text="""\
Me and Kieran have a little boy Jayden who lives with me. Kieran has him Sundays. About 3 weeks ago after I said Jayden couldnt go to his on a school night Kieran started sending me voice notes calling me a "f***ing waste of space" and saying Im "a crap mum who should have the kid taken off her". He sent about eight of them that night. Then last Tuesday again, and again Saturday just gone, same sort of thing, swearing. Theres been no threats off him. Honestly its draining, every time my phone pings my stomach goes.""",
    spans=[
        ("UNWANTED", "calling me a \"f***ing waste of space\""),
        ("UNWANTED", "\"a crap mum who should have the kid taken off her\""),
        ("REPETITION", "about eight of them that night"),
        ("REPETITION", "Then last Tuesday again, and again Saturday just gone"),
        ("DISTRESS", "its draining"),
    ],
)

case(
    25, "aggravated_stalking_fear_alarm_distress", "CSFR",
    voice="updates", case="inconsistent", noise="abbrev", batch="q",
    pattern="ex_gps_tracker_anti_black_threats_victim_fears", relationship="ex_partner", occasions=5,
    text="""\
03/03 PC 5512 - Garage at Hinckley found a GPS TRACKER magnetised under IP's rear arch when car in for MOT. IP (Grace ADEYEMI) immediately suspects ex, Martin COLE, who has contact w/ their daughter Sat am.
05/03 IP reports susp turned up at the leisure centre where she swims Weds - she had told NO-ONE she'd started going. He said "thought you'd get away from me, you black b****, I'll find you wherever". IP v scared, thought he was going to drag her to his car. left via staff exit.
09/03 susp sent text "n***** like you don't get to keep my kid, you'll get what's coming". IP says she is terrified he will kill her. Now staying at refuge. DASH re-done - HIGH. MARAC referral sent.""",
    spans=[
        ("STALK_MONITOR", "found a GPS TRACKER magnetised under IP's rear arch"),
        ("STALK_TURN_UP", "susp turned up at the leisure centre where she swims Weds"),
        ("RACIAL_HOSTILITY", "you black b****"),
        ("FIXATION", "I'll find you wherever"),
        ("FEAR_OF_VIOLENCE", "thought he was going to drag her to his car"),
        ("RACIAL_HOSTILITY", "\"n***** like you don't get to keep my kid"),
        ("THREAT_VIOLENCE", "you'll get what's coming\""),
        ("FEAR_OF_VIOLENCE", "she is terrified he will kill her"),
        ("SERIOUS_IMPACT", "Now staying at refuge"),
    ],
)

case(
    26, "stalking_fear_alarm_distress", "CSD",
    voice="dash_note", case="mixed", noise="abbrev", batch="q",
    pattern="ex_drives_past_repeatedly_victim_changes_school_run", relationship="ex_partner", occasions=10,
    text="""\
DASH Q11 (stalking) - YES. IP states ex drives past her house "at least ten times a day", has been seen at the end of the road on foot late at night, and reads out her location to the kids during contact. IP now takes a different route on the school run every day, has stopped going to her Tuesday class & had Ring doorbell fitted. Not in fear of violence - "he's never laid a finger on me".""",
    spans=[
        ("STALK_FOLLOW", "ex drives past her house \"at least ten times a day\""),
        ("STALK_LOITER", "seen at the end of the road on foot late at night"),
        ("STALK_MONITOR", "reads out her location to the kids during contact"),
        ("SERIOUS_IMPACT", "takes a different route on the school run every day"),
        ("SERIOUS_IMPACT", "has stopped going to her Tuesday class"),
        ("SERIOUS_IMPACT", "had Ring doorbell fitted"),
    ],
)

case(
    27, "harassment_fear_of_violence", "CF",
    voice="crime_summary", case="mixed", noise="clean", batch="q",
    pattern="ex_threatening_texts_after_court_hearing", relationship="ex_partner", occasions=2,
    text="""\
The IP, Fiona McLEOD, attended the station following a family court hearing at Carlisle on 3 June in which the suspect, her former partner Alan RUTHERFORD, was refused unsupervised contact with their son. At 17:20 that day he texted her "you've done it now, I'm going to batter you when I see you". The IP states she was frightened that he meant it and stayed at a friend's in Penrith. On 6 June he left a voicemail saying "enjoy your last week with a face". The IP listened to it in the presence of officers and was visibly shaking; she says she believes he will come and beat her. There are no other reported incidents between the parties since separation.""",
    spans=[
        ("THREAT_VIOLENCE", "\"you've done it now, I'm going to batter you when I see you\""),
        ("FEAR_OF_VIOLENCE", "she was frightened that he meant it"),
        ("THREAT_VIOLENCE", "\"enjoy your last week with a face\""),
        ("FEAR_OF_VIOLENCE", "she believes he will come and beat her"),
    ],
)

case(
    28, "no_offence", "",
    voice="call_log", case="mixed", noise="abbrev", batch="q",
    pattern="mutual_row_both_abusive_at_handover", relationship="ex_partner", occasions=1,
    text="""\
2105 Clr Mr Wayne HOLT says ex Leanne shouting abuse at him outside his flat at handover of kids.
2112 Units on scene. Both parties shouting and swearing at each other, both calling other "scum". Kids already inside w/ paternal gran. Both say the other started it. No injuries, no threats, no previous reports. Words of advice both. Leanne left in taxi.
2130 Closed - domestic verbal, no offences.""",
    spans=[],
)

case(
    29, "aggravated_harassment", "CR",
    voice="mo_field", case="upper", noise="abbrev", batch="q",
    pattern="ex_anti_muslim_voice_notes", relationship="ex_partner", occasions=3,
    text="""\
SUSP (EX HUSBAND) SENT IP 3 VOICE NOTES OVER 2 DAYS RE SONS CIRCUMCISION, CALLING IP "MOZZIE SCUM" AND HER FAMILY "BEARDED NONCES". NO THREATS.""",
    spans=[
        ("REPETITION", "3 VOICE NOTES OVER 2 DAYS"),
        ("RELIGIOUS_HOSTILITY", "CALLING IP \"MOZZIE SCUM\""),
        ("RELIGIOUS_HOSTILITY", "HER FAMILY \"BEARDED NONCES\""),
    ],
)

case(
    30, "stalking", "CS",
    voice="statement", case="mixed", noise="clean", batch="q",
    pattern="ex_uses_child_to_relay_messages_and_check_phone", relationship="ex_partner", occasions=4,
    text="""\
Our son Oscar is eight and stays with Marc every other weekend. For the last two months Oscar has come home and told me things like "Dad says who's Tom" and "Dad wants to know why you went to Nando's". Marc has never met my friend Tom. Last month Oscar admitted Marc asks him to take photos of my phone screen and of the post on the side when he's at mine. Marc has also sent me messages, roughly weekly, saying he has "a right to know" who I'm seeing because I'm "still the mother of his child". I blocked him on everything except the co-parenting app and he now sends it all on there.""",
    spans=[
        ("STALK_MONITOR", "Marc asks him to take photos of my phone screen and of the post"),
        ("STALK_CONTACT", "sent me messages, roughly weekly"),
        ("FIXATION", "he has \"a right to know\" who I'm seeing"),
        ("STALK_CONTACT", "he now sends it all on there"),
    ],
)

case(
    31, "aggravated_harassment_fear_of_violence", "CFR",
    voice="call_log", case="upper", noise="abbrev", batch="q",
    pattern="ex_brother_threats_anti_asian_fear_twice", relationship="family", occasions=2,
    text="""\
1122 CLR IP MR ANIL SHARMA. EX WIFES BROTHER (SUSP) AT HIS DOOR SHOUTING "GO BACK TO INDIA YOU CURRY MUNCHER, STAY AWAY FROM MY NIECE OR ILL KNIFE YOU". CLR SCARED, THINKS SUSP WILL STAB HIM.
1123 SUSP HAS NOW LEFT ON FOOT TWDS HIGH ST. SAME MALE CAME SAT AND SAID HE WOULD "SLIT HIS THROAT". CLR SAID THEN HE WAS IN FEAR FOR HIS LIFE AND DIDNT LEAVE HOUSE
1124 G1 - UNITS ASSIGNED""",
    spans=[
        ("RACIAL_HOSTILITY", "\"GO BACK TO INDIA YOU CURRY MUNCHER"),
        ("THREAT_VIOLENCE", "ILL KNIFE YOU\""),
        ("FEAR_OF_VIOLENCE", "THINKS SUSP WILL STAB HIM"),
        ("THREAT_VIOLENCE", "HE WOULD \"SLIT HIS THROAT\""),
        ("FEAR_OF_VIOLENCE", "HE WAS IN FEAR FOR HIS LIFE"),
    ],
)

case(
    32, "harassment", "C",
    voice="result_note", case="mixed", noise="abbrev", batch="q",
    pattern="ex_abusive_messages_admitted_at_interview", relationship="ex_partner", occasions=5,
    text="""\
Susp interviewed 12/10, admits sending IP 5 abusive msgs over a 2 wk period after she stopped him having the kids for half term, incl calling her "a fat cow" and "a lying tart", says it was "just venting". Denies anything else and none alleged. IP not in fear. CPS consulted - charge authorised. Bailed, cond not to contact IP directly, contact via solicitors re children.""",
    spans=[
        ("REPETITION", "5 abusive msgs over a 2 wk period"),
        ("UNWANTED", "calling her \"a fat cow\" and \"a lying tart\""),
    ],
)

case(
    33, "aggravated_stalking", "CSR",
    voice="judgment", case="mixed", noise="clean", batch="q",
    pattern="family_court_finding_ex_monitored_victim_racial_abuse", relationship="ex_partner", occasions=6,
    text="""\
I find on the balance of probabilities that the father installed monitoring software on the mother's laptop in late 2022 and thereafter read her emails with her solicitor. He accepts he attended her workplace in Coventry on at least four occasions in early 2023, uninvited, and waited in the car park for her to finish. The messages at pages C44 to C71 of the bundle are his; in them he repeatedly refers to the mother's Chinese heritage in derogatory terms, calling her a "chink" and telling her to "go back to eating dogs". I do not accept his account that these were "banter". I do not find that the mother feared violence from him, and she has not suggested it; but the pattern was one of persistent, unwanted attention.""",
    spans=[
        ("STALK_MONITOR", "installed monitoring software on the mother's laptop"),
        ("STALK_MONITOR", "read her emails with her solicitor"),
        ("STALK_TURN_UP", "attended her workplace in Coventry on at least four occasions"),
        ("STALK_LOITER", "waited in the car park for her to finish"),
        ("RACIAL_HOSTILITY", "calling her a \"chink\""),
        ("RACIAL_HOSTILITY", "\"go back to eating dogs\""),
        ("UNWANTED", "persistent, unwanted attention"),
    ],
)

case(
    34, "stalking_fear_alarm_distress", "CSFD",
    voice="notebook", case="lower", noise="typos", batch="q",
    pattern="ex_breaks_into_victim_home_leaves_items_fear", relationship="ex_partner", occasions=4,
    text="""\
spoke ip at her home 0830. ip says for past mnth ex (nathan) has been getting in when she is out, she has found his aftershave on her pillow, the kids photos rearrnged, and the back door unlocked twice. he still has a key she thinks. last nite a note on the fridge "i'm always here". ip says she is petrified he'll come in at night and kill her, same fear last wk when she heard the door. she has moved the kids into her bed and is staying at her sisters from tonite. locksmith booked.""",
    spans=[
        ("STALK_PROPERTY", "getting in when she is out"),
        ("STALK_PROPERTY", "found his aftershave on her pillow, the kids photos rearrnged"),
        ("REPETITION", "the back door unlocked twice"),
        ("FIXATION", "\"i'm always here\""),
        ("FEAR_OF_VIOLENCE", "petrified he'll come in at night and kill her"),
        ("FEAR_OF_VIOLENCE", "same fear last wk when she heard the door"),
        ("SERIOUS_IMPACT", "staying at her sisters from tonite"),
        ("SERIOUS_IMPACT", "locksmith booked"),
    ],
)

case(
    35, "no_offence", "",
    voice="statement", case="mixed", noise="clean", batch="q",
    pattern="ex_denies_messages_no_further_contact", relationship="ex_partner", occasions=1,
    text="""\
I'm making this statement because my solicitor said to. Back in April Owen turned up at my door once, drunk, demanding to see the twins, and I told him to leave and he did. He has not been back, and he hasn't messaged me since. The contact centre in Stockport handles everything now. I'm not frightened of him. I just wanted it on record in case the court asks.""",
    spans=[
        ("UNWANTED", "turned up at my door once, drunk, demanding to see the twins"),
    ],
)

case(
    36, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="q",
    pattern="review_reclassifies_harassment_to_agg_stalking", relationship="ex_partner", occasions=7,
    text="""\
DS review. Crime recorded by OIC as 8L harassment (s.2) but the facts go further. Susp (ex partner of IP, 1 child) has, since Oct, followed IP from the mosque to her car on 3 Fridays, photographed her through the window of her mum's house, and created an Insta account using her name and photos captioned "Allah's little whore". He calls her "towel head" in msgs to friends that get passed on. IP has stopped attending Friday prayers, moved her daughter to a different nursery and is seeing her GP for anxiety. No fear of violence recorded, IP explicit on that. Reclassify accordingly and update the victim. Action OIC: obtain Insta subscriber data.""",
    spans=[
        ("STALK_FOLLOW", "followed IP from the mosque to her car on 3 Fridays"),
        ("STALK_WATCH", "photographed her through the window of her mum's house"),
        ("STALK_PUBLISH", "created an Insta account using her name and photos"),
        ("RELIGIOUS_HOSTILITY", "captioned \"Allah's little whore\""),
        ("RELIGIOUS_HOSTILITY", "calls her \"towel head\""),
        ("SERIOUS_IMPACT", "stopped attending Friday prayers"),
        ("SERIOUS_IMPACT", "moved her daughter to a different nursery"),
        ("SERIOUS_IMPACT", "seeing her GP for anxiety"),
    ],
)

case(
    37, "harassment_fear_of_violence", "CF",
    voice="victim_diary", case="lower", noise="typos", batch="q",
    pattern="victim_log_of_threats_at_contact_centre", relationship="ex_partner", occasions=2,
    text="""\
sat 12th - contact centre, lee waited by my car after. said if i dont drop the case he'll "knock me spark out in front of the kids". i beleived him, i was shaking so much the staff had to walk me out.
sat 26th - contact centre again, he mouthed "your dead" through the glass and did a throat cutting thing. i really think hes going to hurt me one day. told the manager, shes put it in there log.""",
    spans=[
        ("THREAT_VIOLENCE", "he'll \"knock me spark out in front of the kids\""),
        ("FEAR_OF_VIOLENCE", "i beleived him, i was shaking so much"),
        ("THREAT_VIOLENCE", "mouthed \"your dead\" through the glass and did a throat cutting thing"),
        ("FEAR_OF_VIOLENCE", "i really think hes going to hurt me one day"),
    ],
)

case(
    38, "stalking", "CS",
    voice="crime_summary", case="mixed", noise="redacted", batch="q",
    pattern="ex_attends_childs_activities_to_approach_victim", relationship="ex_partner", occasions=5,
    text="""\
IP XXXX and susp XXXX separated 2021. Child arrangements order: indirect contact only for susp. Despite this susp has attended the child's Saturday football at [REDACTED] Rec on 5 consecutive weeks, stands beside IP on the touchline and tries to talk to her about "us". IP walks away each time; susp follows her along the pitch. Coach has asked him to leave twice. IP describes it as "creepy" but says she isn't frightened.""",
    spans=[
        ("STALK_TURN_UP", "attended the child's Saturday football at [REDACTED] Rec"),
        ("REPETITION", "on 5 consecutive weeks"),
        ("FIXATION", "tries to talk to her about \"us\""),
        ("STALK_FOLLOW", "susp follows her along the pitch"),
    ],
)

case(
    39, "aggravated_harassment", "CR",
    voice="third_party", case="mixed", noise="abbrev", batch="q",
    pattern="school_reports_ex_racial_abuse_of_parent_at_gate", relationship="ex_partner", occasions=2,
    text="""\
Email from DSL, Greenhill Academy. Mr Tariq Mahmood (father, resident parent) was verbally abused at the gate on Mon & again Thurs by the child's mother, Ms Kelly STANTON, who called him a "P*** groomer" within earshot of pupils. Mr Mahmood did not appear frightened. School has CCTV; happy to provide.""",
    spans=[
        ("REPETITION", "on Mon & again Thurs"),
        ("RACIAL_HOSTILITY", "called him a \"P*** groomer\""),
    ],
)

case(
    40, "harassment", "C",
    voice="updates", case="mixed", noise="clean", batch="q",
    pattern="ex_partners_new_wife_abusive_calls_to_victim_work", relationship="acquaintance", occasions=3,
    text="""\
05/02 11:10. Spoke with IP Siobhan KEANE by phone. Suspect is Natalie ROWE, the wife of IP's ex-husband. IP says Rowe has phoned her at the dental surgery where she works three times in the last fortnight, each time shouting that IP is a "home-wrecker" and a "pathetic excuse for a mother" because IP objected to the kids going abroad at Easter. Calls are brief; Rowe hangs up when the receptionist intervenes. No threats. IP upset and embarrassed at work. She is not asking for arrest, wants a warning. Will attend Rowe's address this evening.""",
    spans=[
        ("REPETITION", "three times in the last fortnight"),
        ("UNWANTED", "shouting that IP is a \"home-wrecker\" and a \"pathetic excuse for a mother\""),
        ("DISTRESS", "IP upset and embarrassed at work"),
    ],
)

case(
    41, "aggravated_harassment_fear_of_violence", "CFR",
    voice="dash_note", case="mixed", noise="abbrev", batch="q",
    pattern="ex_threats_against_romanian_victim_at_handovers", relationship="ex_partner", occasions=2,
    text="""\
DASH high. IP (Romanian) states ex threatened at last 2 handovers: "gyppo thief, I'll put you in hospital" and "Romanian rats get their heads kicked in". IP says both times she believed he would do it there and then. Now uses contact centre.""",
    spans=[
        ("RACIAL_HOSTILITY", "\"gyppo thief"),
        ("THREAT_VIOLENCE", "I'll put you in hospital\""),
        ("RACIAL_HOSTILITY", "\"Romanian rats"),
        ("THREAT_VIOLENCE", "get their heads kicked in\""),
        ("FEAR_OF_VIOLENCE", "both times she believed he would do it there and then"),
        ("SERIOUS_IMPACT", "Now uses contact centre"),
    ],
)

case(
    42, "stalking_fear_alarm_distress", "CSD",
    voice="statement", case="mixed", noise="typos", batch="q",
    pattern="ex_persistent_contact_via_friends_victim_moves_town", relationship="ex_partner", occasions=6,
    text="""\
After I left Gavin in the summer I blocked him on my phone and all social media. Since then he has contacted me through just about everyone we know. He gets mutual freinds to pass on messages, he sent a birthday card to my work with "I'll never stop" written in it, and he turned up at my cousins christening in Wrexham even though he wasn't invited, just to be near me. He rang my mum 40 odd times in one week asking where I am. I have moved from Chester to my aunties in Rhyl with my daughter, I had to give up my job at the bank and I barely leave the house.""",
    spans=[
        ("STALK_CONTACT", "gets mutual freinds to pass on messages"),
        ("STALK_GIFTS", "sent a birthday card to my work"),
        ("FIXATION", "\"I'll never stop\""),
        ("STALK_TURN_UP", "turned up at my cousins christening in Wrexham"),
        ("STALK_MONITOR", "rang my mum 40 odd times in one week asking where I am"),
        ("SERIOUS_IMPACT", "I have moved from Chester to my aunties in Rhyl"),
        ("SERIOUS_IMPACT", "had to give up my job at the bank"),
        ("SERIOUS_IMPACT", "I barely leave the house"),
    ],
)

case(
    43, "aggravated_stalking", "CSR",
    voice="call_log", case="mixed", noise="heavy", batch="q",
    pattern="ex_watches_house_with_anti_hindu_graffiti", relationship="ex_partner", occasions=4,
    text="""\
0652 clr Mrs Deepa NAIR, 22 Holloway Dr. graffiti on her garage door "cow worshipping b*tch" - 2nd time this mth. suspects ex (Karl) who she says has been parked on the corner watchng hse most nights since the court hearing re kids. Not feared for safety. Req attendance + photos
0700 G3, appt 1400""",
    spans=[
        ("STALK_PROPERTY", "graffiti on her garage door"),
        ("RELIGIOUS_HOSTILITY", "\"cow worshipping b*tch\""),
        ("REPETITION", "2nd time this mth"),
        ("STALK_WATCH", "parked on the corner watchng hse most nights"),
    ],
)

case(
    44, "aggravated_stalking_fear_alarm_distress", "CSFR",
    voice="statement", case="mixed", noise="clean", batch="q",
    pattern="ex_follows_victim_with_antisemitic_threats_victim_fears", relationship="ex_partner", occasions=4,
    text="""\
My name is Miriam Goldsmith. My ex-partner Jake Farrow and I have a son, Noah, who is five. Since I started proceedings for a prohibited steps order Jake has been following me. On 2 May I saw him behind me on the walk home from synagogue; he kept about twenty yards back all the way to Elm Grove. When I turned he shouted that "you people" had brainwashed me and that he would "gas the lot of you". I thought he was going to attack me in the street.

On 9 May he was waiting outside Noah's school at pick-up. He isn't allowed to collect Noah. He came over and said quietly "I know every route you take, Jew girl, one night you won't get home". I was terrified and believed he meant to kill me. On 14 May a neighbour saw him in our front garden at 1am.""",
    spans=[
        ("STALK_FOLLOW", "I saw him behind me on the walk home from synagogue"),
        ("RELIGIOUS_HOSTILITY", "he would \"gas the lot of you\""),
        ("FEAR_OF_VIOLENCE", "I thought he was going to attack me in the street"),
        ("STALK_LOITER", "waiting outside Noah's school at pick-up"),
        ("STALK_MONITOR", "\"I know every route you take"),
        ("RELIGIOUS_HOSTILITY", "Jew girl"),
        ("THREAT_VIOLENCE", "one night you won't get home\""),
        ("FEAR_OF_VIOLENCE", "I was terrified and believed he meant to kill me"),
        ("STALK_TURN_UP", "in our front garden at 1am"),
    ],
)
