# Müraciətlərin qəbulu (src/domain/intake).

intake-topic-and-question = Mövzu: { $topic }.

    { $question }
intake-describe = Nə baş verdiyini bir-iki cümlə ilə yazın. Ekran görüntüsü də faydalı olar.
intake-describe-words = Müraciəti mütəxəssisə ötürmək üçün bir neçə söz lazımdır. Nə baş verdi?
intake-file-or-words = Şəkil və ya fayl göndərin, ya da onsuz davam etmək üçün «Keç» düyməsini basın.
intake-noted = Təşəkkürlər, qeyd etdim.
intake-topic-unclear = Təşəkkürlər, qeyd etdim. Bu, aşağıdakı mövzulardan hansına daha yaxındır? Ya da bir az ətraflı yazın.
intake-topic-still-unclear = Hələ hansı komandaya ötürəcəyimi anlamıram: aşağıdan mövzu seçin və ya bir-iki söz əlavə edin. Çətindirsə, yazmağa davam edin, sizi əməkdaşa qoşaram.
intake-where-we-are = Bu düymə əvvəlki addımdandır. İndi buradayıq:
intake-ended-start-again = O müraciət artıq dayandırılıb və ya başa çatıb. Yenisinə başlayaq:
intake-still-waiting = Müraciətiniz hələ qeydə alınmayıb: bu suala cavabınızı gözləyirəm.
consent-changed-mind = ✅ Fikrimi dəyişdim: razıyam
kb-suggestions = Bu məqalələr problemi dərhal həll edə bilər:

    { $list }

    Problem həll olundu?
kb-article-gone = Bu məqalə artıq mövcud deyil. Sualınızı yazın, uyğun olanı tapım.
ticket-filed-unfinished = Söhbətimizi bitirmədik, ona görə yazdıqlarınızdan müraciət yaratdım. Heç nə itməyib, istənilən vaxt əlavə məlumat yaza bilərsiniz.
intake-already-filed = Sorğunuz artıq #{ $number } nömrəli müraciət kimi qeydə alınıb. Nəsə əlavə etmək istəsəniz, buraya yazın: əməkdaş görəcək.
