/**
 * Speaker labels that name a role, not a person: `**기자: …**` is whoever asked for the
 * paper that day. They get no person page unless people.yaml names them.
 */
const ROLES = [
  '기자',
  '질문',
  '답변',
  '문',
  '답',
  '사회자',
  '진행자',
  '사회',
  '진행',
  '인터뷰어',
  '편집부',
  '편집자',
  '청중',
  '일동',
  '모두',
  'q',
  'a',
  'question',
  'answer',
  'interviewer',
  'host',
  'moderator',
  'editor',
  'audience',
  'reporter',
  // Japanese and Chinese interviews label their roles the same way.
  '記者',
  '司会',
  '質問',
  '回答',
  '记者',
  '主持人',
  '问',
  '答',
];

const ROLE_SET = new Set(ROLES);

/** One spelling per name: Unicode-compatible forms, spaces collapsed, Latin case ignored. */
export function nameKey(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
}

export function isRole(name: string): boolean {
  return ROLE_SET.has(nameKey(name));
}
