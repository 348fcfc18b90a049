/**
 * Korean prose for generated posts: sentences composed from templates over a few hundred
 * nouns, verbs, adverbs and connectives in several fields (AI, economy, culture, science,
 * cities, health…), with generated names, organisations, numbers, years and percentages, and
 * particles chosen by the final consonant (은/는, 이/가, 을/를, 과/와, 으로/로) as a writer would.
 * The point is honest sizes: an index or a gzip of this text grows and compresses like an
 * archive of real interviews, not like one post's sentences shuffled (bench/README.md compares
 * the ratios with the first post).
 */

export type Random = () => number;

const SURNAMES =
  '김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허남심노하곽성차주우구민유나진지엄채원천방공현함변염여추도소석선설마길연위표명기반라왕금옥육인맹제모탁국어은편용예경봉사부황보'.split(
    '',
  );
const GIVEN =
  '민서지도하윤준현우예은수진영태호재성연유채소아시원경희동혁승훈정용석규인상철미나린율건찬세빈주혜선'.split(
    '',
  );
const LATIN_NAMES = [
  'Ada',
  'Noah',
  'Priya',
  'Tomás',
  'Ingrid',
  'Kofi',
  'Mei',
  'Lucas',
  'Amara',
  'Yusuf',
  'Clara',
  'Mateo',
  'Hana',
  'Oskar',
  'Leila',
];
const LATIN_SURNAMES = [
  'Okafor',
  'Lindqvist',
  'Moreau',
  'Takahashi',
  'Fernández',
  'Novak',
  'Haddad',
  'Kowalski',
  'Ibrahim',
  'Rossi',
  'Schmidt',
  'Nakamura',
  'Dubois',
  'Petrov',
];

/** Sino-Korean roots (mostly two syllables): nouns alone, in compounds, and verbs with 하다. */
const ROOTS = `
  경제 정책 사회 문화 교육 기술 과학 산업 환경 정치 역사 철학 예술 의료 건강 복지 노동 시장 금융 투자 무역 외교 안보 국방 법률 제도 행정 지방 도시 농업 어업
  임업 해양 항공 우주 통신 방송 언론 출판 공연 영화 음악 미술 체육 관광 교통 주택 토지 건설 제조 유통 물류 소비 생산 수출 수입 가격 임금 고용 실업 세금 예산
  부채 자산 소득 분배 성장 혁신 개혁 개발 연구 실험 분석 평가 측정 관찰 조사 통계 자료 정보 지식 이론 모형 방법 전략 계획 목표 성과 효율 품질 안전 위험 사고
  재난 기후 온도 대기 수질 토양 생태 생물 유전 세포 질병 치료 예방 진단 수술 약물 병원 환자 의사 간호 보건 위생 영양 식품 음식 요리 농산 축산 수산 가공 포장
  운송 배송 판매 구매 계약 협상 거래 경쟁 협력 갈등 합의 선거 투표 정당 의회 정부 국가 지역 주민 시민 청년 노인 아동 여성 가족 부모 학생 교사 학교 대학 학문
  전공 수업 시험 입시 취업 창업 기업 회사 조직 경영 인사 회계 재무 광고 홍보 설계 공학 기계 전자 전기 화학 물리 수학 보안 암호 인증 서비스 제품 부품 소재 장비
  시설 공간 건물 도로 철도 항만 공항 전력 원자 태양 풍력 수소 전지 반도체 신경 학습 추론 언어 모델 번역 인식 생성 검색 추천 자율 주행 로봇 감각 지능 의식 기억
  감정 판단 윤리 책임 규범 신뢰 공정 차별 편향 투명 설명 검증 표준 규제 허가 특허 저작 권리 의무 자유 평등 정의 민주 참여 소통 토론 여론 세대 인구 출산 고령
  이민 다문화 종교 전통 현대 미래 과거 현재 변화 발전 위기 기회 전환 회복 지속 순환 절약 재생 탄소 배출 감축 중립 녹색 오염 폐기 재활 보존 복원 개방 폐쇄 중앙
  분산 집중 균형 격차 불평등 빈곤 주거 임대 분양 청약 대출 금리 환율 물가 증권 채권 보험 연금 퇴직 은퇴 여가 운동 수면 식단 체중 비만 당뇨 혈압 심장 정신 상담
  우울 불안 중독 장애 접근 보행 자전 대중 버스 지하 택시 항로 선박 화물 창고 공장 농장 어장 목장 산림 하천 호수 해안 섬 산지 평야 사막 빙하 극지 열대 온대
  계절 강수 가뭄 홍수 태풍 지진 화산 산불 폭염 한파 미세 먼지 소음 조명 건축 조경 인테리어 가구 의복 섬유 신발 장신 화장 미용 반려 동물 식물 곤충 미생 바이러스
  세균 면역 백신 항체 유전자 단백질 효소 호르몬 대사 노화 수명 출생 사망 장례 결혼 이혼 육아 보육 돌봄 간병 봉사 기부 자원 공동 협동 마을 골목 상권 상인 소상
  자영 플랫폼 배달 구독 콘텐츠 게임 웹툰 소설 시집 수필 평론 비평 기록 보도 취재 편집 제작 연출 배우 가수 작곡 작사 무용 연극 뮤지컬 오페라 전시 박물 도서 문헌
  고전 번안 각색 원작 창작 표현 상상 영감 재능 훈련 연습 경기 선수 감독 코치 구단 리그 관중 중계 메달 올림 월드
`
  .trim()
  .split(/\s+/);
const COMMON_NOUNS =
  `문제 질문 방향 가능성 한계 경험 현장 제도 규제 비용 속도 책임 신뢰 기준 구조 변화 차이 시간 세대 기록 선택 실험 결과 자료 관점 목표 위험 기회 균형 과정 원칙 습관 관계 언어 기억 상상력 불확실성 우선순위 협력 경쟁 예산 설계`.split(
    ' ',
  );
const ADVERBS =
  `분명히 오히려 사실 결국 적어도 아마 점점 꾸준히 생각보다 여전히 의외로 천천히 빠르게 조용히 솔직히 대체로 반드시 이미 당장 충분히 거의 특히`.split(
    ' ',
  );
/** [stem forms] past, present-formal, present-polite, noun-modifier */
const VERBS: Array<[string, string, string, string]> = [
  ['바뀌었습니다', '바뀝니다', '바뀌고 있어요', '바뀌는'],
  ['늘었습니다', '늘어납니다', '늘고 있어요', '늘어나는'],
  ['줄었습니다', '줄어듭니다', '줄고 있어요', '줄어드는'],
  ['중요해졌습니다', '중요합니다', '중요해요', '중요한'],
  ['어려워졌습니다', '어렵습니다', '어려워요', '어려운'],
  ['시작했습니다', '시작합니다', '시작하고 있어요', '시작하는'],
  ['설명했습니다', '설명합니다', '설명하고 싶어요', '설명하는'],
  ['고민했습니다', '고민합니다', '고민하고 있어요', '고민하는'],
  ['만들었습니다', '만듭니다', '만들고 있어요', '만드는'],
  ['배웠습니다', '배웁니다', '배우고 있어요', '배우는'],
  ['놓쳤습니다', '놓칩니다', '놓치곤 해요', '놓치는'],
  ['드러났습니다', '드러납니다', '드러나고 있어요', '드러나는'],
  ['필요했습니다', '필요합니다', '필요해요', '필요한'],
  ['버텼습니다', '버팁니다', '버티고 있어요', '버티는'],
  ['실패했습니다', '실패합니다', '실패하기도 해요', '실패하는'],
  ['증명했습니다', '증명합니다', '증명하려고 해요', '증명하는'],
  ['기대했습니다', '기대합니다', '기대하고 있어요', '기대하는'],
  ['걱정했습니다', '걱정합니다', '걱정이 돼요', '걱정하는'],
  ['달라졌습니다', '다릅니다', '달라요', '다른'],
  ['풀렸습니다', '풀립니다', '풀리고 있어요', '풀리는'],
];
const CONNECTIVES =
  `그런데 그래서 하지만 다만 게다가 반면에 물론 그러니까 예를 들어 돌이켜 보면 솔직히 말하면 무엇보다`.split(
    ' ',
  );
// Multi-word connectives were split above; join the ones that belong together.
const CONNECT = CONNECTIVES.reduce<string[]>((all, word) => {
  if (['들어', '보면', '말하면'].includes(word)) all[all.length - 1] += ` ${word}`;
  else all.push(word);
  return all;
}, []);
const ORG_HEADS =
  `한빛 누리 새길 다온 가람 미르 온새 해담 바른 슬기 큰숲 별빛 이음 초록 나래`.split(' ');
const ORG_TAILS =
  `연구소 재단 병원 대학교 협동조합 출판사 재단법인 스튜디오 전자 바이오 에너지 은행 학회 극단 의원실`.split(
    ' ',
  );
const PLACES =
  `서울 부산 대구 인천 광주 대전 울산 세종 수원 전주 강릉 제주 포항 목포 춘천 청주 안동 창원 여수 통영`.split(
    ' ',
  );
const UNITS = ['명', '개', '곳', '건', '배', '억 원', '조 원', '만 명', '시간', '개월', '년'];

const hangulBase = 0xac00;
/** Whether the word's last syllable has a final consonant (batchim). Latin/digits: by sound, roughly. */
function hasFinal(word: string): boolean {
  const last = word.trim().at(-1) ?? '';
  const code = last.charCodeAt(0);
  if (code >= hangulBase && code <= 0xd7a3) return (code - hangulBase) % 28 !== 0;
  return /[013678lmnr]$/i.test(last);
}
function endsInRieul(word: string): boolean {
  const code = (word.trim().at(-1) ?? '').charCodeAt(0);
  return code >= hangulBase && code <= 0xd7a3 && (code - hangulBase) % 28 === 8;
}
const topic = (w: string) => w + (hasFinal(w) ? '은' : '는');
const subject = (w: string) => w + (hasFinal(w) ? '이' : '가');
const object = (w: string) => w + (hasFinal(w) ? '을' : '를');
const and = (w: string) => w + (hasFinal(w) ? '과' : '와');
const toward = (w: string) => w + (hasFinal(w) && !endsInRieul(w) ? '으로' : '로');

export class KoreanText {
  constructor(private readonly next: Random) {}

  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)]!;
  }
  between(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** A Korean or (one in eight) Latin-script full name. */
  name(): string {
    if (this.next() < 0.125) return `${this.pick(LATIN_NAMES)} ${this.pick(LATIN_SURNAMES)}`;
    return this.pick(SURNAMES) + this.pick(GIVEN) + this.pick(GIVEN);
  }
  organisation(): string {
    return `${this.pick(PLACES)} ${this.pick(ORG_HEADS)}${this.pick(ORG_TAILS)}`;
  }
  /** A post's subject: a handful of roots its sentences return to, as an interview does. */
  field(): string[] {
    return Array.from({ length: 12 }, () => this.pick(ROOTS));
  }
  /** A root of the post's subject or of the whole language, alone or in a compound. */
  noun(field: string[]): string {
    const root = () => (this.next() < 0.5 ? this.pick(field) : this.pick(ROOTS));
    const roll = this.next();
    if (roll < 0.15) return this.pick(COMMON_NOUNS);
    if (roll < 0.45) return root();
    // Compounds are written with or without a space, as in real Korean prose.
    return root() + (this.next() < 0.6 ? '' : ' ') + root();
  }
  /** A verbal noun with 하다, in one of its forms. */
  verb(field: string[]): string {
    const root = this.next() < 0.5 ? this.pick(field) : this.pick(ROOTS);
    return (
      root + this.pick(['했습니다', '합니다', '하고 있어요', '해야 합니다', '하기 어렵습니다'])
    );
  }
  number(): string {
    const roll = this.next();
    if (roll < 0.3) return `${this.between(2, 98)}%`;
    if (roll < 0.55) return `${this.between(1985, 2026)}년`;
    if (roll < 0.75) return `${this.between(2, 900).toLocaleString('en-US')}${this.pick(UNITS)}`;
    return `${this.between(1, 12)}월 ${this.between(1, 28)}일`;
  }

  sentence(field: string[]): string {
    const [past, formal, polite, modifier] = this.pick(VERBS);
    const a = this.noun(field);
    const b = this.noun(field);
    const shapes = [
      () => `${topic(a)} ${this.pick(ADVERBS)} ${formal}`,
      () => `${this.number()} 기준으로 ${subject(a)} ${past}`,
      () => `${this.pick(CONNECT)} ${and(a)} ${b} 사이의 관계가 ${polite}.`,
      () => `${this.organisation()}에서 ${object(a)} 다룰 때 ${modifier} 지점이 있어요.`,
      () =>
        `${this.pick(PLACES)}에서 만난 ${this.name()} 씨는 ${object(b)} 두고 "${a}부터 다시 봐야 한다"고 말했습니다.`,
      () => `${toward(a)} 가는 길이 ${this.pick(ADVERBS)} ${polite}`,
      () =>
        `제가 ${this.number()}에 처음 ${object(b)} 봤을 때와 지금은 ${this.pick(ADVERBS)} ${past}`,
      () => `${this.pick(CONNECT)} ${topic(b)} ${this.number()} 정도 ${past}`,
      () => `${modifier} ${subject(a)} 결국 ${object(b)} 바꾸게 될 겁니다.`,
      () => `${object(a)} ${this.verb(field)}`,
      () => `${this.name()} 연구진은 ${object(b)} ${this.number()}에 걸쳐 ${this.verb(field)}`,
      () =>
        `${topic(a)} ${this.pick(ADVERBS)} ${b}${this.pick(['의 문제입니다', '와 닮았습니다', '에 달려 있습니다', '만큼 중요합니다'])}.`,
      () =>
        `왜 ${subject(a)} ${modifier} 쪽으로 가는지, 저는 ${this.pick(COMMON_NOUNS)}에서 답을 찾습니다.`,
    ];
    let text = this.pick(shapes)();
    if (!/[.?!]$/.test(text)) text += '.';
    return text;
  }

  paragraph(field: string[], min = 2, max = 5): string {
    return Array.from({ length: this.between(min, max) }, () => this.sentence(field)).join(' ');
  }

  question(field: string[]): string {
    const a = this.noun(field);
    const b = this.noun(field);
    const shapes = [
      () => `${topic(a)} 앞으로 어떻게 ${past(this.pick(VERBS))}`,
      () => `${this.number()} 이후 ${subject(a)} 달라졌다는 평가가 많습니다. 어떻게 보십니까?`,
      () => `${and(a)} ${b}, 어느 쪽이 먼저 풀려야 할까요?`,
      () => `${this.organisation()}의 ${object(a)} 두고 말이 많습니다. 직접 겪어 보니 어떻던가요?`,
      () => `${b} 이야기를 하면 늘 ${a} 문제가 따라옵니다. 왜 그렇다고 보세요?`,
      () => `처음 ${object(a)} 시작하게 된 계기가 궁금합니다.`,
      () => `${topic(a)} 과장된 걸까요, 아니면 과소평가된 걸까요?`,
    ];
    return this.pick(shapes)();
  }
}

/** `바뀌었습니다` → `바뀔까요?`: a question form that reads naturally enough for any verb. */
function past([, , , modifier]: [string, string, string, string]): string {
  return `${modifier} 쪽으로 갈까요?`;
}
