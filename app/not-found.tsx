import Link from 'next/link';

export const metadata = { title: '페이지를 찾을 수 없습니다' };

export default function NotFound() {
  return (
    <div className="not-found">
      <h1 className="page-title">페이지를 찾을 수 없습니다</h1>
      <p>주소가 바뀌었거나 삭제된 페이지입니다. 주소를 다시 확인해 주세요.</p>
      <p>
        <Link href="/">첫 화면으로 돌아가기</Link>
      </p>
    </div>
  );
}
