# 시나리오 작성 도구: `hotline new` (src/cli/saves.rs, src/authoring.rs).
# 메시지마다 모든 언어에서 id, 속성, $인자가 같다 (docs/i18n.md).

authoring-bad-name = `{ $name }`{ JOSA($name, "은") } 시나리오 이름으로 쓸 수 없음: 영문자, 숫자, `-`, `_`만 최대 64자까지 쓰고, 폴더는 --out DIR로 지정하십시오
authoring-wrote = { $path } 파일을 만듦 — `hotline validate { $path }`{ JOSA($path, "으로") } 점검하십시오
# --out을 주지 않았을 때 다음 줄에 붙인다.
authoring-picker-offer = (앱의 시나리오 선택 화면에 나오게 하려면 사용자 시나리오 폴더에 만드십시오: `hotline new { $name } --out { $dir }`)
