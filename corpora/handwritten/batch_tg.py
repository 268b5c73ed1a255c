# ruff: noqa: E501
"""Hand-written narratives, writer tg: families and communities across generations, in-laws, inheritance, care, interpreters."""

from corpora.handwritten import case

case(
    1, "harassment", "CD",
    voice="statement", case="mixed", noise="typos", batch="tg",
    pattern="brother_rings_sister_over_mothers_will_changes_number", relationship="family", occasions=30,
    text="""\
I am the younger sister of Declan FARRELLY. Our mother Bridget died in March and left the bungalow on Colwyn Road to me because I was the one looking after her for the last six years. Declan does not accept the will. Since the funeral he has been ringing me nearly every day, sometimes five or six times, shouting that I poisoned mum against him and that I am a theif and a liar. On 14/05 he rang eleven times between 7pm and midnight. He leaves voicemails calling me a greedy cow and saying the whole street knows what I am. He has never said he will hurt me and I am not frightned of him in that way, he is all mouth and always has been. But I could not stand the phone going any more and on 20 May I changed my mobile number and had the landline taken out. I want him told to stop and to go through the solicitor like anyone else would. He has not come to the house or done anything else, its just the calls.""",
    spans=[
        ("REPETITION", "Since the funeral"),
        ("STALK_CONTACT", "he has been ringing me"),
        ("REPETITION", "nearly every day, sometimes five or six times"),
        ("STALK_CONTACT", "shouting that I poisoned mum against him and that I am a theif and a liar"),
        ("REPETITION", "rang eleven times between 7pm and midnight"),
        ("STALK_CONTACT", "He leaves voicemails calling me a greedy cow"),
        ("SERIOUS_IMPACT", "on 20 May I changed my mobile number and had the landline taken out"),
    ],
)

case(
    2, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="crime_summary", case="upper", noise="abbrev", batch="tg",
    pattern="estranged_husbands_brothers_follow_and_watch_wife_religious_abuse_she_moves", relationship="family", occasions=5,
    text="""\
IP IS THE ESTRANGED WIFE OF ADNAN KHAN. SHE LEFT THE MATRIMONIAL HOME IN JAN. SUSP 1 TARIQ KHAN AND SUSP 2 SAJID KHAN ARE ADNAN'S BROTHERS. SINCE FEB BOTH SUSPS HAVE BEEN SEEN IN A SILVER PASSAT PARKED OPP IP'S FLAT ON THREE OCCASIONS (12/02, 19/02, 03/03). ON 26/02 SUSP 1 FOLLOWED IP ON FOOT FROM THE BUS STOP TO HER WORK AT THE PHARMACY AND SAID 'YOU WILL COME BACK TO THIS FAMILY'. ON 03/03 SUSP 2 APPROACHED HER IN THE STAFF CAR PARK, CALLED HER A 'DIRTY HINDU' AND SAID HER RELIGION HAD POISONED HIS BROTHER. IP BELIEVES THE BROTHERS ARE DOING THIS FOR ADNAN, WHO HAS A NON-MOL AND CANNOT CONTACT HER HIMSELF. NO THREATS OF VIOLENCE DISCLOSED. IP HAS GIVEN UP HER TENANCY AND MOVED TO HER SISTER'S ADDRESS IN ANOTHER FORCE AREA AND HAS ASKED HER EMPLOYER FOR A TRANSFER. DASH COMPLETED - MEDIUM. OIC PC 4471 REDFERN.""",
    spans=[
        ("STALK_LOITER", "SEEN IN A SILVER PASSAT PARKED OPP IP'S FLAT"),
        ("REPETITION", "ON THREE OCCASIONS (12/02, 19/02, 03/03)"),
        ("STALK_FOLLOW", "SUSP 1 FOLLOWED IP ON FOOT FROM THE BUS STOP TO HER WORK"),
        ("FIXATION", "'YOU WILL COME BACK TO THIS FAMILY'"),
        ("STALK_TURN_UP", "SUSP 2 APPROACHED HER IN THE STAFF CAR PARK"),
        ("RELIGIOUS_HOSTILITY", "CALLED HER A 'DIRTY HINDU' AND SAID HER RELIGION HAD POISONED HIS BROTHER"),
        ("SERIOUS_IMPACT", "HAS GIVEN UP HER TENANCY AND MOVED TO HER SISTER'S ADDRESS"),
        ("SERIOUS_IMPACT", "HAS ASKED HER EMPLOYER FOR A TRANSFER"),
    ],
)

case(
    3, "no_offence", "R",
    voice="call_log", case="lower", noise="abbrev", batch="tg",
    pattern="stranger_shouts_racial_slur_at_elder_leaving_lunch_club_once", relationship="stranger", occasions=1,
    text="""\
1542 caller is volunteer at the windrush elders lunch club, st anne's hall. as members were leaving unk male approx 50s walking past shouted racial abuse at mrs ivy clarke (82), '[racial slur] go home', then walked off twds the precinct. never seen him before, no previous. ivy shaken but ok, dtr on way to collect her. no cctv on hall. caller just wants it logged for now. hate incident tag added, pcso to call back.""",
    spans=[
        ("RACIAL_HOSTILITY", "shouted racial abuse at mrs ivy clarke (82), '[racial slur] go home'"),
        ("DISTRESS", "ivy shaken"),
    ],
)

case(
    4, "stalking_fear_alarm_distress", "CSD",
    voice="third_party", case="mixed", noise="clean", batch="tg",
    pattern="estranged_adult_son_watches_and_follows_elderly_father_who_stops_day_club", relationship="family", occasions=10,
    text="""\
I'm ringing about my dad, Harold Benning, he's 86 and lives on his own at 4 Mill Cottages. My brother Keith hasn't spoken to either of us for about ten years, there was a falling out when mum died. About six weeks ago Keith started turning up. Dad first saw him sitting in his van at the end of the lane one morning, just watching the house. Since then dad has seen him there maybe eight or nine times, usually early. Twice Keith has followed the minibus that takes dad to the Wednesday club at the community centre and sat in the car park until it finished. Last week he left an envelope on dad's step with a photo of dad in the garden, taken from the lane, nothing written on it. Keith hasn't threatened him, he hasn't even spoken to him. But dad has stopped going to the Wednesday club altogether, he won't go out in the garden now and he's asked me to come and stay, which I've been doing since Sunday. He keeps saying he doesn't know what Keith wants from him.""",
    spans=[
        ("STALK_LOITER", "sitting in his van at the end of the lane"),
        ("STALK_WATCH", "just watching the house"),
        ("REPETITION", "maybe eight or nine times, usually early"),
        ("STALK_FOLLOW", "Twice Keith has followed the minibus that takes dad to the Wednesday club"),
        ("STALK_LOITER", "sat in the car park until it finished"),
        ("STALK_MONITOR", "left an envelope on dad's step with a photo of dad in the garden"),
        ("SERIOUS_IMPACT", "dad has stopped going to the Wednesday club altogether"),
        ("SERIOUS_IMPACT", "he won't go out in the garden now"),
    ],
)

case(
    5, "harassment_fear_of_violence", "CF",
    voice="notebook", case="inconsistent", noise="abbrev", batch="tg",
    pattern="nephew_leaves_three_threatening_voicemails_to_aunt_executor_within_minutes", relationship="family", occasions=3,
    text="""\
PNB 2215hrs 09/11. Attended [address] re threatening msgs. IP Mrs Gwen ROWLANDS (71). IP IS EXECUTOR OF HER LATE BROTHER'S ESTATE. nephew Craig ROWLANDS (son of deceased) unhappy re delay in sale of the house. At 2131, 2134 and 2140 tonight 3 x voicemails left on IP's landline from Craig's known number. Listened to all 3 in IP's presence. VM1 - 'you're dead when I get there you old witch'. vm2 - 'I'm coming round tonight and I'll put you through the window'. VM3 much the same, 'I mean it, you're getting it'. IP v frightened, says she believes he will come and hurt her, he has been violent to his own mother in the past. NEIGHBOUR SITTING WITH HER. VMs recorded on BWV. Craig not at home addr on checks. circ'd on PNC.""",
    spans=[
        ("REPETITION", "At 2131, 2134 and 2140 tonight 3 x voicemails"),
        ("THREAT_VIOLENCE", "'you're dead when I get there you old witch'"),
        ("THREAT_VIOLENCE", "'I'm coming round tonight and I'll put you through the window'"),
        ("THREAT_VIOLENCE", "'I mean it, you're getting it'"),
        ("FEAR_OF_VIOLENCE", "IP v frightened, says she believes he will come and hurt her"),
    ],
)

case(
    6, "aggravated_harassment", "CR",
    voice="statement", case="mixed", noise="typos", batch="tg",
    pattern="brother_in_law_facebook_messages_anti_polish_abuse_over_power_of_attorney", relationship="family", occasions=21,
    text="""\
My name is Agnieszka WOJCIK-HALE, I am living in UK since 2009 and I am married with Robert Hale. His brother Gary is not happy from the begining that Robert marry with me. From August, when Robert father go in the care home and we take care about his money with power of attorney, Gary start to send me messages on Facebook. He write me maybe 20 messages. He write 'polish scrounger you only want the old mans money', 'go back to Poland and take your cleaning job with you', 'you people come here and take everything'. On 2 October he send me voice message where he say I am 'dirty Polack' and I should f*** off back to my country. He did not say he will hurt me. I am upset and I cry many times but I still go to work and do normal things. I want that he stop. I do not want to make bigger problem in the family but it is too much now.""",
    spans=[
        ("STALK_CONTACT", "Gary start to send me messages on Facebook"),
        ("REPETITION", "He write me maybe 20 messages"),
        ("RACIAL_HOSTILITY", "'polish scrounger you only want the old mans money'"),
        ("RACIAL_HOSTILITY", "'go back to Poland and take your cleaning job with you'"),
        ("RACIAL_HOSTILITY", "'you people come here and take everything'"),
        ("STALK_CONTACT", "he send me voice message"),
        ("RACIAL_HOSTILITY", "I am 'dirty Polack' and I should f*** off back to my country"),
        ("DISTRESS", "I am upset and I cry many times"),
    ],
)

case(
    7, "stalking", "CS",
    voice="updates", case="lower", noise="clean", batch="tg",
    pattern="ex_partner_pleading_texts_and_letters_via_victims_grandmother_no_threats", relationship="ex_partner", occasions=6,
    text="""\
update 1 - 03/04 0930: spoke to ip (shannon) by phone. she confirms ex-partner liam has sent approx 140 texts since she ended the relationship on 11 march. all along the lines of 'please just talk to me', 'i cant live without you', 'i'll change i promise'. no threats in any of them. she has blocked him on 3 numbers.
update 2 - 05/04 1410: ip's nan (mrs joan pike, 79) has rung in. liam has been to her bungalow twice this week asking her to pass letters on to shannon. mrs pike says he was polite but crying and wouldn't leave until she took the letter. he has also sent flowers to her address addressed to shannon.
update 3 - 06/04 1100: ip says she is fed up more than scared, hasn't changed anything about her routine. wants words of advice given and a PIN issued. suspect to be spoken to. dash standard.""",
    spans=[
        ("STALK_CONTACT", "ex-partner liam has sent approx 140 texts"),
        ("FIXATION", "'i cant live without you'"),
        ("UNWANTED", "she has blocked him on 3 numbers"),
        ("STALK_TURN_UP", "liam has been to her bungalow"),
        ("REPETITION", "twice this week"),
        ("FIXATION", "wouldn't leave until she took the letter"),
        ("STALK_GIFTS", "sent flowers to her address addressed to shannon"),
    ],
)

case(
    8, "aggravated_harassment_fear_of_violence", "CFR",
    voice="dash_note", case="mixed", noise="abbrev", batch="tg",
    pattern="husbands_uncle_racist_threats_twice_over_grandmothers_care", relationship="family", occasions=2,
    text="""\
DASH note - IP Folasade ADEYEMI-COOKE. Husband's uncle Terence COOKE (SUSP). Family dispute re who looks after husband's gran (Nana Cooke, 93). SUSP objects to IP being involved at all. 17/06 at gran's address SUSP told IP 'no black [expletive] is getting her hands on mum's money' and said he'd 'break her jaw' if she came back there. 24/06 SUSP rang IP from withheld no. and repeated he would break her jaw, called her a 'monkey'. IP states she is scared he will assault her, he is a big man with previous for violence (PNC confirms ABH 2014). Q's: fear - yes, threats - yes x2, jealousy - n/a, children - no. Risk MEDIUM. Referred to IDVA.""",
    spans=[
        ("RACIAL_HOSTILITY", "'no black [expletive] is getting her hands on mum's money'"),
        ("THREAT_VIOLENCE", "said he'd 'break her jaw' if she came back there"),
        ("STALK_CONTACT", "SUSP rang IP from withheld no."),
        ("THREAT_VIOLENCE", "repeated he would break her jaw"),
        ("RACIAL_HOSTILITY", "called her a 'monkey'"),
        ("FEAR_OF_VIOLENCE", "IP states she is scared he will assault her"),
    ],
)

case(
    9, "aggravated_stalking", "CSR",
    voice="crime_summary", case="mixed", noise="redacted", batch="tg",
    pattern="ex_partner_begs_and_racially_abuses_turns_up_at_mothers_fake_instagram", relationship="ex_partner", occasions=10,
    text="""\
Victim [NAME 1] (29) was in a relationship with suspect [NAME 2] for four years; they separated in September. The suspect's family never accepted her. Since October suspect has sent her messages on Instagram and WhatsApp most nights, swinging between begging her to come back and abuse, e.g. 'your p*** family brainwashed you', 'you'll end up married off to some cousin from Sylhet'. He has turned up at her mother's house in [ADDRESS 1] on three occasions asking to see her and once sat outside in his car for two hours. On 2 December he created an Instagram account using her photographs and her first name. Victim says she is not frightened of him, he has never been violent, but she wants it to stop. She has not changed her routine. Her uncle and brother have asked him to leave her alone, with no effect.""",
    spans=[
        ("STALK_CONTACT", "sent her messages on Instagram and WhatsApp most nights"),
        ("FIXATION", "begging her to come back"),
        ("RACIAL_HOSTILITY", "'your p*** family brainwashed you'"),
        ("RACIAL_HOSTILITY", "'you'll end up married off to some cousin from Sylhet'"),
        ("STALK_TURN_UP", "turned up at her mother's house in [ADDRESS 1] on three occasions asking to see her"),
        ("STALK_LOITER", "sat outside in his car for two hours"),
        ("STALK_PUBLISH", "created an Instagram account using her photographs"),
        ("UNWANTED", "asked him to leave her alone, with no effect"),
    ],
)

case(
    10, "harassment", "C",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="tg",
    pattern="brother_photographs_carers_and_emails_sister_in_deputyship_dispute", relationship="family", occasions=20,
    text="""\
Supervisor review - Sgt 2290 OKAFOR. Crime initially recorded as stalking. Having read the file I am changing it to harassment. Facts: IP Mrs Linda MARSH and SUSP (her brother, Graham ASHWORTH) are in dispute over their mother's care. Mother (89, dementia) lives with IP under a deputyship order which SUSP is contesting in the Court of Protection. Over Sept/Oct SUSP has parked on the road outside IP's address on at least 6 occasions photographing carers arriving and leaving, and has emailed IP repeatedly demanding copies of the care logs, 14 emails in total, several abusive ('you are killing her for the house'). He told the OIC he is 'collecting evidence for the hearing'. His conduct is plainly about the care/deputyship dispute and not about IP herself - no fixation on her, nothing else of a stalking type. Course of conduct is made out and it is oppressive; it goes well beyond what is reasonable for litigation. No threats. IP upset but her routine is unchanged. Reclassify to harassment s.2. OIC to give words of advice and write to SUSP's solicitor.""",
    spans=[
        ("STALK_WATCH", "photographing carers arriving and leaving"),
        ("REPETITION", "on at least 6 occasions"),
        ("STALK_CONTACT", "emailed IP repeatedly demanding copies of the care logs"),
        ("REPETITION", "14 emails in total"),
        ("STALK_CONTACT", "'you are killing her for the house'"),
        ("DISTRESS", "IP upset"),
    ],
)

case(
    11, "stalking_fear_alarm_distress", "CSFD",
    voice="statement", case="mixed", noise="clean", batch="tg",
    pattern="ex_husband_via_interpreter_turns_up_follows_from_gurdwara_threatens_to_cut_face", relationship="ex_partner", occasions=12,
    text="""\
This statement was taken with the assistance of Mrs Rajwant Bains, Punjabi interpreter. I was married to Gurpreet Singh Dhillon for 22 years. We separated last year and the divorce was finalised in July. I live with my son and his wife. Since August Gurpreet has come to the house on Elm Grove many times. I would say more than ten times. He stands at the gate and shouts for me to come out. He says I am still his wife and I belong in his house. On 4 September he told me in Punjabi that if I do not come back he will cut my face so no other man looks at me. On 18 September he followed me from the gurdwara to the bus stop and said again that he will cut me. Last week my daughter-in-law saw him standing across the road at night, looking at my bedroom window. I am very frightened of him. He hit me during the marriage and I believe he will do what he says. I do not go out alone anymore. My son drives me to the gurdwara and to the doctor.""",
    spans=[
        ("STALK_TURN_UP", "Gurpreet has come to the house on Elm Grove many times"),
        ("REPETITION", "more than ten times"),
        ("FIXATION", "He says I am still his wife and I belong in his house"),
        ("THREAT_VIOLENCE", "he will cut my face so no other man looks at me"),
        ("STALK_FOLLOW", "he followed me from the gurdwara to the bus stop"),
        ("THREAT_VIOLENCE", "said again that he will cut me"),
        ("STALK_WATCH", "standing across the road at night, looking at my bedroom window"),
        ("FEAR_OF_VIOLENCE", "I am very frightened of him"),
        ("FEAR_OF_VIOLENCE", "I believe he will do what he says"),
        ("SERIOUS_IMPACT", "I do not go out alone anymore"),
    ],
)

case(
    12, "harassment_fear_of_violence", "CF",
    voice="call_log", case="upper", noise="heavy", batch="tg",
    pattern="brother_in_law_threatens_to_stab_over_who_houses_elderly_father", relationship="family", occasions=2,
    text="""\
CLR MR DEV PATEL RE BRO IN LAW (SISTERS HUSB) NIKHIL. ONGOIN ROW RE WHO HAS DAD (84) LIVING WITH THEM. NIKHIL RANG CLR SAT 2300 SAID 'COME NEAR MY HOUSE AGAIN AND ILL STAB U'. TODAY 1140 NIKHIL TXT 'REMEMBER WHAT I SAID UR GETTING STABBED'. CLR SCARED SAYS NIKHIL CARRIES KNIVES IN CAR FOR WORK (CHEF) N HE BELIEVES HIM. NO OTHR CONTACT. CLR AT HOME NO IMMED DANGER. ADV 999 IF ATTNDS. CAD GRADE 2""",
    spans=[
        ("THREAT_VIOLENCE", "'COME NEAR MY HOUSE AGAIN AND ILL STAB U'"),
        ("THREAT_VIOLENCE", "'REMEMBER WHAT I SAID UR GETTING STABBED'"),
        ("FEAR_OF_VIOLENCE", "CLR SCARED"),
        ("FEAR_OF_VIOLENCE", "HE BELIEVES HIM"),
    ],
)

case(
    13, "aggravated_stalking", "CSR",
    voice="victim_diary", case="lower", noise="typos", batch="tg",
    pattern="mother_in_law_watches_posts_antisemitic_abuse_about_daughter_in_law", relationship="family", occasions=5,
    text="""\
mon 4th - M. (alans mum) outside the school gates again at pick up. didnt speak to me just stood by the railings watching me with the kids. thats the third time since half term.
wed 6th - alans cousin sent me screenshots, M has posted on the family facebook page that i am a 'christ killer' who has 'stolen her son for the jews'. 40 odd people in that group. felt sick all day.
thurs 7th - she rang the salon where i work and asked what time my shift finishes. kerry told her nothing.
sat 9th - she was in the car park at tesco when i came out. i know she doesnt shop there she lives the other side of town. she took a photo of me on her phone.
sun 10th - alan has rung her and told her to leave me alone. she said i have 'got my claws in' and she will 'never stop till hes free'.
still going to work, still doing the school run. i just want her to stop. cant stop crying some nights.""",
    spans=[
        ("STALK_WATCH", "stood by the railings watching me with the kids"),
        ("REPETITION", "thats the third time since half term"),
        ("STALK_PUBLISH", "M has posted on the family facebook page"),
        ("RELIGIOUS_HOSTILITY", "'christ killer' who has 'stolen her son for the jews'"),
        ("DISTRESS", "felt sick all day"),
        ("STALK_MONITOR", "rang the salon where i work and asked what time my shift finishes"),
        ("STALK_LOITER", "she was in the car park at tesco when i came out"),
        ("STALK_WATCH", "she took a photo of me on her phone"),
        ("FIXATION", "she will 'never stop till hes free'"),
        ("DISTRESS", "cant stop crying some nights"),
    ],
)

case(
    14, "no_offence", "",
    voice="result_note", case="mixed", noise="abbrev", batch="tg",
    pattern="sisters_mutual_rows_at_fathers_care_home_cross_allegations", relationship="family", occasions=2,
    text="""\
Result: NFA - no offence. Two sisters, Maureen DAVIES and Pat GRIFFITHS, reported each other after an argument in the lounge of Brynteg Care Home on 02/02 while both visiting their father. Staff W1 (care asst) says both were shouting and swearing, Maureen called Pat a 'leech' and Pat told Maureen she would 'swing for her'; W1 says it was said in the heat of the row and they were as bad as each other. Second argument 09/02 in the car park, again both shouting, again both rang 101 afterwards. Neither says she is afraid of the other. These are mutual rows over dad's care; neither is the victim of a course of conduct by the other. Both given advice. Home has arranged separate visiting slots. Closed.""",
    spans=[],
)

case(
    15, "aggravated_harassment", "CR",
    voice="mo_field", case="upper", noise="abbrev", batch="tg",
    pattern="father_in_law_anti_muslim_texts_and_voicemails_to_son_in_law", relationship="family", occasions=12,
    text="""\
SUSP (IP'S FATHER IN LAW) OBJECTS TO IP BEING MUSLIM. OVER A 3 WK PERIOD SUSP HAS SENT IP 9 TEXT MSGS AND LEFT 2 VOICEMAILS REFERRING TO IP AS A 'TERRORIST' AND 'MOZZIE SCUM' AND STATING HIS DAUGHTER HAS 'MARRIED INTO A DEATH CULT'. SUSP ALSO VERBALLY ABUSED IP AT A FAMILY CHRISTENING 14/08. NO THREATS. IP HAS NOW BLOCKED THE NUMBER.""",
    spans=[
        ("REPETITION", "OVER A 3 WK PERIOD"),
        ("STALK_CONTACT", "SENT IP 9 TEXT MSGS AND LEFT 2 VOICEMAILS"),
        ("RELIGIOUS_HOSTILITY", "REFERRING TO IP AS A 'TERRORIST' AND 'MOZZIE SCUM'"),
        ("RELIGIOUS_HOSTILITY", "'MARRIED INTO A DEATH CULT'"),
        ("STALK_CONTACT", "VERBALLY ABUSED IP AT A FAMILY CHRISTENING 14/08"),
        ("UNWANTED", "IP HAS NOW BLOCKED THE NUMBER"),
    ],
)

case(
    16, "stalking", "CS",
    voice="judgment", case="mixed", noise="clean", batch="tg",
    pattern="adult_son_breaches_restraining_order_turning_up_at_elderly_mothers_flat", relationship="family", occasions=6,
    text="""\
Sentencing remarks, HHJ Pemberton. Stephen Oduya, you are 41. You have pleaded guilty to stalking your mother, Mrs Comfort Oduya, who is 77, and to two breaches of the restraining order made at this court in May. Your mother is not a woman who wanted to come to court. She loves you. It was your sister who called the police. Under the order you were not to go to your mother's flat on Wellesley Road. Within three weeks you were there. You rang the bell repeatedly at night, on 8 and 11 June. You left bunches of flowers and notes under the door saying that she belonged to you and that your sister had stolen her from you. On a number of evenings her neighbours saw you sitting on the wall opposite the block, looking up at her window. You followed her to church on 20 June and sat behind her through the whole service. You have never threatened her and I accept there is no violence anywhere in your record. Her statement tells me she is sad, and worried for you, rather than afraid of you; she still goes to church and to her club. But the order was there to give her some peace and you ignored it. The pre-sentence report describes a fixation on your mother that began after your father died, and I have read it with care. The sentence I pass is a community order with a rehabilitation requirement, and the restraining order will continue without limit of time.""",
    spans=[
        ("STALK_TURN_UP", "Within three weeks you were there"),
        ("STALK_TURN_UP", "You rang the bell repeatedly at night"),
        ("REPETITION", "on 8 and 11 June"),
        ("STALK_GIFTS", "You left bunches of flowers and notes under the door"),
        ("FIXATION", "saying that she belonged to you"),
        ("REPETITION", "On a number of evenings"),
        ("STALK_WATCH", "sitting on the wall opposite the block, looking up at her window"),
        ("STALK_FOLLOW", "You followed her to church on 20 June and sat behind her through the whole service"),
        ("FIXATION", "a fixation on your mother that began after your father died"),
    ],
)

case(
    17, "aggravated_stalking_fear_alarm_distress", "CSFR",
    voice="call_log", case="upper", noise="abbrev", batch="tg",
    pattern="ex_husband_drives_past_daily_racist_threats_twice_at_door", relationship="ex_partner", occasions=8,
    text="""\
CLR IS EX WIFE OF SUSP DARREN WHITLOCK, SEP 2 YRS. SINCE XMAS SUSP HAS DRIVEN PAST HER ADDRESS DAILY AND SENT MSGS SAYING 'NO ONE ELSE WILL HAVE YOU'. MSG 12/01 CALLED HER A 'PAKI SLAG' AND SAID 'UR KIDS WILL SEE U IN A BOX'. TONIGHT 2050 SUSP AT DOOR SHOUTING 'I WILL F***ING KILL YOU' AND 'GO BACK TO YOUR OWN COUNTRY'. LEFT ON FOOT PRIOR TO CALL TWDS HIGH ST. CLR HYSTERICAL, STATES SHE IS TERRIFIED HE WILL KILL HER. 2 CHILDREN IN ADDRESS. DASH HIGH. UNITS DEPLOYED.""",
    spans=[
        ("STALK_WATCH", "SUSP HAS DRIVEN PAST HER ADDRESS"),
        ("REPETITION", "DAILY"),
        ("FIXATION", "'NO ONE ELSE WILL HAVE YOU'"),
        ("RACIAL_HOSTILITY", "CALLED HER A 'PAKI SLAG'"),
        ("THREAT_VIOLENCE", "'UR KIDS WILL SEE U IN A BOX'"),
        ("STALK_TURN_UP", "SUSP AT DOOR SHOUTING"),
        ("THREAT_VIOLENCE", "'I WILL F***ING KILL YOU'"),
        ("RACIAL_HOSTILITY", "'GO BACK TO YOUR OWN COUNTRY'"),
        ("DISTRESS", "CLR HYSTERICAL"),
        ("FEAR_OF_VIOLENCE", "STATES SHE IS TERRIFIED HE WILL KILL HER"),
    ],
)

case(
    18, "aggravated_harassment_fear_of_violence", "CFR",
    voice="crime_summary", case="mixed", noise="abbrev", batch="tg",
    pattern="community_centre_user_mocks_sikh_elders_turban_threatens_twice", relationship="acquaintance", occasions=2,
    text="""\
IP Mr Balwinder Singh SANDHU (74) attends the Tuesday luncheon club at Northgate Community Centre. SUSP Kenneth BRIGGS (60s) also uses the centre (bowls club). On 07/03 SUSP stood in IP's way in the corridor, flicked IP's turban and said 'take that rag off your head, this is a Christian country', then told him he would 'knock it off for you next time'. On 14/03 SUSP waited by the minibus and told IP 'I told you, you'll get a smack'. Stmt obtained via Language Line (Punjabi). IP states he is afraid of being hit; he is unsteady on his feet and thinks one push would put him in hospital. Centre manager holds CCTV for 07/03. SUSP not known to IP outside the centre. Religious aggravation flagged. OIC DC Marsh.""",
    spans=[
        ("RELIGIOUS_HOSTILITY", "flicked IP's turban"),
        ("RELIGIOUS_HOSTILITY", "'take that rag off your head, this is a Christian country'"),
        ("THREAT_VIOLENCE", "he would 'knock it off for you next time'"),
        ("THREAT_VIOLENCE", "'I told you, you'll get a smack'"),
        ("FEAR_OF_VIOLENCE", "IP states he is afraid of being hit"),
    ],
)

case(
    19, "harassment", "C",
    voice="notebook", case="lower", noise="typos", batch="tg",
    pattern="sister_in_law_whatsapps_over_fathers_move_to_care_home_one_threat_no_fear", relationship="family", occasions=31,
    text="""\
1610 spoke to ip mrs karen lowe at her home addr. ip's sister in law (brothers wife) dawn lowe has sent her approx 30 whatsapps over the last month about ip's decision to move their dad into oakfield lodge. messages call ip 'heartless', 'a selfish cow', and say she 'dumped him to get her hands on his pension'. on the 22nd dawn rang and said 'if i see you at the home ill slap you'. thats the only threat. ip says she isnt scared of dawn getting physical, 'she wouldnt dare', but it is wearing her down. ip showed me the messages, photographed on my phone. advised re blocking and keeping a log. will contact dawn for her side.""",
    spans=[
        ("STALK_CONTACT", "sent her approx 30 whatsapps"),
        ("REPETITION", "over the last month"),
        ("STALK_CONTACT", "messages call ip 'heartless', 'a selfish cow'"),
        ("THREAT_VIOLENCE", "'if i see you at the home ill slap you'"),
        ("DISTRESS", "it is wearing her down"),
    ],
)

case(
    20, "stalking_fear_alarm_distress", "CSFD",
    voice="vps", case="mixed", noise="clean", batch="tg",
    pattern="former_son_in_law_stalks_ex_wifes_mother_to_find_ex_threatens_twice", relationship="family", occasions=12,
    text="""\
Victim personal statement of Mrs Eileen Worrall. I am 68 and a widow. My daughter Claire was married to Jason Pryce for nine years and they divorced two years ago. Claire moved away and Jason does not know where she lives, and I think that is why he started on me. He has been coming to my house on Fernbank Avenue since last spring, sometimes every weekend. He sits in his car opposite. He has followed me to the Co-op and to my sister's. He rings my landline late at night and asks where Claire is, and when I put the phone down he rings back again and again. In October he said to me on the doorstep that if I didn't tell him he would 'do me in'. He said it again in November through the letterbox, and that I would 'end up like your Frank' (Frank was my husband). I believed him. I have not slept properly since. I have had a camera put on the front door, I have changed my landline number, and I no longer go to my sister's on a Sunday because I am frightened he will follow me there. I used to love my garden and I won't go out in it now. My grandchildren do not come to my house any more, I go to them. I want the court to know that he has taken my home away from me even though I still live in it.""",
    spans=[
        ("STALK_TURN_UP", "He has been coming to my house on Fernbank Avenue since last spring"),
        ("REPETITION", "sometimes every weekend"),
        ("STALK_LOITER", "He sits in his car opposite"),
        ("STALK_FOLLOW", "He has followed me to the Co-op and to my sister's"),
        ("STALK_CONTACT", "He rings my landline late at night and asks where Claire is"),
        ("REPETITION", "he rings back again and again"),
        ("THREAT_VIOLENCE", "if I didn't tell him he would 'do me in'"),
        ("REPETITION", "He said it again in November through the letterbox"),
        ("THREAT_VIOLENCE", "I would 'end up like your Frank'"),
        ("FEAR_OF_VIOLENCE", "I believed him"),
        ("DISTRESS", "I have not slept properly since"),
        ("SERIOUS_IMPACT", "I have had a camera put on the front door, I have changed my landline number"),
        ("SERIOUS_IMPACT", "I no longer go to my sister's on a Sunday"),
        ("SERIOUS_IMPACT", "I won't go out in it now"),
    ],
)

case(
    21, "harassment_fear_of_violence", "CF",
    voice="updates", case="inconsistent", noise="typos", batch="tg",
    pattern="removed_committee_member_threatens_cultural_association_treasurer_twice", relationship="acquaintance", occasions=2,
    text="""\
UPDATE 1 12/09: IP is treasurer of the Tamil Cultural Association (Hillfield). Former committee member Mr S. NADARAJAH was removed in June after a dispute about hall hire money. On 5/9 after the AGM he approached IP in the car park and said 'you will pay for this, I will break your legs'. IP reported next day.
update 2 15/09 - IP rang in. susp phoned him last night 2215 and said 'you remember what I told you, your legs'. IP says he is now afraid to lock up the hall on his own and he genuinly thinks Nadarajah will attack him.
Update 3 - 16/09: SUSP CONTACTED, VOLUNTARY INTERVIEW BOOKED 22/9. IP given advise re personal safety, marker placed on home addr.""",
    spans=[
        ("THREAT_VIOLENCE", "'you will pay for this, I will break your legs'"),
        ("STALK_CONTACT", "susp phoned him last night 2215"),
        ("THREAT_VIOLENCE", "'you remember what I told you, your legs'"),
        ("FEAR_OF_VIOLENCE", "afraid to lock up the hall on his own"),
        ("FEAR_OF_VIOLENCE", "he genuinly thinks Nadarajah will attack him"),
    ],
)

case(
    22, "stalking", "CS",
    voice="crime_summary", case="lower", noise="redacted", batch="tg",
    pattern="dead_brothers_widow_watched_followed_and_given_gifts_by_brother_in_law", relationship="family", occasions=10,
    text="""\
summary: ip [NAME 1] is the widow of the suspect's older brother, who died in feb. since the funeral suspect [NAME 2] has taken it on himself to 'look after' her. he has driven past her house several times a day, checks whether her car is on the drive, and has been seen on three occasions in the lane behind her garden looking over the fence. he followed her round [LOCATION 1] market on 2 saturdays keeping about 20 yards back. he has left bags of shopping and flowers on the step with notes saying 'my brother would want me to take care of you'. ip has told him plainly she does not want this and he replied 'you'll come round to it'. no threats. ip is upset and embarrassed, says she feels watched in her own home, but she is still going to work and to the market and has not changed anything. she does not want him arrested, just wants it stopped. family divided; suspect's wife has rung ip to say she is 'making a fuss over nothing'.""",
    spans=[
        ("STALK_WATCH", "driven past her house several times a day"),
        ("STALK_MONITOR", "checks whether her car is on the drive"),
        ("REPETITION", "on three occasions"),
        ("STALK_WATCH", "looking over the fence"),
        ("STALK_FOLLOW", "followed her round [LOCATION 1] market on 2 saturdays"),
        ("STALK_GIFTS", "left bags of shopping and flowers on the step"),
        ("UNWANTED", "ip has told him plainly she does not want this"),
        ("FIXATION", "'you'll come round to it'"),
        ("DISTRESS", "ip is upset and embarrassed, says she feels watched in her own home"),
    ],
)

case(
    23, "aggravated_stalking", "CSR",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="tg",
    pattern="brother_posts_anti_muslim_tiktoks_about_convert_sister_and_waits_at_mosque", relationship="family", occasions=15,
    text="""\
Sup review: correctly recorded as stalking, but the R aggravation has been missed - amend. IP (Hannah, now known as Maryam) converted to Islam in 2023. Her brother SUSP Daniel CROFT has since: set up a TikTok account in her old name posting clips of her with captions calling her a 'towelhead traitor' and 'ISIS bride' (11 posts since June); turned up at the mosque on Carr Lane on at least 3 Fridays and waited at the women's entrance; sent her 50+ DMs saying he will 'get his sister back'. IP describes him as 'obsessed', says he won't accept her choice. No threats of violence, IP not afraid of him physically, routine unchanged. Parents have asked SUSP to stop - ignored. Actions: aggravation flag, TikTok takedown request, OIC to progress to interview within 7 days.""",
    spans=[
        ("STALK_PUBLISH", "set up a TikTok account in her old name posting clips of her"),
        ("RELIGIOUS_HOSTILITY", "calling her a 'towelhead traitor' and 'ISIS bride'"),
        ("REPETITION", "11 posts since June"),
        ("STALK_TURN_UP", "turned up at the mosque on Carr Lane"),
        ("REPETITION", "on at least 3 Fridays"),
        ("STALK_LOITER", "waited at the women's entrance"),
        ("STALK_CONTACT", "sent her 50+ DMs"),
        ("FIXATION", "he will 'get his sister back'"),
        ("FIXATION", "he won't accept her choice"),
        ("UNWANTED", "Parents have asked SUSP to stop - ignored"),
    ],
)

case(
    24, "aggravated_harassment", "CR",
    voice="statement", case="mixed", noise="clean", batch="tg",
    pattern="stepson_racist_voice_notes_to_somali_stepfather_over_life_interest_in_house", relationship="family", occasions=23,
    text="""\
This statement was made through a Somali interpreter, Ms Hodan Ali. I married Patricia in 2011. She died in January. She has one son from before, Lee, he is 38. Patricia's will lets me live in the house for my lifetime and then it goes to Lee. Lee is angry about this. Since February he sends me voice notes on WhatsApp. I have kept them all, there are 23. In them he calls me a 'black parasite' and says 'you lot come over here and steal from dead women'. He says I am 'not even a proper African, just a Somali leech'. In one he says he will report me to the Home Office, but I am a British citizen since 2004. He has not threatened to hurt me. He has not come to the house. I am sad that Patricia's son talks to me this way. My nephew Abdi helped me to make the complaint.""",
    spans=[
        ("STALK_CONTACT", "he sends me voice notes on WhatsApp"),
        ("REPETITION", "there are 23"),
        ("RACIAL_HOSTILITY", "calls me a 'black parasite'"),
        ("RACIAL_HOSTILITY", "'you lot come over here and steal from dead women'"),
        ("RACIAL_HOSTILITY", "'not even a proper African, just a Somali leech'"),
        ("DISTRESS", "I am sad that Patricia's son talks to me this way"),
    ],
)

case(
    25, "no_offence", "",
    voice="result_note", case="upper", noise="typos", batch="tg",
    pattern="son_in_law_two_incidents_seven_months_apart_with_reconciliation", relationship="family", occasions=2,
    text="""\
NFA. IP MR COLIN HART REPORTED HIS SON-IN-LAW RYAN BELL FOR HARRASMENT. IN MARCH RYAN PUSHED PAST IP AT DAUGHTERS HOUSE AFTER A ROW ABOUT THE GRANDCHILDRENS CHRISTENING AND SAID 'STAY OUT OF MY FAMILY OR ELSE'. FAMILY THEN PATCHED THINGS UP - IP AND RYAN WENT TO THE FOOTBALL TOGETHER OVER THE SUMMER AND IP BABYSAT MOST WEEKS. SECOND INCIDENT 30/10 (SEVEN MONTHS LATER), RYAN SENT ONE ABUSIVE TEXT AFTER A DISAGREEMENT OVER XMAS ARRANGMENTS. TWO ISOLATED INCIDENTS MONTHS APART WITH A GENUINE RECONCILLIATION BETWEEN - NOT A COURSE OF CONDUCT. NO OFFENCE. ADVICE GIVEN TO BOTH PARTIES.""",
    spans=[
        ("STALK_CONTACT", "RYAN SENT ONE ABUSIVE TEXT"),
    ],
)

case(
    26, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="third_party", case="mixed", noise="typos", batch="tg",
    pattern="late_husbands_brother_watches_opens_post_racist_notes_widow_moves_to_daughter", relationship="family", occasions=8,
    text="""\
From: [daughter's email]. To: Safer Neighbourhoods. Hi, I am writing on behalf of my mum Gloria Henry, she is 79 and doesn't use email. Since my dad passed in April his brother Roy Henry has made mums life a misery. He never accepted dad marrying a Jamaican woman. Since the funeral Roy has been parking across from mums house most mornings and just sitting there. Mum has caught him twice going through her post box and one of her bank letters was opened. He followed her to the chemist and to church and stood at the back staring at her. He puts notes through the door, the last one said 'this is a white family's house, go back to your island'. He has not threatned her but she is so unsettled by him being outside that she packed a bag and moved in with me in Luton three weeks ago, and she has missed two hospital appointments in Bedford. She cries every night and wants to go home. Please can someone speak to him. Thanks, Marcia""",
    spans=[
        ("STALK_LOITER", "parking across from mums house most mornings and just sitting there"),
        ("REPETITION", "Mum has caught him twice"),
        ("STALK_MONITOR", "going through her post box"),
        ("STALK_PROPERTY", "one of her bank letters was opened"),
        ("STALK_FOLLOW", "He followed her to the chemist and to church"),
        ("STALK_WATCH", "stood at the back staring at her"),
        ("STALK_CONTACT", "He puts notes through the door"),
        ("RACIAL_HOSTILITY", "'this is a white family's house, go back to your island'"),
        ("SERIOUS_IMPACT", "moved in with me in Luton three weeks ago"),
        ("SERIOUS_IMPACT", "she has missed two hospital appointments in Bedford"),
        ("DISTRESS", "She cries every night"),
    ],
)

case(
    27, "aggravated_harassment_fear_of_violence", "CFR",
    voice="notebook", case="mixed", noise="heavy", batch="tg",
    pattern="husbands_brother_anti_traveller_abuse_threatens_to_burn_out_over_mothers_land", relationship="family", occasions=3,
    text="""\
1930 hrs att 22 Orchard Way re thrts. IP Bridget McDONAGH-STONE (Irish Traveller) marr to Paul STONE. Susp = Paul's bro Wayne STONE. Fallout ovr Paul's mams will - mam left caravan + land to Paul & IP. Yday (12/7) Wayne shouted at IP frm his van outside the shop 'u'll burn'. Today rang IP x2, 1420 n 1615, both calls 'dirty pikey', 'ur lot dont get to keep our mams land', 'il burn u out like the rest of ur kind'. IP v scared, says she thinks he'll set fire to the caravan wth her in it. Wayne known - PNC arson 2009. Calls seen on IP phone log, screensht. Stmt taken, 2 pgs.""",
    spans=[
        ("THREAT_VIOLENCE", "Wayne shouted at IP frm his van outside the shop 'u'll burn'"),
        ("STALK_CONTACT", "rang IP x2, 1420 n 1615"),
        ("RACIAL_HOSTILITY", "'dirty pikey'"),
        ("RACIAL_HOSTILITY", "'ur lot dont get to keep our mams land'"),
        ("THREAT_VIOLENCE", "'il burn u out like the rest of ur kind'"),
        ("FEAR_OF_VIOLENCE", "IP v scared"),
        ("FEAR_OF_VIOLENCE", "she thinks he'll set fire to the caravan wth her in it"),
    ],
)

case(
    28, "harassment", "C",
    voice="call_log", case="mixed", noise="abbrev", batch="tg",
    pattern="husbands_cousin_messages_mother_threatening_her_son_over_debt_she_not_afraid", relationship="family", occasions=15,
    text="""\
Clr Mrs Sunita RAO. Husband's cousin Vikram RAO has been messaging her since 01/08 re £4,000 he says her son Arjun (24) owes him from a family business deal. 15+ msgs to clr, incl 'tell Arjun I will break his fingers if I don't get paid' (04/08) and 'your boy will end up in hospital' (10/08). Clr states she is not worried for herself, Vikram has never been aggressive to her and she does not think he would touch her - it is Arjun she worries about. Arjun lives in Manchester, advised to report separately to GMP. Clr wants Vikram to stop messaging her. Advised re civil route for the debt; crime raised.""",
    spans=[
        ("STALK_CONTACT", "Vikram RAO has been messaging her since 01/08"),
        ("REPETITION", "15+ msgs to clr"),
    ],
)

case(
    29, "stalking", "CS",
    voice="dash_note", case="mixed", noise="redacted", batch="tg",
    pattern="ex_partner_sends_mother_and_sisters_to_work_and_home_despite_non_mol", relationship="ex_partner", occasions=8,
    text="""\
DASH - V [NAME 1], ex-partner [NAME 2] (SUSP). Sep Oct after 6 yrs. SUSP subject to non-mol (no contact direct or indirect). Since Dec SUSP's mother and two sisters have been turning up on his behalf: mother at V's work ([BUSINESS 1]) 4 times with letters from SUSP saying he 'can't go on without her'; sister [NAME 3] at V's door on 3 occasions asking her to 'just ring him, he's in bits'; sister [NAME 4] approached V at the school gate on 15/01 holding a phone with SUSP on video call. Letters are in SUSP's handwriting. No threats from SUSP or family. V 'sick of it', feels hounded, but not scared, routine same. Risk STANDARD. Breach of non-mol to OIC.""",
    spans=[
        ("STALK_TURN_UP", "mother at V's work ([BUSINESS 1]) 4 times with letters from SUSP"),
        ("FIXATION", "he 'can't go on without her'"),
        ("STALK_TURN_UP", "sister [NAME 3] at V's door on 3 occasions"),
        ("STALK_CONTACT", "approached V at the school gate on 15/01 holding a phone with SUSP on video call"),
        ("DISTRESS", "feels hounded"),
    ],
)

case(
    30, "harassment_fear_of_violence", "CFD",
    voice="crime_summary", case="mixed", noise="clean", batch="tg",
    pattern="grandson_threatens_grandmother_for_pension_twice_interpreter", relationship="family", occasions=2,
    text="""\
IP Mrs LAU Mei-ling (81), statement via Cantonese interpreter. Grandson LAU Kevin (22) lives with her. On 2 and 9 January he demanded her pension money and when she refused told her he would 'smash her head against the wall'. The second time he raised his fist to her face. IP is afraid he will hurt her and now locks her bedroom door at night.""",
    spans=[
        ("REPETITION", "On 2 and 9 January"),
        ("THREAT_VIOLENCE", "he would 'smash her head against the wall'"),
        ("THREAT_VIOLENCE", "he raised his fist to her face"),
        ("FEAR_OF_VIOLENCE", "IP is afraid he will hurt her"),
        ("SERIOUS_IMPACT", "now locks her bedroom door at night"),
    ],
)

case(
    31, "stalking_fear_alarm_distress", "CSD",
    voice="statement", case="mixed", noise="typos", batch="tg",
    pattern="cousin_fixated_on_younger_cousin_waits_at_college_she_drops_evening_class", relationship="family", occasions=10,
    text="""\
I want to explain about my cousin Rui. He came from Madeira last year and my parents let him stay with us for some months. After he move out he starts to send me messages saying he loves me and we are meant to be together. I told him many times no, he is my cousin and I have a boyfriend. He don't listen. He waits for me outside the college on Tuesdays and Thursdays, I have seen him 6 or 7 times. One time he follow me on the bus all the way home and sit behind me. He knows my shift times at the restaurant, I think he ask my little brother. He send me a necklace by post with a letter saying I will be his wife one day. He never say he will hurt me. But now I change my bus, I go the long way with my friend, and I stop my evening class because it finish late. My mother is very angry with his family but his mother says Rui is 'just in love'.""",
    spans=[
        ("STALK_CONTACT", "send me messages saying he loves me"),
        ("FIXATION", "we are meant to be together"),
        ("UNWANTED", "I told him many times no"),
        ("STALK_LOITER", "He waits for me outside the college on Tuesdays and Thursdays"),
        ("REPETITION", "I have seen him 6 or 7 times"),
        ("STALK_FOLLOW", "he follow me on the bus all the way home"),
        ("STALK_MONITOR", "He knows my shift times at the restaurant"),
        ("STALK_GIFTS", "He send me a necklace by post"),
        ("FIXATION", "I will be his wife one day"),
        ("SERIOUS_IMPACT", "now I change my bus, I go the long way with my friend"),
        ("SERIOUS_IMPACT", "I stop my evening class because it finish late"),
    ],
)

case(
    32, "aggravated_stalking", "CSR",
    voice="result_note", case="mixed", noise="abbrev", batch="tg",
    pattern="former_brother_in_law_breaches_order_wreath_and_racist_facebook_post_about_widow", relationship="family", occasions=8,
    text="""\
Result: CPS authorised charge - stalking s.2A, racially aggravated (s.32 CDA), + 2x breach RO. SUSP Martin KEANE, brother of IP's late husband. RO made Mar 24 (not to contact IP or attend her street). Between 01/05 and 20/06 SUSP: attended IP's street on 5 occasions (CCTV) and sat outside in his car; left a funeral wreath on her doorstep 18/05 with a card 'from the family you stole from'; posted on Facebook calling her a 'jungle bunny gold-digger' along with her photo and address; shouted 'go back to Africa' at her from his car 20/06. No threats. IP upset, has talked about moving but has not. Remanded to next available court.""",
    spans=[
        ("REPETITION", "Between 01/05 and 20/06"),
        ("STALK_TURN_UP", "attended IP's street on 5 occasions (CCTV)"),
        ("STALK_LOITER", "sat outside in his car"),
        ("STALK_GIFTS", "left a funeral wreath on her doorstep 18/05"),
        ("STALK_PUBLISH", "posted on Facebook"),
        ("RACIAL_HOSTILITY", "calling her a 'jungle bunny gold-digger'"),
        ("STALK_PUBLISH", "along with her photo and address"),
        ("RACIAL_HOSTILITY", "shouted 'go back to Africa' at her from his car 20/06"),
        ("DISTRESS", "IP upset"),
    ],
)

case(
    33, "aggravated_harassment", "CR",
    voice="call_log", case="lower", noise="heavy", batch="tg",
    pattern="wifes_nephew_anti_turkish_messages_after_being_told_to_move_out_one_threat", relationship="family", occasions=7,
    text="""\
clr mr yusuf demir. his wifes nephew kyle (lived w them on n off) been sending abuse since clr told him he cant stay no more. 6 or 7 msgs over wknd + snapchat voice notes. 'kebab man', 'f***in turk go home', 'ur wife shud of married english'. 1 msg sun nite said 'watch ur back old man'. clr says thats the only thing like a thrt n hes not scared of kyle 'hes a boy'. wants him told. no attend req, call back arr tmrw 1000""",
    spans=[
        ("STALK_CONTACT", "6 or 7 msgs over wknd + snapchat voice notes"),
        ("RACIAL_HOSTILITY", "'kebab man', 'f***in turk go home'"),
        ("RACIAL_HOSTILITY", "'ur wife shud of married english'"),
        ("THREAT_VIOLENCE", "'watch ur back old man'"),
    ],
)

case(
    34, "no_offence", "",
    voice="supervisor_review", case="inconsistent", noise="clean", batch="tg",
    pattern="executor_cousin_letters_seeking_vacant_possession_of_late_aunts_flat", relationship="family", occasions=8,
    text="""\
SUPERVISOR REVIEW. Reported as harassment by Mr Dennis OWUSU (60), via his nephew. Mr Owusu lives in his late aunt's flat. The executor of her estate, Ms Carol PEARCE (his cousin, a solicitor acting for the estate), has written to him SIX TIMES since April asking him to give vacant possession so the flat can be sold, and on two occasions a surveyor and an estate agent attended by appointment arranged through her firm. Letters seen - polite, factual, refer to the will and to possession proceedings if he does not leave. Mr Owusu finds them upsetting and feels 'pushed out by family'. this is contact for a lawful purpose, to administer an estate, and it is reasonable. no course of conduct amounting to harassment. NO CRIME. Signposted to Citizens Advice and independent legal advice.""",
    spans=[
        ("DISTRESS", "Mr Owusu finds them upsetting"),
    ],
)

case(
    35, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="crime_summary", case="mixed", noise="redacted", batch="tg",
    pattern="rejected_family_friend_anti_sikh_abuse_follows_from_gurdwara_threatens_to_cut", relationship="acquaintance", occasions=15,
    text="""\
V [NAME 1] (31) has known SUSP [NAME 2] since childhood - his parents and hers are close friends and the two families have holidayed together for years. In January SUSP asked V to marry him; she declined. Since then SUSP has sent several hundred messages, many declaring love, others abusive about her faith ('your turban-wearing lot think you're better than us', 'I'll make sure no Sikh boy will touch you'). He has waited outside [GURDWARA 1] on Sundays and followed her car home on 3 occasions, and has turned up at her parents' house uninvited and sat in the lounge refusing to leave. On 14/03 he messaged 'if I can't have you I'll cut you so nobody wants you'. On 02/04 in the gurdwara car park he repeated this to her face. V is terrified he will attack her. She has stopped attending the gurdwara, given up her volunteer role in the langar, and moved out of her flat to her brother's. SUSP's parents have asked V's parents to 'keep it in the community' and not involve police.""",
    spans=[
        ("UNWANTED", "she declined"),
        ("STALK_CONTACT", "sent several hundred messages, many declaring love"),
        ("RELIGIOUS_HOSTILITY", "'your turban-wearing lot think you're better than us'"),
        ("RELIGIOUS_HOSTILITY", "'I'll make sure no Sikh boy will touch you'"),
        ("STALK_LOITER", "waited outside [GURDWARA 1] on Sundays"),
        ("STALK_FOLLOW", "followed her car home on 3 occasions"),
        ("STALK_TURN_UP", "turned up at her parents' house uninvited and sat in the lounge refusing to leave"),
        ("THREAT_VIOLENCE", "'if I can't have you I'll cut you so nobody wants you'"),
        ("REPETITION", "he repeated this to her face"),
        ("FEAR_OF_VIOLENCE", "V is terrified he will attack her"),
        ("SERIOUS_IMPACT", "She has stopped attending the gurdwara, given up her volunteer role in the langar"),
        ("SERIOUS_IMPACT", "moved out of her flat to her brother's"),
    ],
)

case(
    36, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="statement", case="lower", noise="typos", batch="tg",
    pattern="cousin_racist_threats_to_adopted_cousin_over_grandmothers_estate", relationship="family", occasions=4,
    text="""\
statement of mei hargreaves, 35. mum and dad adopted me from a childrens home in guangzhou when i was ten months old. nan (doris hargreaves) passed away in may and in her will each of the five grandkids gets an equal fifth, me included. cousin lee has never liked me, when we were small he used to say i wasnt a real hargreaves. after the solicitor read the will out it turned nasty. 3rd july, in the waiting room at bratton & co, with my aunty and uncles sat there, lee said 'that chink isnt getting a penny of our nans money' and he would 'put me in the ground' first. 21st july he walked into the garden centre where i work, found me on the tills and said i should 'go back to china' and i would 'get hurt' unless i signed my fifth over. the following week two missed calls from him, i let them ring out. lee is over six foot, he was done for fighting outside the red lion a few years back. im scared stiff of him and i beleive he would actually hurt me. aunty pam lives next door to him so i havent been round to hers since july, i used to go every sunday.""",
    spans=[
        ("RACIAL_HOSTILITY", "'that chink isnt getting a penny of our nans money'"),
        ("THREAT_VIOLENCE", "he would 'put me in the ground' first"),
        ("STALK_TURN_UP", "he walked into the garden centre where i work, found me on the tills"),
        ("RACIAL_HOSTILITY", "i should 'go back to china'"),
        ("THREAT_VIOLENCE", "i would 'get hurt' unless i signed my fifth over"),
        ("STALK_CONTACT", "two missed calls from him"),
        ("FEAR_OF_VIOLENCE", "im scared stiff of him and i beleive he would actually hurt me"),
        ("SERIOUS_IMPACT", "i havent been round to hers since july, i used to go every sunday"),
    ],
)

case(
    37, "harassment", "C",
    voice="crime_summary", case="mixed", noise="abbrev", batch="tg",
    pattern="uncle_homophobic_messages_to_nephew_threats_laughed_off", relationship="family", occasions=25,
    text="""\
IP Jordan MILLS (19) came out to his family at Easter. Uncle SUSP Phil MILLS has since sent IP around 25 FB messages and texts calling him a 'f****t' and 'a disgrace to the Mills name' and saying he is 'diseased'. Twice said he would 'batter the gay out of him' (19/04, 02/05). IP laughed this off when seen - Phil is 'all talk', lives 200 miles away and has never been violent; IP not scared of him. Reported because he is fed up with it and wants it on record. Flagged as hate incident (sexual orientation).""",
    spans=[
        ("STALK_CONTACT", "sent IP around 25 FB messages and texts"),
        ("STALK_CONTACT", "calling him a 'f****t' and 'a disgrace to the Mills name'"),
        ("REPETITION", "Twice"),
        ("THREAT_VIOLENCE", "he would 'batter the gay out of him'"),
        ("REPETITION", "(19/04, 02/05)"),
    ],
)

case(
    38, "stalking", "CS",
    voice="mo_field", case="lower", noise="abbrev", batch="tg",
    pattern="late_fathers_friend_weekly_visits_and_gifts_to_grown_daughter_after_funeral", relationship="acquaintance", occasions=10,
    text="""\
susp is longstanding family friend of ip's late father. since the funeral (aug) susp has attended ip's home addr unannounced approx weekly, left gifts (jewellery, perfume, a framed photo of ip as a child) and sent cards signed 'yours always'. ip has told him in person and by letter that contact is unwanted. susp says her father 'asked him to look after her' and he 'won't give up on her'. no threats.""",
    spans=[
        ("STALK_TURN_UP", "attended ip's home addr unannounced"),
        ("REPETITION", "approx weekly"),
        ("STALK_GIFTS", "left gifts (jewellery, perfume, a framed photo of ip as a child)"),
        ("STALK_CONTACT", "sent cards signed 'yours always'"),
        ("UNWANTED", "ip has told him in person and by letter that contact is unwanted"),
        ("FIXATION", "he 'won't give up on her'"),
    ],
)

case(
    39, "harassment_fear_of_violence", "CF",
    voice="statement", case="mixed", noise="typos", batch="tg",
    pattern="family_friend_lender_threatens_barber_twice_over_inflated_loan", relationship="acquaintance", occasions=2,
    text="""\
I am Khaled AL-HAMWI. Mr Samir (I not know his family name, everybody call him Abu Fadi) is friend of my family from Aleppo, we know him 30 years. In 2022 he lend me £3000 for open my barber shop. I pay back £2000 already. Now he say I must pay £6000. In March he come to the shop and in front of my customer he say if I not pay he will break my hands and I cannot cut hair never again. In April he send me message on WhatsApp, in Arabic, my son translate for police: 'I told you, your hands. Pay or you will see.' I am afraid from him, he is strong man and he has sons. I look behind me always when I close the shop. I go to police because I am afraid, not for the money.""",
    spans=[
        ("THREAT_VIOLENCE", "he will break my hands and I cannot cut hair never again"),
        ("STALK_CONTACT", "he send me message on WhatsApp"),
        ("THREAT_VIOLENCE", "'I told you, your hands. Pay or you will see.'"),
        ("FEAR_OF_VIOLENCE", "I am afraid from him"),
        ("FEAR_OF_VIOLENCE", "I look behind me always when I close the shop"),
    ],
)

case(
    40, "stalking_fear_alarm_distress", "CSFD",
    voice="victim_diary", case="mixed", noise="typos", batch="tg",
    pattern="sisters_husband_mocks_disability_follows_and_threatens_disabled_brother_in_law", relationship="family", occasions=4,
    text="""\
Diary kept for PC Hollis.
Fri 3 Oct - Steve (my sisters husband) outside the day centre when I come out at 3. Stood by the gate doing my walk, dragging his leg, laughing. Called me 'the cripple' in front of the staff.
Mon 6 Oct - He was at the bottom of my road in his works van. Waited till I came past and drove slow next to me all the way to the shop.
Wed 8 Oct - Text from Steve - 'Tell your sister to give me the money from your dads house or Ill kick your legs out from under you, it'll be easy'.
Sat 11 Oct - He came to my flat, banged on the door, said through the door 'one push and your done'. I didnt open it.
I am frightened of him. I cant get away from him if he goes for me. I have stoped going to the shop on my own.""",
    spans=[
        ("STALK_LOITER", "outside the day centre when I come out at 3"),
        ("STALK_CONTACT", "Called me 'the cripple' in front of the staff"),
        ("STALK_LOITER", "He was at the bottom of my road in his works van"),
        ("STALK_FOLLOW", "drove slow next to me all the way to the shop"),
        ("THREAT_VIOLENCE", "Ill kick your legs out from under you"),
        ("STALK_TURN_UP", "He came to my flat, banged on the door"),
        ("THREAT_VIOLENCE", "'one push and your done'"),
        ("FEAR_OF_VIOLENCE", "I am frightened of him"),
        ("FEAR_OF_VIOLENCE", "I cant get away from him if he goes for me"),
        ("SERIOUS_IMPACT", "I have stoped going to the shop on my own"),
    ],
)

case(
    41, "aggravated_stalking", "CSR",
    voice="third_party", case="mixed", noise="clean", batch="tg",
    pattern="club_member_fixated_on_romanian_barmaid_follows_and_racially_abuses", relationship="acquaintance", occasions=12,
    text="""\
Dear Sir/Madam, I write as chairman of the Polish Social Club, Kingsway, about one of our members, Mr Zbigniew K. (full details on separate sheet). Our bar staff Mrs Ioana Popescu, who is Romanian, has complained to me and I have seen much of this myself. Since around New Year Mr K. sits at the end of the bar each night she works and watches her all evening. He has asked her out many times and she says no, always politely. Then he began to wait outside in the car park at closing, and twice he has followed her to the tram stop. He leaves letters behind the bar for her; in them he says she will learn to love him. When she refused to take his letter on 14 February he called her a 'Romanian gypsy whore' and said 'your people are all thieves, you should be grateful a Pole wants you' in front of members. Last week he said the same again in Polish, other members heard it. Ioana is upset but she does not want to lose her job here and she still comes to work. We have suspended his membership. But he still waits outside. Please advise us what we can do. Yours faithfully, Tadeusz Nowak.""",
    spans=[
        ("STALK_WATCH", "sits at the end of the bar each night she works and watches her all evening"),
        ("UNWANTED", "she says no, always politely"),
        ("STALK_LOITER", "wait outside in the car park at closing"),
        ("STALK_FOLLOW", "twice he has followed her to the tram stop"),
        ("STALK_CONTACT", "He leaves letters behind the bar for her"),
        ("FIXATION", "she will learn to love him"),
        ("RACIAL_HOSTILITY", "called her a 'Romanian gypsy whore'"),
        ("RACIAL_HOSTILITY", "'your people are all thieves, you should be grateful a Pole wants you'"),
        ("REPETITION", "Last week he said the same again in Polish"),
        ("DISTRESS", "Ioana is upset"),
        ("STALK_LOITER", "he still waits outside"),
    ],
)

case(
    42, "aggravated_harassment", "CDR",
    voice="vps", case="mixed", noise="clean", batch="tg",
    pattern="sisters_husband_racist_messages_after_mother_moves_in_victim_changes_number", relationship="family", occasions=40,
    text="""\
Victim personal statement - Amarjit KAUR. My sister married Craig nine years ago. I have always been polite to him. When our mother moved in with me last year instead of with them he started sending me messages. At first it was about mum's pension but then it turned into abuse about us as a family - that we are 'curry-stinking immigrants', that I should 'go back to India where you belong', that 'your lot dump your old people on the state'. There were maybe forty messages between June and September, and he rang and shouted the same kind of things. I changed my number in September and had to tell my work, the GP and mum's carers, which was embarrassing. I came off Facebook. He has never threatened me and I am not afraid of him. I feel ashamed that someone in my own family sees us like that.""",
    spans=[
        ("STALK_CONTACT", "he started sending me messages"),
        ("RACIAL_HOSTILITY", "'curry-stinking immigrants'"),
        ("RACIAL_HOSTILITY", "'go back to India where you belong'"),
        ("RACIAL_HOSTILITY", "'your lot dump your old people on the state'"),
        ("REPETITION", "maybe forty messages between June and September"),
        ("STALK_CONTACT", "he rang and shouted the same kind of things"),
        ("SERIOUS_IMPACT", "I changed my number in September"),
        ("SERIOUS_IMPACT", "I came off Facebook"),
        ("DISTRESS", "I feel ashamed"),
    ],
)

case(
    43, "aggravated_stalking_fear_alarm_distress", "CSFR",
    voice="updates", case="inconsistent", noise="abbrev", batch="tg",
    pattern="ex_husband_and_his_mother_at_nail_bar_racist_throat_threat_repeated_interpreter", relationship="ex_partner", occasions=8,
    text="""\
Update 14/02 0900 - OIC PC 3318. IP Nguyen Thi HOA, stmt taken via Vietnamese interpreter (Language Line) yesterday. Ex-husband SUSP Gareth PRICE, sep Nov. Since Dec SUSP has messaged daily, 'ur my wife till i say', and his mother has twice brought notes from him to IP's nail bar.
UPDATE 15/02 1745 - IP PHONED, SUSP OUTSIDE NAIL BAR IN CAR FOR APPROX 2 HRS, STAFF SAW HIM.
update 17/02 - IP played VM from 16/02: 'you slanty-eyed b****, i'll slit your throat before you get a penny or a new man'. IP says he said the same on the doorstep on 28/01 and she did not report it then because she was scared. IP very frightened, believes he will kill her. DASH reviewed - HIGH, MARAC referral.
UPDATE 18/02 - SUSP ARRESTED 0640 HOME ADDR.""",
    spans=[
        ("STALK_CONTACT", "SUSP has messaged daily"),
        ("FIXATION", "'ur my wife till i say'"),
        ("STALK_TURN_UP", "his mother has twice brought notes from him to IP's nail bar"),
        ("STALK_LOITER", "SUSP OUTSIDE NAIL BAR IN CAR FOR APPROX 2 HRS"),
        ("RACIAL_HOSTILITY", "you slanty-eyed b****"),
        ("THREAT_VIOLENCE", "i'll slit your throat before you get a penny or a new man"),
        ("REPETITION", "he said the same on the doorstep on 28/01"),
        ("FEAR_OF_VIOLENCE", "IP very frightened, believes he will kill her"),
    ],
)

case(
    44, "aggravated_harassment_fear_of_violence", "CFR",
    voice="mo_field", case="lower", noise="abbrev", batch="tg",
    pattern="clients_son_threatens_romanian_carer_named_in_will_twice", relationship="customer", occasions=2,
    text="""\
susp (son of elderly client) told ip, a romanian live-in carer, twice (09/10 kitchen, 16/10 by text) he would 'break her f***ing neck', called her a 'thieving romanian gypsy'. ip fearful he will attack her.""",
    spans=[
        ("REPETITION", "twice (09/10 kitchen, 16/10 by text)"),
        ("THREAT_VIOLENCE", "he would 'break her f***ing neck'"),
        ("RACIAL_HOSTILITY", "called her a 'thieving romanian gypsy'"),
        ("FEAR_OF_VIOLENCE", "ip fearful he will attack her"),
    ],
)
