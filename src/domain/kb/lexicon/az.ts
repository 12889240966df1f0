import type { Lexicon } from "./types.js";

// Written as customers type, with or without Azerbaijani letters: both fold to the same form.
export const az: Lexicon = {
  stopWords: `mən men mənim menim məni meni biz bizim sən sen siz sizin o onun bu bunu bunun şu həmin hemen və ve ya yaxud amma ancaq
    ki da də de ilə ile üçün ucun necə nece niyə niye nə ne harada harda hara nə vaxt haçan kimi çox cox lap daha yenə yene hələ hele artıq artiq
    zəhmət zehmet olmasa xahiş xahis edirəm edirem salam təşəkkür tesekkur sağ sag olun edim edin olar olarmı mümkündür mumkundur
    var yox yoxdur istəyirəm isteyirem lazımdır lazimdir bilərəm bilerem kömək komek`
    .split(/\s+/)
    .filter(Boolean),
  synonyms: [
    ["daxil ola bilmirəm", "girə bilmirəm", "girmir", "açılmır", "login olmur", "giriş alınmır", "hesaba girmir"],
    ["operator", "canlı operator", "insanla", "əməkdaş", "real adam", "dəstək", "zəng mərkəzi"],
    ["pulu geri", "pulumu qaytarın", "geri qaytarma", "qaytarılması", "vazvrat", "rifand", "geri ödəmə"],
    ["abunəni ləğv", "abunəlik", "podpiska", "hər ay pul", "aylıq ödəniş", "abunədən çıxmaq"],
    ["şifrə", "parol", "sifre"],
    ["qaranlıq rejim", "gecə rejimi", "qara fon", "qara tema", "tünd tema"],
  ],
};
