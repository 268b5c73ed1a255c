# ruff: noqa: E501
"""Hand-written narratives, writer sc: online marketplaces, reviews and community forums."""

from corpora.handwritten import case

case(
    1, "stalking", "CS",
    voice="call_log", case="upper", noise="abbrev", batch="sc",
    pattern="marketplace_buyer_fixated_on_seller_new_profiles_flowers", relationship="online", occasions=5,
    text="""\
CALLER STATES SHE SOLD A PRAM ON FB MARKETPLACE TO A MALE APPROX 3 WKS AGO, HE COLLECTED FROM HER HOME ADDRESS. SINCE THEN HE HAS MSGD HER MOST DAYS ASKING HER OUT FOR A DRINK. SHE TOLD HIM NO TWICE AND BLOCKED HIM. HE HAS SINCE OPENED AT LEAST 2 NEW PROFILES AND CARRIES ON MSGING, LATEST READS "U WILL CHANGE UR MIND WE HAD A CONNECTION". 0730 TODAY FOUND BUNCH OF FLOWERS ON HER DOORSTEP WITH CARD "FROM YOUR PRAM MAN X". NO THREATS MADE. IP SAYS SHE IS NOT SCARED OF HIM AS SUCH BUT WANTS IT STOPPED. SUSP NAME ON PROFILE [NAME 1], NO FURTHER DETAILS. ADV SCREENSHOT EVERYTHING, DO NOT REPLY. CAD TO PSU FOR OIC.""",
    spans=[
        ("STALK_CONTACT", "HE HAS MSGD HER MOST DAYS ASKING HER OUT FOR A DRINK"),
        ("REPETITION", "SINCE THEN"),
        ("UNWANTED", "SHE TOLD HIM NO TWICE AND BLOCKED HIM"),
        ("FIXATION", "HE HAS SINCE OPENED AT LEAST 2 NEW PROFILES AND CARRIES ON MSGING"),
        ("FIXATION", "U WILL CHANGE UR MIND WE HAD A CONNECTION"),
        ("STALK_GIFTS", "FOUND BUNCH OF FLOWERS ON HER DOORSTEP"),
    ],
)

case(
    2, "harassment", "C",
    voice="crime_summary", case="mixed", noise="clean", batch="sc",
    pattern="laptop_buyer_refund_dispute_floods_seller_with_abuse", relationship="online", occasions=6,
    text="""\
The victim sold a second-hand laptop through an online selling site on 2nd March for £180. The buyer, Mr Dean HOLLIS, says the battery was faulty and wants his money back. The victim offered a partial refund, which was refused.

Between 4th and 9th March Hollis sent the victim a string of abusive messages through the app and then by text once he found her number on the listing, calling her a "thieving scammer" and a "lying cow". He also rang her six times late at night, the last call at 0210 hrs on 9th. There are no threats in any of the messages and the victim says she does not think he would come to her house, but she is fed up and upset and wants it to stop.

Hollis has not been spoken to yet. Victim advised re small claims route for the money side. Screenshots obtained and attached.""",
    spans=[
        ("STALK_CONTACT", "sent the victim a string of abusive messages through the app"),
        ("REPETITION", "Between 4th and 9th March"),
        ("STALK_CONTACT", "He also rang her six times late at night"),
        ("DISTRESS", "she is fed up and upset and wants it to stop"),
    ],
)

case(
    3, "harassment_fear_of_violence", "CF",
    voice="statement", case="mixed", noise="typos", batch="sc",
    pattern="bad_review_of_dog_groomer_husband_threatens_twice", relationship="business", occasions=3,
    text="""\
I took my dog Bramble to Pawfect Finish groomers on the 14th and she came back with a cut on her ear. I left a one star reveiw on Google saying what happend, I didnt swear or anything. The next day I got a message on facebook from a man who I now know is the owners husband, Craig. He said "take it down or Ill come and find you and break your jaw". I didnt reply. Two days later he messaged again off a diffrent account saying "last chance, I know what car you drive". I am really frightened he is going to hurt me. I have been checking the street before I go out to the car. I did take the review down but he sent one more message calling me a "pathetic little grass". I want him dealt with.""",
    spans=[
        ("THREAT_VIOLENCE", "take it down or Ill come and find you and break your jaw"),
        ("REPETITION", "Two days later he messaged again"),
        ("THREAT_VIOLENCE", "last chance, I know what car you drive"),
        ("FEAR_OF_VIOLENCE", "I am really frightened he is going to hurt me"),
        ("STALK_CONTACT", "he sent one more message calling me a \"pathetic little grass\""),
    ],
)

case(
    4, "stalking", "CS",
    voice="updates", case="inconsistent", noise="abbrev", batch="sc",
    pattern="ex_partner_pleading_through_marketplace_and_group_messages", relationship="ex_partner", occasions=4,
    text="""\
UPDATE 1 - 11/05 1420 PC 4471 - spoke to VIC by phone. Relationship with SUSP ended end of march, she blocked his number. since then he has messaged her 3 times thru a marketplace listing she put up for her sofa, pretending to be a buyer then saying "please just talk to me, i miss you, i'll change".
UPDATE 2 - 12/05 0905 - vic reports a further msg last night on the school mums fb group page (he is not a member, used his sister's account) - "Sorry to message on here. Please. One coffee. I cant sleep". no threats. VIC says he is not violent, she just wants him to leave her alone. No kids together, no shared property.
UPDATE 3 - 12/05 1600 - SUSP not at home address. card left. OIC to arrange VA interview.""",
    spans=[
        ("UNWANTED", "she blocked his number"),
        ("STALK_CONTACT", "he has messaged her 3 times thru a marketplace listing she put up for her sofa"),
        ("FIXATION", "please just talk to me, i miss you, i'll change"),
        ("STALK_CONTACT", "a further msg last night on the school mums fb group page"),
        ("FIXATION", "One coffee. I cant sleep"),
    ],
)

case(
    5, "stalking_fear_alarm_distress", "CSD",
    voice="supervisor_review", case="mixed", noise="clean", batch="sc",
    pattern="neighbourhood_app_user_fixates_after_lost_cat_post_victim_changes_routine", relationship="acquaintance", occasions=5,
    text="""\
Supervisor review - Sgt 2290 Okafor.

I have read the log and the officer's account. The victim posted on a neighbourhood app in January about her missing cat. A local man, identified as Philip ASHWORTH, replied offering to help look. Since then he has commented on every post she makes on the app, has turned up at her door twice with "sightings" of the cat (which was found in week one), and has been seen by her partner standing across the road looking up at the house on at least three evenings. She asked him in writing to stop. He replied that they were "meant to find each other".

There have been no threats. However, she no longer walks to work; her partner now drives her, she has left the app and they have fitted a doorbell camera. That is a real change to how she lives, not just upset.

This is stalking, not harassment as first recorded. Please reclassify and get a DASH-style risk assessment done. Consider a Stalking Protection Order.""",
    spans=[
        ("STALK_CONTACT", "he has commented on every post she makes on the app"),
        ("STALK_TURN_UP", "has turned up at her door twice"),
        ("STALK_WATCH", "standing across the road looking up at the house"),
        ("REPETITION", "on at least three evenings"),
        ("UNWANTED", "She asked him in writing to stop"),
        ("FIXATION", "meant to find each other"),
        ("SERIOUS_IMPACT", "she no longer walks to work; her partner now drives her"),
        ("SERIOUS_IMPACT", "they have fitted a doorbell camera"),
    ],
)

case(
    6, "aggravated_harassment", "CR",
    voice="mo_field", case="upper", noise="abbrev", batch="sc",
    pattern="customer_racist_messages_to_takeaway_owner_after_reply_to_review", relationship="customer", occasions=4,
    text="""\
SUSP HAS LEFT A NEG REVIEW ON DELIVERY APP RE COLD FOOD. VIC (TAKEAWAY OWNER) REPLIED PUBLICLY OFFERING REFUND. SUSP THEN SENT VIC 4 PRIVATE MSGS VIA SHOP FB PAGE OVER 2 DAYS CONTAINING RACIAL ABUSE INCL "GO BACK TO BANGLADESH YOU DIRTY P***" AND "YOUR LOT SHOULDNT BE ALLOWED TO SELL FOOD HERE". NO THREATS. VIC UPSET, STAFF HAVE SEEN MSGS.""",
    spans=[
        ("STALK_CONTACT", "SUSP THEN SENT VIC 4 PRIVATE MSGS VIA SHOP FB PAGE"),
        ("REPETITION", "OVER 2 DAYS"),
        ("RACIAL_HOSTILITY", "GO BACK TO BANGLADESH YOU DIRTY P***"),
        ("RACIAL_HOSTILITY", "YOUR LOT SHOULDNT BE ALLOWED TO SELL FOOD HERE"),
        ("DISTRESS", "VIC UPSET"),
    ],
)

case(
    7, "aggravated_harassment_fear_of_violence", "CFR",
    voice="call_log", case="lower", noise="heavy", batch="sc",
    pattern="no_show_buyer_voice_notes_racist_threats_kelly_minutes_apart", relationship="online", occasions=4,
    text="""\
rp male 30s says he listed a ps5 on selling app, agreed sale w/ susp for sat 1100, susp no show so rp sold it to sum1 else. susp then sent 3 voice notes within abt 10 mins at 2215 last nite. 1st "ur a f***ing n***** scammer", 2nd "i'll come round and stab u up", 3rd "watch ur back darkie ur done". rp v shaken says he beleives it, susp has his addr from the listing pickup details. rp not slept, wife staying w/ her mum 2nite. rp has voice notes saved. susp acc name "Tyler Js", no addr. log for attend asap, rp at home.""",
    spans=[
        ("REPETITION", "sent 3 voice notes within abt 10 mins"),
        ("RACIAL_HOSTILITY", "ur a f***ing n***** scammer"),
        ("THREAT_VIOLENCE", "i'll come round and stab u up"),
        ("THREAT_VIOLENCE", "watch ur back"),
        ("RACIAL_HOSTILITY", "darkie"),
        ("FEAR_OF_VIOLENCE", "rp v shaken says he beleives it"),
    ],
)

case(
    8, "aggravated_harassment_fear_of_violence", "CFR",
    voice="vps", case="mixed", noise="clean", batch="sc",
    pattern="food_bank_page_volunteer_antimuslim_threats_over_weeks", relationship="online", occasions=4,
    text="""\
I run the Facebook page for the food bank at our community centre. I am Muslim and I wear a kufi, and my photo is on the page. Since the start of October a man using the name "Gaz Truthseeker" has sent me messages through the page. The first ones called me a "terrorist" and said "your religion is a disease". Then on 19 October he wrote "people like you get what's coming, I'll be at the next collection with a blade". On 27 October he wrote "I've seen you loading the van. Next time you won't get up".

I am scared he will attack me. I do not stand at the front at collections any more and I look at every man who comes in. My hands shake when I open the page. I want the court to understand that I have done nothing to this man except give out food.""",
    spans=[
        ("STALK_CONTACT", "a man using the name \"Gaz Truthseeker\" has sent me messages through the page"),
        ("RELIGIOUS_HOSTILITY", "your religion is a disease"),
        ("RELIGIOUS_HOSTILITY", "called me a \"terrorist\""),
        ("THREAT_VIOLENCE", "I'll be at the next collection with a blade"),
        ("THREAT_VIOLENCE", "Next time you won't get up"),
        ("FEAR_OF_VIOLENCE", "I am scared he will attack me"),
        ("DISTRESS", "My hands shake when I open the page"),
    ],
)

case(
    9, "aggravated_stalking", "CSR",
    voice="notebook", case="lower", noise="abbrev", batch="sc",
    pattern="rival_seller_false_complaints_and_turning_up_anti_polish", relationship="business", occasions=5,
    text="""\
14/02 1530 spoke w/ vic Agnieszka [SURNAME] at her unit, sells refurbished bikes online. states rival seller (susp) has made 6 false reports to the selling site in her name over 5 wks saying her items are stolen, her shop page suspended twice. also susp has come to her unit x2 and sat in his van outside for approx 1 hr each time photographing customers. on 2nd occasion shouted "go back to poland you thieving polack" across car park. vic states not afraid of him, "he is a clown", but it is costing her money. no DA. susp details on pocket book p.22. adv re obtaining site report refs.""",
    spans=[
        ("STALK_ORDERS", "has made 6 false reports to the selling site in her name"),
        ("REPETITION", "over 5 wks"),
        ("STALK_TURN_UP", "susp has come to her unit x2"),
        ("STALK_LOITER", "sat in his van outside for approx 1 hr each time"),
        ("STALK_WATCH", "photographing customers"),
        ("RACIAL_HOSTILITY", "go back to poland you thieving polack"),
    ],
)

case(
    10, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="third_party", case="mixed", noise="typos", batch="sc",
    pattern="neighbourhood_app_posts_calling_black_neighbour_burglar_following_photos", relationship="neighbour", occasions=6,
    text="""\
I am writing as a neighbour of Mr Kwame Osei at no 12. I am in the same street whatsapp and the local Facebook group. Since about June a man from the next road, Barry Lyle, has been posting photos of Kwame on the group, saying things like "another one casing the houses, lock your doors" and "we never had this lot round here before". I have seen Barry follow Kwame from the bus stop to his gate at least twice, filming him on his phone. Last month he posted Kwames car reg and wrote "this monkey is back again".

Kwame is a nurse and he has done nothing wrong. He has told me he now gets a taxi from the bus stop instead of walking and he has asked his employer to change him onto days so he isnt coming home in the dark. I think this has gone far enough and I wanted the police to know what is going on.""",
    spans=[
        ("STALK_PUBLISH", "has been posting photos of Kwame on the group"),
        ("STALK_PUBLISH", "another one casing the houses, lock your doors"),
        ("RACIAL_HOSTILITY", "we never had this lot round here before"),
        ("STALK_FOLLOW", "follow Kwame from the bus stop to his gate at least twice"),
        ("STALK_WATCH", "filming him on his phone"),
        ("STALK_PUBLISH", "posted Kwames car reg"),
        ("RACIAL_HOSTILITY", "this monkey is back again"),
        ("SERIOUS_IMPACT", "he now gets a taxi from the bus stop instead of walking"),
        ("SERIOUS_IMPACT", "asked his employer to change him onto days"),
    ],
)

case(
    11, "no_offence", "R",
    voice="result_note", case="mixed", noise="redacted", batch="sc",
    pattern="single_racist_slur_at_marketplace_collection_no_further_contact", relationship="stranger", occasions=1,
    text="""\
Result: NFA - public order considered, no suspect identified. [NAME 1] was selling a fridge on Marketplace. On collection on XX/XX the male buyer looked at her and said "didn't know I was buying off a f***ing Paki" then paid and left. No further messages, the account has since been deleted. One incident only. Victim informed by phone, hate crime marker added, signposted to support.""",
    spans=[
        ("RACIAL_HOSTILITY", "didn't know I was buying off a f***ing Paki"),
    ],
)

case(
    12, "no_offence", "",
    voice="result_note", case="mixed", noise="abbrev", batch="sc",
    pattern="mutual_row_in_school_parents_facebook_group_both_report", relationship="acquaintance", occasions=3,
    text="""\
Closing note PC 3318. Both parties have reported each other for "harassment" on the same day. Dispute started over a post in the St Aidan's parents FB group about parking on the zig-zags. Reviewed the full thread and DMs provided by both: over approx 10 days both women have posted insults about each other in the comments ("fat waste of space", "get a job you scrounger") and both sent each other nasty DMs, each one replying to the last. Neither has threatened the other, neither has gone to the other's address. It is a two-way row and I cannot separate a victim from a suspect. Both given words of advice, both agreed to leave the group. Group admin has switched off comments. NFA.""",
    spans=[],
)

case(
    13, "harassment", "C",
    voice="statement", case="mixed", noise="clean", batch="sc",
    pattern="neighbour_photographs_online_sellers_courier_deliveries_parking_dispute", relationship="neighbour", occasions=7,
    text="""\
I run a small business selling phone cases online from my house. I get two or three courier collections a day. My neighbour at number 9, Mr Graham Pike, says the vans block his drive.

Since about the middle of August he has stood at his front window or on his drive and photographed every van that stops outside, and he photographs me when I carry the parcels out. He has sent me eleven emails through my shop website. They are long and rude, calling me "a parasite running a warehouse in a residential street" and saying he will report me to the council, HMRC and trading standards. He has not threatened to hurt me and I don't think he would.

I know he has a point about the vans sometimes. I have asked the courier firms to park further up. But I feel watched every time I go out of my own front door and I want the emails and the photographing to stop.""",
    spans=[
        ("STALK_WATCH", "photographed every van that stops outside"),
        ("STALK_WATCH", "he photographs me when I carry the parcels out"),
        ("STALK_CONTACT", "He has sent me eleven emails through my shop website"),
        ("REPETITION", "Since about the middle of August"),
        ("DISTRESS", "I feel watched every time I go out of my own front door"),
    ],
)

case(
    14, "harassment", "C",
    voice="call_log", case="upper", noise="typos", batch="sc",
    pattern="car_buyer_claims_clocked_abusive_calls_one_threat_only", relationship="online", occasions=5,
    text="""\
INFORMANT SOLD HIS FORD FOCUS THRU ONLINE CAR SITE 3 WEEKS AGO. BUYER NOW SAYS MILAGE WAS CLOCKED AND WANTS £2000 BACK. INFORMANT SAYS IT WASNT AND HAS THE MOT HISTORY. SINCE THE SALE BUYER HAS RUNG HIM APPROX 20 TIMES AND LEFT ABUSIVE VOICEMAILS CALLING HIM A CROOK AND A CON MAN. ON 1 CALL LAST TUESDAY HE SAID "IF I SEE YOU IN TOWN ILL PUT YOU THRU A WINDOW". NOTHING LIKE THAT BEFORE OR SINCE, REST IS JUST ABUSE ABOUT THE MONEY. INFORMANT SAYS HE IS 6FT 4 AND "NOT BOTHERED ABOUT HIM" BUT WANTS THE CALLS TO STOP, WIFE IS GETTING STRESSED WITH PHONE GOING. ADVISED CIVIL MATTER RE THE CAR, CALLS RECORDED AS CRIME.""",
    spans=[
        ("STALK_CONTACT", "BUYER HAS RUNG HIM APPROX 20 TIMES AND LEFT ABUSIVE VOICEMAILS"),
        ("REPETITION", "SINCE THE SALE"),
        ("THREAT_VIOLENCE", "IF I SEE YOU IN TOWN ILL PUT YOU THRU A WINDOW"),
    ],
)

case(
    15, "harassment_fear_of_violence", "CF",
    voice="crime_summary", case="mixed", noise="abbrev", batch="sc",
    pattern="banned_forum_user_emails_threats_to_volunteer_moderator", relationship="online", occasions=3,
    text="""\
VIC is a volunteer moderator on a local community forum for the Harwell estate. On 02/09 she banned SUSP (username "Redfox77") for repeated spam. SUSP then emailed her via the forum's contact address on 03/09: "u think ur clever, I know where the admin lives, ur getting a slap". VIC ignored it. 06/09 second email: "Im going to wait for u and knock u out, see how clever u are then". VIC states the forum lists the committee's street and she is genuinely scared he will turn up and assault her. She has stepped down as mod. SUSP believed to be Carl WEBB, 41, local, PNC trace shows prev for ABH 2019. Email headers requested from forum host.""",
    spans=[
        ("STALK_CONTACT", "SUSP then emailed her via the forum's contact address"),
        ("THREAT_VIOLENCE", "ur getting a slap"),
        ("REPETITION", "06/09 second email"),
        ("THREAT_VIOLENCE", "Im going to wait for u and knock u out"),
        ("FEAR_OF_VIOLENCE", "she is genuinely scared he will turn up and assault her"),
    ],
)

case(
    16, "stalking", "CS",
    voice="judgment", case="mixed", noise="clean", batch="sc",
    pattern="ex_partner_gets_friends_to_buy_from_victims_resale_shop_to_reach_her", relationship="ex_partner", occasions=5,
    text="""\
The complainant and the defendant were in a relationship for four years, ending in November. After the end she told him clearly that she wanted no contact. She sells second-hand clothing on an online resale app as a side business.

I am satisfied on the evidence of the complainant and of the witness Ms Dunmore that, over December and January, the defendant asked at least three of his friends to buy items from her shop. Each purchase came with a message passed on from him, for example "Lee says he still loves you and wants you to call". One friend, Mr Gately, admitted in evidence that the defendant gave him the money and told him what to write. The defendant also left reviews on her shop page addressed to her by a pet name.

There were no threats. The complainant told me she was upset and embarrassed. That is a course of conduct by a former partner, done through others, aimed at reopening the relationship. I find the charge proved.""",
    spans=[
        ("UNWANTED", "she told him clearly that she wanted no contact"),
        ("STALK_CONTACT", "asked at least three of his friends to buy items from her shop"),
        ("REPETITION", "over December and January"),
        ("FIXATION", "Lee says he still loves you and wants you to call"),
        ("STALK_PUBLISH", "left reviews on her shop page addressed to her by a pet name"),
        ("DISTRESS", "she was upset and embarrassed"),
    ],
)

case(
    17, "stalking_fear_alarm_distress", "CSF",
    voice="victim_diary", case="lower", noise="typos", batch="sc",
    pattern="repeat_cake_customer_fixation_then_threats_after_refusal", relationship="customer", occasions=6,
    text="""\
sat 4th - he orderd another cake thru the village page. thats 5 in 3 weeks and he always wants me to deliver, never collects. he kept me on the doorstep again talking about how we were "ment to meet".
tues 7th - told him by message I wont be taking any more orders from him. he sent 14 messages back.
thurs 9th - his car was parked at the end of my road when I took the kids to school and again when I came back.
sun 12th - message at 11pm "you led me on, you'll regret it, I'll hurt you like you've hurt me".
mon 13th - another one "dont think I wont come round". I havent stopped shaking. I really think he will do something to me. mum is staying over.""",
    spans=[
        ("REPETITION", "thats 5 in 3 weeks"),
        ("FIXATION", "ment to meet"),
        ("UNWANTED", "I wont be taking any more orders from him"),
        ("STALK_CONTACT", "he sent 14 messages back"),
        ("STALK_LOITER", "his car was parked at the end of my road"),
        ("THREAT_VIOLENCE", "I'll hurt you like you've hurt me"),
        ("THREAT_VIOLENCE", "dont think I wont come round"),
        ("FEAR_OF_VIOLENCE", "I really think he will do something to me"),
    ],
)

case(
    18, "aggravated_harassment", "CR",
    voice="mo_field", case="upper", noise="clean", batch="sc",
    pattern="vintage_clothing_buyer_antisemitic_messages_over_postage", relationship="online", occasions=5,
    text="""\
SUSPECT BOUGHT A COAT FROM VICTIM'S VINTAGE CLOTHING SHOP ON A RESALE APP. DISPUTE OVER POSTAGE COST. SUSPECT SAW STAR OF DAVID IN VICTIM'S PROFILE PICTURE AND OVER FOLLOWING WEEK SENT FIVE MESSAGES IN APP INCLUDING "TYPICAL GREEDY JEW" AND "HITLER HAD THE RIGHT IDEA ABOUT YOUR KIND". NO THREATS TO VICTIM HERSELF. VICTIM REPORTED TO APP, ACCOUNT SUSPENDED.""",
    spans=[
        ("STALK_CONTACT", "SENT FIVE MESSAGES IN APP"),
        ("REPETITION", "OVER FOLLOWING WEEK"),
        ("RELIGIOUS_HOSTILITY", "TYPICAL GREEDY JEW"),
        ("RELIGIOUS_HOSTILITY", "HITLER HAD THE RIGHT IDEA ABOUT YOUR KIND"),
    ],
)

case(
    19, "aggravated_harassment_fear_of_violence", "CFR",
    voice="crime_summary", case="mixed", noise="heavy", batch="sc",
    pattern="traveller_trailer_seller_threatened_twice_with_arson_and_slurs", relationship="online", occasions=3,
    text="""\
Vic (Irish Traveller, lives on council site at Moss Lane) advertised a horse trailer on a selling grp. Susp msgd askin if its "nicked like evrything else u p***ys sell". Vic blockd him. 2 days l8r susp msgd from new acc "dirty gyppo, il burn ur van with u in it". Then fri nite a 3rd msg "petrol's bought tinker". Vic says he has kids on site + is terified susp will come and set fire to his trailer with him inside, hes been sat up at nite watching. Susp acc linked to a Dale ROBSON, address TBC.""",
    spans=[
        ("RACIAL_HOSTILITY", "nicked like evrything else u p***ys sell"),
        ("UNWANTED", "Vic blockd him"),
        ("RACIAL_HOSTILITY", "dirty gyppo"),
        ("THREAT_VIOLENCE", "il burn ur van with u in it"),
        ("THREAT_VIOLENCE", "petrol's bought"),
        ("RACIAL_HOSTILITY", "tinker"),
        ("FEAR_OF_VIOLENCE", "is terified susp will come and set fire to his trailer with him inside"),
    ],
)

case(
    20, "aggravated_stalking", "CSR",
    voice="updates", case="upper", noise="redacted", batch="sc",
    pattern="fake_accounts_monitor_resale_listings_unordered_parcels_racial_abuse", relationship="online", occasions=8,
    text="""\
UPD 1 03/03 - VICTIM [NAME 1] SELLS HAIR PRODUCTS ON RESALE APP. SINCE JAN A USER HAS COMMENTED ON EVERY NEW LISTING WITHIN MINS OF IT GOING UP. COMMENTS INCL "NOBODY WANTS YOUR JUNGLE PRODUCTS" AND MONKEY EMOJIS. VICTIM BLOCKS, NEW ACCOUNT APPEARS NEXT DAY. AT LEAST 7 ACCOUNTS SO FAR.
UPD 2 05/03 - VICTIM HAS RECEIVED 3 PARCELS SHE DID NOT ORDER (CASH ON DELIVERY, WIG STANDS, A BANANA COSTUME) TO HER HOME ADDRESS. SHE BELIEVES IT IS THE SAME PERSON.
UPD 3 07/03 - PLATFORM DATA REQUEST SUBMITTED. VICTIM STATES "I'M NOT SCARED, I'M ANGRY". SHE HAS KEPT TRADING. SUSPECT POSS [NAME 2], EX-EMPLOYEE OF A COMPETITOR - TBC.""",
    spans=[
        ("STALK_MONITOR", "HAS COMMENTED ON EVERY NEW LISTING WITHIN MINS OF IT GOING UP"),
        ("RACIAL_HOSTILITY", "NOBODY WANTS YOUR JUNGLE PRODUCTS"),
        ("RACIAL_HOSTILITY", "MONKEY EMOJIS"),
        ("FIXATION", "VICTIM BLOCKS, NEW ACCOUNT APPEARS NEXT DAY"),
        ("REPETITION", "AT LEAST 7 ACCOUNTS SO FAR"),
        ("STALK_ORDERS", "HAS RECEIVED 3 PARCELS SHE DID NOT ORDER"),
    ],
)

case(
    21, "aggravated_stalking", "CSR",
    voice="dash_note", case="mixed", noise="abbrev", batch="sc",
    pattern="ex_partner_posts_about_romanian_ex_in_town_group_and_messages", relationship="ex_partner", occasions=5,
    text="""\
DASH completed with VIC 2130hrs. Relationship 18 mths, ended 6 wks ago, VIC (Romanian national) moved out to friend's. Since split SUSP has posted in the town buy/sell/swap group 3 times about her - "watch out for this Romanian gold digger, she'll rob you blind" and "dirty gypsy whore, send her back". Also messages her daily asking where she's living now. No threats to harm. No DV history prior. VIC upset but states she is not in fear, still goes to work as normal. Medium risk. Referral to IDVA offered, declined.""",
    spans=[
        ("STALK_PUBLISH", "SUSP has posted in the town buy/sell/swap group 3 times about her"),
        ("RACIAL_HOSTILITY", "watch out for this Romanian gold digger"),
        ("RACIAL_HOSTILITY", "dirty gypsy whore, send her back"),
        ("STALK_CONTACT", "messages her daily asking where she's living now"),
        ("DISTRESS", "VIC upset"),
    ],
)

case(
    22, "aggravated_stalking_fear_alarm_distress", "CSFR",
    voice="call_log", case="inconsistent", noise="abbrev", batch="sc",
    pattern="follower_of_modest_fashion_page_turns_up_at_stall_threats_antimuslim", relationship="online", occasions=5,
    text="""\
CALLER runs instagram + fb page selling modest wear, also has stall at Sat market. MALE has been messaging her since Nov, first compliments then when she ignored "u should take that rag off ur head, ur too pretty to be a muslim". Has attended stall on 3 sats in a row, stands at next stall watching her. Last sat said to her face "ill rip that thing off you and you wont like what comes next". Msg last night "see u saturday, bring ur allah with u, ur gonna need him". CALLER VERY SCARED he will attack her at market, crying on phone. DESC W/M 40s grey beard green parka.""",
    spans=[
        ("STALK_CONTACT", "MALE has been messaging her since Nov"),
        ("RELIGIOUS_HOSTILITY", "u should take that rag off ur head, ur too pretty to be a muslim"),
        ("STALK_TURN_UP", "Has attended stall on 3 sats in a row"),
        ("STALK_WATCH", "stands at next stall watching her"),
        ("THREAT_VIOLENCE", "ill rip that thing off you and you wont like what comes next"),
        ("THREAT_VIOLENCE", "see u saturday, bring ur allah with u, ur gonna need him"),
        ("FEAR_OF_VIOLENCE", "CALLER VERY SCARED he will attack her at market"),
        ("DISTRESS", "crying on phone"),
    ],
)

case(
    23, "no_offence", "",
    voice="call_log", case="lower", noise="clean", batch="sc",
    pattern="chargeback_debt_collector_letters_and_visit_reported_as_harassment", relationship="business", occasions=4,
    text="""\
caller reporting harassment by a debt company. she bought a sofa through an online furniture site, did a chargeback with her bank as it arrived damaged, the firm disputed it and the bank reversed the refund. she has since had three letters from a collection agency asking for the £640 and a man came to the door yesterday with an id badge and left a card. he was polite, left when asked. no threats, no abuse. caller is worried sick about it. advised this is a civil debt matter and the letters and visit are not a police matter, gave citizens advice number and financial ombudsman details. caller accepted. no further police action.""",
    spans=[
        ("DISTRESS", "caller is worried sick about it"),
    ],
)

case(
    24, "harassment", "CD",
    voice="statement", case="mixed", noise="typos", batch="sc",
    pattern="builder_from_recommendations_app_messages_reviewer_threatens_her_son", relationship="business", occasions=6,
    text="""\
I found a builder, Shane Corrigan, on the neighbourhood recomendations app and paid him to do my patio. The job was poor and I put an honest review on the app. Since then he has messaged me on Whatsapp at least 15 times over three weeks telling me to delete it and calling me a "sad old witch" and "a liar". He has never said he would hurt me and to be honest I am not scared of him for myself, he is all mouth.

On the 20th he sent "tell your lad to watch himself walking home from the bus". My son is 16. That worried me for him so he is staying at his dads for now. I have changed my phone number because of the messages and I have come off the app altogether, which I used for everything round here.""",
    spans=[
        ("STALK_CONTACT", "he has messaged me on Whatsapp at least 15 times over three weeks"),
        ("STALK_CONTACT", "calling me a \"sad old witch\" and \"a liar\""),
        ("SERIOUS_IMPACT", "I have changed my phone number because of the messages"),
        ("SERIOUS_IMPACT", "I have come off the app altogether"),
    ],
)

case(
    25, "harassment_fear_of_violence", "CF",
    voice="notebook", case="mixed", noise="abbrev", batch="sc",
    pattern="garage_owner_three_threatening_voicemails_minutes_apart_after_google_review", relationship="business", occasions=3,
    text="""\
19/11 1045 at VIC home addr. VIC left 1* Google review for Harlow Road Motors on 17/11 after £400 bill for brakes that still squeal. 18/11 between 2251 and 2258 received 3 voicemails from garage landline. Played to me:
VM1 - "Delete that review you little p***k"
VM2 - "I know where you live, you were stupid enough to put your address on the job sheet. I'll come round and do you"
VM3 - "I mean it. I'll be waiting outside your work with a bar"
VIC visibly shaken, states she believes he will hurt her, hasn't been to work today. Voicemails saved to VIC phone, copy to be made. Garage owner believed Mark STEAD.""",
    spans=[
        ("REPETITION", "between 2251 and 2258 received 3 voicemails"),
        ("STALK_CONTACT", "Delete that review you little p***k"),
        ("THREAT_VIOLENCE", "I'll come round and do you"),
        ("THREAT_VIOLENCE", "I'll be waiting outside your work with a bar"),
        ("FEAR_OF_VIOLENCE", "states she believes he will hurt her"),
    ],
)

case(
    26, "harassment_fear_of_violence", "CFD",
    voice="vps", case="mixed", noise="clean", batch="sc",
    pattern="lost_pets_group_member_blames_victim_for_dog_death_threats", relationship="acquaintance", occasions=4,
    text="""\
In April I shared a post in the lost pets group about a dog I had seen near the dual carriageway. The dog was later found dead on the road. Its owner, who I had only met once at the vets, decided it was my fault for not catching it.

She messaged me that night and the next morning, both times saying I deserved to be run over like her dog and that she would "make sure of it". A week later she sent a voice note saying she knew I walk my dog in Beacon Park and "one day you'll not walk out of there".

I believe she means it. I have not been to Beacon Park since. I now drive my dog to a field ten miles away, and I have asked my husband to be home before I go out anywhere on foot. I have stopped sharing anything in local groups.""",
    spans=[
        ("STALK_CONTACT", "She messaged me that night and the next morning"),
        ("THREAT_VIOLENCE", "I deserved to be run over like her dog and that she would \"make sure of it\""),
        ("REPETITION", "A week later she sent a voice note"),
        ("THREAT_VIOLENCE", "one day you'll not walk out of there"),
        ("FEAR_OF_VIOLENCE", "I believe she means it"),
        ("SERIOUS_IMPACT", "I have not been to Beacon Park since"),
        ("SERIOUS_IMPACT", "I now drive my dog to a field ten miles away"),
    ],
)

case(
    27, "stalking", "CS",
    voice="supervisor_review", case="lower", noise="typos", batch="sc",
    pattern="restraining_order_breach_turns_up_at_craft_fair_stall_leaves_note", relationship="online", occasions=2,
    text="""\
sgt review. susp is subject of a restraining order from may (no contact w/ vic directly or indirectly, not to attend her home) after he harrassed her over her etsy shop last year. on 14/10 he turned up at her stall at the christmas craft fair in the town hall and stood at the end of the table for about 20 mins. she left the stall and staff asked him to go. on 21/10 he was there again, same fair, and left a wrapped box on her table with a card "I still think about you every day". vic upset, says shes "back to square one", but is carrying on doing the fairs. ro breach x2 and stalking to be recorded. arrest enquiries, pnc wanted marker.""",
    spans=[
        ("STALK_TURN_UP", "he turned up at her stall at the christmas craft fair"),
        ("STALK_LOITER", "stood at the end of the table for about 20 mins"),
        ("STALK_TURN_UP", "he was there again, same fair"),
        ("STALK_GIFTS", "left a wrapped box on her table"),
        ("FIXATION", "I still think about you every day"),
        ("DISTRESS", "vic upset"),
    ],
)

case(
    28, "stalking_fear_alarm_distress", "CSD",
    voice="crime_summary", case="upper", noise="abbrev", batch="sc",
    pattern="ebay_buyer_uses_return_label_address_drives_past_gifts_victim_moves", relationship="online", occasions=7,
    text="""\
VIC SELLS VINYL RECORDS ON EBAY. SUSP BOUGHT 2 RECORDS IN JULY AND RETURNED ONE, THE RETURN LABEL HAD VIC HOME ADDR. SINCE AUG SUSP HAS SENT VIC 3 PARCELS SHE DID NOT BUY (RECORDS, CHOCOLATES, A NECKLACE) WITH NOTES SIGNED "YOUR BIGGEST FAN". SUSP FOUND VIC PERSONAL INSTAGRAM AND HAS LIKED/COMMENTED ON EVERY PHOTO BACK TO 2019. VIC NEIGHBOUR HAS SEEN SAME SILVER CORSA DRIVE SLOWLY PAST THE HOUSE SEVERAL TIMES, VRM MATCHES SUSP. NO THREATS, NO ABUSE. VIC HAS MOVED IN WITH HER SISTER AND CLOSED HER EBAY SHOP. VIC STATES "I DONT FEEL SAFE IN MY OWN HOUSE". OIC TO CONSIDER SPO.""",
    spans=[
        ("STALK_GIFTS", "SUSP HAS SENT VIC 3 PARCELS SHE DID NOT BUY"),
        ("FIXATION", "YOUR BIGGEST FAN"),
        ("STALK_MONITOR", "HAS LIKED/COMMENTED ON EVERY PHOTO BACK TO 2019"),
        ("STALK_WATCH", "SAME SILVER CORSA DRIVE SLOWLY PAST THE HOUSE SEVERAL TIMES"),
        ("SERIOUS_IMPACT", "VIC HAS MOVED IN WITH HER SISTER AND CLOSED HER EBAY SHOP"),
        ("DISTRESS", "I DONT FEEL SAFE IN MY OWN HOUSE"),
    ],
)

case(
    29, "stalking_fear_alarm_distress", "CSFD",
    voice="dash_note", case="mixed", noise="heavy", batch="sc",
    pattern="ex_partner_threats_via_community_group_and_turning_up_victim_off_work", relationship="ex_partner", occasions=5,
    text="""\
DASH - VIC sep from SUSP 3 mnths, he wont accept its over. Hes joined every local fb grp she is in incl the mums buy+sell and the village noticeboard, comments on her posts "we'll be back 2gether soon". 2x turned up at her door drunk (12/1 + 19/1). On 19/1 shouted thru letterbox "if I cant have u no1 will, ill kill u". Txt 22/1 "ur dead when I catch u". VIC beleives he will kill her, has prev hit her (not reported). VIC now signed off wrk by GP, kids moved schools. HIGH RISK - MARAC ref, IDVA, DVPN considered.""",
    spans=[
        ("FIXATION", "he wont accept its over"),
        ("STALK_MONITOR", "Hes joined every local fb grp she is in"),
        ("FIXATION", "we'll be back 2gether soon"),
        ("STALK_TURN_UP", "2x turned up at her door drunk"),
        ("THREAT_VIOLENCE", "if I cant have u no1 will, ill kill u"),
        ("THREAT_VIOLENCE", "ur dead when I catch u"),
        ("FEAR_OF_VIOLENCE", "VIC beleives he will kill her"),
        ("SERIOUS_IMPACT", "VIC now signed off wrk by GP, kids moved schools"),
    ],
)

case(
    30, "aggravated_harassment", "CR",
    voice="third_party", case="lower", noise="clean", batch="sc",
    pattern="residents_page_admin_sikh_repeated_abusive_messages", relationship="neighbour", occasions=4,
    text="""\
i am the daughter of mr harjit sandhu who runs the residents association facebook page for the oaklands estate. my dad doesn't use email much so i am reporting this for him. after he deleted a post about bins, a man on the estate called terry sent him four private messages over a fortnight calling him a "towelhead" and saying "your lot have taken over this estate, go back where you came from". he has not threatened him. my dad is 71 and he has been very low about it, he keeps asking what he did wrong.""",
    spans=[
        ("STALK_CONTACT", "sent him four private messages over a fortnight"),
        ("RACIAL_HOSTILITY", "towelhead"),
        ("RACIAL_HOSTILITY", "your lot have taken over this estate, go back where you came from"),
        ("DISTRESS", "he has been very low about it"),
    ],
)

case(
    31, "aggravated_harassment_fear_of_violence", "CFR",
    voice="statement", case="inconsistent", noise="typos", batch="sc",
    pattern="seller_threatens_indian_buyer_over_negative_feedback_repeated", relationship="online", occasions=4,
    text="""\
I am of Indian heritage and I live in Leicester. In February I bought a set of alloy wheels off a man called Kyle on an online auction site. TWO WERE CRACKED so I left negative feedback. He messaged me the same day "you people come over here and try to rip us off, ill find you and cave your head in curry muncher". I reported it to the site. He has said it again twice since, once by text and once on a withheld call where he said "remember what I told you, p***, I'm coming". I am frightened he will come to my house and attack me. I keep my front door locked now even in the day.""",
    spans=[
        ("RACIAL_HOSTILITY", "you people come over here and try to rip us off"),
        ("THREAT_VIOLENCE", "ill find you and cave your head in"),
        ("RACIAL_HOSTILITY", "curry muncher"),
        ("REPETITION", "He has said it again twice since"),
        ("RACIAL_HOSTILITY", "p***"),
        ("THREAT_VIOLENCE", "I'm coming"),
        ("FEAR_OF_VIOLENCE", "I am frightened he will come to my house and attack me"),
    ],
)

case(
    32, "aggravated_stalking", "CSR",
    voice="mo_field", case="lower", noise="abbrev", batch="sc",
    pattern="local_group_posts_photos_of_chinese_takeaway_owner_at_home_and_monitors", relationship="neighbour", occasions=6,
    text="""\
susp has over 2 mths posted approx 8 times in local fb grp about vic (owner of chinese takeaway) incl photos of vic taken outside her home addr and of her children at school gate, captions "chinky virus spreader lives here" and "eat here if you want covid". susp also keeps a log of vic's opening hrs and car movements which he posts as "evidence". vic not in fear, continues to trade, states "he is a sad man".""",
    spans=[
        ("STALK_PUBLISH", "posted approx 8 times in local fb grp about vic"),
        ("REPETITION", "over 2 mths"),
        ("STALK_WATCH", "photos of vic taken outside her home addr"),
        ("RACIAL_HOSTILITY", "chinky virus spreader lives here"),
        ("STALK_MONITOR", "keeps a log of vic's opening hrs and car movements"),
    ],
)

case(
    33, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="judgment", case="mixed", noise="clean", batch="sc",
    pattern="antiques_buyer_turns_up_at_jewish_sellers_home_notes_victim_closes_business", relationship="customer", occasions=5,
    text="""\
The complainant sold antique silver through her own website and an online auction platform. The defendant bought a pair of candlesticks from her in March and collected them in person from her home. In the months that followed, on the evidence I accept, he came back to her address on at least four occasions without any reason to do so, twice sitting in his car opposite the house for long periods, and on two occasions he pushed handwritten notes through her door. The notes, which I have seen, refer to her as "the Jew woman" and contain the phrase "your kind always come back for the money".

He made one remark in April, "you'll get what's coming", which is said to have been a threat. It stands alone and I do not find it was repeated.

The complainant has since closed the business she ran for eleven years and had a security gate fitted. I find that the defendant's conduct caused serious alarm or distress having a substantial adverse effect on her usual day-to-day activities, and that it was motivated by hostility towards her as a Jewish woman.""",
    spans=[
        ("STALK_TURN_UP", "he came back to her address on at least four occasions"),
        ("STALK_LOITER", "twice sitting in his car opposite the house for long periods"),
        ("STALK_CONTACT", "he pushed handwritten notes through her door"),
        ("RELIGIOUS_HOSTILITY", "the Jew woman"),
        ("RELIGIOUS_HOSTILITY", "your kind always come back for the money"),
        ("THREAT_VIOLENCE", "you'll get what's coming"),
        ("SERIOUS_IMPACT", "closed the business she ran for eleven years"),
        ("SERIOUS_IMPACT", "had a security gate fitted"),
    ],
)

case(
    34, "no_offence", "",
    voice="updates", case="mixed", noise="abbrev", batch="sc",
    pattern="craft_stall_partners_fall_out_reconcile_then_second_row_months_later", relationship="acquaintance", occasions=2,
    text="""\
Update 1 (PC 5107): IP and SUSP used to share a stall selling candles at markets and via a joint Etsy page. IP reports SUSP sent her a nasty msg on 8 Jan calling her "a user" after a row about splitting takings. IP states they then sorted it out over a coffee in Feb and carried on trading together through the spring.
Update 2: on 14 Jul, after IP told SUSP she was leaving to go it alone, SUSP sent one long msg calling her "two-faced" and saying she'd tell everyone at the market what she was like. Nothing since. No threats.
Update 3: IP happy with advice, just wanted it logged in case. Two separate fallings out 6 months apart with a make-up in between - not a course of conduct. NFA, crime not recorded. IP to contact Etsy about removing herself from the shared page.""",
    spans=[
        ("STALK_CONTACT", "SUSP sent her a nasty msg on 8 Jan calling her \"a user\""),
        ("STALK_CONTACT", "SUSP sent one long msg calling her \"two-faced\""),
    ],
)

case(
    35, "harassment", "C",
    voice="call_log", case="upper", noise="abbrev", batch="sc",
    pattern="furniture_buyer_homophobic_messages_to_gay_couple_sellers", relationship="online", occasions=4,
    text="""\
RP AND HUSBAND SELLING A DINING TABLE ON GUMTREE-TYPE SITE. MALE ENQUIRED, SAW BOTH NAMES ON PROFILE. SINCE SAT HAS SENT 4 MSGS VIA THE SITE AND 2 TXTS, ALL HOMOPHOBIC ABUSE - "DIRTY B***** B***S" "WONT BUY OFF YOUR KIND" ETC. NO THREATS. RP ANNOYED MORE THAN ANYTHING, WANTS HIM TRACED. ADV NOT TO ENGAGE, REPORT ACCOUNT TO SITE. HATE INCIDENT MARKER (SEXUAL ORIENTATION).""",
    spans=[
        ("STALK_CONTACT", "HAS SENT 4 MSGS VIA THE SITE AND 2 TXTS, ALL HOMOPHOBIC ABUSE"),
        ("REPETITION", "SINCE SAT"),
    ],
)

case(
    36, "harassment_fear_of_violence", "CF",
    voice="crime_summary", case="mixed", noise="typos", batch="sc",
    pattern="wheelchair_user_complains_on_neighbourhood_app_about_pavement_parking_threatened", relationship="neighbour", occasions=3,
    text="""\
Victim is a wheelchair user. On 3/5 he posted on the Nextdoor style neigbourhood app with a photo of a van parked fully on the pavement on Cressy Road, blocking his route to the shops. The van owner, Lee FARRAND, recognised his van and messaged the victim direct: "post my van again and Ill tip you out of that chair you f***ing cripple". On 6/5 Farrand drove past the victim on Cressy Road, wound the window down and shouted "next time your going under the wheels". Victim states he is scared Farrand will hurt him as he cant get away quick. He has been going the long way round to the shops. Hostility is towards disability - hate crime flag added (disability).""",
    spans=[
        ("THREAT_VIOLENCE", "Ill tip you out of that chair you f***ing cripple"),
        ("REPETITION", "On 6/5"),
        ("THREAT_VIOLENCE", "next time your going under the wheels"),
        ("FEAR_OF_VIOLENCE", "he is scared Farrand will hurt him"),
    ],
)

case(
    37, "stalking", "CS",
    voice="result_note", case="inconsistent", noise="redacted", batch="sc",
    pattern="local_buy_sell_group_admirer_watches_and_leaves_gifts_race_mentioned_only", relationship="online", occasions=5,
    text="""\
RESULT - SUSPECT [NAME 2] charged s.2A PHA, bailed to [COURT]. Victim [NAME 1] (Black British, of Nigerian heritage - no hostility of that kind in any of the messages or interview) met suspect once when she sold him a bike through the local buy/sell group. Over the next six weeks he sent her messages saying she was "the one", she told him to stop, he then left chocolates and a card on her car twice at work and was seen by security sat in the staff car park watching her come out. In interview he said he "just wanted her to see how much I care". No threats. Victim informed of charge by phone.""",
    spans=[
        ("STALK_CONTACT", "he sent her messages saying she was \"the one\""),
        ("REPETITION", "Over the next six weeks"),
        ("UNWANTED", "she told him to stop"),
        ("STALK_GIFTS", "left chocolates and a card on her car twice at work"),
        ("STALK_WATCH", "sat in the staff car park watching her come out"),
        ("FIXATION", "just wanted her to see how much I care"),
    ],
)

case(
    38, "stalking_fear_alarm_distress", "CSF",
    voice="updates", case="lower", noise="typos", batch="sc",
    pattern="tattoo_artist_monitors_reviewer_turns_up_at_work_threatens_twice", relationship="business", occasions=5,
    text="""\
upd1 - ip left a bad review of a tattoo studio on google after a blown out tattoo. artist (susp) messaged her asking to take it down, she refused.
upd2 - susp has since screenshotted ips personal facebook posts and reposted them on the studio page with "this is the liar who cant look after a tattoo". ip states he has been looking at her instagram stories every day since, she can see it on the viewer list.
upd3 - 2 days ago susp came into the salon where ip works and stood at the desk staring at her until her manager asked him to leave. on the way out he said "your lucky there's people about".
upd4 - msg last night "next time there wont be". ip is petrified he is going to attack her. she has no car and walks home from the salon.""",
    spans=[
        ("UNWANTED", "she refused"),
        ("STALK_PUBLISH", "reposted them on the studio page"),
        ("STALK_MONITOR", "he has been looking at her instagram stories every day since"),
        ("STALK_TURN_UP", "susp came into the salon where ip works"),
        ("STALK_WATCH", "stood at the desk staring at her"),
        ("THREAT_VIOLENCE", "your lucky there's people about"),
        ("THREAT_VIOLENCE", "next time there wont be"),
        ("FEAR_OF_VIOLENCE", "ip is petrified he is going to attack her"),
    ],
)

case(
    39, "aggravated_harassment", "CR",
    voice="call_log", case="mixed", noise="heavy", batch="sc",
    pattern="three_racist_messages_to_black_seller_short_log", relationship="online", occasions=3,
    text="""\
Rp selling trainers on app, 3 msgs off same buyer sinse mon "dont want n****r germs on my shoes" "f*** off back to africa". no threats. screenshots kept.""",
    spans=[
        ("STALK_CONTACT", "3 msgs off same buyer sinse mon"),
        ("RACIAL_HOSTILITY", "dont want n****r germs on my shoes"),
        ("RACIAL_HOSTILITY", "f*** off back to africa"),
    ],
)

case(
    40, "aggravated_harassment", "CR",
    voice="supervisor_review", case="mixed", noise="clean", batch="sc",
    pattern="customer_threatens_polish_builder_twice_victim_not_afraid", relationship="customer", occasions=3,
    text="""\
Reviewed. The victim, Tomasz Wrobel, is a builder who advertises on a trades review site. The suspect is a former customer who disputes the final invoice. Over the last fortnight the suspect has posted a review calling him a "Polish cowboy" and then sent three emails to the business address: "you Polish scum are ruining this country", "I'll knock your teeth out" and, a week later, "I'll be round with my brother to sort you out".

The victim has told the OIC in plain terms that he is not frightened of the suspect - "he is sixty and he is all talk" - and he has carried on working as normal. Two threats, but no fear caused, so the fear of violence offence is not made out. This is racially aggravated harassment. The invoice dispute is a separate civil matter. Please update the crime and the victim.""",
    spans=[
        ("STALK_CONTACT", "sent three emails to the business address"),
        ("RACIAL_HOSTILITY", "you Polish scum are ruining this country"),
        ("THREAT_VIOLENCE", "I'll knock your teeth out"),
        ("THREAT_VIOLENCE", "I'll be round with my brother to sort you out"),
        ("RACIAL_HOSTILITY", "Polish cowboy"),
    ],
)

case(
    41, "aggravated_harassment_fear_of_violence", "CFR",
    voice="victim_diary", case="mixed", noise="typos", batch="sc",
    pattern="scam_warning_in_local_group_scammer_threatens_black_woman_twice", relationship="online", occasions=3,
    text="""\
Mon 2nd - Posted in the Eastfield community group warning people about a man selling fake AirPods. Named his profile.
Tue 3rd - He messaged me 7am. "Black b**** you've cost me money. Take it down or I'll slash your face." Took screenshots.
Thu 5th - Another message, from a new profile. "Still up is it? I know you work at the Co-op. I'll be waiting for you, you ugly monkey." I didnt go in today. I'm so scared he will be there and cut me. Rang 101 tonight.""",
    spans=[
        ("RACIAL_HOSTILITY", "Black b**** you've cost me money"),
        ("THREAT_VIOLENCE", "Take it down or I'll slash your face"),
        ("THREAT_VIOLENCE", "I'll be waiting for you"),
        ("RACIAL_HOSTILITY", "you ugly monkey"),
        ("FEAR_OF_VIOLENCE", "I'm so scared he will be there and cut me"),
    ],
)

case(
    42, "aggravated_stalking", "CSR",
    voice="vps", case="mixed", noise="redacted", batch="sc",
    pattern="neighbour_posts_and_photographs_muslim_woman_on_neighbourhood_app", relationship="neighbour", occasions=6,
    text="""\
My name is [NAME 1]. I live at [ADDRESS] with my two children. Since last summer my neighbour [NAME 2] has been taking photographs of me when I leave the house in my hijab and posting them on the neighbourhood app, with words like "another one for the Sharia street" and "Allah's little helpers are breeding". He writes down when my visitors come and go and posts the times. When I go to the shop he comes out and stands at his gate watching me all the way down the road.

I am not scared that he will hurt me. But I feel humiliated. People I have never met now know my face and my door. I want him to stop, and I want people to know I am just a mother trying to live quietly.""",
    spans=[
        ("STALK_WATCH", "taking photographs of me when I leave the house in my hijab"),
        ("STALK_PUBLISH", "posting them on the neighbourhood app"),
        ("RELIGIOUS_HOSTILITY", "another one for the Sharia street"),
        ("RELIGIOUS_HOSTILITY", "Allah's little helpers are breeding"),
        ("STALK_MONITOR", "He writes down when my visitors come and go and posts the times"),
        ("STALK_WATCH", "stands at his gate watching me all the way down the road"),
        ("DISTRESS", "I feel humiliated"),
    ],
)

case(
    43, "aggravated_stalking_fear_alarm_distress", "CSFR",
    voice="call_log", case="upper", noise="heavy", batch="sc",
    pattern="gaming_account_trade_dispute_doxxing_forum_followers_turn_up_threats_anti_pakistani", relationship="online", occasions=8,
    text="""\
CALLER 19YR OLD MALE, LIVES W/ PARENTS. SOLD A GAMING ACCOUNT (FORTNITE SKINS) TO SUSP ON A TRADING FORUM 4 WKS AGO FOR £250. SUSP CLAIMS ACC GOT BANNED AFTER, WANTS MONEY BACK. CALLER SAYS NOT HIS FAULT.
SINCE THEN SUSP HAS POSTED CALLERS FULL NAME, HOME ADDR AND A GOOGLE STREETVIEW PIC OF HIS HOUSE ON THE FORUM W/ "THIS P*** SCAMMER LIVES HERE, PAY HIM A VISIT". CALLER HAS HAD APPROX 30 DMS FROM STRANGERS SINCE, SOME SAYING "GO BACK TO PAKISTAN". SUSP HIMSELF MSGS DAILY, HAS CREATED ACCS ON EVERY PLATFORM CALLER USES + FOLLOWS HIM.
ON 09/10 A CAR SAT OUTSIDE HOUSE 2HRS, MALE IN IT FILMING. SAME NIGHT SUSP MSG "SAW UR MUM AT THE WINDOW. UR NEXT, GONNA BATTER U". 11/10 MSG "WE KNOW WHERE U SLEEP P*** BOY, U WONT SEE XMAS".
CALLER V FRIGHTENED, SAYS HE THINKS HE IS GOING TO GET JUMPED, HASNT LEFT HOUSE IN 3 DAYS, NOT GONE TO COLLEGE. DAD ON PHONE ALSO, ANGRY, WANTS POLICE TO "DO SOMETHING". SUSP USERNAME "XxGhostV2xX" ONLY, POSS LOCAL. ADV NOT TO RESPOND, SCREENSHOT + SAVE URLS. PRIORITY ATTEND - ONLINE THREATS + ADDR PUBLISHED. VULNERABLE? NO. PREV CALLS TO ADDR: 1 X NOISE COMPLAINT 2022 UNRELATED.""",
    spans=[
        ("STALK_PUBLISH", "SUSP HAS POSTED CALLERS FULL NAME, HOME ADDR AND A GOOGLE STREETVIEW PIC OF HIS HOUSE ON THE FORUM"),
        ("RACIAL_HOSTILITY", "THIS P*** SCAMMER LIVES HERE, PAY HIM A VISIT"),
        ("RACIAL_HOSTILITY", "GO BACK TO PAKISTAN"),
        ("STALK_CONTACT", "SUSP HIMSELF MSGS DAILY"),
        ("STALK_MONITOR", "HAS CREATED ACCS ON EVERY PLATFORM CALLER USES + FOLLOWS HIM"),
        ("STALK_LOITER", "A CAR SAT OUTSIDE HOUSE 2HRS"),
        ("STALK_WATCH", "MALE IN IT FILMING"),
        ("THREAT_VIOLENCE", "UR NEXT, GONNA BATTER U"),
        ("THREAT_VIOLENCE", "WE KNOW WHERE U SLEEP P*** BOY, U WONT SEE XMAS"),
        ("FEAR_OF_VIOLENCE", "HE THINKS HE IS GOING TO GET JUMPED"),
        ("SERIOUS_IMPACT", "HASNT LEFT HOUSE IN 3 DAYS, NOT GONE TO COLLEGE"),
    ],
)

case(
    44, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="notebook", case="lower", noise="abbrev", batch="sc",
    pattern="landlord_turns_up_and_monitors_tenant_after_bad_review_anti_romanian_tenant_moves", relationship="landlord", occasions=6,
    text="""\
02/12 1110 w/ vic at new addr. vic was tenant of susp (landlord, advertises rooms on marketplace). after she left honest review on a lettings review site in sept, susp came to her room unannounced 4 times in 2 wks, no notice, no repairs, just "checking on u". also parked outside her work and sent her pics of her own bus stop. left note under door "romanian rats like u dont get to write reviews". vic says no threats to hurt her. vic has since moved out 3 mths before end of tenancy, lost deposit, now lives w/ cousin. ro/spo to be discussed w/ oic.""",
    spans=[
        ("STALK_TURN_UP", "susp came to her room unannounced 4 times in 2 wks"),
        ("STALK_LOITER", "parked outside her work"),
        ("STALK_MONITOR", "sent her pics of her own bus stop"),
        ("RACIAL_HOSTILITY", "romanian rats like u dont get to write reviews"),
        ("SERIOUS_IMPACT", "vic has since moved out 3 mths before end of tenancy"),
    ],
)
