<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko_KR">
<context>
    <name>About</name>
    <message>
        <location filename="../../cnngui/ui/help_text.py" line="179" />
        <source>not loaded yet</source>
        <translation>아직 불러오지 않음</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/help_text.py" line="182" />
        <source>Training device</source>
        <translation>학습 장치</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/help_text.py" line="183" />
        <source>not known yet (TensorFlow is loading)</source>
        <translation>아직 모름 (TensorFlow를 불러오는 중)</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/help_text.py" line="188" />
        <source>System</source>
        <translation>시스템</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/help_text.py" line="193" />
        <source>Explore convolutional neural networks on handwritten digits.</source>
        <translation>손글씨 숫자로 합성곱 신경망을 탐구합니다.</translation>
    </message>
</context>
<context>
    <name>AssignmentPanel</name>
    <message>
        <location filename="../../cnngui/ui/classroom/assignment_panel.py" line="29" />
        <source>No assignment open. A teacher's .cnnassign file sets a goal and the rules.</source>
        <translation>열린 과제가 없습니다. 선생님의 .cnnassign 파일이 목표와 규칙을 정합니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/assignment_panel.py" line="49" />
        <source>Open assignment…</source>
        <extracomment>the open assignment's file ("" when none or made in memory)</extracomment>
        <translation>과제 열기…</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/assignment_panel.py" line="51" />
        <source>Open a teacher's .cnnassign file: its goal, rules and locks.</source>
        <translation>선생님의 .cnnassign 파일을 엽니다: 목표, 규칙, 고정된 설정.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/assignment_panel.py" line="56" />
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/assignment_panel.py" line="58" />
        <source>Stop following the assignment; its locks are lifted.</source>
        <translation>과제를 그만 따릅니다. 고정된 설정이 풀립니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/assignment_panel.py" line="61" />
        <source>New assignment…</source>
        <translation>새 과제…</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/assignment_panel.py" line="63" />
        <source>For teachers: write a .cnnassign from the current network with a goal, budgets and locked settings.</source>
        <translation>선생님용: 지금 네트워크로 목표, 예산, 고정 설정을 담은 .cnnassign 파일을 만듭니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/assignment_panel.py" line="70" />
        <source>Hand in…</source>
        <translation>제출…</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/assignment_panel.py" line="72" />
        <source>Write your trained network, its settings and curves to one .cnnsub file for your teacher.</source>
        <translation>학습한 네트워크와 설정, 학습 곡선을 선생님께 낼 .cnnsub 파일 하나로 저장합니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/assignment_panel.py" line="83" />
        <source>The open assignment.</source>
        <translation>열려 있는 과제.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/assignment_panel.py" line="87" />
        <source>The teacher's instructions.</source>
        <translation>선생님의 안내.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/assignment_panel.py" line="91" />
        <source>What counts as done.</source>
        <translation>완료로 인정되는 기준.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/assignment_panel.py" line="95" />
        <source>Your best accuracy / the goal · parameters / the budget · epochs / the limit.</source>
        <translation>나의 최고 정확도 / 목표 · 매개변수 / 예산 · 에폭 / 한도.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/assignment_panel.py" line="105" />
        <source>Rules the current network or settings break.</source>
        <translation>지금 네트워크나 설정이 어기는 규칙.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/assignment_panel.py" line="111" />
        <source>Why the last file could not be opened or written.</source>
        <translation>마지막 파일을 열거나 저장하지 못한 이유.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/assignment_panel.py" line="161" />
        <source>at most {max_params:,} parameters</source>
        <translation>매개변수 최대 {max_params:,}개</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/assignment_panel.py" line="167" />
        <source>at most {max_macs:,} multiply-adds</source>
        <translation>곱셈-덧셈 최대 {max_macs:,}회</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/assignment_panel.py" line="173" />
        <source>at most {max_epochs} epochs</source>
        <translation>최대 {max_epochs} 에폭</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/assignment_panel.py" line="179" />
        <source>locked: </source>
        <translation>고정: </translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/assignment_panel.py" line="212" />
        <source>✓ The network keeps every rule of the assignment.</source>
        <translation>✓ 네트워크가 과제의 모든 규칙을 지킵니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/assignment_panel.py" line="225" />
        <source>Wrote {saved_path}; open it to try it as a student.</source>
        <translation>{saved_path} 파일을 저장했습니다. 열어서 학생처럼 해 보세요.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/assignment_panel.py" line="233" />
        <source>Open an assignment</source>
        <translation>과제 열기</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/assignment_panel.py" line="235" />
        <source>Assignments (*.cnnassign);;All files (*)</source>
        <translation>과제 (*.cnnassign);;모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>Canvas</name>
    <message>
        <location filename="../../cnngui/ui/canvas.py" line="69" />
        <source>Draw a digit. Right-click or Esc clears, Ctrl+Z undoes a stroke.</source>
        <extracomment>smallest canvas side in logical pixels (a 1024×640 screen still fits the panel) the canvas side pen widths are measured in (a 280-pixel canvas; they scale with the canvas) pen width in pixels of a 280-pixel canvas (MNIST-like strokes)</extracomment>
        <translation>숫자를 그리세요. 오른쪽 클릭이나 Esc로 지우고, Ctrl+Z로 한 획을 되돌립니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/canvas.py" line="264" />
        <source>draw a digit here</source>
        <translation>여기에 숫자를 그리세요</translation>
    </message>
</context>
<context>
    <name>Collect</name>
    <message>
        <location filename="../../cnngui/ui/classroom/collect.py" line="58" />
        <source>Digit {d}</source>
        <extracomment>the label combo's "prompt me" entry</extracomment>
        <translation>숫자 {d}</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/collect.py" line="59" />
        <source>Prompt me</source>
        <translation>차례로 물어보기</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/collect.py" line="61" />
        <source>Which digit you are drawing. “Prompt me” asks for each digit in turn, several times, so the collection stays balanced.</source>
        <translation>지금 그리는 숫자. “차례로 물어보기”는 숫자마다 여러 번씩 차례로 요청해서 모음이 고르게 유지됩니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/collect.py" line="73" />
        <source>“Prompt me”: how many drawings of each digit to ask for.</source>
        <translation>“차례로 물어보기”: 숫자마다 몇 장씩 요청할지.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/collect.py" line="76" />
        <source>Keep (Enter)</source>
        <translation>저장 (Enter)</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/collect.py" line="79" />
        <source>Store this drawing with its label and clear the canvas.</source>
        <translation>이 그림을 정답 숫자와 함께 저장하고 캔버스를 지웁니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/collect.py" line="82" />
        <source>Skip (Esc)</source>
        <translation>건너뛰기 (Esc)</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/collect.py" line="84" />
        <source>Clear the canvas without storing the drawing.</source>
        <translation>그림을 저장하지 않고 캔버스를 지웁니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/collect.py" line="89" />
        <source>What to draw next.</source>
        <translation>다음에 그릴 것.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/collect.py" line="94" />
        <source>How many drawings of each digit the collection holds.</source>
        <translation>모음에 숫자별로 그림이 몇 장 있는지.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/collect.py" line="99" />
        <source>The last thing that went wrong while collecting.</source>
        <translation>모으는 동안 마지막으로 생긴 문제.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/collect.py" line="133" />
        <source>All prompts are done; choose “Prompt me” again for another round.</source>
        <translation>요청을 모두 마쳤습니다. 한 번 더 하려면 “차례로 물어보기”를 다시 고르세요.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/collect.py" line="164" />
        <source>Done: {kept} drawings kept.</source>
        <translation>완료: 그림 {kept}장을 저장했습니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/collect.py" line="169" />
        <source>Draw a {current} ({v1} of {total})</source>
        <translation>{current}을(를) 그리세요 ({total}장 중 {v1}번째)</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/collect.py" line="175" />
        <source>Draw a {currentData}</source>
        <translation>{currentData}을(를) 그리세요</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/collect.py" line="183" />
        <source>{n_counts:,} drawings kept · {per}</source>
        <translation>그림 {n_counts:,}장 저장됨 · {per}</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <location filename="../../build/core_phrases.py" line="2" />
        <source>{path}: cannot be written ({reason}).</source>
        <translation>{path}: 저장할 수 없습니다({reason}).</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="26" />
        <source>{metric} ≥ {value:.1%} on {dataset}</source>
        <translation>{metric} ≥ {value:.1%} (평가 데이터: {dataset})</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="27" />
        <source>Goal: {goal}</source>
        <translation>목표: {goal}</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="3" />
        <source>Locked by the assignment “{title}”: everyone trains with {key} = {value!r}, so the networks are compared fairly.</source>
        <translation>과제 “{title}”에서 고정한 설정입니다. 모두 {key} = {value!r}(으)로 학습해서 네트워크를 공정하게 비교합니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="4" />
        <source>the network has {have} layers but the assignment asks for {want}.</source>
        <translation>네트워크의 층 수는 {have}인데, 과제가 요구하는 층 수는 {want}입니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="5" />
        <source>{path}: is larger than an assignment can be ({most:,} bytes).</source>
        <translation>{path}: 과제 파일로는 너무 큽니다(최대 {most:,}바이트).</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="28" />
        <source>{key} must be text, not {value}.</source>
        <translation>{key} 항목은 텍스트여야 합니다(받은 값: {value}).</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="29" />
        <source>{key} must be a whole number of at least 1 or null, not {value}.</source>
        <translation>{key} 항목은 1 이상의 정수나 null이어야 합니다(받은 값: {value}).</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="30" />
        <source>allowed_layers must be a list of layer types or null (any layer).</source>
        <translation>allowed_layers는 층 종류의 목록이나 null(모든 층)이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="31" />
        <source>locked must be an object of training settings, e.g. {example}.</source>
        <translation>locked는 학습 설정의 객체여야 합니다. 예: {example}.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="32" />
        <source>goal must be an object like {example}.</source>
        <translation>goal은 다음과 같은 객체여야 합니다: {example}.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="33" />
        <source>goal metric must be {metrics}, not {value}.</source>
        <translation>goal의 metric은 {metrics}여야 합니다(받은 값: {value}).</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="34" />
        <source>goal value must be a fraction from 0 to 1 (0.98 for 98 %), not {value}.</source>
        <translation>goal의 value는 0부터 1까지의 비율이어야 합니다(98 %는 0.98). 받은 값: {value}.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="35" />
        <source>goal dataset must be text, not {value}.</source>
        <translation>goal의 dataset은 텍스트여야 합니다(받은 값: {value}).</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="6" />
        <source>layer {index} is {got} ({got_settings}) but the assignment asks for {asked} ({asked_settings}).</source>
        <translation>{index}번 층은 {got} ({got_settings})인데, 과제가 요구하는 층은 {asked} ({asked_settings})입니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="22" />
        <source>this run trains {epochs} epochs, but the assignment allows at most {most}; set epochs to {most} or fewer.</source>
        <translation>이번 학습은 {epochs} 에폭인데, 과제는 최대 {most} 에폭까지 허용합니다. 에폭 수를 {most} 이하로 설정하세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="8" />
        <source>the network was trained for {epochs} epochs, more than the {most} the assignment allows.</source>
        <translation>네트워크를 {epochs} 에폭 학습해서 과제가 허용하는 {most} 에폭보다 많습니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="9" />
        <source>{count} parameters</source>
        <translation>매개변수 {count}개</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="10" />
        <source>{count} epochs</source>
        <translation>{count} 에폭</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="11" />
        <source>an assignment must be a JSON object with a title and a goal.</source>
        <translation>과제는 제목과 목표가 있는 JSON 객체여야 합니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="12" />
        <source>this is not an assignment file (expected "format": "{format}").</source>
        <translation>과제 파일이 아닙니다("format": "{format}"이 있어야 합니다).</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="13" />
        <source>version must be a positive whole number, not {value}.</source>
        <translation>version은 양의 정수여야 합니다(받은 값: {value}).</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="14" />
        <source>this assignment is format version {version}, made by a newer cnngui; update cnngui to open it.</source>
        <translation>이 과제는 형식 버전 {version} — 더 새로운 cnngui로 만든 파일입니다. 열려면 cnngui를 업데이트하세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="15" />
        <source>unknown key {key}; an assignment has {keys}.</source>
        <translation>알 수 없는 키: {key}. 과제에 쓸 수 있는 키: {keys}.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="16" />
        <source>{path}: is not a text file; an assignment is JSON.</source>
        <translation>{path}: 텍스트 파일이 아닙니다. 과제 파일은 JSON입니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="17" />
        <source>{path}: {problem}</source>
        <translation>{path}: {problem}</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="36" />
        <source>{key} must be non-empty text, not {value}.</source>
        <translation>{key} 항목은 비어 있지 않은 텍스트여야 합니다(받은 값: {value}).</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="37" />
        <source>allowed_layers names {name}, which is not a layer type; use {types}.</source>
        <translation>allowed_layers의 {name} — 층 종류가 아닙니다. 다음 중에서 쓰세요: {types}.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="38" />
        <source>{key} names the preset {name}, which does not exist; use one of {names}.</source>
        <translation>{key} 항목의 프리셋 {name} — 없는 프리셋입니다. 다음 중 하나를 쓰세요: {names}.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="39" />
        <source>{key}: {problem}</source>
        <translation>{key}: {problem}</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="18" />
        <source>the network has {params} parameters, more than the budget of {budget}; use fewer filters or units, or pool before Flatten.</source>
        <translation>네트워크의 매개변수가 {params}개로 예산 {budget}개보다 많습니다. 필터나 유닛을 줄이거나 Flatten 앞에서 풀링하세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="19" />
        <source>the network needs {macs} multiply-adds per image, more than the budget of {budget}; pool earlier or use fewer filters.</source>
        <translation>네트워크가 이미지 한 장에 곱셈-덧셈을 {macs}회 해서 예산 {budget}회보다 많습니다. 더 일찍 풀링하거나 필터를 줄이세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="20" />
        <source>this assignment trains on the class's drawings; collect some drawings (Draw panel → Collect) or import the class's file first.</source>
        <translation>이 과제는 반 친구들의 그림으로 학습합니다. 먼저 그림을 모으거나(그리기 패널 → 모으기) 반의 그림 파일을 가져오세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="7" />
        <source>the assignment locks {key} to {want!r}, but this run uses {have!r}; set it back to {want!r}.</source>
        <translation>과제는 {key} 값을 {want!r}(으)로 고정했는데, 이번 학습은 {have!r} 값을 씁니다. {want!r}(으)로 되돌리세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="24" />
        <source>layer {index} {type} is not allowed in this assignment; use only {allowed}.</source>
        <translation>{index}번 층 {type} — 이 과제에서는 쓸 수 없습니다. 다음 층만 쓰세요: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="25" />
        <source>no settings</source>
        <translation>설정 없음</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="40" />
        <source>the number of rounds must be a whole number ≥ 1, not {rounds!r}.</source>
        <translation>반복 횟수는 1 이상의 정수여야 합니다(받은 값: {rounds!r}).</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="41" />
        <source>{path}: cannot be read ({reason}).</source>
        <translation>{path}: 읽을 수 없습니다({reason}).</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="42" />
        <source>{path} was written by a newer cnngui; update cnngui to open it.</source>
        <translation>{path} — 더 새로운 cnngui로 쓴 파일입니다. 열려면 cnngui를 업데이트하세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="43" />
        <source>{path} is not a cnngui drawings file.</source>
        <translation>{path} — cnngui 그림 파일이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="44" />
        <source>there is no drawing {id!r} in the collection.</source>
        <translation>모음에 그림 {id!r}이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="47" />
        <source>unknown record {op!r}.</source>
        <translation>알 수 없는 기록: {op!r}.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="48" />
        <source>this hand-in</source>
        <translation>이 제출 파일</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="49" />
        <source>{path}: has {count} classes, but a held-out set for the leaderboard holds the digits 0–9.</source>
        <translation>{path}: 클래스가 {count}개인데, 순위표의 평가용 데이터는 숫자 0–9여야 합니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="50" />
        <source>{path}: no such folder; give the folder the hand-ins were put in.</source>
        <translation>{path}: 그런 폴더가 없습니다. 제출 파일을 모아 둔 폴더를 주세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="51" />
        <source>{path}: is not a folder; give the folder holding the .cnnsub files.</source>
        <translation>{path}: 폴더가 아닙니다. .cnnsub 파일이 든 폴더를 주세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="52" />
        <source>this hand-in's network could not be run ({reason}).</source>
        <translation>이 제출 파일의 네트워크를 실행할 수 없었습니다({reason}).</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="53" />
        <source>{reason} (and {more} more rule(s) broken)</source>
        <translation>{reason} (그 밖에 어긴 규칙 {more}개)</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="54" />
        <source>the network takes {want} images but the held-out digits are {got}.</source>
        <translation>네트워크는 {want} 이미지를 받는데, 평가용 숫자는 {got}입니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="55" />
        <source>the hand-in does not say how many epochs it trained, so the epoch limit cannot be checked; hand it in again with its training record.</source>
        <translation>제출 파일에 학습한 에폭 수가 없어서 에폭 한도를 확인할 수 없습니다. 학습 기록과 함께 다시 제출하세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="56" />
        <source>the hand-in's training settings cannot be read.</source>
        <translation>제출 파일의 학습 설정을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="57" />
        <source>{summary}.</source>
        <translation>{summary}.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="58" />
        <source>the test share must be a fraction from 0 to below 1, not {share!r}.</source>
        <translation>테스트 비율은 0 이상 1 미만이어야 합니다(받은 값: {share!r}).</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="59" />
        <source>a dataset needs at least two drawings (one to train on, one to test); keep more.</source>
        <translation>데이터셋에는 그림이 두 장 이상(학습용 하나, 테스트용 하나) 있어야 합니다. 그림을 더 저장하세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="60" />
        <source>{path}: the strokes array must hold one JSON text per image ({count:,}).</source>
        <translation>{path}: strokes 배열에는 이미지마다 JSON 텍스트가 하나씩({count:,}개) 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="61" />
        <source>{count:,} new drawings from {files} file(s)</source>
        <translation>파일 {files}개에서 새 그림 {count:,}장</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="62" />
        <source>{path}: not written, the files hold fewer than two usable drawings.</source>
        <translation>{path}: 저장하지 않았습니다. 파일에 쓸 수 있는 그림이 두 장보다 적습니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="63" />
        <source>{path}: is damaged; export the drawings again from cnngui.</source>
        <translation>{path}: 손상되었습니다. cnngui에서 그림을 다시 내보내세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="64" />
        <source>{path}: is damaged or not a NumPy .npz file; export it again.</source>
        <translation>{path}: 손상되었거나 NumPy .npz 파일이 아닙니다. 다시 내보내세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="65" />
        <source>{path}: {array} has shape {shape}; drawings are 28×28 images.</source>
        <translation>{path}: {array} 배열의 모양이 {shape}입니다. 그림은 28×28 이미지입니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="66" />
        <source>{path}: {array} holds {dtype} values; drawings are uint8 pixels.</source>
        <translation>{path}: {array} 배열의 값 종류가 {dtype}입니다. 그림은 uint8 픽셀입니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="67" />
        <source>{path}: {array} needs one label per image ({count:,}).</source>
        <translation>{path}: {array} 배열에는 이미지마다 정답이 하나씩({count:,}개) 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="68" />
        <source>{path}: {array} holds labels outside the digits 0–9.</source>
        <translation>{path}: {array} 배열에 숫자 0–9 밖의 정답이 있습니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="69" />
        <source>{path}: the strokes of image {index} are damaged; export the file again.</source>
        <translation>{path}: {index}번 이미지의 획이 손상되었습니다. 파일을 다시 내보내세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="70" />
        <source>{count:,} duplicates skipped</source>
        <translation>중복 {count:,}장 건너뜀</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="71" />
        <source>{count:,} with a different label elsewhere skipped</source>
        <translation>다른 파일과 정답이 달라서 {count:,}장 건너뜀</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="72" />
        <source>{count} file(s) refused</source>
        <translation>파일 {count}개 거부됨</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="73" />
        <source>{path}: unpacks to {size:,.1f} GB, more than a class's drawings can be; give an exported drawings file.</source>
        <translation>{path}: 압축을 풀면 {size:,.1f} GB로, 반의 그림 파일이라기엔 너무 큽니다. 내보낸 그림 파일을 주세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="74" />
        <source>{path}: has no {names} array, so it is not a dataset file in MNIST's layout; export it again from cnngui.</source>
        <translation>{path}: {names} 배열이 없어서 MNIST 형식의 데이터셋 파일이 아닙니다. cnngui에서 다시 내보내세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="75" />
        <source>{path}: stores Python objects, which cnngui never loads; export the drawings again from cnngui.</source>
        <translation>{path}: cnngui가 절대 불러오지 않는 파이썬 객체가 들어 있습니다. cnngui에서 그림을 다시 내보내세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="76" />
        <source>a label must be a digit from 0 to 9, not {label}.</source>
        <translation>정답은 0부터 9까지의 숫자여야 합니다(받은 값: {label}).</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="77" />
        <source>the input image must be 28×28, not {shape}.</source>
        <translation>입력 이미지는 28×28이어야 합니다(받은 모양: {shape}).</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="78" />
        <source>a drawing record must be an object with an id.</source>
        <translation>그림 기록은 id가 있는 객체여야 합니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="79" />
        <source>drawing {name}: its image is not 28×28 pixels.</source>
        <translation>그림 {name}: 이미지가 28×28 픽셀이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="80" />
        <source>the drawing is empty; draw a digit before keeping it.</source>
        <translation>그림이 비어 있습니다. 저장하기 전에 숫자를 그리세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="81" />
        <source>drawing {name}: its image is not valid base64.</source>
        <translation>그림 {name}: 이미지가 올바른 base64가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="82" />
        <source>drawing {name}: canvas must be [width, height].</source>
        <translation>그림 {name}: canvas는 [너비, 높이]여야 합니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="83" />
        <source>strokes must be a list of stroke objects, not {type}.</source>
        <translation>strokes는 획 객체의 목록이어야 합니다(받은 종류: {type}).</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="84" />
        <source>a drawing has at most {most} strokes, not {count:,}.</source>
        <translation>그림 하나의 획은 최대 {most}개입니다(받은 획: {count:,}개).</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="85" />
        <source>stroke {index} must be an object with a "points" list.</source>
        <translation>{index}번 획은 "points" 목록이 있는 객체여야 합니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="86" />
        <source>stroke {index}: the pen width must be a number from 0 to {most} pixels.</source>
        <translation>{index}번 획: 펜 굵기는 0부터 {most} 픽셀까지의 수여야 합니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="87" />
        <source>a drawing has at most {most:,} points in all its strokes.</source>
        <translation>그림 하나의 모든 획을 합쳐 점은 최대 {most:,}개입니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="88" />
        <source>stroke {index}: a point must be two finite numbers [x, y].</source>
        <translation>{index}번 획: 점은 유한한 수 두 개 [x, y]여야 합니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="89" />
        <source>the submission</source>
        <translation>제출 파일</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="101" />
        <source>write your name on the hand-in; it cannot be empty.</source>
        <translation>제출 파일에 이름을 쓰세요. 비워 둘 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="90" />
        <source>{path}: its weights were changed after it was handed in (their checksum does not match), so they cannot be trusted.</source>
        <translation>{path}: 제출한 뒤에 가중치가 바뀌어서(체크섬 불일치) 믿을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="91" />
        <source>{path}: is a zip archive but not a cnngui hand-in (it lacks {meta} or {weights}).</source>
        <translation>{path}: zip 압축 파일이지만 cnngui 제출 파일이 아닙니다({meta} 또는 {weights} 없음).</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="92" />
        <source>{path}: unpacks to more than a hand-in may hold ({size}), so it was not opened.</source>
        <translation>{path}: 압축을 풀면 제출 파일 한도({size})보다 커서 열지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="93" />
        <source>{path}: is not a cnngui hand-in ({meta} has the wrong format).</source>
        <translation>{path}: cnngui 제출 파일이 아닙니다({meta}의 형식이 다름).</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="94" />
        <source>{path}: has no valid format version.</source>
        <translation>{path}: 올바른 형식 버전이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="95" />
        <source>{path}: was made by a newer cnngui (version {version}); update it.</source>
        <translation>{path}: 더 새로운 cnngui(버전 {version})로 만든 파일입니다. cnngui를 업데이트하세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="96" />
        <source>{path}: has no student name.</source>
        <translation>{path}: 학생 이름이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="97" />
        <source>{path}: does not say which assignment it was handed in for.</source>
        <translation>{path}: 어느 과제에 낸 파일인지 적혀 있지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="98" />
        <source>{path}: its epoch count {epochs!r} is not a whole number.</source>
        <translation>{path}: 에폭 수 {epochs!r} — 정수가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="99" />
        <source>{where}: holds {count} weight arrays but its network has {needed}, so the weights do not belong to this network.</source>
        <translation>{where}: 가중치 배열이 {count}개인데 네트워크에는 {needed}개가 있어서, 가중치가 이 네트워크의 것이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="102" />
        <source>there is no trained network to hand in; train one first.</source>
        <translation>제출할 학습된 네트워크가 없습니다. 먼저 학습하세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="114" />
        <source>{path}: is not a cnngui hand-in (not a zip archive); hand in with File → Hand in.</source>
        <translation>{path}: cnngui 제출 파일이 아닙니다(zip 압축 파일이 아님). 파일 → 제출로 제출하세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="103" />
        <source>{path}: was handed in for the assignment {got!r}, not {want!r}.</source>
        <translation>{path}: {want!r} 과제가 아니라 {got!r} 과제에 낸 파일입니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="21" />
        <source>this run trains {epochs} epochs, but the assignment allows at most {most}; train with --epochs {most} or fewer.</source>
        <translation>이번 학습은 {epochs} 에폭인데, 과제는 최대 {most} 에폭까지 허용합니다. --epochs {most} 이하로 학습하세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="23" />
        <source>the assignment locks {key} to {want!r}, but this run uses {have!r}; train with {flag} {value}.</source>
        <translation>과제는 {key} 값을 {want!r}(으)로 고정했는데, 이번 학습은 {have!r} 값을 씁니다. {flag} {value} 옵션으로 학습하세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="45" />
        <source>{path} is not a cnngui drawings file; give another file with --file.</source>
        <translation>{path} — cnngui 그림 파일이 아닙니다. --file로 다른 파일을 주세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="46" />
        <source>{path} is not a cnngui drawings file; move or rename it, and cnngui starts a new collection there.</source>
        <translation>{path} — cnngui 그림 파일이 아닙니다. 이 파일을 옮기거나 이름을 바꾸면 cnngui가 그 자리에 새 모음을 만듭니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="100" />
        <source>the student's name is empty; give it with --name.</source>
        <translation>학생 이름이 비어 있습니다. --name으로 주세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="104" />
        <source>{path}: was made for another version of the assignment {id!r} (its rules have changed since), so it cannot be scored against this one.</source>
        <translation>{path}: 과제 {id!r}의 다른 버전(그 뒤로 규칙이 바뀜)에 맞춰 만든 파일이라 이 과제로 채점할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="105" />
        <source>{path}: its {meta} is not valid JSON; hand it in again.</source>
        <translation>{path}: {meta} 내용이 올바른 JSON이 아닙니다. 다시 제출하세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="106" />
        <source>{path}: its network cannot be read: {reason}</source>
        <translation>{path}: 네트워크를 읽을 수 없습니다: {reason}</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="107" />
        <source>{path}: its weights are damaged or not plain number arrays.</source>
        <translation>{path}: 가중치가 손상되었거나 평범한 숫자 배열이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="108" />
        <source>{path}: weight {index} holds {dtype} values, not numbers.</source>
        <translation>{path}: {index}번 가중치의 값 종류가 {dtype}(으)로, 숫자가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="109" />
        <source>{path}: weight {index} holds NaN or infinite values.</source>
        <translation>{path}: {index}번 가중치에 NaN이나 무한대 값이 있습니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="110" />
        <source>{where}: its network cannot be built ({reason})</source>
        <translation>{where}: 네트워크를 만들 수 없습니다({reason})</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="111" />
        <source>{where}: weight {index} ({name}) has shape {shape} but the network needs {needed}, so the weights do not match the network.</source>
        <translation>{where}: {index}번 가중치({name})의 모양은 {shape}인데 네트워크에는 {needed}이(가) 필요해서, 가중치가 네트워크와 맞지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="112" />
        <source>{path}: is damaged or truncated (the archive is incomplete); hand it in again.</source>
        <translation>{path}: 손상되었거나 잘렸습니다(압축 파일이 완전하지 않음). 다시 제출하세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="113" />
        <source>{path}: is not a cnngui hand-in (not a zip archive); make hand-ins with cnngui handin or the window's File → Hand in.</source>
        <translation>{path}: cnngui 제출 파일이 아닙니다(zip 압축 파일이 아님). cnngui handin이나 창의 파일 → 제출로 만드세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="115" />
        <source>{path}: layer {index} is a {type} layer, which holds code; cnngui never runs code from a file, so this hand-in cannot be scored.</source>
        <translation>{path}: {index}번 층은 코드가 든 {type} 층입니다. cnngui는 파일 속 코드를 절대 실행하지 않으므로 이 제출 파일은 채점할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="116" />
        <source>{name}: training images are {train_size} but test images are {test_size}; both must be the same size.</source>
        <translation>{name}: 학습 이미지는 {train_size}, 테스트 이미지는 {test_size}입니다. 두 크기가 같아야 합니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="117" />
        <source>{name}: {key} has shape {shape}, but images must be grey levels shaped (N, height, width) or (N, height, width, 1), at least 4×4.</source>
        <translation>{name}: {key}의 모양이 {shape}입니다. 이미지는 (N, 높이, 너비) 또는 (N, 높이, 너비, 1) 모양의 회색조이고 4×4 이상이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="118" />
        <source>{name}: {key} holds no images; each split needs at least one.</source>
        <translation>{name}: {key}에 이미지가 없습니다. 학습과 테스트 모두 적어도 한 장은 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="119" />
        <source>{name}: {key} holds {dtype} values; images must be numbers.</source>
        <translation>{name}: {key}에 든 값의 자료형: {dtype}. 이미지는 숫자여야 합니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="120" />
        <source>{name}: {key} has shape {shape}, but it needs one label per image ({n:,}).</source>
        <translation>{name}: {key}의 모양이 {shape}입니다. 이미지마다 레이블이 하나씩({n:,}개) 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="121" />
        <source>{name}: {key} has labels from {low} to {high}, outside 0–{last} for its {classes} classes; labels must be class numbers from 0 (store a class_names array in the file for more than 10 classes).</source>
        <translation>{name}: {key}의 레이블이 {low}부터 {high}까지로, 클래스 {classes}개에 맞는 0–{last} 범위를 벗어납니다. 레이블은 0부터 시작하는 클래스 번호여야 합니다(클래스가 10개보다 많으면 파일에 class_names 배열을 넣으세요).</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="122" />
        <source>{name}: {key} values run from {lo:g} to {hi:g}; use 0–255 or 0–1 grey levels.</source>
        <translation>{name}: {key} 값의 범위가 {lo:g}부터 {hi:g}까지입니다. 0–255나 0–1 범위의 회색 값을 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="123" />
        <source>{name}: {key} has {bad:,} pixel values that are NaN or infinite; every pixel must be a grey level, so fix or remove those images.</source>
        <translation>{name}: {key}에 NaN이거나 무한대인 픽셀 값이 {bad:,}개 있습니다. 모든 픽셀은 회색 값이어야 하니, 그 이미지들을 고치거나 빼세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="124" />
        <source>{name}: {key} holds values that are not whole numbers; labels must be class numbers from 0 to {last}.</source>
        <translation>{name}: {key}에 정수가 아닌 값이 있습니다. 레이블은 0부터 {last}까지의 클래스 번호여야 합니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="125" />
        <source>{name}: {key} holds {dtype} values; labels must be whole numbers.</source>
        <translation>{name}: {key}에 든 값의 자료형: {dtype}. 레이블은 정수여야 합니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="126" />
        <source>{name}: {train:,} training and {test:,} test images of {h}×{w}, {classes} classes</source>
        <translation>{name}: 학습 이미지 {train:,}장, 테스트 이미지 {test:,}장, 크기 {h}×{w}, 클래스 {classes}개</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="127" />
        <source>unknown dataset {source!r}; use {known}, or the path of a .npz file holding x_train, y_train, x_test and y_test.</source>
        <translation>알 수 없는 데이터셋: {source!r}. {known} 중 하나나, x_train, y_train, x_test, y_test가 든 .npz 파일의 경로를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="128" />
        <source>{path} is damaged or not a NumPy .npz file; save the dataset again with numpy.savez holding x_train, y_train, x_test and y_test.</source>
        <translation>{path} 파일이 손상되었거나 NumPy .npz 파일이 아닙니다. x_train, y_train, x_test, y_test를 담아 numpy.savez로 데이터셋을 다시 저장하세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="129" />
        <source>limit must be a whole number of at least 1, not {value!r}.</source>
        <translation>limit 값은 1 이상의 정수여야 합니다. 받은 값: {value!r}.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="130" />
        <source>dataset {source!r} has an empty part; join datasets like mnist+drawings.npz.</source>
        <translation>데이터셋 {source!r}에 빈 부분이 있습니다. mnist+drawings.npz처럼 이으세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="131" />
        <source>the oversampling factor must be a whole number from 1 to 1,000, not {value!r}.</source>
        <translation>반복 배수는 1부터 1,000까지의 정수여야 합니다. 받은 값: {value!r}.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="132" />
        <source>MNIST was not found in {bundled} or {cache}; reinstall cnngui or run `cnngui train --dataset mnist` once with a network.</source>
        <translation>MNIST를 {bundled}에서도 {cache}에서도 찾지 못했습니다. cnngui를 다시 설치하거나, 인터넷에 연결된 상태에서 `cnngui train --dataset mnist`를 한 번 실행하세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="133" />
        <source>{first} and {other} have different classes ({n_first} and {n_other}); only datasets of the same classes can be joined with +.</source>
        <translation>{first}, {other} — 두 데이터셋의 클래스가 다릅니다({n_first}개와 {n_other}개). +로는 클래스가 같은 데이터셋만 이을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="134" />
        <source>{first} images are {first_size} but {other} images are {other_size}; only datasets of the same image size can be joined with +.</source>
        <translation>{first} 이미지 크기는 {first_size}, {other} 이미지 크기는 {other_size}입니다. +로는 이미지 크기가 같은 데이터셋만 이을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="135" />
        <source>MNIST was not found in {bundled} or {cache}; reinstall cnngui, or connect to the network once and train on MNIST in the Training panel so it is downloaded.</source>
        <translation>MNIST를 {bundled}에서도 {cache}에서도 찾지 못했습니다. cnngui를 다시 설치하거나, 인터넷에 한 번 연결한 뒤 학습 패널에서 MNIST로 학습해 내려받으세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="136" />
        <source>dataset file {source} does not exist; give the path of a .npz file or one of {known}.</source>
        <translation>데이터셋 파일이 없습니다: {source}. .npz 파일의 경로나 다음 중 하나를 주세요: {known}.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="137" />
        <source>{key} was not found in {looked} and could not be downloaded ({reason}); connect to the network once, or give the path of a .npz file with --dataset.</source>
        <translation>{key} 데이터셋을 다음 위치에서 찾지 못했고 내려받지도 못했습니다: {looked} ({reason}). 인터넷에 한 번 연결하거나, --dataset으로 .npz 파일의 경로를 주세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="138" />
        <source>the Fashion-MNIST files in {folder} are damaged ({reason}); delete that folder so Keras downloads them again.</source>
        <translation>{folder} 안의 Fashion-MNIST 파일이 손상되었습니다 ({reason}). Keras가 다시 내려받도록 그 폴더를 지우세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="139" />
        <source>dataset file {source} does not exist; choose MNIST or another .npz file under Images.</source>
        <translation>데이터셋 파일이 없습니다: {source}. '이미지'에서 MNIST나 다른 .npz 파일을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="140" />
        <source>The {name} images are not on this computer and could not be downloaded (is the network connected?). Connect once and press Start training again, or choose MNIST or your own .npz file under Images.</source>
        <translation>{name} 이미지가 이 컴퓨터에 없고 내려받지도 못했습니다(인터넷이 연결되어 있나요?). 한 번 연결한 뒤 '▶ 학습 시작'을 다시 누르거나, '이미지'에서 MNIST나 직접 만든 .npz 파일을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="141" />
        <source>{path} has no {missing} array; a dataset file needs x_train, y_train, x_test and y_test (as saved by numpy.savez).</source>
        <translation>{path} 파일에 다음 배열이 없습니다: {missing}. 데이터셋 파일에는 x_train, y_train, x_test, y_test가 있어야 합니다(numpy.savez로 저장한 형태).</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="142" />
        <source>{path} stores Python objects instead of plain number arrays, which cnngui never loads from a file because they could run code; save the images and labels as number arrays with numpy.savez.</source>
        <translation>{path} 파일에는 숫자 배열 대신 파이썬 객체가 들어 있습니다. 객체는 코드를 실행할 수 있어서 cnngui는 파일에서 읽지 않습니다. 이미지와 레이블을 numpy.savez로 숫자 배열로 저장하세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="143" />
        <source>{path}: is not a file; give {what} file.</source>
        <translation>{path}: 파일이 아닙니다. 필요한 것: {what} 파일.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="144" />
        <source>{path}: is {size}, more than the {limit} {what} can be, so it was not opened.</source>
        <translation>{path}: 크기가 {size}(으)로 한도 {limit}보다 커서 열지 않았습니다 ({what}).</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="145" />
        <source>{path}: no such file.</source>
        <translation>{path}: 그런 파일이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="146" />
        <source>{path}: is a folder, not a {what}.</source>
        <translation>{path}: 폴더입니다. 필요한 것: {what}.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="147" />
        <source>not valid JSON (line {line}, column {column}: {reason}).</source>
        <translation>올바른 JSON이 아닙니다 ({line}번째 줄, {column}번째 칸: {reason}).</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="148" />
        <source>the JSON holds a number too long or nesting too deep to be {what}.</source>
        <translation>JSON에 너무 긴 숫자나 너무 깊은 중첩이 있습니다. 필요한 것: {what}.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="149" />
        <source>unknown activation {name!r}; use one of {names}.</source>
        <translation>알 수 없는 활성화 함수: {name!r}. 다음 중 하나를 쓰세요: {names}.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="150" />
        <source>the model takes inputs of shape {shape}, not 28×28 digits.</source>
        <translation>모델의 입력 모양이 {shape}(으)로, 28×28 숫자가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="151" />
        <source>the model expects images of shape {shape}, got {got}.</source>
        <translation>모델은 {shape} 모양의 이미지를 기대하는데, 받은 모양은 {got}입니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="152" />
        <source>the digit must be from 0 to {last}, not {target!r}.</source>
        <translation>숫자는 0부터 {last}까지여야 합니다(받은 값: {target!r}).</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="153" />
        <source>Grad-CAM needs a Conv2D layer, and this network has none.</source>
        <translation>Grad-CAM에는 Conv2D 층이 필요한데, 이 네트워크에는 없습니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="154" />
        <source>copies the image: the only 1 sits in the centre.</source>
        <translation>이미지를 그대로 복사합니다. 1은 가운데 하나뿐입니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="155" />
        <source>bright where the image gets brighter from left to right (vertical edges).</source>
        <translation>왼쪽에서 오른쪽으로 밝아지는 곳이 밝게 나옵니다(세로 가장자리).</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="156" />
        <source>bright where the image gets brighter from top to bottom (horizontal edges).</source>
        <translation>위에서 아래로 밝아지는 곳이 밝게 나옵니다(가로 가장자리).</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="157" />
        <source>second derivative: responds to blobs and thin lines, zero on flat areas.</source>
        <translation>2차 미분: 점과 가는 선에 반응하고, 평평한 곳에서는 0입니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="158" />
        <source>the average of the 3×3 neighbourhood.</source>
        <translation>3×3 이웃의 평균입니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="159" />
        <source>a weighted average, the centre counting most: a softer blur.</source>
        <translation>가운데에 가장 큰 비중을 둔 가중 평균: 더 부드러운 흐림입니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="160" />
        <source>the pixel minus its neighbours' excess: edges stand out.</source>
        <translation>픽셀에서 이웃이 넘치는 만큼을 뺍니다: 가장자리가 두드러집니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="161" />
        <source>a diagonal edge detector that makes strokes look raised.</source>
        <translation>획이 도드라져 보이게 하는 대각선 가장자리 검출기입니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="162" />
        <source>row {row}, column {col} is {text!r}, not a number.</source>
        <translation>{row}행 {col}열의 값 {text!r} — 숫자가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="163" />
        <source>the stride must be a whole number from 1 to {most}, not {stride!r}.</source>
        <translation>스트라이드는 1부터 {most}까지의 정수여야 합니다(받은 값: {stride!r}).</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="164" />
        <source>{rows}×{cols} kernel, stride {stride}, padding {padding}, {activation}</source>
        <translation>{rows}×{cols} 커널, 스트라이드 {stride}, 패딩 {padding}, {activation}</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="165" />
        <source>kernel row {row}, value {col} is {cell!r}, not a number; write numbers like "1", "-0.5" or "1/9", separated by commas, rows by semicolons.</source>
        <translation>커널 {row}행의 {col}번째 값 {cell!r} — 숫자가 아닙니다. "1", "-0.5", "1/9"처럼 숫자를 쓰고, 값은 쉼표로, 행은 세미콜론으로 구분하세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="166" />
        <source>max pool {size}×{size}, stride {stride}, padding {padding}</source>
        <translation>최대 풀링 {size}×{size}, 스트라이드 {stride}, 패딩 {padding}</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="167" />
        <source>average pool {size}×{size}, stride {stride}, padding {padding}</source>
        <translation>평균 풀링 {size}×{size}, 스트라이드 {stride}, 패딩 {padding}</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="168" />
        <source>unknown kernel {name!r}; use one of {names} or type the numbers, e.g. "0,-1,0;-1,5,-1;0,-1,0".</source>
        <translation>알 수 없는 커널: {name!r}. 다음 중 하나를 쓰거나({names}) 숫자를 입력하세요. 예: "0,-1,0;-1,5,-1;0,-1,0".</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="169" />
        <source>the kernel is empty; give a name such as sobel-x or "1,0,-1;2,0,-2;1,0,-1".</source>
        <translation>커널이 비어 있습니다. sobel-x 같은 이름이나 "1,0,-1;2,0,-2;1,0,-1" 같은 숫자를 주세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="170" />
        <source>a kernel must be k×k, got shape {shape}.</source>
        <translation>커널은 k×k여야 하는데, 받은 모양은 {shape}입니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="171" />
        <source>the kernel is {size}×{size}; the playground takes at most {most}×{most}.</source>
        <translation>커널 크기가 {size}×{size}입니다. 놀이터에서는 최대 {most}×{most}까지 쓸 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="172" />
        <source>the kernel is {size}×{size}, an even size with no centre pixel, so "same" padding would shift the picture half a pixel; use 1, 3, 5 or 7 rows, or padding "valid".</source>
        <translation>커널 크기 {size}×{size}는 짝수라서 가운데 픽셀이 없고, "same" 패딩이면 그림이 반 픽셀 밀립니다. 1, 3, 5, 7행을 쓰거나 패딩을 "valid"로 하세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="173" />
        <source>the kernel holds a value that is not a finite number.</source>
        <translation>커널에 유한한 수가 아닌 값이 있습니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="174" />
        <source>the playground takes one grey image (rows × columns), got shape {shape}.</source>
        <translation>놀이터는 회색 이미지 하나(행 × 열)를 받는데, 받은 모양은 {shape}입니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="175" />
        <source>pooling must be "max" or "average", not {pool!r}.</source>
        <translation>풀링은 "max"나 "average"여야 합니다(받은 값: {pool!r}).</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="176" />
        <source>the pool size must be from 1 to {most}, not {size!r}.</source>
        <translation>풀링 크기는 1부터 {most}까지여야 합니다(받은 값: {size!r}).</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="177" />
        <source>the pool stride must be from 1 to {most}, not {stride!r}.</source>
        <translation>풀링 스트라이드는 1부터 {most}까지여야 합니다(받은 값: {stride!r}).</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="178" />
        <source>the first Conv2D layer has {count} kernels; choose 1 to {count}.</source>
        <translation>첫 Conv2D 층의 커널 수: {count}. 1부터 {count}까지 고르세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="179" />
        <source>the kernel's rows have different lengths ({lengths} values); give every row the same number of values.</source>
        <translation>커널의 행마다 값의 개수가 다릅니다(값 개수: {lengths}). 모든 행에 같은 개수의 값을 주세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="180" />
        <source>the kernel has {rows} rows of {cols} values; it must be square (k rows of k values).</source>
        <translation>커널이 {rows}행 × {cols}열입니다. 정사각형(k행 × k열)이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="181" />
        <source>kernel row {row}, value {col} is {cell!r}, a division by zero.</source>
        <translation>커널 {row}행의 {col}번째 값 {cell!r} — 0으로 나누었습니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="182" />
        <source>Changing no pixel by more than {limit:.2f} raised the network's belief that this is a {digit} from {before:.1%} to {after:.1%}; it still reads a {now}. The change shows which strokes the network would want moved — small, targeted edits count for more than they look.</source>
        <translation>어느 픽셀도 {limit:.2f}보다 많이 바꾸지 않았는데, 이것이 숫자 {digit}(이)라는 네트워크의 확신이 {before:.1%}에서 {after:.1%}로 올랐습니다. 네트워크는 여전히 {now}(으)로 읽습니다. 바뀐 부분은 네트워크가 옮기고 싶어 하는 획을 보여 줍니다 — 작지만 겨냥한 수정은 보기보다 효과가 큽니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="183" />
        <source>Changing no pixel by more than {limit:.2f} raised the network's belief that this is a {digit} from {before:.1%} to {after:.1%}, so it now reads a {digit} where it read a {was}: changes too small for a person to notice can fool a network (an adversarial example).</source>
        <translation>어느 픽셀도 {limit:.2f}보다 많이 바꾸지 않았는데, 이것이 숫자 {digit}(이)라는 네트워크의 확신이 {before:.1%}에서 {after:.1%}로 올랐습니다. 그래서 전에는 {was}(으)로 읽던 것을 이제 {digit}(으)로 읽습니다. 사람이 알아채지 못할 만큼 작은 변화로도 네트워크를 속일 수 있습니다(적대적 예제).</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="184" />
        <source>that layer is not part of this model.</source>
        <translation>그 층은 이 모델에 속하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="185" />
        <source>the model has no layer named {name!r}.</source>
        <translation>모델에 {name!r}(이)라는 이름의 층이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="186" />
        <source>the model expects input of shape {shape}, got an image of shape {got}.</source>
        <translation>모델은 {shape} 모양의 입력을 기대하는데, 받은 이미지의 모양은 {got}입니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="187" />
        <source>the model has {count} layers; choose 0 to {last}.</source>
        <translation>모델의 층 수: {count}. 0부터 {last}까지 고르세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="188" />
        <source>cnngui cannot look inside this model; use a Sequential model of Conv2D, pooling, BatchNormalization, Dropout, Flatten and Dense layers.</source>
        <translation>cnngui로는 이 모델의 속을 볼 수 없습니다. Conv2D, 풀링, BatchNormalization, Dropout, Flatten, Dense 층으로 된 Sequential 모델을 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="189" />
        <source>cannot find what layer {name} receives in this model.</source>
        <translation>이 모델에서 {name} 층이 받는 입력을 찾을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="190" />
        <source>the scale must be from 1 to 64, not {scale!r}.</source>
        <translation>배율은 1부터 64까지여야 합니다(받은 값: {scale!r}).</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="191" />
        <source>cannot write {path}: the folder {folder} does not exist.</source>
        <translation>{path} 파일을 쓸 수 없습니다: 폴더가 없습니다 — {folder}</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="192" />
        <source>cannot write {path}: it is a folder; give a file name ending in .png.</source>
        <translation>{path} — 폴더라서 쓸 수 없습니다. .png로 끝나는 파일 이름을 주세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="193" />
        <source>cannot write {path} (permission denied); choose another folder.</source>
        <translation>{path} — 쓸 수 없습니다(권한 없음). 다른 폴더를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="194" />
        <source>cannot write {path} ({reason}).</source>
        <translation>{path} — 쓸 수 없습니다({reason}).</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="195" />
        <source>gradient × input</source>
        <translation>기울기 × 입력</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="196" />
        <source>integrated gradients</source>
        <translation>통합 기울기</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="197" />
        <source>occlusion</source>
        <translation>가리기(occlusion)</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="198" />
        <source>Grad-CAM (last Conv2D)</source>
        <translation>Grad-CAM (마지막 Conv2D)</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="199" />
        <source>unknown saliency method {method!r}; use one of {names}.</source>
        <translation>알 수 없는 중요도 맵 방법: {method!r}. 다음 중 하나를 쓰세요: {names}.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="200" />
        <source>⌊(W − F + 2P)/S⌋ + 1 = ⌊({size} − {window} + {pad})/{stride}⌋ + 1 = {out}</source>
        <translation>⌊(W − F + 2P)/S⌋ + 1 = ⌊({size} − {window} + {pad})/{stride}⌋ + 1 = {out}</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="201" />
        <source>rows: {rows};  columns: {cols}  →  output {h}×{w}</source>
        <translation>행: {rows};  열: {cols}  →  출력 {h}×{w}</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="202" />
        <source>{total} (top/left {top}, bottom/right {bottom})</source>
        <translation>{total} (위/왼쪽 {top}, 아래/오른쪽 {bottom})</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="203" />
        <source>(W − F + 2P)/S + 1 = ({size} − {window} + {pad})/{stride} + 1 = {out}</source>
        <translation>(W − F + 2P)/S + 1 = ({size} − {window} + {pad})/{stride} + 1 = {out}</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="204" />
        <source>padding must be "valid" or "same", not {padding!r}.</source>
        <translation>패딩은 "valid"나 "same"이어야 합니다(받은 값: {padding!r}).</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="205" />
        <source>{rows}  →  output {h}×{w}</source>
        <translation>{rows}  →  출력 {h}×{w}</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="206" />
        <source>a {wh}×{ww} window does not fit in a {h}×{w} input with padding {padding!r}; use a smaller window or padding "same".</source>
        <translation>{wh}×{ww} 창은 패딩 {padding!r}인 {h}×{w} 입력에 들어가지 않습니다. 더 작은 창을 쓰거나 패딩을 "same"으로 하세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="207" />
        <source>output ({row}, {col})</source>
        <translation>출력 ({row}, {col})</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="208" />
        <source>{where}: average of the window = {value:.4g}</source>
        <translation>{where}: 창의 평균 = {value:.4g}</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="209" />
        <source>{layer} ({type}), channel {channel}: {what} slides with stride {sh}×{sw}, padding {padding}; {formula}</source>
        <translation>{layer} ({type}), 채널 {channel}: {what} 창이 스트라이드 {sh}×{sw}, 패딩 {padding}(으)로 움직입니다. {formula}</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="210" />
        <source>{where}: max of the window = {value:.4g}</source>
        <translation>{where}: 창의 최댓값 = {value:.4g}</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="211" />
        <source>a {kh}×{kw}×{channels} kernel</source>
        <translation>{kh}×{kw}×{channels} 커널</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="212" />
        <source>{where}: Σ {n} products over {channels} channels = {sum:.4g}, + bias {bias:.4g} = {total:.4g}</source>
        <translation>{where}: 채널 {channels}개에 걸친 곱 {n}개의 합 Σ = {sum:.4g}, + 편향 {bias:.4g} = {total:.4g}</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="213" />
        <source>{where}: Σ {n} products = {sum:.4g}, + bias {bias:.4g} = {total:.4g}</source>
        <translation>{where}: 곱 {n}개의 합 Σ = {sum:.4g}, + 편향 {bias:.4g} = {total:.4g}</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="214" />
        <source>{line} → {activation} → {value:.4g}</source>
        <translation>{line} → {activation} → {value:.4g}</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="215" />
        <source>layer {name} is a {type}; the step-by-step view shows Conv2D, MaxPooling2D and AveragePooling2D layers.</source>
        <translation>{name} 층의 종류: {type}. 단계별 보기는 Conv2D, MaxPooling2D, AveragePooling2D 층만 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="216" />
        <source>layer {name} uses channels_first; only channels_last is shown.</source>
        <translation>{name} 층은 channels_first를 씁니다. channels_last만 보여 줄 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="217" />
        <source>layer {name} needs an (H, W, C) input, got shape {shape}.</source>
        <translation>{name} 층에는 (H, W, C) 입력이 필요한데, 받은 모양은 {shape}입니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="218" />
        <source>the layer has {count} output channels; choose 0 to {last}.</source>
        <translation>이 층의 출력 채널 수: {count}. 0부터 {last}까지 고르세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="219" />
        <source>a {kh}×{kw} max pool</source>
        <translation>{kh}×{kw} 최대 풀링</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="220" />
        <source>a {kh}×{kw} average pool</source>
        <translation>{kh}×{kw} 평균 풀링</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="221" />
        <source>layer {name} is dilated; the step-by-step view shows plain convolutions.</source>
        <translation>{name} 층은 팽창(dilated) 합성곱입니다. 단계별 보기는 보통 합성곱만 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="222" />
        <source>layer {name} is a grouped convolution; it cannot be shown step by step.</source>
        <translation>{name} 층은 그룹 합성곱이라 단계별로 보여 줄 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="223" />
        <source>this network expects {convention}: cnngui feeds it that way — {percent:.1f} % on MNIST test digits.</source>
        <translation>이 네트워크가 기대하는 입력: {convention}. cnngui가 그렇게 넣어 줍니다 — MNIST 테스트 숫자 정확도 {percent:.1f} %.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="224" />
        <source>pixels 0–{top}, white digit on black</source>
        <translation>픽셀 0–{top}, 검은 바탕에 흰 숫자</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="225" />
        <source>the model takes {shape} images, but the digits are 28×28×1 (grey pixels); use a model with one input channel, e.g. keras.Input(shape=(28, 28, 1)).</source>
        <translation>모델은 {shape} 크기의 이미지를 받는데, 숫자 그림은 28×28×1(회색 픽셀)입니다. 입력 채널이 하나인 모델을 쓰세요. 예: keras.Input(shape=(28, 28, 1)).</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="226" />
        <source>the model takes input of shape {shape}, which a digit drawing cannot be fitted to; use a model for 28×28 digits.</source>
        <translation>모델의 입력 모양 {shape}에는 숫자 그림을 맞출 수 없습니다. 28×28 숫자용 모델을 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="227" />
        <source>this network expects {convention}: cnngui feeds it that way.</source>
        <translation>이 네트워크가 기대하는 입력: {convention}. cnngui가 그렇게 넣어 줍니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="228" />
        <source>pixels 0–{top}, black digit on white</source>
        <translation>픽셀 0–{top}, 흰 바탕에 검은 숫자</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="229" />
        <source>the model takes {count:,} numbers, which is not a square image such as 784 = 28×28; use a model for MNIST digits.</source>
        <translation>모델이 받는 숫자 개수({count:,})는 784 = 28×28처럼 정사각형 이미지가 되지 않습니다. MNIST 숫자용 모델을 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="230" />
        <source>{path}: the model's output is {shape}, not one score for each digit 0–9; use a digit classifier that ends in Dense(10).</source>
        <translation>{path}: 모델의 출력이 {shape}(으)로, 숫자 0–9마다 점수 하나씩이 아닙니다. Dense(10)으로 끝나는 숫자 분류 모델을 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="231" />
        <source>the network gets at most {accuracy:.0%} of {digits} MNIST test digits right however its pixels are scaled or inverted, so it may not be an MNIST digit classifier.</source>
        <translation>픽셀 크기를 어떻게 바꾸거나 뒤집어도 이 네트워크는 MNIST 테스트 숫자 {digits}개 중 최대 {accuracy:.0%}만 맞힙니다. MNIST 숫자 분류 모델이 아닐 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="232" />
        <source>model file {path} does not exist; check the path or train one first.</source>
        <translation>모델 파일이 없습니다: {path}. 경로를 확인하거나 먼저 모델을 학습하세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="233" />
        <source>{path} is a folder; give a .keras model file.</source>
        <translation>{path} — 폴더입니다. .keras 모델 파일을 주세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="234" />
        <source>{path} is not a .keras file; save the model with model.save('x.keras').</source>
        <translation>{path} — .keras 파일이 아닙니다. model.save('x.keras')로 모델을 저장하세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="235" />
        <source>{path} is not a .keras model file (it is not a zip archive); give a model saved with model.save('x.keras').</source>
        <translation>{path} — .keras 모델 파일이 아닙니다(zip 압축 파일이 아님). model.save('x.keras')로 저장한 모델을 주세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="236" />
        <source>{path} does not hold a Keras model; give a model saved with model.save().</source>
        <translation>{path} — Keras 모델이 들어 있지 않습니다. model.save()로 저장한 모델을 주세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="237" />
        <source>the model has no fixed input shape; build it with keras.Input(shape=(28, 28, 1)).</source>
        <translation>모델의 입력 모양이 정해져 있지 않습니다. keras.Input(shape=(28, 28, 1))로 만드세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="238" />
        <source>the model takes inputs of shape {shape}, but digits are 28×28×1; use a model with input_shape [28, 28, 1].</source>
        <translation>모델의 입력 모양은 {shape}인데, 숫자는 28×28×1입니다. input_shape가 [28, 28, 1]인 모델을 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="239" />
        <source>the model has no layers; build or load a model with layers.</source>
        <translation>모델에 층이 없습니다. 층이 있는 모델을 만들거나 불러오세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="240" />
        <source>{path} could not be loaded as a Keras model ({reason}); give a model saved by cnngui or keras.</source>
        <translation>{path} — Keras 모델로 불러올 수 없습니다({reason}). cnngui나 keras로 저장한 모델을 주세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="241" />
        <source>these weights do not fit the network shown ({reason}); use weights trained for this network, or train it again.</source>
        <translation>이 가중치는 지금 보이는 네트워크에 맞지 않습니다({reason}). 이 네트워크로 학습한 가중치를 쓰거나 다시 학습하세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="242" />
        <source>your drawing</source>
        <translation>내 그림</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="243" />
        <source>cropped to the ink</source>
        <translation>잉크만 잘라 냄</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="244" />
        <source>scaled into {side}×{side}</source>
        <translation>{side}×{side} 안에 맞춤</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="245" />
        <source>{side}×{side}, centred by mass</source>
        <translation>{side}×{side}, 무게 중심에 맞춤</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="246" />
        <source>{path}: no such file; check the path.</source>
        <translation>{path}: 그런 파일이 없습니다. 경로를 확인하세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="247" />
        <source>{path} is a folder, not an image file; give an image file.</source>
        <translation>{path} — 이미지 파일이 아니라 폴더입니다. 이미지 파일을 주세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="248" />
        <source>{path} is empty (0 bytes); give a PNG, JPEG or other image file.</source>
        <translation>{path} — 비어 있습니다(0바이트). PNG, JPEG 같은 이미지 파일을 주세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="249" />
        <source>an image must be H×W grey, RGB or RGBA, got an array of shape {shape}.</source>
        <translation>이미지는 H×W 회색, RGB, RGBA 중 하나여야 하는데, 받은 배열의 모양은 {shape}입니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="250" />
        <source>the image has no pixels; give an image at least 1×1 in size.</source>
        <translation>이미지에 픽셀이 없습니다. 크기가 1×1 이상인 이미지를 주세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="251" />
        <source>inverted to white ink</source>
        <translation>흰 잉크로 뒤집음</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="252" />
        <source>ink found</source>
        <translation>잉크 찾음</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="253" />
        <source>thin strokes made thicker</source>
        <translation>가는 획을 굵게 함</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="254" />
        <source>{path} cannot be read ({reason}); check its permissions.</source>
        <translation>{path} — 읽을 수 없습니다({reason}). 파일 권한을 확인하세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="255" />
        <source>{path} is not an image Pillow can read; give a PNG, JPEG, BMP, GIF, TIFF or WebP file.</source>
        <translation>{path} — Pillow가 읽을 수 있는 이미지가 아닙니다. PNG, JPEG, BMP, GIF, TIFF, WebP 파일을 주세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="256" />
        <source>{path} cannot be read (permission denied); check its permissions.</source>
        <translation>{path} — 읽을 수 없습니다(권한 없음). 파일 권한을 확인하세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="257" />
        <source>{path} could not be decoded ({reason}); the file may be damaged or incomplete.</source>
        <translation>{path} — 이미지를 해독할 수 없습니다({reason}). 파일이 손상되었거나 덜 받아졌을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="258" />
        <source>the input shape must be height × width × channels, each at least 1, got {shape}; use 28×28×1 for MNIST.</source>
        <translation>입력 형태는 높이 × 너비 × 채널이고 각각 1 이상이어야 합니다 (받은 값: {shape}). MNIST에는 28×28×1을 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="259" />
        <source>{where}: {layer}</source>
        <translation>{where}: {layer}</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="260" />
        <source>{where}: the model has several inputs, outputs or branches; cnngui shows models that are one chain of layers (a keras.Sequential).</source>
        <translation>{where}: 모델에 입력, 출력 또는 갈래가 여러 개 있습니다. cnngui는 층이 한 줄로 이어진 모델(keras.Sequential)만 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="261" />
        <source>a {type} layer</source>
        <translation>{type} 층</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="262" />
        <source>custom code ({name})</source>
        <translation>사용자 정의 코드 ({name})</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="263" />
        <source>code from the Python module {module!r}</source>
        <translation>Python 모듈 {module!r}의 코드</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="264" />
        <source>{where}: this is a custom {type} model (Python code of its own), which cnngui does not run; rebuild it as a keras.Sequential of supported layers.</source>
        <translation>{where}: 자체 Python 코드가 있는 사용자 정의 모델({type})이라 cnngui가 실행하지 않습니다. 지원하는 층으로 된 keras.Sequential로 다시 만드세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="265" />
        <source>{where}: the model config has no list of layers.</source>
        <translation>{where}: 모델 설정에 층 목록이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="266" />
        <source>{where}: the model contains {code}, i.e. Python code stored in the file; cnngui never runs code from model files (Keras safe_mode) — rebuild the model from standard layers such as {types}.</source>
        <translation>{where}: 모델에 파일에 저장된 Python 코드가 있습니다 — {code}. cnngui는 모델 파일의 코드를 절대 실행하지 않습니다(Keras safe_mode). {types} 같은 표준 층으로 모델을 다시 만드세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="267" />
        <source>{where}: cnngui cannot import layers of type {names}; it supports {types}.</source>
        <translation>{where}: cnngui가 가져올 수 없는 층 종류가 있습니다 — {names}. 지원하는 층: {types}.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="268" />
        <source>{where}: the model does not record a fixed input shape; build it with keras.Input(shape=(28, 28, 1)) and save it again.</source>
        <translation>{where}: 모델에 고정된 입력 형태가 기록되어 있지 않습니다. keras.Input(shape=(28, 28, 1))로 만들어 다시 저장하세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="269" />
        <source>{where}: the model takes input of shape {shape}, but cnngui models take images (height×width×channels) such as 28×28×1, or flat inputs.</source>
        <translation>{where}: 모델의 입력 형태는 {shape}입니다. 그런데 cnngui 모델은 28×28×1 같은 이미지(높이×너비×채널)나 1차원 입력을 받습니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="271" />
        <source>{path}: the model takes {shape} images, but the digits are {digits} (grey 28×28 pixels); use a model built with keras.Input(shape={expected}).</source>
        <translation>{path}: 모델은 {shape} 이미지를 받는데 숫자 이미지는 {digits}(회색 28×28 픽셀)입니다. keras.Input(shape={expected})로 만든 모델을 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="272" />
        <source>{path}: {error}</source>
        <translation>{path}: {error}</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="273" />
        <source>a serialized Python function</source>
        <translation>직렬화된 Python 함수</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="274" />
        <source>{where}: {layer}: {problem}.</source>
        <translation>{where}: {layer}: {problem}.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="275" />
        <source>{layer}: {arg}={value!r} is not supported by cnngui (it needs {needed!r}); rebuild the layer without it.</source>
        <translation>{layer}: cnngui는 {arg}={value!r}을(를) 지원하지 않습니다 ({needed!r}이어야 합니다). 그 설정 없이 층을 다시 만드세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="276" />
        <source>{layer}: the activation is a custom function, which cnngui does not run; use a named one such as "relu".</source>
        <translation>{layer}: 활성화 함수가 사용자 정의 함수라 cnngui가 실행하지 않습니다. "relu"처럼 이름이 있는 함수를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="277" />
        <source>{layer}: {arg} was dropped (it only affects training).</source>
        <translation>{layer}: {arg} 설정은 뺐습니다 (학습에만 영향을 줍니다).</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="278" />
        <source>{where}: {error}</source>
        <translation>{where}: {error}</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="279" />
        <source>a ReLU layer with max_value, negative_slope or threshold is not supported; use Activation("relu") or Activation("relu6")</source>
        <translation>max_value, negative_slope, threshold가 있는 ReLU 층은 지원하지 않습니다. Activation("relu")나 Activation("relu6")을 쓰세요</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="280" />
        <source>a Softmax layer over another axis than the last is not supported; use axis=-1</source>
        <translation>마지막이 아닌 축에 대한 Softmax 층은 지원하지 않습니다. axis=-1을 쓰세요</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="281" />
        <source>same shape as its input; each value x → {formula}</source>
        <translation>입력과 같은 형태; 각 값 x → {formula}</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="282" />
        <source>applies a function such as relu or softmax to every value</source>
        <translation>relu나 softmax 같은 함수를 모든 값에 적용합니다</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="283" />
        <source>multiplies every value by scale and adds offset (e.g. pixels 0–255 → 0–1)</source>
        <translation>모든 값에 scale을 곱하고 offset을 더합니다 (예: 픽셀 0–255 → 0–1)</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="284" />
        <source>function applied to each value</source>
        <translation>값마다 적용하는 함수</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="285" />
        <source>every value is multiplied by this</source>
        <translation>모든 값에 이 수를 곱합니다</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="286" />
        <source>then this is added</source>
        <translation>그다음 이 수를 더합니다</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="287" />
        <source>height: {height}; width: {width}</source>
        <translation>높이: {height}; 너비: {width}</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="288" />
        <source>{where}: {what}, but {why}; {fix}.</source>
        <translation>{where}: {what} — 그런데 {why}. 해결: {fix}.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="289" />
        <source>{layer}: input is {shape}, which has no channels axis, but {type} needs an image (height×width×channels); insert a Reshape with target_shape {target} before it.</source>
        <translation>{layer}: 입력 {shape}에는 채널 축이 없는데, {type} 층은 이미지(높이×너비×채널)가 필요합니다. 그 앞에 target_shape {target}인 Reshape 층을 넣으세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="290" />
        <source>same shape as its input</source>
        <translation>입력과 같은 형태</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="291" />
        <source>0 — nothing to learn</source>
        <translation>0 — 학습할 것이 없습니다</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="292" />
        <source>auto</source>
        <translation>자동</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="293" />
        <source>height and width: {math}</source>
        <translation>높이와 너비: {math}</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="294" />
        <source>{arg} is {value}</source>
        <translation>{arg} 값이 {value}</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="295" />
        <source>each side must be at least 1</source>
        <translation>각 변은 1 이상이어야 합니다</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="296" />
        <source>{layer}: input is a flat list of {count} numbers, but {type} needs an image (height×width×channels); move it before the Flatten/Dense layers or remove it.</source>
        <translation>{layer}: 입력이 숫자 {count}개의 납작한 목록인데, {type} 층은 이미지(높이×너비×채널)가 필요합니다. Flatten/Dense 층 앞으로 옮기거나 지우세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="297" />
        <source>[height, width, channels]</source>
        <translation>[높이, 너비, 채널]</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="298" />
        <source>{spatial}; channels = filters = {filters}</source>
        <translation>{spatial}; 채널 = 필터 수 = {filters}</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="299" />
        <source>height: {height}; width: {width}; channels stay {channels}</source>
        <translation>높이: {height}; 너비: {width}; 채널은 그대로 {channels}</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="300" />
        <source>0 — only adds zeros around the border</source>
        <translation>0 — 테두리에 0만 덧붙입니다</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="301" />
        <source>top {top}, bottom {bottom}, left {left}, right {right}</source>
        <translation>위 {top}, 아래 {bottom}, 왼쪽 {left}, 오른쪽 {right}</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="302" />
        <source>{layer}: input is {shape}, smaller than the kernel {kernel}, so the output would be {out}; {fix}.</source>
        <translation>{layer}: 입력 {shape} — 커널 {kernel}보다 작습니다. 이대로면 출력 크기는 {out}입니다. 해결: {fix}.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="303" />
        <source>{sum}  (kernel h·w · input channels · filters + one bias per filter)</source>
        <translation>{sum}  (커널 높이·너비 · 입력 채널 수 · 필터 수 + 필터마다 편향 1개)</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="304" />
        <source>{sum}  (kernel h·w · input channels · filters)</source>
        <translation>{sum}  (커널 높이·너비 · 입력 채널 수 · 필터 수)</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="305" />
        <source>slides small learned filters over the image; each filter finds one pattern</source>
        <translation>학습된 작은 필터를 이미지 위로 밀며 지나갑니다. 필터마다 패턴 하나를 찾습니다</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="306" />
        <source>padding is top {top}, bottom {bottom}, left {left}, right {right}</source>
        <translation>padding 값이 위 {top}, 아래 {bottom}, 왼쪽 {left}, 오른쪽 {right}</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="307" />
        <source>rows and columns of zeros cannot be fewer than 0</source>
        <translation>덧붙이는 0의 행과 열은 0개보다 적을 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="308" />
        <source>use 0 or more, e.g. 2 to pad 28×28 to 32×32</source>
        <translation>0 이상을 쓰세요. 예: 2를 쓰면 28×28이 32×32가 됩니다</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="309" />
        <source>{rows} px top and bottom, {columns} px left and right</source>
        <translation>위아래 {rows}px, 좌우 {columns}px</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="310" />
        <source>adds rows and columns of zeros around the image (e.g. 28×28 → 32×32)</source>
        <translation>이미지 둘레에 0으로 된 행과 열을 덧붙입니다 (예: 28×28 → 32×32)</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="311" />
        <source>filters is {value}</source>
        <translation>filters 값이 {value}</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="312" />
        <source>a layer needs at least 1 filter</source>
        <translation>층에는 필터가 1개 이상 있어야 합니다</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="313" />
        <source>use e.g. 32</source>
        <translation>예: 32를 쓰세요</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="314" />
        <source>use e.g. 3×3 for kernel_size, 1×1 for strides and dilation_rate</source>
        <translation>예: kernel_size는 3×3, strides와 dilation_rate는 1×1을 쓰세요</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="315" />
        <source>strides is {strides} and dilation_rate is {dilation}</source>
        <translation>strides 값 {strides}, dilation_rate 값 {dilation}</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="316" />
        <source>Keras cannot use both above 1</source>
        <translation>Keras는 둘 다 1보다 크게 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="317" />
        <source>set one of them to 1</source>
        <translation>둘 중 하나를 1로 바꾸세요</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="318" />
        <source>use padding="same", a smaller kernel_size, or remove a pooling layer before it</source>
        <translation>padding="same"을 쓰거나, kernel_size를 줄이거나, 그 앞의 풀링 층을 하나 지우세요</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="319" />
        <source>use padding="same" or a smaller kernel_size</source>
        <translation>padding="same"을 쓰거나 kernel_size를 줄이세요</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="320" />
        <source>stride {pair}</source>
        <translation>보폭 {pair}</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="321" />
        <source>dilation {pair}</source>
        <translation>팽창 {pair}</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="322" />
        <source>no bias</source>
        <translation>편향 없음</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="323" />
        <source>number of filters (output channels)</source>
        <translation>필터 수 (출력 채널 수)</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="324" />
        <source>height × width of each filter</source>
        <translation>필터 하나의 높이 × 너비</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="325" />
        <source>step of the filter in pixels</source>
        <translation>필터가 한 번에 움직이는 픽셀 수</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="326" />
        <source>"valid" shrinks the image, "same" keeps its size</source>
        <translation>"valid"는 이미지를 줄이고, "same"은 크기를 유지합니다</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="327" />
        <source>function applied to each output value</source>
        <translation>출력 값마다 적용하는 함수</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="328" />
        <source>add one learned bias per filter</source>
        <translation>필터마다 학습되는 편향을 하나 더합니다</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="329" />
        <source>spacing between the filter's taps</source>
        <translation>필터 칸 사이의 간격</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="330" />
        <source>zeros added: n, [rows, columns] or [[top, bottom], [left, right]]</source>
        <translation>덧붙일 0의 수: n, [행, 열] 또는 [[위, 아래], [왼쪽, 오른쪽]]</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="331" />
        <source>each of the {where} positions: its {n} channel values → {units} units, so {shape} → {output}</source>
        <translation>{where}개 위치 하나하나에서 채널 값 {n}개 → 유닛 {units}개, 그래서 {shape} → {output}</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="332" />
        <source>{layer}: Dense is applied to each of the {where} pixels separately (the same {n}→{units} weights at every position), so it does not look at the whole image; insert a Flatten layer before it to classify the image.</source>
        <translation>{layer}: Dense가 {where}개 픽셀 하나하나에 따로 적용되어(모든 위치에 같은 {n}→{units} 가중치) 이미지 전체를 보지 못합니다. 이미지를 분류하려면 그 앞에 Flatten 층을 넣으세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="333" />
        <source>{units} units, {activation}, no bias</source>
        <translation>유닛 {units}개, {activation}, 편향 없음</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="334" />
        <source>units is {value}</source>
        <translation>units 값이 {value}</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="335" />
        <source>a layer needs at least 1 neuron</source>
        <translation>층에는 뉴런이 1개 이상 있어야 합니다</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="336" />
        <source>use e.g. 64</source>
        <translation>64 같은 값을 쓰세요</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="337" />
        <source>{sum}  (inputs · units + one bias per unit)</source>
        <translation>{sum}  (입력 수 · 유닛 수 + 유닛마다 편향 1개)</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="338" />
        <source>{sum}  (inputs · units)</source>
        <translation>{sum}  (입력 수 · 유닛 수)</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="339" />
        <source>units = {units}</source>
        <translation>유닛 = {units}</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="340" />
        <source>{units} units, {activation}</source>
        <translation>유닛 {units}개, {activation}</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="341" />
        <source>every output neuron looks at every input number</source>
        <translation>출력 뉴런 하나하나가 입력 숫자 전부를 봅니다</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="342" />
        <source>number of neurons</source>
        <translation>뉴런 수</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="343" />
        <source>add one learned bias per neuron</source>
        <translation>뉴런마다 학습되는 편향을 하나 더합니다</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="344" />
        <source>{trainable} trainable ({per}) + {fixed} not trainable (running mean and variance)</source>
        <translation>학습 가능 {trainable} ({per}) + 학습 불가 {fixed} (이동 평균과 분산)</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="345" />
        <source>γ and β</source>
        <translation>γ와 β</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="346" />
        <source>{names} per channel</source>
        <translation>채널마다 {names}</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="347" />
        <source>{names} per position of axis {axis}</source>
        <translation>축 {axis}의 위치마다 {names}</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="348" />
        <source>axis {axis}</source>
        <translation>축 {axis}</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="349" />
        <source>rescales each channel to a steady range, which speeds up training</source>
        <translation>채널마다 값을 고른 범위로 맞춰 학습을 빠르게 합니다</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="350" />
        <source>momentum is {value:g}</source>
        <translation>momentum 값이 {value:g}</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="351" />
        <source>the running statistics only settle for a momentum from 0 to 1</source>
        <translation>momentum이 0에서 1 사이일 때만 이동 통계가 안정됩니다</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="352" />
        <source>use 0.99</source>
        <translation>0.99를 쓰세요</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="353" />
        <source>epsilon is {value:g}</source>
        <translation>epsilon 값이 {value:g}</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="354" />
        <source>it must be above 0 or a channel with no variation divides by zero</source>
        <translation>0보다 커야 합니다. 그렇지 않으면 변화가 없는 채널에서 0으로 나누게 됩니다</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="355" />
        <source>use 0.001</source>
        <translation>0.001을 쓰세요</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="356" />
        <source>axis is {axis} for an input of shape {shape}</source>
        <translation>입력 형태 {shape}에 대한 axis 값이 {axis}</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="357" />
        <source>Keras counts the batch as axis 0, so it must be from 1 to {last} (or -{last} to -1)</source>
        <translation>Keras는 배치를 축 0으로 세므로 1부터 {last}까지(또는 -{last}부터 -1까지)여야 합니다</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="358" />
        <source>use -1 (the channels)</source>
        <translation>-1(채널)을 쓰세요</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="359" />
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="360" />
        <source>the axis normalised, counting the batch as 0 (-1: channels)</source>
        <translation>정규화할 축, 배치를 0으로 셉니다 (-1: 채널)</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="361" />
        <source>how slowly the running statistics move</source>
        <translation>이동 통계가 얼마나 천천히 바뀌는지</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="362" />
        <source>small number that avoids dividing by zero</source>
        <translation>0으로 나누는 것을 막는 작은 수</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="363" />
        <source>learn a shift (beta) per channel</source>
        <translation>채널마다 이동값(beta)을 학습합니다</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="364" />
        <source>learn a scale (gamma) per channel</source>
        <translation>채널마다 배율(gamma)을 학습합니다</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="365" />
        <source>{spatial}; channels stay {channels}</source>
        <translation>{spatial}; 채널은 그대로 {channels}</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="366" />
        <source>0 — pooling has nothing to learn</source>
        <translation>0 — 풀링은 학습할 것이 없습니다</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="367" />
        <source>use e.g. 2×2</source>
        <translation>2×2 같은 값을 쓰세요</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="368" />
        <source>{layer}: input is {shape}, smaller than pool_size {pool}, so the output would be {out}; {fix}.</source>
        <translation>{layer}: 입력 {shape} — pool_size {pool}보다 작습니다. 이대로면 출력 크기는 {out}입니다. 해결: {fix}.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="369" />
        <source>window whose maximum is kept</source>
        <translation>최댓값을 남길 창의 크기</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="370" />
        <source>window whose average is kept</source>
        <translation>평균을 남길 창의 크기</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="371" />
        <source>each of the {channels} channels → its maximum over {size}</source>
        <translation>채널 {channels}개 각각 → {size} 전체의 최댓값</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="372" />
        <source>each of the {channels} channels → its average over {size}</source>
        <translation>채널 {channels}개 각각 → {size} 전체의 평균</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="373" />
        <source>keeps the strongest response in each window, shrinking the image</source>
        <translation>창마다 가장 강한 반응만 남겨 이미지를 줄입니다</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="374" />
        <source>averages each window, shrinking the image</source>
        <translation>창마다 평균을 내어 이미지를 줄입니다</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="375" />
        <source>keeps each channel's single strongest response</source>
        <translation>채널마다 가장 강한 반응 하나만 남깁니다</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="376" />
        <source>averages each channel down to one number</source>
        <translation>채널마다 평균을 내어 숫자 하나로 만듭니다</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="377" />
        <source>use null ("auto" in the builder) to step by the pool size</source>
        <translation>풀 크기만큼 움직이려면 null(빌더에서는 "자동")을 쓰세요</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="378" />
        <source>use padding="same" or remove a pooling layer before it</source>
        <translation>padding="same"을 쓰거나 그 앞의 풀링 층을 하나 지우세요</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="379" />
        <source>use padding="same" or a smaller pool_size</source>
        <translation>padding="same"을 쓰거나 pool_size를 줄이세요</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="380" />
        <source>step of the window (null or "auto": the pool size)</source>
        <translation>창이 한 번에 움직이는 거리 (null 또는 "자동": 풀 크기만큼)</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="381" />
        <source>"valid" drops the border, "same" pads it</source>
        <translation>"valid"는 가장자리를 버리고, "same"은 패딩을 채웁니다</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="382" />
        <source>keep the 1×1 spatial dimensions</source>
        <translation>1×1 공간 차원을 남깁니다</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="383" />
        <source>rate {rate:g}</source>
        <translation>비율 {rate:g}</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="384" />
        <source>rate is {value:g}</source>
        <translation>rate 값이 {value:g}</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="385" />
        <source>it must be from 0 to 1 (the fraction of values dropped)</source>
        <translation>0에서 1 사이여야 합니다 (버리는 값의 비율)</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="386" />
        <source>use e.g. 0.25</source>
        <translation>0.25 같은 값을 쓰세요</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="387" />
        <source>that drops every value, so nothing reaches the next layer</source>
        <translation>그러면 모든 값을 버려서 다음 층에 아무것도 전달되지 않습니다</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="388" />
        <source>use a rate below 1, e.g. 0.25</source>
        <translation>1보다 작은 rate를 쓰세요. 예: 0.25</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="389" />
        <source>switches random values off while training so the network cannot memorise</source>
        <translation>학습하는 동안 무작위로 값을 꺼서 네트워크가 외워 버리지 못하게 합니다</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="390" />
        <source>fraction of values set to zero while training</source>
        <translation>학습 중 0으로 만드는 값의 비율</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="391" />
        <source>0 — only rearranges the numbers</source>
        <translation>0 — 숫자의 배열만 바꿉니다</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="392" />
        <source>unrolls the image into one long list of numbers for Dense layers</source>
        <translation>Dense 층이 쓸 수 있게 이미지를 긴 숫자 목록 하나로 펼칩니다</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="393" />
        <source>{shape} → {output}, {count} numbers</source>
        <translation>{shape} → {output}, 숫자 {count}개</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="394" />
        <source>rearranges the numbers into another shape (e.g. 784 → 28×28×1)</source>
        <translation>숫자들을 다른 형태로 다시 배열합니다 (예: 784 → 28×28×1)</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="395" />
        <source>target_shape is {target}</source>
        <translation>target_shape 값이 {target}</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="396" />
        <source>each size must be a whole number of at least 1, with at most one -1 (worked out)</source>
        <translation>각 크기는 1 이상의 정수여야 하고, -1(자동 계산)은 하나까지만 쓸 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="397" />
        <source>use e.g. [28, 28, 1] or [-1]</source>
        <translation>[28, 28, 1]이나 [-1] 같은 값을 쓰세요</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="398" />
        <source>target_shape is {target} for an input of {count} numbers</source>
        <translation>숫자 {count}개짜리 입력에 대한 target_shape 값이 {target}</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="399" />
        <source>{count} cannot be divided into parts of {part}</source>
        <translation>{count}개를 {part}개씩 나눌 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="400" />
        <source>make the other sizes divide {count}</source>
        <translation>나머지 크기들의 곱이 {count}을(를) 나누어떨어지게 하세요</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="401" />
        <source>target_shape {target} holds {count} numbers</source>
        <translation>target_shape {target}에는 숫자가 {count}개 들어갑니다</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="402" />
        <source>the input {shape} holds {count}</source>
        <translation>입력 {shape}에는 {count}개가 들어 있습니다</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="403" />
        <source>make the sizes multiply to the same count, or use -1 for one of them</source>
        <translation>크기들의 곱이 같은 개수가 되게 하거나, 그중 하나를 -1로 쓰세요</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="404" />
        <source>the new shape, without the batch (-1: worked out)</source>
        <translation>새 형태, 배치 차원 제외 (-1: 자동 계산)</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="405" />
        <source>{path}: not a Keras model file (neither a .keras archive nor an HDF5 .h5 file); save the model with model.save('model.keras').</source>
        <translation>{path}: Keras 모델 파일이 아닙니다 (.keras 압축 파일도 HDF5 .h5 파일도 아닙니다). model.save('model.keras')로 모델을 저장하세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="406" />
        <source>{path}: the file is empty; choose a .keras or .h5 model file.</source>
        <translation>{path}: 파일이 비어 있습니다. .keras나 .h5 모델 파일을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="407" />
        <source>{path}: the model config inside the file is not a JSON object.</source>
        <translation>{path}: 파일 안의 모델 설정이 JSON 객체가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="408" />
        <source>{path}: this HDF5 file holds no Keras model.</source>
        <translation>{path}: 이 HDF5 파일에는 Keras 모델이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="409" />
        <source>{path}: the model config inside the file is not valid JSON.</source>
        <translation>{path}: 파일 안의 모델 설정이 올바른 JSON이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="410" />
        <source>{path}: the HDF5 file is damaged or incomplete (perhaps a download or copy was cut short); save or copy the model again.</source>
        <translation>{path}: HDF5 파일이 손상되었거나 불완전합니다 (내려받기나 복사가 중간에 끊겼을 수 있습니다). 모델을 다시 저장하거나 복사하세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="411" />
        <source>{path}: this file holds only weights, not the layers of a model; import the whole model saved with model.save('model.keras') instead.</source>
        <translation>{path}: 이 파일에는 가중치만 있고 모델의 층이 없습니다. 대신 model.save('model.keras')로 저장한 모델 전체를 가져오세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="412" />
        <source>{path}: the file is damaged or incomplete (perhaps a download or copy was cut short); save or copy the model again.</source>
        <translation>{path}: 파일이 손상되었거나 불완전합니다 (내려받기나 복사가 중간에 끊겼을 수 있습니다). 모델을 다시 저장하거나 복사하세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="413" />
        <source>{path}: this archive holds no model config (config.json); it is not a model saved with model.save().</source>
        <translation>{path}: 이 압축 파일에는 모델 설정(config.json)이 없습니다. model.save()로 저장한 모델이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="414" />
        <source>{path}: the archive holds no weights (model.weights.h5).</source>
        <translation>{path}: 압축 파일에 가중치(model.weights.h5)가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="415" />
        <source>Quick to train: two convolutions and a Dense layer, each pooled, then batch normalised, then ReLU, and a one-cycle learning rate; passes 99% on MNIST after one epoch, in well under a minute on a laptop CPU.</source>
        <translation>빨리 학습합니다: 합성곱 두 개와 Dense 층 하나, 각각 풀링 → 배치 정규화 → ReLU 순서, 그리고 원사이클 학습률. 노트북 CPU에서 1분도 안 걸려 에폭 한 번 만에 MNIST 99%를 넘습니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="416" />
        <source>Three 3×3 convolutions, each halving the image with max pooling, then a small Dense layer: a classic, accurate starting point (~99.1% on MNIST).</source>
        <translation>3×3 합성곱 세 개가 각각 최대 풀링으로 이미지를 반으로 줄이고, 그 뒤에 작은 Dense 층이 옵니다: 정확하고 고전적인 출발점 (MNIST에서 약 99.1%).</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="417" />
        <source>The well-known Keras MNIST CNN: two convolutions without padding, dropout against overfitting, and a large Dense layer (1.2 M parameters).</source>
        <translation>잘 알려진 Keras MNIST CNN: 패딩 없는 합성곱 두 개, 과적합을 막는 드롭아웃, 큰 Dense 층 (매개변수 120만 개).</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="418" />
        <source>Two convolutions and a Dense layer with dropout, tuned for Fashion-MNIST clothing pictures (~91% there).</source>
        <translation>합성곱 두 개와 드롭아웃을 곁들인 Dense 층. Fashion-MNIST 옷 사진에 맞춰 조정했습니다 (거기서 약 91%).</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="419" />
        <source>The Keras documentation's 'simple MNIST convnet': two small convolutions, dropout and one output layer — only 35 k parameters.</source>
        <translation>Keras 문서의 'simple MNIST convnet': 작은 합성곱 두 개, 드롭아웃, 출력 층 하나 — 매개변수가 3만 5천 개뿐입니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="420" />
        <source>VGG-style blocks of two convolutions with batch normalisation, then pooling and dropout: deeper, slower, very accurate.</source>
        <translation>배치 정규화를 곁들인 합성곱 두 개짜리 VGG 스타일 블록, 그 뒤 풀링과 드롭아웃: 더 깊고 느리지만 매우 정확합니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="421" />
        <source>LeCun's LeNet-5 (1998), the first famous CNN: 5×5 convolutions with average pooling, then three Dense layers (tanh, as in the original).</source>
        <translation>르쿤의 LeNet-5 (1998), 처음으로 유명해진 CNN: 평균 풀링을 곁들인 5×5 합성곱, 그 뒤 Dense 층 세 개 (원본처럼 tanh).</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="422" />
        <source>No convolutions at all: flatten the image and use one hidden Dense layer — compare it with a CNN (~98% at best).</source>
        <translation>합성곱이 전혀 없습니다: 이미지를 펼치고 은닉 Dense 층 하나를 씁니다 — CNN과 비교해 보세요 (잘해야 약 98%).</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="423" />
        <source>add Dense({classes}, activation="softmax") at the end</source>
        <translation>맨 끝에 Dense({classes}, activation="softmax")를 추가하세요</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="424" />
        <source>the network has no layers; add some or pick a preset.</source>
        <translation>네트워크에 층이 없습니다. 층을 추가하거나 프리셋을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="425" />
        <source>the network's input is {input} but the images are {images}; set the spec's "input_shape" to {shape}.</source>
        <translation>네트워크의 입력은 {input}인데 이미지는 {images}입니다. 명세의 "input_shape"를 {shape}(으)로 바꾸세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="426" />
        <source>the network's output is {output}, but to classify it must be one vector of {classes} numbers, one for each of the dataset's {classes} classes; {fix}.</source>
        <translation>네트워크의 출력은 {output}입니다. 그런데 분류하려면 데이터셋의 클래스 {classes}개마다 하나씩, 숫자 {classes}개짜리 벡터 하나여야 합니다. 해결: {fix}.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="427" />
        <source>insert a Flatten layer before {layer}</source>
        <translation>{layer} 앞에 Flatten 층을 넣으세요</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="428" />
        <source>add Flatten and Dense({classes}, activation="softmax") at the end</source>
        <translation>맨 끝에 Flatten과 Dense({classes}, activation="softmax")를 추가하세요</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="429" />
        <source>set the last Dense layer's units to {classes}</source>
        <translation>마지막 Dense 층의 units를 {classes}(으)로 바꾸세요</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="430" />
        <source>the network has {params} parameters ({size} of float32 weights), more than the {limit} this app allows; use fewer filters or units, or pool before Flatten.</source>
        <translation>네트워크의 매개변수가 {params}개(float32 가중치 {size})로, 이 앱이 허용하는 {limit}개보다 많습니다. 필터나 유닛 수를 줄이거나 Flatten 앞에서 풀링하세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="431" />
        <source>the network has no layers yet; add layers or choose a preset.</source>
        <translation>네트워크에 아직 층이 없습니다. 층을 추가하거나 프리셋을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="432" />
        <source>set activation="softmax" on it</source>
        <translation>그 층에 activation="softmax"를 설정하세요</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="433" />
        <source>{layer}: this layer makes the network's output but has no softmax, so the outputs are not probabilities; {fix}.</source>
        <translation>{layer}: 이 층이 네트워크의 출력을 만들지만 softmax가 없어서 출력이 확률이 아닙니다. 해결: {fix}.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="434" />
        <source>the network's input is {input} but the images are {images}; set the Input image boxes above the layers to {images}.</source>
        <translation>네트워크의 입력은 {input}인데 이미지는 {images}입니다. 층 목록 위의 입력 이미지 칸을 {images}(으)로 맞추세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="435" />
        <source>move the softmax after it (a {type} after softmax undoes the probabilities)</source>
        <translation>softmax를 그 층 뒤로 옮기세요 (softmax 뒤의 {type} 층은 확률을 망가뜨립니다)</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="436" />
        <source>add Activation("softmax") after it</source>
        <translation>그 뒤에 Activation("softmax")를 추가하세요</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="437" />
        <source>the network has {count:,} layers, more than the {limit} this app allows; a digit classifier needs a few dozen at most, so remove layers (a file this long is most likely a mistake).</source>
        <translation>네트워크의 층이 {count:,}개로, 이 앱이 허용하는 {limit}개보다 많습니다. 숫자 분류기에는 많아야 수십 개면 되니 층을 지우세요 (이렇게 긴 파일은 실수일 가능성이 큽니다).</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="438" />
        <source>optional layer name shown in summaries</source>
        <translation>요약에 표시되는 층 이름 (선택)</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="439" />
        <source>{where}: {arg} must be a whole number, got {value!r}.</source>
        <translation>{where}: {arg} 값은 정수여야 합니다 (받은 값: {value!r}).</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="440" />
        <source>{where}: {arg} must be a whole number or a pair like [3, 3], got {value!r}.</source>
        <translation>{where}: {arg} 값은 정수나 [3, 3] 같은 쌍이어야 합니다 (받은 값: {value!r}).</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="441" />
        <source>{where}: {arg} must be a number, got {value!r}.</source>
        <translation>{where}: {arg} 값은 숫자여야 합니다 (받은 값: {value!r}).</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="442" />
        <source>{where}: {arg} must be true or false, got {value!r}.</source>
        <translation>{where}: {arg} 값은 true나 false여야 합니다 (받은 값: {value!r}).</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="443" />
        <source>{where}: padding must be "valid" or "same", got {value!r}.</source>
        <translation>{where}: padding 값은 "valid"나 "same"이어야 합니다 (받은 값: {value!r}).</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="444" />
        <source>{where}: activation must be a name such as "relu", got {value!r}.</source>
        <translation>{where}: activation 값은 "relu" 같은 이름이어야 합니다 (받은 값: {value!r}).</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="445" />
        <source>{where}: {arg} must be a list of whole numbers like [28, 28, 1], got {value!r}.</source>
        <translation>{where}: {arg} 값은 [28, 28, 1] 같은 정수 목록이어야 합니다 (받은 값: {value!r}).</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="446" />
        <source>{where}: {arg} must be a whole number, a pair [rows, columns] or [[top, bottom], [left, right]], got {value!r}.</source>
        <translation>{where}: {arg} 값은 정수, [행, 열] 쌍, 또는 [[위, 아래], [왼쪽, 오른쪽]]이어야 합니다 (받은 값: {value!r}).</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="447" />
        <source>{where}: {arg} must be text, got {value!r}.</source>
        <translation>{where}: {arg} 값은 글자여야 합니다 (받은 값: {value!r}).</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="448" />
        <source>{where}: {arg} must be a whole number, a pair like [3, 3] or null, got {value!r}.</source>
        <translation>{where}: {arg} 값은 정수, [3, 3] 같은 쌍, 또는 null이어야 합니다 (받은 값: {value!r}).</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="449" />
        <source>{where}: unknown activation {value!r}; use one of {names}.</source>
        <translation>{where}: 알 수 없는 활성화 함수 {value!r} — 다음 중 하나를 쓰세요: {names}.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="450" />
        <source>did you mean "{hint}"?</source>
        <translation>"{hint}"을(를) 뜻했나요?</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="451" />
        <source>use one of {names}.</source>
        <translation>다음 중 하나를 쓰세요: {names}.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="452" />
        <source>layer {index}</source>
        <translation>{index}번 층</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="453" />
        <source>layer</source>
        <translation>층</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="454" />
        <source>{where}: unknown layer type {value!r}; {fix}</source>
        <translation>{where}: 알 수 없는 층 종류 {value!r} — {fix}</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="455" />
        <source>{type} takes {names}.</source>
        <translation>{type} 층의 인수: {names}.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="456" />
        <source>{where}: unknown argument {arg!r}; {fix}</source>
        <translation>{where}: 알 수 없는 인수 {arg!r} — {fix}</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="457" />
        <source>a model spec must be a JSON object with a "layers" list, got {kind}.</source>
        <translation>모델 명세는 "layers" 목록이 있는 JSON 객체여야 합니다 (받은 것: {kind}).</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="458" />
        <source>this is a {format!r} file, not a cnngui model spec (expected "format": "{expected}").</source>
        <translation>이 파일은 {format!r} 파일이며 cnngui 모델 명세가 아닙니다 ("format": "{expected}"이어야 합니다).</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="459" />
        <source>version must be a positive whole number, got {value!r}.</source>
        <translation>version 값은 양의 정수여야 합니다 (받은 값: {value!r}).</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="460" />
        <source>this spec is format version {version}, made by a newer cnngui; this one reads version {supported} — update cnngui to open it.</source>
        <translation>이 명세는 더 새로운 cnngui가 만든 형식 버전 {version}입니다. 이 cnngui는 버전 {supported}까지 읽습니다 — 열려면 cnngui를 업데이트하세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="461" />
        <source>unknown top-level key {key!r}; a spec has format, version, name, input_shape and layers.</source>
        <translation>알 수 없는 최상위 키 {key!r} — 명세에는 format, version, name, input_shape, layers가 있습니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="462" />
        <source>name must be text, got {value!r}.</source>
        <translation>name 값은 글자여야 합니다 (받은 값: {value!r}).</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="463" />
        <source>input_shape must be [height, width, channels], [height, width] or [length] whole numbers, got {value!r}.</source>
        <translation>input_shape는 정수로 된 [높이, 너비, 채널], [높이, 너비] 또는 [길이]여야 합니다 (받은 값: {value!r}).</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="464" />
        <source>input_shape {shape} has a dimension below 1; use e.g. [28, 28, 1] for MNIST.</source>
        <translation>input_shape {shape}에 1보다 작은 차원이 있습니다. MNIST에는 [28, 28, 1] 등을 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="465" />
        <source>a model spec needs a "layers" list of layer objects.</source>
        <translation>모델 명세에는 층 객체로 된 "layers" 목록이 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="466" />
        <source>{path}: the file is empty; a spec is a JSON object with layers.</source>
        <translation>{path}: 파일이 비어 있습니다. 명세는 층이 든 JSON 객체입니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="467" />
        <source>{where}: unknown activation {value!r}; did you mean "{hint}"?</source>
        <translation>{where}: 알 수 없는 활성화 함수 {value!r} — "{hint}"을(를) 뜻했나요?</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="468" />
        <source>layer {index}: must be an object like {{"type": "Dense", "units": 10}}, got {value!r}.</source>
        <translation>{index}번 층: {{"type": "Dense", "units": 10}} 같은 객체여야 합니다 (받은 값: {value!r}).</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="469" />
        <source>layer {index}: missing "type" (e.g. "Conv2D").</source>
        <translation>{index}번 층: "type"이 없습니다 (예: "Conv2D").</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="470" />
        <source>{path}: not a text file; a spec is a JSON file.</source>
        <translation>{path}: 텍스트 파일이 아닙니다. 명세는 JSON 파일입니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="471" />
        <source>{path}: the JSON is nested too deeply to be a spec.</source>
        <translation>{path}: JSON이 너무 깊이 중첩되어 명세로 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="472" />
        <source>scalar</source>
        <translation>스칼라</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="473" />
        <source>{where}: the file's layers do not match the model built from them.</source>
        <translation>{where}: 파일의 층이 그것으로 만든 모델과 맞지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="474" />
        <source>{path}: the weights in the file cannot be read ({reason}); save the model again with model.save().</source>
        <translation>{path}: 파일의 가중치를 읽을 수 없습니다 ({reason}). model.save()로 모델을 다시 저장하세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="475" />
        <source>{where}: the weights in the file do not fit its layers ({layer} needs {want}, the file has none for it); save the model again with model.save().</source>
        <translation>{where}: 파일의 가중치가 층과 맞지 않습니다 ({layer}에 필요한 것: {want}, 파일에는 없음). model.save()로 모델을 다시 저장하세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="476" />
        <source>{where}: the weights in the file do not fit its layers ({layer} needs {want}, the file has {got}); save the model again with model.save().</source>
        <translation>{where}: 파일의 가중치가 층과 맞지 않습니다 ({layer}에 필요한 것: {want}, 파일에 있는 것: {got}). model.save()로 모델을 다시 저장하세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="477" />
        <source>{name} (never saved), autosaved {when}</source>
        <translation>{name}(저장한 적 없음), 자동 저장 {when}</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="478" />
        <source>{name} (from {file}), autosaved {when}</source>
        <translation>{name}({file}에서 연 작업), 자동 저장 {when}</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="479" />
        <source>unnamed network</source>
        <translation>이름 없는 네트워크</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="480" />
        <source>project file</source>
        <translation>프로젝트 파일</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="481" />
        <source>{name} is a model spec, not a project: opened its network, with no runs.</source>
        <translation>{name} 파일은 프로젝트가 아니라 모델 명세입니다. 네트워크만 열었고 실행 기록은 없습니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="482" />
        <source>{folder}: no such folder; choose another place to save.</source>
        <translation>{folder}: 그런 폴더가 없습니다. 저장할 다른 곳을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="483" />
        <source>{path}: the file is {size:,.0f} MB, far too big to be a cnngui project.</source>
        <translation>{path}: 파일 크기가 {size:,.0f} MB라 cnngui 프로젝트라기엔 너무 큽니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="484" />
        <source>{path}: the file is empty, so there is no project in it.</source>
        <translation>{path}: 빈 파일이라 프로젝트가 들어 있지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="485" />
        <source>{path}: not a cnngui project (the JSON is a {type}, not an object).</source>
        <translation>{path}: cnngui 프로젝트가 아닙니다(JSON이 객체가 아니라 {type} 형식입니다).</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="486" />
        <source>it says format {format!r}</source>
        <translation>형식 이름이 {format!r}입니다</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="487" />
        <source>it has no format name</source>
        <translation>형식 이름이 없습니다</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="488" />
        <source>{path}: not a cnngui project ({said}; projects say "format": "{name}").</source>
        <translation>{path}: cnngui 프로젝트가 아닙니다({said}. 프로젝트에는 "format": "{name}"이 있어야 합니다).</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="489" />
        <source>{name}: the format version {version!r} is not valid; read it as version {current}.</source>
        <translation>{name}: 형식 버전 {version!r} 값이 올바르지 않아 버전 {current}(으)로 읽었습니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="490" />
        <source>{name}: ignored unknown entries {entries}.</source>
        <translation>{name}: 알 수 없는 항목을 무시했습니다: {entries}.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="491" />
        <source>{name}: the run history is damaged and was skipped.</source>
        <translation>{name}: 실행 기록이 손상되어 건너뛰었습니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="492" />
        <source>{name}: the reference to the trained model is damaged.</source>
        <translation>{name}: 학습된 모델을 가리키는 정보가 손상되었습니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="493" />
        <source>the trained model {model} is missing beside {name}; the network, settings and run history were opened — train again (or put {model} back) to get the model.</source>
        <translation>학습된 모델 {model} 파일이 {name} 옆에 없습니다. 네트워크, 설정, 실행 기록은 열었습니다 — 모델을 되찾으려면 다시 학습하세요(또는 {model} 파일을 제자리에 두세요).</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="494" />
        <source>the trained model {model} does not match the network recorded for it; it was loaded as it is.</source>
        <translation>학습된 모델 {model} 파일이 기록된 네트워크와 맞지 않습니다. 파일에 있는 그대로 불러왔습니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="495" />
        <source>{path}: could not be saved ({reason}); the previous file is unchanged.</source>
        <translation>{path}: 저장하지 못했습니다 ({reason}). 이전 파일은 그대로입니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="496" />
        <source>{path}: not a text file; a cnngui project is JSON text (was another file renamed?).</source>
        <translation>{path}: 텍스트 파일이 아닙니다. cnngui 프로젝트는 JSON 텍스트입니다(다른 파일의 이름을 바꾼 것인가요?).</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="497" />
        <source>it ends too early (truncated)</source>
        <translation>파일이 중간에 끝납니다(잘림)</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="498" />
        <source>line {line}: {reason}</source>
        <translation>{line}번째 줄: {reason}</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="499" />
        <source>{path}: the file is damaged — not valid JSON ({why}).</source>
        <translation>{path}: 파일이 손상되었습니다 — 올바른 JSON이 아닙니다 ({why}).</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="500" />
        <source>{path}: the file is damaged — its JSON holds a number too long or nesting too deep.</source>
        <translation>{path}: 파일이 손상되었습니다 — JSON에 너무 긴 숫자나 너무 깊은 중첩이 있습니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="501" />
        <source>{name} was saved by a newer cnngui (project format {version}; this one reads {current}); opened what this version understands — update cnngui to see the rest.</source>
        <translation>{name} 파일은 더 새로운 cnngui로 저장되었습니다(프로젝트 형식 {version}, 이 버전은 {current}까지 읽음). 이 버전이 이해하는 부분만 열었습니다 — 나머지를 보려면 cnngui를 업데이트하세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="502" />
        <source>the trained model {model} could not be loaded ({reason}); the rest of the project was opened.</source>
        <translation>학습된 모델 {model} 파일을 불러오지 못했습니다 ({reason}). 프로젝트의 나머지는 열었습니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="503" />
        <source>{path}: {reason}</source>
        <translation>{path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="504" />
        <source>{name}: the training settings were reset to defaults ({reason})</source>
        <translation>{name}: 학습 설정을 기본값으로 되돌렸습니다 ({reason})</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="505" />
        <source>{name}: run {number} is damaged and was skipped ({reason}).</source>
        <translation>{name}: 실행 {number}이(가) 손상되어 건너뛰었습니다 ({reason}).</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="506" />
        <source>{folder}: no such folder; choose another place for the report.</source>
        <translation>{folder}: 그런 폴더가 없습니다. 보고서를 저장할 다른 곳을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="507" />
        <source>{path}: the report could not be written ({reason}).</source>
        <translation>{path}: 보고서를 쓰지 못했습니다 ({reason}).</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="508" />
        <source>early-stopped</source>
        <translation>조기 종료</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="509" />
        <source>stopped</source>
        <translation>멈춤</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="510" />
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="511" />
        <source>loss NaN</source>
        <translation>손실 NaN</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="512" />
        <source>batch {size}</source>
        <translation>배치 {size}</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="513" />
        <source>model</source>
        <translation>모델</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="514" />
        <source>augmented</source>
        <translation>데이터 증강</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="515" />
        <source>{count:,} images</source>
        <translation>이미지 {count:,}장</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="516" />
        <source>stopped in epoch {epoch} after {done} of {steps} batches</source>
        <translation>{epoch}번째 에폭에서 배치 {steps}개 중 {done}개 뒤 멈춤</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="517" />
        <source>test accuracy {accuracy:.1%}</source>
        <translation>테스트 정확도 {accuracy:.1%}</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="518" />
        <source>a run must be a JSON object, got {type}</source>
        <translation>실행 기록은 JSON 객체여야 합니다. 받은 형식: {type}</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="519" />
        <source>its history is not a list</source>
        <translation>기록이 목록 형식이 아닙니다</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="520" />
        <source>1 epoch</source>
        <translation>에폭 1개</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="521" />
        <source>{n} epochs</source>
        <translation>에폭 {n}개</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="522" />
        <source>an epoch record is not an object</source>
        <translation>에폭 기록이 객체 형식이 아닙니다</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="523" />
        <source>the network imported from {name}</source>
        <translation>{name} 파일에서 가져온 네트워크</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="524" />
        <source>the bundled network trained on MNIST</source>
        <translation>MNIST로 학습된 기본 제공 네트워크</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="525" />
        <source>run {number} — 1 epoch trained</source>
        <translation>실행 {number} — 에폭 1개 학습</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="526" />
        <source>run {number} — {n} epochs trained</source>
        <translation>실행 {number} — 에폭 {n}개 학습</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="527" />
        <source>the network saved in {name}</source>
        <translation>{name} 파일에 저장된 네트워크</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="528" />
        <source> (stopped by you)</source>
        <translation> (직접 멈춤)</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="529" />
        <source>, test accuracy {accuracy:.1%}</source>
        <translation>, 테스트 정확도 {accuracy:.1%}</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="530" />
        <source>run {number} kept no weights (it failed, went NaN, or was opened from a file that stores only the active network); train it again to use it.</source>
        <translation>실행 {number}에는 남은 가중치가 없습니다(실패했거나, 손실이 NaN이 되었거나, 사용 중인 네트워크만 저장하는 파일에서 열었습니다). 이 실행을 쓰려면 다시 학습하세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="531" />
        <source>a network</source>
        <translation>네트워크</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="532" />
        <source>the restored work</source>
        <translation>복구한 작업</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="533" />
        <source>{name} must be a whole number from {low} to {high:,}, not {value!r}.</source>
        <translation>{name} 값은 {low}부터 {high:,}까지의 정수여야 합니다. 받은 값: {value!r}.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="534" />
        <source>a training configuration must be a JSON object, not {value!r}.</source>
        <translation>학습 설정은 JSON 객체여야 합니다. 받은 값: {value!r}.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="535" />
        <source>unknown training setting {name!r}; known settings are {known}.</source>
        <translation>알 수 없는 학습 설정: {name!r}. 쓸 수 있는 설정: {known}.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="536" />
        <source>unknown optimizer {name!r}; choose one of {known}.</source>
        <translation>알 수 없는 옵티마이저: {name!r}. 다음 중에서 고르세요: {known}.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="537" />
        <source>learning_rate must be a positive number such as 0.001, not {value!r}.</source>
        <translation>learning_rate(학습률)는 0.001처럼 0보다 큰 수여야 합니다. 받은 값: {value!r}.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="538" />
        <source>unknown learning-rate schedule {name!r}; choose one of {known}.</source>
        <translation>알 수 없는 학습률 스케줄: {name!r}. 다음 중에서 고르세요: {known}.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="539" />
        <source>validation_split must be a fraction from 0 to below 1 (e.g. 0.1), not {value!r}.</source>
        <translation>validation_split(검증 비율)는 0 이상 1 미만의 비율(예: 0.1)이어야 합니다. 받은 값: {value!r}.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="540" />
        <source>checkpoint_path must end with .keras, not {value!r}.</source>
        <translation>checkpoint_path는 .keras로 끝나야 합니다. 받은 값: {value!r}.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="541" />
        <source>dataset must be mnist, fashion_mnist or the path of a .npz file.</source>
        <translation>데이터셋은 mnist, fashion_mnist 또는 .npz 파일의 경로여야 합니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="542" />
        <source>{name} must be a number from 0 to below 1 (e.g. 0.9), or null for Keras's default, not {value!r}.</source>
        <translation>{name} 값은 0 이상 1 미만의 수(예: 0.9)이거나 Keras 기본값을 쓰는 null이어야 합니다. 받은 값: {value!r}.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="543" />
        <source>{name} must be true or false, not {value!r}.</source>
        <translation>{name} 값은 true 또는 false여야 합니다. 받은 값: {value!r}.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="544" />
        <source>CPU — no GPU found</source>
        <translation>CPU — GPU를 찾지 못했습니다</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="545" />
        <source>{n} in between were let go to stay within it</source>
        <translation>한도를 지키려고 중간의 {n}개는 버렸습니다</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="546" />
        <source>No epoch weights kept yet (up to {budget} per project).</source>
        <translation>아직 보관한 에폭 가중치가 없습니다(프로젝트마다 최대 {budget}).</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="547" />
        <source>1 epoch kept, {each} each, {total} in all (up to {budget} per project)</source>
        <translation>에폭 1개 보관, 하나에 {each}, 모두 {total}(프로젝트마다 최대 {budget})</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="548" />
        <source>{n} epochs kept, {each} each, {total} in all (up to {budget} per project)</source>
        <translation>에폭 {n}개 보관, 하나에 {each}, 모두 {total}(프로젝트마다 최대 {budget})</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="549" />
        <source>the project's epoch weights</source>
        <translation>프로젝트의 에폭 가중치</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="550" />
        <source>the budget for epoch weights must be positive, not {value}.</source>
        <translation>에폭 가중치 한도는 0보다 커야 합니다. 받은 값: {value}.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="551" />
        <source>epoch numbers start at 0, not {epoch}.</source>
        <translation>에폭 번호는 0부터 시작합니다. 받은 값: {epoch}.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="552" />
        <source>one epoch's weights take {size}, more than the {budget} kept per project; raise the budget or use a smaller network.</source>
        <translation>에폭 하나의 가중치가 {size}(이)라 프로젝트마다 보관하는 {budget}보다 큽니다. 한도를 늘리거나 더 작은 네트워크를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="553" />
        <source>the weights of epoch {epoch} were not kept (kept: {kept}).</source>
        <translation>{epoch}번째 에폭의 가중치는 보관하지 않았습니다(보관한 에폭: {kept}).</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="554" />
        <source>no epoch weights are kept yet; train the network first.</source>
        <translation>아직 보관한 에폭 가중치가 없습니다. 먼저 네트워크를 학습하세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="555" />
        <source>{name} mix different networks; train again.</source>
        <translation>{name} — 서로 다른 네트워크의 가중치가 섞여 있습니다. 다시 학습하세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="556" />
        <source>the weights of epoch {epoch} do not fit the earlier epochs' network; start a new run to keep weights of another network.</source>
        <translation>{epoch}번째 에폭의 가중치가 앞선 에폭들의 네트워크와 맞지 않습니다. 다른 네트워크의 가중치를 보관하려면 새로 학습을 시작하세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="557" />
        <source>{name} are damaged; the run's replay is lost, train again.</source>
        <translation>{name} — 손상되어 이 학습의 다시 보기를 쓸 수 없습니다. 다시 학습하세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="558" />
        <source>{name} miss part of epoch {epoch}; train again.</source>
        <translation>{name} — {epoch}번째 에폭의 일부가 없습니다. 다시 학습하세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="559" />
        <source>an epoch record is damaged ({reason}); it cannot be read.</source>
        <translation>에폭 기록이 손상되어 읽을 수 없습니다 ({reason}).</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="560" />
        <source>BatchNormalization's running averages (momentum {momentum:g}) had only {steps:,} batches to settle, about {needed:,.0f} are needed, so the network predicts far worse than it learned; train longer, or set momentum to 0.9 in its BatchNormalization layers.</source>
        <translation>배치 정규화(BatchNormalization)의 이동 평균(momentum {momentum:g})이 자리 잡을 배치가 {steps:,}개뿐이었습니다. 약 {needed:,.0f}개가 필요하므로, 네트워크가 학습한 것보다 훨씬 나쁘게 예측합니다. 더 오래 학습하거나 BatchNormalization 층의 momentum을 0.9로 바꾸세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="561" />
        <source>training failed: {reason}</source>
        <translation>학습에 실패했습니다: {reason}</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="562" />
        <source>training ran out of memory; use a smaller batch size or a smaller network.</source>
        <translation>학습 중 메모리가 부족했습니다. 배치 크기를 줄이거나 더 작은 네트워크를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="563" />
        <source>training this network with batch size {batch_size} needs at least {needed} of memory but only {free} is free; use a smaller batch size, fewer filters or units, or pool earlier.</source>
        <translation>이 네트워크를 배치 크기 {batch_size}(으)로 학습하려면 메모리가 적어도 {needed} 필요한데, 남은 메모리는 {free}뿐입니다. 배치 크기를 줄이거나, 필터나 유닛 수를 줄이거나, 풀링을 더 앞에서 하세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="564" />
        <source>validation_split leaves no training images; make it smaller.</source>
        <translation>검증 비율이 너무 커서 학습할 이미지가 남지 않습니다. 검증 비율을 줄이세요.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="565" />
        <source>stopped by the user after {n} epoch(s).</source>
        <translation>에폭 {n}개를 마친 뒤 사용자가 멈췄습니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="566" />
        <source>Test accuracy {accuracy:.2%}.</source>
        <translation>테스트 정확도 {accuracy:.2%}.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="567" />
        <source>became NaN (not a number)</source>
        <translation>NaN(숫자가 아님)이 되었습니다</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="568" />
        <source>exploded to {value:.3g}</source>
        <translation>{value:.3g}까지 폭발적으로 커졌습니다</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="569" />
        <source>lower the learning rate</source>
        <translation>학습률을 낮추세요</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="570" />
        <source>lower the learning rate or add BatchNormalization</source>
        <translation>학습률을 낮추거나 배치 정규화(BatchNormalization) 층을 넣으세요</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="571" />
        <source>the loss {what}, so training stopped; {fix}.</source>
        <translation>손실이 {what}. 그래서 학습을 멈췄습니다. 해결: {fix}.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="572" />
        <source>stopped by the user in epoch {epoch} after {done} of {per_epoch} batches.</source>
        <translation>사용자가 {epoch}번째 에폭에서 배치 {per_epoch}개 중 {done}개를 마친 뒤 멈췄습니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="573" />
        <source>stopped early after epoch {epoch}: {monitor} did not improve for {patience} epoch(s).</source>
        <translation>{epoch}번째 에폭 뒤에 조기 종료했습니다. {monitor} 값이 에폭 {patience}개 동안 나아지지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="574" />
        <source>completed {n} epoch(s).</source>
        <translation>에폭 {n}개를 모두 마쳤습니다.</translation>
    </message>
    <message>
        <location filename="../../build/core_phrases.py" line="270" />
        <source>layer {index} {type}</source>
        <translation>{index}번 층 {type}</translation>
    </message>
</context>
<context>
    <name>Curves</name>
    <message>
        <location filename="../../cnngui/ui/curves.py" line="94" />
        <source>Loss (lower is better)</source>
        <extracomment>run number (from 1), shown or not run number whose weights the student wants to use</extracomment>
        <translation>손실 (낮을수록 좋음)</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/curves.py" line="95" />
        <source>Accuracy (higher is better)</source>
        <translation>정확도 (높을수록 좋음)</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/curves.py" line="97" />
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/curves.py" line="98" />
        <source>accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/curves.py" line="100" />
        <source>epoch</source>
        <translation>에폭</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/curves.py" line="114" />
        <source>How wrong the network is: thick line with dots = training set per epoch, dashed = validation images it never trains on, thin = smoothed value during the epoch.</source>
        <translation>네트워크가 얼마나 틀리는지: 점이 있는 굵은 선 = 에폭마다의 훈련 데이터, 점선 = 학습에 쓰지 않는 검증 이미지, 가는 선 = 에폭 도중의 평활한 값.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/curves.py" line="121" />
        <source>Share of images classified correctly: thick = training, dashed = validation, thin = smoothed during the epoch. Validation far below training means overfitting.</source>
        <translation>맞게 분류한 이미지의 비율: 굵은 선 = 훈련, 점선 = 검증, 가는 선 = 에폭 도중의 평활한 값. 검증이 훈련보다 많이 낮으면 과적합입니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/curves.py" line="130" />
        <source>━●  training (per epoch)   ╍╍  validation   ─  training, smoothed per batch</source>
        <translation>━●  훈련 (에폭마다)   ╍╍  검증   ─  훈련, 배치마다 평활</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/curves.py" line="141" />
        <source>Every run of this project, labelled with its settings and how it ended. Untick a run to hide its curves; tick several to compare them (e.g. adam against rmsprop). Double-click a run to draw and evaluate with its weights.</source>
        <translation>이 프로젝트의 모든 학습 실행과 그 설정, 끝난 방식. 체크를 끄면 곡선이 숨겨지고, 여러 개를 켜면 비교할 수 있습니다(예: adam과 rmsprop). 두 번 클릭하면 그 가중치로 그리기와 평가를 합니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/curves.py" line="179" />
        <source>Run {number}: {label}</source>
        <translation>실행 {number}: {label}</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/curves.py" line="209" />
        <source>Run {number}: {label} — {suffix}</source>
        <translation>실행 {number}: {label} — {suffix}</translation>
    </message>
</context>
<context>
    <name>DrawPanel</name>
    <message>
        <location filename="../../cnngui/ui/draw_tools.py" line="20" />
        <source>Collect</source>
        <translation>모으기</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/draw_tools.py" line="24" />
        <source>Collect mode: build the class's own dataset. Draw the asked-for digit, press Enter to keep it or Esc to skip it.</source>
        <translation>모으기 모드: 우리 반만의 데이터셋을 만듭니다. 요청한 숫자를 그리고 Enter로 저장하거나 Esc로 건너뜁니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/draw_tools.py" line="32" />
        <source>Why?</source>
        <translation>왜?</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/draw_tools.py" line="36" />
        <source>Colour the drawing by how much each spot pushed the network towards its answer (red: towards it, blue: away). Click a probability bar to ask about another digit.</source>
        <translation>각 부분이 네트워크를 답 쪽으로 얼마나 밀었는지 그림에 색으로 표시합니다(빨강: 답 쪽으로, 파랑: 반대로). 확률 막대를 클릭하면 다른 숫자에 대해 물어볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/draw_tools.py" line="45" />
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/draw_tools.py" line="46" />
        <source>Clear the canvas (Esc, or right-click on it)</source>
        <translation>캔버스를 지웁니다 (Esc 또는 캔버스에서 오른쪽 클릭)</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/draw_tools.py" line="48" />
        <source>Undo</source>
        <translation>되돌리기</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/draw_tools.py" line="49" />
        <source>Remove the last stroke (Ctrl+Z)</source>
        <translation>마지막 획을 지웁니다 (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/draw_tools.py" line="54" />
        <source>Pen width</source>
        <translation>펜 굵기</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/draw_tools.py" line="63" />
        <source>Pen</source>
        <translation>펜</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/draw_panel.py" line="107" />
        <location filename="../../cnngui/ui/draw_panel.py" line="243" />
        <source>No model loaded yet.</source>
        <extracomment>most predictions per second while a stroke is drawn (fewer if slow) ... while a training run shares the CPU: drawing then steals less of the training's time the label of a model that now predicts one sentence: why the model cannot predict a Drawing just stored in Collect mode the 28×28 input of each prediction (or None), for views that explain it the student turned the saliency overlay on or off set by the window while a training run shares the CPU (see _jit) the input of the latest prediction where that input lies on the canvas, (x, y, w, h) in 0..1 (None: a loaded digit)</extracomment>
        <translation>아직 불러온 모델이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/draw_panel.py" line="227" />
        <location filename="../../cnngui/ui/draw_panel.py" line="246" />
        <source>Preparing {label}…</source>
        <translation>{label} 준비 중…</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/draw_panel.py" line="314" />
        <source>28×28 digit, used as it is</source>
        <translation>28×28 숫자, 그대로 사용</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/draw_panel.py" line="334" />
        <source>no model yet</source>
        <translation>아직 모델 없음</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/draw_panel.py" line="341" />
        <source>cannot predict</source>
        <translation>예측할 수 없음</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/draw_panel.py" line="344" />
        <source>Prediction failed: {exc}</source>
        <translation>예측 실패: {exc}</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/draw_panel.py" line="374" />
        <source>Cannot predict with {label}: {error}</source>
        <translation>{label}(으)로 예측할 수 없습니다: {error}</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/draw_panel.py" line="229" />
        <location filename="../../cnngui/ui/draw_panel.py" line="386" />
        <source>Predicting with {label}.</source>
        <translation>{label}(으)로 예측합니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/draw_panel.py" line="394" />
        <source>Cannot use the new weights: {exc}</source>
        <translation>새 가중치를 쓸 수 없습니다: {exc}</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/draw_panel.py" line="404" />
        <source> Its weights are from before your latest changes: train to update them.</source>
        <translation> 이 가중치는 최근 변경 전의 것입니다. 다시 학습하면 갱신됩니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/draw_panel.py" line="472" />
        <source>the model could not be compiled for prediction ({name__}).</source>
        <translation>예측용으로 모델을 컴파일하지 못했습니다 ({name__}).</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/draw_panel.py" line="488" />
        <source>as this network takes it: {shape}</source>
        <translation>이 네트워크가 받는 형태: {shape}</translation>
    </message>
</context>
<context>
    <name>Evaluation</name>
    <message>
        <location filename="../../cnngui/ui/evaluation.py" line="43" />
        <source>Press Evaluate to see how the network in use does on the test images it never saw (training a network evaluates it too).</source>
        <translation>평가를 누르면 지금 쓰는 네트워크가 한 번도 보지 못한 테스트 이미지에서 얼마나 잘하는지 볼 수 있습니다(학습을 마쳐도 평가됩니다).</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/evaluation.py" line="76" />
        <source>Evaluate</source>
        <translation>평가</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/evaluation.py" line="78" />
        <source>Run the network the drawing uses (bundled, imported or a chosen run) on the test images and fill in the confusion matrix.</source>
        <translation>그리기에 쓰는 네트워크(기본 제공, 가져온 것, 또는 고른 실행)를 테스트 이미지에 돌려 혼동 행렬을 채웁니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/evaluation.py" line="89" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/evaluation.py" line="91" />
        <source>Stop the evaluation; the last results stay shown.</source>
        <translation>평가를 멈춥니다. 마지막 결과는 그대로 보입니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/evaluation.py" line="107" />
        <source>Evaluate the network to fill in the confusion matrix.</source>
        <translation>네트워크를 평가하면 혼동 행렬이 채워집니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/evaluation.py" line="115" />
        <source>The confusion matrix appears here after Evaluate (or after training).</source>
        <translation>평가(또는 학습)를 마치면 여기에 혼동 행렬이 나타납니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/evaluation.py" line="138" />
        <source>Test images in the chosen cell. Click one to see what the network makes of it in the Draw &amp; predict and Feature maps panels.</source>
        <translation>고른 칸의 테스트 이미지. 하나를 클릭하면 그리기·예측과 특징 맵 패널에서 네트워크가 어떻게 보는지 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/evaluation.py" line="152" />
        <source>Confusion matrix — click a cell</source>
        <translation>혼동 행렬 — 칸을 클릭하세요</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/evaluation.py" line="156" />
        <source>true digit</source>
        <translation>실제 숫자</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/evaluation.py" line="157" />
        <source>predicted digit</source>
        <translation>예측한 숫자</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/evaluation.py" line="165" />
        <source>Row = the real digit, column = what the network said. The diagonal counts correct answers; every other cell counts one kind of mistake. Click a cell to see those images.</source>
        <translation>행 = 실제 숫자, 열 = 네트워크의 답. 대각선은 맞힌 개수이고, 나머지 칸은 각각 한 종류의 실수입니다. 칸을 클릭하면 그 이미지들을 봅니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/evaluation.py" line="203" />
        <source>{done:,} of {total:,} test images</source>
        <translation>테스트 이미지 {total:,}장 중 {done:,}장</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/evaluation.py" line="243" />
        <source>&lt;b&gt;Test accuracy {accuracy:.2%}&lt;/b&gt; · test loss {loss:.4f} · {n_misclassified:,} of {total:,} test images wrong.</source>
        <translation>&lt;b&gt;테스트 정확도 {accuracy:.2%}&lt;/b&gt; · 테스트 손실 {loss:.4f} · 테스트 이미지 {total:,}장 중 {n_misclassified:,}장 틀림.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/evaluation.py" line="291" />
        <source>No mistakes at all on the test images.</source>
        <translation>테스트 이미지에서 틀린 것이 하나도 없습니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/evaluation.py" line="359" />
        <source>{n_indices:,} images of {names} recognised correctly (first {min} shown). Cells off the diagonal are mistakes.</source>
        <translation>{names} 이미지 {n_indices:,}장을 맞게 인식했습니다(처음 {min}장 표시). 대각선 밖의 칸이 실수입니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/evaluation.py" line="369" />
        <source>&lt;b&gt;{n_indices:,} images of {names} taken for {names2}&lt;/b&gt; — under each, how sure the network was that it is {names2}. Click one to look at it in the drawing and feature-map panels.</source>
        <translation>&lt;b&gt;{names} 이미지 {n_indices:,}장을 {names2}(으)로 착각&lt;/b&gt; — 각 이미지 아래는 네트워크가 {names2}라고 확신한 정도입니다. 클릭하면 그리기와 특징 맵 패널에서 봅니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/evaluation.py" line="382" />
        <source>test image {index}: true {names}, predicted {names2} ({confidence:.0%} sure)</source>
        <translation>테스트 이미지 {index}: 실제 {names}, 예측 {names2} (확신 {confidence:.0%})</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/evaluation.py" line="406" />
        <source>test image {index}: true {class_names}, the trained network said {class_names2} ({float:.0%} sure)</source>
        <translation>테스트 이미지 {index}: 실제 {class_names}, 학습된 네트워크의 답 {class_names2} (확신 {float:.0%})</translation>
    </message>
</context>
<context>
    <name>FeatureMaps</name>
    <message>
        <location filename="../../cnngui/ui/feature_maps.py" line="82" />
        <location filename="../../cnngui/ui/feature_maps.py" line="458" />
        <source>click a channel to enlarge it</source>
        <translation>채널을 클릭하면 크게 봅니다</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/feature_maps.py" line="86" />
        <source>Click a channel of any layer to see it enlarged here.</source>
        <translation>아무 층의 채널이나 클릭하면 여기에서 크게 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/feature_maps.py" line="96" />
        <source>show first-layer filters</source>
        <translation>첫 층 필터 보기</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/feature_maps.py" line="98" />
        <source>The learned 2-D filters of the first convolution: red weights add, blue subtract.</source>
        <translation>첫 합성곱 층이 학습한 2차원 필터: 빨간 가중치는 더하고, 파란 가중치는 뺍니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/feature_maps.py" line="106" />
        <location filename="../../cnngui/ui/feature_maps.py" line="162" />
        <source>Draw a digit to see what every layer computes.</source>
        <translation>숫자를 그리면 각 층이 계산한 것을 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/feature_maps.py" line="151" />
        <location filename="../../cnngui/ui/feature_maps.py" line="163" />
        <source>Nothing drawn: draw a digit to see what every layer computes.</source>
        <translation>그린 것이 없습니다. 숫자를 그리면 각 층이 계산한 것을 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/feature_maps.py" line="169" />
        <source>Hover over a map to read its values; click a channel to enlarge it.</source>
        <translation>맵 위에 마우스를 올리면 값을 읽을 수 있고, 채널을 클릭하면 크게 봅니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/feature_maps.py" line="235" />
        <source>the model has no Conv2D layer: no filters to show</source>
        <translation>모델에 Conv2D 층이 없어 보여 줄 필터가 없습니다</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/feature_maps.py" line="245" />
        <source>{name} filters ({kh}×{kw}, {out} of them)</source>
        <translation>{name} 필터 ({kh}×{kw}, {out}개)</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/feature_maps.py" line="364" />
        <source> filters</source>
        <extracomment>the window's text zoom (presentation mode): layer titles follow it</extracomment>
        <translation> 필터</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/feature_map_parts.py" line="75" />
        <source>{name} filter {channel} · weight ({ry}, {rx}) = {value:+.3f}</source>
        <extracomment>same values as the layer before pixels per mosaic row pixels per Dense strip pixels for the first layer's filters mosaics are laid out about this much wider than high raw activations (for hover) values mapped to [0, 1] (for the enlarged view) "0"…"9" over a 10-unit strip</extracomment>
        <translation>{name} 필터 {channel} · 가중치 ({ry}, {rx}) = {value:+.3f}</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/feature_map_parts.py" line="79" />
        <source>{name} ({type}) · unit {channel} · value {v:.3f}</source>
        <translation>{name} ({type}) · 유닛 {channel} · 값 {v:.3f}</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/feature_map_parts.py" line="84" />
        <source>{name} ({type}) · channel {channel} · pixel ({ry}, {rx}) · value {value:.3f}</source>
        <translation>{name} ({type}) · 채널 {channel} · 픽셀 ({ry}, {rx}) · 값 {value:.3f}</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/feature_maps.py" line="436" />
        <source>{name}&lt;br&gt;all {shape} units</source>
        <translation>{name}&lt;br&gt;유닛 {shape}개 전체</translation>
    </message>
</context>
<context>
    <name>Gallery</name>
    <message>
        <location filename="../../cnngui/ui/classroom/gallery.py" line="48" />
        <source>Show the drawings of one digit, or all of them.</source>
        <translation>한 숫자의 그림만, 또는 모든 그림을 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/gallery.py" line="54" />
        <source>How many drawings of each digit the collection holds.</source>
        <translation>모음에 숫자별로 그림이 몇 장 있는지.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/gallery.py" line="65" />
        <source>The kept drawings as the network sees them (28×28). Click one to look at it; Delete removes the selected ones; right-click to relabel.</source>
        <translation>저장한 그림을 네트워크가 보는 모습(28×28)으로 보여 줍니다. 클릭하면 크게 보고, Delete로 고른 그림을 지우고, 오른쪽 클릭으로 정답을 바꿉니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/gallery.py" line="78" />
        <source>The chosen drawing, enlarged.</source>
        <translation>고른 그림을 크게 본 모습.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/gallery.py" line="79" />
        <location filename="../../cnngui/ui/classroom/gallery.py" line="286" />
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/gallery.py" line="81" />
        <source>Remove the selected drawings (Undo brings them back).</source>
        <translation>고른 그림을 지웁니다(되돌리기로 복구할 수 있습니다).</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/gallery.py" line="84" />
        <source>Undo</source>
        <translation>되돌리기</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/gallery.py" line="85" />
        <source>Undo the last delete or relabel.</source>
        <translation>마지막 삭제나 정답 변경을 되돌립니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/gallery.py" line="89" />
        <source>Relabel as…</source>
        <translation>정답 바꾸기…</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/gallery.py" line="93" />
        <source>Give the selected drawings another label (a mislabelled digit).</source>
        <translation>고른 그림에 다른 정답을 붙입니다(정답이 잘못 붙은 숫자).</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/gallery.py" line="96" />
        <source>Export .npz…</source>
        <translation>.npz로 내보내기…</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/gallery.py" line="98" />
        <source>Save the collection as an MNIST-layout .npz (x_train, y_train, x_test, y_test and the strokes) to share or merge on another machine.</source>
        <translation>모음을 MNIST 형식의 .npz(x_train, y_train, x_test, y_test와 획 정보)로 저장해 다른 컴퓨터와 나누거나 합칠 수 있게 합니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/gallery.py" line="105" />
        <source>Import/merge .npz…</source>
        <translation>.npz 가져오기/합치기…</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/gallery.py" line="107" />
        <source>Add the drawings of one or more .npz files (e.g. from other machines); duplicates are skipped and each bad file is explained in one sentence.</source>
        <translation>하나 이상의 .npz 파일(예: 다른 컴퓨터에서 만든 것)의 그림을 더합니다. 중복은 건너뛰고, 잘못된 파일은 한 문장으로 이유를 알려 줍니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/gallery.py" line="117" />
        <source>What the last export, import or change did.</source>
        <translation>마지막 내보내기, 가져오기, 변경의 결과.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/gallery.py" line="154" />
        <source>All digits ({n_counts:,})</source>
        <translation>모든 숫자 ({n_counts:,})</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/gallery.py" line="168" />
        <source>a {label}, kept {v1}</source>
        <translation>{label}, 저장: {v1}</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/gallery.py" line="197" />
        <source>Deleted {n_gone} drawing(s); Undo brings them back.</source>
        <translation>그림 {n_gone}장을 지웠습니다. 되돌리기로 복구할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/gallery.py" line="220" />
        <source>Brought back {n_what} drawing(s).</source>
        <translation>그림 {n_what}장을 되살렸습니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/gallery.py" line="225" />
        <source>The drawing is a {label} again.</source>
        <translation>그림의 정답이 다시 {label}입니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/gallery.py" line="235" />
        <source>Exported {counts:,} training and {counts2:,} test drawings to {path}.</source>
        <translation>훈련용 {counts:,}장과 테스트용 {counts2:,}장을 {path}(으)로 내보냈습니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/gallery.py" line="282" />
        <source>Relabel as {d}</source>
        <translation>정답을 {d}(으)로</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/gallery.py" line="306" />
        <source>Export the drawings</source>
        <translation>그림 내보내기</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/gallery.py" line="307" />
        <source>class-drawings.npz</source>
        <translation>class-drawings.npz</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/gallery.py" line="308" />
        <location filename="../../cnngui/ui/classroom/gallery.py" line="318" />
        <source>NumPy archives (*.npz)</source>
        <translation>NumPy 파일 (*.npz)</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/gallery.py" line="316" />
        <source>Import drawings</source>
        <translation>그림 가져오기</translation>
    </message>
</context>
<context>
    <name>Handin</name>
    <message>
        <location filename="../../cnngui/ui/classroom/handin.py" line="41" />
        <source>Hand in: {title}</source>
        <translation>제출: {title}</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/handin.py" line="48" />
        <source>Your name, as the teacher's leaderboard will show it.</source>
        <translation>선생님의 순위표에 보일 내 이름.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/handin.py" line="53" />
        <source>Where to write the .cnnsub file (e.g. the class's shared folder).</source>
        <translation>.cnnsub 파일을 저장할 곳(예: 반 공유 폴더).</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/handin.py" line="55" />
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/handin.py" line="56" />
        <source>Choose where to write the hand-in.</source>
        <translation>제출 파일을 저장할 곳을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/handin.py" line="61" />
        <source>Why the hand-in could not be written.</source>
        <translation>제출 파일을 저장하지 못한 이유.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/handin.py" line="65" />
        <source>Your name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/handin.py" line="66" />
        <source>Save as</source>
        <translation>저장 위치</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/handin.py" line="70" />
        <source>Write the hand-in file</source>
        <translation>제출 파일 저장</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/handin.py" line="71" />
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/handin.py" line="82" />
        <source>choose where to write the hand-in.</source>
        <translation>제출 파일을 저장할 곳을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/handin.py" line="108" />
        <source>Hand in</source>
        <translation>제출</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/handin.py" line="110" />
        <source>Hand-ins (*.cnnsub)</source>
        <translation>제출 파일 (*.cnnsub)</translation>
    </message>
</context>
<context>
    <name>I18n</name>
    <message>
        <location filename="../../cnngui/ui/i18n.py" line="138" />
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/i18n.py" line="139" />
        <location filename="../../cnngui/ui/i18n.py" line="149" />
        <location filename="../../cnngui/ui/i18n.py" line="155" />
        <source>The language changes at the next start of cnngui.</source>
        <translation>언어는 cnngui를 다음에 시작할 때 바뀝니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/i18n.py" line="142" />
        <source>Follow the system</source>
        <translation>시스템 설정 따르기</translation>
    </message>
</context>
<context>
    <name>KernelPlayground</name>
    <message>
        <location filename="../../cnngui/ui/kernel_playground.py" line="45" />
        <source>custom (type in the grid)</source>
        <translation>직접 입력 (격자에 입력)</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/kernel_playground.py" line="46" />
        <source>learned kernel {} of the first Conv2D</source>
        <translation>첫 Conv2D가 학습한 커널 {}</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/kernel_playground.py" line="55" />
        <source>convolution</source>
        <translation>합성곱</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/kernel_playground.py" line="56" />
        <source>max pooling</source>
        <translation>최대 풀링</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/kernel_playground.py" line="57" />
        <source>average pooling</source>
        <translation>평균 풀링</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/kernel_playground.py" line="84" />
        <source>stride </source>
        <extracomment>the formula line after each update first Conv2D's weights (kh, kw, in, out) the preset's full-precision values</extracomment>
        <translation>스트라이드 </translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/kernel_playground.py" line="89" />
        <source>Sobel x, y and magnitude</source>
        <translation>소벨 x, y와 크기</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/kernel_playground.py" line="93" />
        <source>Convolution multiplies by the kernel's weights; pooling keeps the largest value or the mean of each window.</source>
        <translation>합성곱은 커널의 가중치를 곱하고, 풀링은 각 창의 가장 큰 값이나 평균을 남깁니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/kernel_playground.py" line="101" />
        <source>A hand-made kernel (Sobel finds edges, blur averages, sharpen exaggerates differences), one your network learned, or your own.</source>
        <translation>사람이 만든 커널(소벨은 경계를 찾고, 블러는 평균을 내고, 샤픈은 차이를 키움), 네트워크가 학습한 커널, 또는 직접 만든 커널.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/kernel_playground.py" line="109" />
        <source>Kernel (or pooling window) size k: a k×k grid.</source>
        <translation>커널(또는 풀링 창)의 크기 k: k×k 격자.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/kernel_playground.py" line="115" />
        <source>How far the window jumps each step: the S of (W − F + 2P)/S + 1.</source>
        <translation>창이 한 번에 건너뛰는 거리: (W − F + 2P)/S + 1의 S.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/kernel_playground.py" line="122" />
        <source>valid: no border (the output shrinks); same: a border of zeros keeps the size (at stride 1).</source>
        <translation>valid: 테두리 없음(출력이 줄어듦), same: 0으로 된 테두리로 크기 유지(스트라이드 1일 때).</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/kernel_playground.py" line="130" />
        <source>The function applied to every output value (relu keeps positives, sets negatives to 0).</source>
        <translation>모든 출력 값에 적용하는 함수 (relu는 양수는 그대로, 음수는 0으로).</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/kernel_playground.py" line="138" />
        <source>Show Sobel x, Sobel y and the edge strength √(x² + y²) side by side.</source>
        <translation>소벨 x, 소벨 y와 경계의 세기 √(x² + y²)를 나란히 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/kernel_playground.py" line="152" />
        <source>The kernel's weights: edit any cell; the output follows.</source>
        <translation>커널의 가중치: 아무 칸이나 고치면 출력이 따라 바뀝니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/kernel_playground.py" line="165" />
        <source>input the network sees (28×28)</source>
        <translation>네트워크가 보는 입력 (28×28)</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/kernel_playground.py" line="166" />
        <source>output</source>
        <translation>출력</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/kernel_playground.py" line="170" />
        <source>Sobel x</source>
        <translation>소벨 x</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/kernel_playground.py" line="171" />
        <source>Sobel y</source>
        <translation>소벨 y</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/kernel_playground.py" line="172" />
        <source>magnitude √(x² + y²)</source>
        <translation>크기 √(x² + y²)</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/kernel_playground.py" line="177" />
        <source>operation</source>
        <translation>연산</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/kernel_playground.py" line="179" />
        <source>kernel</source>
        <translation>커널</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/kernel_playground.py" line="276" />
        <source>Draw a digit to see the kernel at work.</source>
        <translation>숫자를 그리면 커널이 하는 일을 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/kernel_playground.py" line="302" />
        <source>output {h}×{w}: {operation}</source>
        <translation>출력 {h}×{w}: {operation}</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/kernel_playground.py" line="329" />
        <source>Type your own weights in the grid.</source>
        <translation>격자에 직접 가중치를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/kernel_playground.py" line="338" />
        <source>A kernel the network learned itself: compare it with the hand-made ones.</source>
        <translation>네트워크가 스스로 학습한 커널입니다. 사람이 만든 커널과 비교해 보세요.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/kernel_playground.py" line="389" />
        <source>Your own kernel.</source>
        <translation>직접 만든 커널.</translation>
    </message>
</context>
<context>
    <name>LeaderboardPanel</name>
    <message>
        <location filename="../../cnngui/ui/classroom/leaderboard_panel.py" line="35" />
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/leaderboard_panel.py" line="36" />
        <source>Valid</source>
        <translation>유효</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/leaderboard_panel.py" line="37" />
        <source>Accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/leaderboard_panel.py" line="38" />
        <source>Parameters</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/leaderboard_panel.py" line="39" />
        <source>MACs</source>
        <translation>MAC</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/leaderboard_panel.py" line="40" />
        <source>Epochs</source>
        <translation>에폭</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/leaderboard_panel.py" line="41" />
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/leaderboard_panel.py" line="67" />
        <source>scoring failed: {exc}</source>
        <translation>채점 실패: {exc}</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/leaderboard_panel.py" line="97" />
        <location filename="../../cnngui/ui/classroom/leaderboard_panel.py" line="178" />
        <source>Hand-ins folder</source>
        <extracomment>the sorted rows</extracomment>
        <translation>제출 폴더</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/leaderboard_panel.py" line="98" />
        <source>The folder of .cnnsub files.</source>
        <translation>.cnnsub 파일이 있는 폴더.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/leaderboard_panel.py" line="103" />
        <source>Assignment</source>
        <translation>과제</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/leaderboard_panel.py" line="104" />
        <source>The .cnnassign the hand-ins were made for.</source>
        <translation>제출물이 따른 .cnnassign 과제 파일.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/leaderboard_panel.py" line="109" />
        <source>Held-out set</source>
        <translation>따로 떼어 둔 평가용 데이터</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/leaderboard_panel.py" line="110" />
        <source>A .npz of digits the students never saw (e.g. exported class drawings kept aside).</source>
        <translation>학생들이 한 번도 보지 못한 숫자의 .npz(예: 따로 보관한 반 그림을 내보낸 것).</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/leaderboard_panel.py" line="116" />
        <source>Score</source>
        <translation>채점</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/leaderboard_panel.py" line="118" />
        <source>Score every hand-in in the folder, in the background.</source>
        <translation>폴더의 모든 제출물을 백그라운드에서 채점합니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/leaderboard_panel.py" line="121" />
        <source>Stop</source>
        <translation>정지</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/leaderboard_panel.py" line="123" />
        <source>Stop after the hand-in being scored; the rows so far stay.</source>
        <translation>지금 채점 중인 제출물 다음에 멈춥니다. 지금까지의 행은 남습니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/leaderboard_panel.py" line="142" />
        <source>One row per hand-in, best first once scoring ends. Click a row to load that network into the drawing and feature-map panels.</source>
        <translation>제출물마다 한 행이며, 채점이 끝나면 좋은 순서로 정렬됩니다. 행을 클릭하면 그 네트워크를 그리기와 특징 맵 패널에 불러옵니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/leaderboard_panel.py" line="153" />
        <source>How scoring went, or why it could not start.</source>
        <translation>채점 결과, 또는 시작하지 못한 이유.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/leaderboard_panel.py" line="165" />
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/leaderboard_panel.py" line="167" />
        <source>Choose the {lower}.</source>
        <translation>{lower}을(를) 고르세요.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/leaderboard_panel.py" line="182" />
        <source>Assignments (*.cnnassign)</source>
        <translation>과제 (*.cnnassign)</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/leaderboard_panel.py" line="184" />
        <source>NumPy archives (*.npz)</source>
        <translation>NumPy 파일 (*.npz)</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/leaderboard_panel.py" line="187" />
        <source>Choose a file</source>
        <translation>파일 고르기</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/leaderboard_panel.py" line="211" />
        <source>choose the assignment the hand-ins were made for.</source>
        <translation>제출 파일들이 속한 과제를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/leaderboard_panel.py" line="216" />
        <source>choose the folder of hand-ins.</source>
        <translation>제출 파일이 든 폴더를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/leaderboard_panel.py" line="217" />
        <source>choose the held-out .npz file.</source>
        <translation>평가용 .npz 파일을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/leaderboard_panel.py" line="227" />
        <source>Scoring…</source>
        <translation>채점 중…</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/leaderboard_panel.py" line="247" />
        <source>Stopping after this hand-in…</source>
        <translation>이 제출물 다음에 멈춥니다…</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/leaderboard_panel.py" line="259" />
        <source>Scored {n_rows} hand-in(s)…</source>
        <translation>제출물 {n_rows}개 채점…</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/leaderboard_panel.py" line="270" />
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/leaderboard_panel.py" line="272" />
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/leaderboard_panel.py" line="294" />
        <source>{n_rows} hand-in(s): {valid} valid, {v2} refused</source>
        <translation>제출물 {n_rows}개: 유효 {valid}개, 거부 {v2}개</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/leaderboard_panel.py" line="297" />
        <source> (stopped early).</source>
        <translation> (중간에 멈춤).</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/leaderboard_panel.py" line="326" />
        <source>{student}'s network</source>
        <translation>{student}의 네트워크</translation>
    </message>
</context>
<context>
    <name>LookInside</name>
    <message>
        <location filename="../../cnngui/ui/look_inside.py" line="35" />
        <source>the predicted digit</source>
        <translation>예측한 숫자</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/look_inside.py" line="40" />
        <source>A kernel is a small grid of weights that slides over the image; at each place the pixels under it are multiplied by the weights and added up. Pick a preset (Sobel finds edges, a blur averages, sharpen exaggerates differences), one of the kernels your network learned, or type your own. Stride is how far the window jumps; padding "same" adds a border of zeros so the output keeps its size. The output size follows (W − F + 2P)/S + 1, shown with the numbers. Max and average pooling work the same way with no weights: they keep the largest value of each window, or its mean.</source>
        <extracomment>a few sentences per tab for Help → Guide (the window's guide may quote them)</extracomment>
        <translation>커널은 이미지 위를 미끄러지는 작은 가중치 격자입니다. 자리마다 그 아래 픽셀에 가중치를 곱해 모두 더합니다. 미리 만든 커널(소벨은 경계를 찾고, 블러는 평균을 내고, 샤픈은 차이를 키웁니다), 네트워크가 학습한 커널, 또는 직접 입력한 커널을 고르세요. 스트라이드는 창이 한 번에 건너뛰는 거리이고, 패딩 "same"은 가장자리에 0을 둘러 출력 크기를 유지합니다. 출력 크기는 (W − F + 2P)/S + 1이며 실제 숫자와 함께 보여 줍니다. 최대 풀링과 평균 풀링도 같은 방식이지만 가중치가 없고, 각 창의 가장 큰 값이나 평균을 남깁니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/look_inside.py" line="53" />
        <source>Choose a convolution or pooling layer of your own network and one output channel. Play, pause or step: the orange window slides over what the layer really receives (grey border: the zeros of padding); the tables show the patch, the kernel and their products, and the line below adds them up, adds the bias and applies the activation — the output pixel being filled in. These are exactly Keras's numbers. A layer after the first sees many channels: each has its own kernel slice, and the sums of all channels add up to one output pixel.</source>
        <translation>내 네트워크의 합성곱 층이나 풀링 층 하나와 출력 채널 하나를 고르세요. 재생, 일시 정지, 한 걸음씩 진행하면 주황색 창이 그 층이 실제로 받는 입력 위를 미끄러집니다(회색 테두리: 패딩의 0). 표에는 입력 조각, 커널, 둘의 곱이 나오고, 아래 줄에서 그것을 모두 더하고 편향을 더한 뒤 활성화 함수를 적용합니다 — 바로 채워지는 출력 픽셀입니다. Keras가 계산하는 숫자 그대로입니다. 첫 층 다음의 층은 여러 채널을 보며, 채널마다 커널 조각이 따로 있고 모든 채널의 합을 더해 출력 픽셀 하나가 됩니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/look_inside.py" line="64" />
        <source>Which pixels made the decision? Gradient × input and integrated gradients colour each pixel by how much its ink pushes the chosen digit's score up (red) or down (blue); occlusion erases a small patch at a time and shows how much the probability drops; Grad-CAM shows where the last convolution looked. Click a bar of the probabilities to explain that digit instead of the predicted one.</source>
        <translation>어떤 픽셀이 결정을 내렸을까요? 기울기 × 입력과 적분 기울기는 각 픽셀의 잉크가 고른 숫자의 점수를 얼마나 올리는지(빨강) 내리는지(파랑) 색으로 보여 줍니다. 가림(occlusion)은 작은 조각을 하나씩 지워 확률이 얼마나 떨어지는지 보여 주고, Grad-CAM은 마지막 합성곱 층이 어디를 보았는지 보여 줍니다. 확률 막대를 클릭하면 예측한 숫자 대신 그 숫자를 설명합니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/look_inside.py" line="75" />
        <source>Choose a digit and press the button: the drawing is changed a little, step by step, in the direction that raises that digit's probability, and no pixel moves by more than the bound. Red shows ink added, blue ink removed. Often the network changes its mind while a person still sees the same digit — an adversarial example: the network follows pixel patterns, not the shape we see.</source>
        <translation>숫자를 고르고 버튼을 누르세요. 그 숫자의 확률이 올라가는 방향으로 그림이 조금씩 바뀌며, 어떤 픽셀도 한계 이상으로 바뀌지 않습니다. 빨강은 더해진 잉크, 파랑은 지워진 잉크입니다. 사람 눈에는 같은 숫자인데 네트워크는 생각을 바꾸는 경우가 많습니다 — 적대적 예제입니다. 네트워크는 우리가 보는 모양이 아니라 픽셀 패턴을 따릅니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/look_inside.py" line="90" />
        <source>Turn on the overlay to colour your drawing while you draw: red pixels push the network towards the digit being explained, blue ones away from it, and the stronger the colour, the bigger the push. The map covers the 28×28 grid the network sees, so its squares are the network's pixels.</source>
        <extracomment>Guide entries for the parts of the window that show what this panel computes</extracomment>
        <translation>겹쳐 보기를 켜면 그리는 동안 그림에 색이 칠해집니다. 빨간 픽셀은 설명하는 숫자 쪽으로, 파란 픽셀은 반대로 네트워크를 밀며, 색이 진할수록 많이 밉니다. 맵은 네트워크가 보는 28×28 격자를 덮으므로 사각형 하나가 네트워크의 픽셀 하나입니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/look_inside.py" line="100" />
        <source>Each bar is how sure the network is of one digit, from 0% to 100%; they add up to 100%. Click a bar to explain that digit: the saliency map and the nudge then follow it, and an orange frame marks it.</source>
        <translation>막대 하나는 네트워크가 한 숫자를 얼마나 확신하는지 0%에서 100%로 보여 주며, 모두 더하면 100%입니다. 막대를 클릭하면 그 숫자를 설명합니다. 돌출 맵과 살짝 바꾸기가 그 숫자를 따르고, 주황색 테두리로 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/look_inside.py" line="108" />
        <source>Every run keeps its weights after each epoch. Drag the slider, step with ◀ ▶ or press Play to see the network as it was after epoch k: the prediction, the feature maps, the filters and the saliency change, and a dotted line marks k on the curves. Early epochs guess; later ones find edges and strokes.</source>
        <translation>모든 실행은 에폭마다 가중치를 보관합니다. 슬라이더를 끌거나 ◀ ▶로 한 칸씩 움직이거나 재생을 누르면 k번째 에폭 직후의 네트워크를 볼 수 있습니다. 예측, 특징 맵, 필터, 돌출 맵이 바뀌고 곡선에 점선으로 k가 표시됩니다. 초기 에폭은 짐작하고, 뒤의 에폭은 경계와 획을 찾습니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/look_inside.py" line="118" />
        <source>Grey maps run from black (0) to white (the largest value shown). Maps with negative values, filters and the nudge's change are red where positive, blue where negative and white at zero; the bar beside them gives the range. The output strip is labelled 0–9: its brightest cell is the prediction.</source>
        <translation>회색 맵은 검정(0)에서 흰색(보이는 값 중 최댓값)까지입니다. 음수가 있는 맵, 필터, 살짝 바꾸기의 변화량은 양수가 빨강, 음수가 파랑, 0이 흰색이며 옆의 막대가 값의 범위를 알려 줍니다. 출력 줄에는 0–9가 적혀 있고 가장 밝은 칸이 예측입니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/look_inside.py" line="150" />
        <source>How the map is computed: gradient × input, integrated gradients, occlusion (erase a patch, see the probability drop) or Grad-CAM (the last convolution)</source>
        <extracomment>a core SaliencyMap, or None when nothing is drawn the latest SaliencyMap</extracomment>
        <translation>맵을 계산하는 방법: 기울기 × 입력, 적분 기울기, 가림(조각을 지우고 확률이 떨어지는 정도를 봄), Grad-CAM(마지막 합성곱 층)</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/look_inside.py" line="157" />
        <source>Which digit to explain (or click its bar in the probabilities)</source>
        <translation>설명할 숫자 (또는 확률에서 그 막대를 클릭)</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/look_inside.py" line="162" />
        <source>saliency: red pushes towards the digit, blue away</source>
        <translation>돌출 맵: 빨강은 그 숫자 쪽으로, 파랑은 반대로 밉니다</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/look_inside.py" line="164" />
        <source>the drawing</source>
        <translation>그림</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/look_inside.py" line="165" />
        <location filename="../../cnngui/ui/look_inside.py" line="203" />
        <source>Draw a digit.</source>
        <translation>숫자를 그리세요.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/look_inside.py" line="169" />
        <source>method</source>
        <translation>방법</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/look_inside.py" line="171" />
        <source>explain</source>
        <translation>설명할 숫자</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/look_inside.py" line="205" />
        <source>No network yet.</source>
        <translation>아직 네트워크가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/look_inside.py" line="237" />
        <source>{currentText} for {digit} (the network gives it {p:.1%}). Hover to read a pixel's value.</source>
        <translation>{digit}에 대한 {currentText} (네트워크의 확률 {p:.1%}). 마우스를 올리면 픽셀 값을 읽을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/look_inside.py" line="269" />
        <source>Kernel playground</source>
        <extracomment>a core SaliencyMap, or None the digit the saliency explains (int), or None for "the predicted digit" — for ``ProbabilityBars.set_chosen``</extracomment>
        <translation>커널 놀이터</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/look_inside.py" line="270" />
        <source>One convolution, step by step</source>
        <translation>합성곱 한 번, 한 단계씩</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/look_inside.py" line="271" />
        <source>Saliency</source>
        <translation>돌출 맵</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/look_inside.py" line="272" />
        <source>What would make it a …?</source>
        <translation>무엇이 바뀌면 …이 될까?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../cnngui/ui/main_window.py" line="50" />
        <source>Opening {name}…</source>
        <translation>{name} 여는 중…</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/main_window.py" line="103" />
        <source>&amp;File</source>
        <extracomment>emitted once, after the first paint and once the panels are built: start slow work (TensorFlow) then, so it does not compete with building the panels</extracomment>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/main_window.py" line="104" />
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/main_window.py" line="105" />
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/main_window.py" line="106" />
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/main_window.py" line="112" />
        <source>Loading TensorFlow in the background… the builder works now.</source>
        <translation>백그라운드에서 TensorFlow를 불러오는 중… 빌더는 지금 쓸 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/main_window.py" line="197" />
        <source>Draw &amp;&amp; predict</source>
        <translation>그리기와 예측</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/main_window.py" line="199" />
        <source>Draw a digit; see what the network predicts and the 28×28 image it really sees.</source>
        <translation>숫자를 그리면 네트워크의 예측과 네트워크가 실제로 보는 28×28 이미지를 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/main_window.py" line="206" />
        <source>Feature maps</source>
        <translation>특징 맵</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/main_window.py" line="208" />
        <source>What every layer of the network computes for your drawing.</source>
        <translation>그림에 대해 네트워크의 각 층이 계산한 것.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/main_window.py" line="212" />
        <source>Model builder</source>
        <translation>모델 빌더</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/main_window.py" line="214" />
        <source>The layers of the network with their output shapes and parameter counts.</source>
        <translation>네트워크의 층과 각 층의 출력 형태, 매개변수 수.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/main_window.py" line="221" />
        <source>Training</source>
        <translation>학습</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/main_window.py" line="223" />
        <source>Train the network in the background and watch it learn.</source>
        <translation>백그라운드에서 네트워크를 학습시키며 배우는 모습을 봅니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/main_window.py" line="227" />
        <source>Evaluation</source>
        <translation>평가</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/main_window.py" line="229" />
        <source>How the trained network does on test images it never saw.</source>
        <translation>학습한 네트워크가 한 번도 보지 못한 테스트 이미지에서 얼마나 잘하는지.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/main_window.py" line="280" />
        <source>TensorFlow ready ({seconds:.1f} s) · training device: {device}</source>
        <translation>TensorFlow 준비 완료 ({seconds:.1f}초) · 학습 장치: {device}</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/main_window.py" line="325" />
        <source>cnngui guide</source>
        <translation>cnngui 안내서</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/main_window.py" line="339" />
        <source>About cnngui</source>
        <translation>cnngui 정보</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/main_window.py" line="348" />
        <source>Unsaved changes</source>
        <translation>저장하지 않은 변경</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/main_window.py" line="349" />
        <source>{name} has changes that are not saved. Save them first?</source>
        <translation>{name}에 저장하지 않은 변경이 있습니다. 먼저 저장할까요?</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/main_window.py" line="364" />
        <source>Restore unsaved work?</source>
        <translation>저장하지 않은 작업을 복구할까요?</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/main_window.py" line="365" />
        <source>cnngui did not close normally last time. Restore {description}?</source>
        <translation>지난번에 cnngui가 정상적으로 닫히지 않았습니다. {description}을(를) 복구할까요?</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/main_window.py" line="379" />
        <source>Stopping training…</source>
        <translation>학습을 멈추는 중…</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/main_window.py" line="381" />
        <source>Training is still stopping…</source>
        <translation>학습이 아직 멈추는 중입니다…</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../../cnngui/ui/map_view.py" line="148" />
        <source>row {row}, column {col}: {value:.4g}</source>
        <extracomment>row, column, value under the mouse</extracomment>
        <translation>{row}행, {col}열: {value:.4g}</translation>
    </message>
</context>
<context>
    <name>NewAssignment</name>
    <message>
        <location filename="../../cnngui/ui/classroom/new_assignment.py" line="37" />
        <source>no limit</source>
        <translation>제한 없음</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/new_assignment.py" line="48" />
        <source>New assignment</source>
        <translation>새 과제</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/new_assignment.py" line="54" />
        <source>What the students see at the top of the assignment panel.</source>
        <translation>학생들이 과제 패널 맨 위에서 보는 제목.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/new_assignment.py" line="58" />
        <source>Instructions in plain text or Markdown (# headings, **bold**).</source>
        <translation>일반 텍스트나 마크다운(# 제목, **굵게**)으로 쓴 안내.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/new_assignment.py" line="63" />
        <source>Students start from the current network</source>
        <translation>학생들은 지금 네트워크에서 시작</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/new_assignment.py" line="68" />
        <source>Include the network now in the builder as the starting point.</source>
        <translation>지금 빌더에 있는 네트워크를 시작점으로 넣습니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/new_assignment.py" line="72" />
        <source>…and must keep exactly this network</source>
        <translation>…그리고 이 네트워크를 그대로 유지해야 함</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/new_assignment.py" line="75" />
        <source>A reproduction lesson: only the training may change, not the architecture.</source>
        <translation>재현 수업: 구조는 그대로 두고 학습 방법만 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/new_assignment.py" line="81" />
        <source>Most parameters a network may have (0 = no limit).</source>
        <translation>네트워크가 가질 수 있는 최대 매개변수 수 (0 = 제한 없음).</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/new_assignment.py" line="84" />
        <source>Most multiply-adds per image (0 = no limit).</source>
        <translation>이미지 한 장당 최대 곱셈-덧셈 수 (0 = 제한 없음).</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/new_assignment.py" line="87" />
        <source>Most epochs a run may train (0 = no limit).</source>
        <translation>한 번의 학습에 쓸 수 있는 최대 에폭 (0 = 제한 없음).</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/new_assignment.py" line="90" />
        <source>Lock optimizer and batch size to the current ones</source>
        <translation>옵티마이저와 배치 크기를 지금 값으로 고정</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/new_assignment.py" line="94" />
        <source>Everyone trains the same way, so networks compare fairly.</source>
        <translation>모두 같은 방법으로 학습해 네트워크를 공정하게 비교합니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/new_assignment.py" line="99" />
        <source>What students train on; “drawings” means the class's own collection.</source>
        <translation>학생들이 학습에 쓰는 데이터. “drawings”는 우리 반이 모은 그림입니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/new_assignment.py" line="104" />
        <source>Lock it</source>
        <translation>고정</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/new_assignment.py" line="106" />
        <source>Students cannot choose another dataset.</source>
        <translation>학생들이 다른 데이터셋을 고를 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/new_assignment.py" line="114" />
        <source>The accuracy to reach on the goal's dataset.</source>
        <translation>목표 데이터셋에서 도달해야 할 정확도.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/new_assignment.py" line="116" />
        <source>held-out class drawings</source>
        <translation>따로 떼어 둔 반 그림</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/new_assignment.py" line="118" />
        <source>Where the goal is measured (shown to students).</source>
        <translation>목표를 재는 데이터 (학생에게 보임).</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/new_assignment.py" line="121" />
        <source>Where to save the .cnnassign file.</source>
        <translation>.cnnassign 파일을 저장할 곳.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/new_assignment.py" line="122" />
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/new_assignment.py" line="123" />
        <source>Choose where to save the assignment.</source>
        <translation>과제를 저장할 곳을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/new_assignment.py" line="129" />
        <source>Why the assignment cannot be saved yet.</source>
        <translation>아직 과제를 저장할 수 없는 이유.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/new_assignment.py" line="136" />
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/new_assignment.py" line="137" />
        <source>Instructions</source>
        <translation>안내</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/new_assignment.py" line="140" />
        <source>Parameter budget</source>
        <translation>매개변수 예산</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/new_assignment.py" line="141" />
        <source>Multiply-add budget</source>
        <translation>곱셈-덧셈 예산</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/new_assignment.py" line="142" />
        <source>Epoch limit</source>
        <translation>에폭 한도</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/new_assignment.py" line="144" />
        <source>Dataset</source>
        <translation>데이터셋</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/new_assignment.py" line="145" />
        <source>Goal: accuracy ≥</source>
        <translation>목표: 정확도 ≥</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/new_assignment.py" line="146" />
        <source>measured on</source>
        <translation>측정 데이터</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/new_assignment.py" line="147" />
        <source>Save as</source>
        <translation>저장 위치</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/new_assignment.py" line="151" />
        <source>Write the assignment file</source>
        <translation>과제 파일 저장</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/new_assignment.py" line="152" />
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/new_assignment.py" line="182" />
        <source>held-out set</source>
        <translation>평가용 데이터</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/new_assignment.py" line="191" />
        <source>choose where to save the assignment.</source>
        <translation>과제를 저장할 곳을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/new_assignment.py" line="208" />
        <source>Save the assignment</source>
        <translation>과제 저장</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/new_assignment.py" line="210" />
        <source>Assignments (*.cnnassign)</source>
        <translation>과제 (*.cnnassign)</translation>
    </message>
</context>
<context>
    <name>NudgeView</name>
    <message>
        <location filename="../../cnngui/ui/nudge_view.py" line="29" />
        <source>An adversarial example is an input changed so little that a person still sees the same digit, yet the network reads another: it follows pixel patterns, not the shape we see.</source>
        <translation>적대적 예제는 사람 눈에는 여전히 같은 숫자로 보일 만큼 아주 조금 바꾼 입력인데, 네트워크는 다른 숫자로 읽습니다. 네트워크는 우리가 보는 모양이 아니라 픽셀 패턴을 따르기 때문입니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/nudge_view.py" line="84" />
        <source>The digit the drawing is pushed towards</source>
        <extracomment>the compiled ScoreGradients (kept for the next run)</extracomment>
        <translation>그림을 밀어 갈 목표 숫자</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/nudge_view.py" line="89" />
        <source>How many small gradient steps to take (more: a stronger push)</source>
        <translation>작은 기울기 단계를 몇 번 밟을지 (많을수록 세게 밉니다)</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/nudge_view.py" line="97" />
        <source>No pixel may change by more than this (ink runs from 0 to 1): the bound keeps the change small enough that a person still sees the same digit</source>
        <translation>어떤 픽셀도 이 값보다 많이 바뀔 수 없습니다(잉크는 0에서 1). 이 한계 덕분에 사람 눈에는 같은 숫자로 보일 만큼 변화가 작게 유지됩니다</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/nudge_view.py" line="105" />
        <source>Change the drawing a little, step by step, in the direction that raises the chosen digit's probability (runs in the background)</source>
        <translation>고른 숫자의 확률이 올라가는 방향으로 그림을 한 단계씩 조금 바꿉니다 (백그라운드에서 실행)</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/nudge_view.py" line="111" />
        <source>your drawing</source>
        <translation>내 그림</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/nudge_view.py" line="112" />
        <source>change: red ink added, blue removed</source>
        <translation>변화: 빨강은 더한 잉크, 파랑은 지운 잉크</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/nudge_view.py" line="113" />
        <source>nudged drawing</source>
        <translation>바뀐 그림</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/nudge_view.py" line="116" />
        <source>Draw a digit, choose a target and press the button.</source>
        <translation>숫자를 그리고 목표를 고른 뒤 버튼을 누르세요.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/nudge_view.py" line="124" />
        <source>towards</source>
        <translation>목표</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/nudge_view.py" line="126" />
        <source>steps</source>
        <translation>단계</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/nudge_view.py" line="128" />
        <source>bound ±</source>
        <translation>한계 ±</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/nudge_view.py" line="173" />
        <source>Draw a digit first.</source>
        <translation>먼저 숫자를 그리세요.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/nudge_view.py" line="175" />
        <source>No network yet.</source>
        <translation>아직 네트워크가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/nudge_view.py" line="192" />
        <source>Nudging towards {job}…</source>
        <translation>{job} 쪽으로 바꾸는 중…</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/nudge_view.py" line="213" />
        <source>What would make it a {currentText}?</source>
        <translation>무엇이 바뀌면 {currentText}이(가) 될까?</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/nudge_view.py" line="227" />
        <source>The drawing changed; press the button again.</source>
        <translation>그림이 바뀌었습니다. 버튼을 다시 누르세요.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/nudge_view.py" line="240" />
        <source>Probability of {d}: before {before:.1%} → after {after:.1%} (the network read {argmax}, now {argmax2}).</source>
        <translation>{d}의 확률: 전 {before:.1%} → 후 {after:.1%} (네트워크의 답: {argmax} → {argmax2}).</translation>
    </message>
</context>
<context>
    <name>PerClass</name>
    <message>
        <location filename="../../cnngui/ui/classroom/per_class.py" line="17" />
        <source>MNIST test digits</source>
        <extracomment>characters of a full bar</extracomment>
        <translation>MNIST 테스트 숫자</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/per_class.py" line="18" />
        <source>Class drawings</source>
        <translation>반 그림</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/per_class.py" line="19" />
        <source>MNIST + class drawings</source>
        <translation>MNIST + 반 그림</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/per_class.py" line="30" />
        <source>Per-class accuracy: the share of each real digit the network got right. A short bar is a digit worth collecting more drawings of.</source>
        <translation>숫자별 정확도: 실제 숫자마다 네트워크가 맞힌 비율. 막대가 짧은 숫자는 그림을 더 모아 볼 만합니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/per_class.py" line="48" />
        <source>Per-class accuracy
(evaluate first)</source>
        <translation>숫자별 정확도
(먼저 평가하세요)</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/per_class.py" line="51" />
        <source>Per-class accuracy</source>
        <translation>숫자별 정확도</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/per_class.py" line="67" />
        <source>Which test images Evaluate uses: MNIST's, the class's own drawings (their test share), or both.</source>
        <translation>평가에 쓸 테스트 이미지: MNIST, 반 그림(테스트용 몫), 또는 둘 다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/per_class.py" line="82" />
        <source>there are no class drawings to evaluate on; collect some (Draw panel → Collect) or import the class's .npz first.</source>
        <translation>평가할 반 그림이 없습니다. 그림을 모으거나(그리기와 예측 → 모으기) 먼저 반의 .npz 파일을 가져오세요.</translation>
    </message>
</context>
<context>
    <name>Predictions</name>
    <message>
        <location filename="../../cnngui/ui/predictions.py" line="69" />
        <source>How sure the network is of each digit (0% to 100%). Click a bar to see which pixels push the network towards that digit; the orange frame marks it.</source>
        <extracomment>the class whose column was clicked</extracomment>
        <translation>네트워크가 각 숫자를 얼마나 확신하는지(0%에서 100%). 막대를 클릭하면 어떤 픽셀이 그 숫자 쪽으로 미는지 볼 수 있고, 주황색 테두리로 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/predictions.py" line="135" />
        <location filename="../../cnngui/ui/predictions.py" line="148" />
        <source>nothing drawn</source>
        <translation>그린 것 없음</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/predictions.py" line="155" />
        <source>{pct} sure</source>
        <translation>확신 {pct}</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/predictions.py" line="158" />
        <source>not sure — only {pct}</source>
        <translation>확신 못 함 — {pct}뿐</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/predictions.py" line="196" />
        <source>show every step</source>
        <translation>모든 단계 보기</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/predictions.py" line="198" />
        <source>How your drawing becomes the 28×28 input: ink found, cropped, scaled to fit 20×20 and centred by its centre of mass — as MNIST digits were made.</source>
        <translation>그림이 28×28 입력이 되는 과정: 잉크를 찾아 잘라 내고, 20×20에 맞게 크기를 바꾼 뒤 무게 중심으로 가운데 맞춤 — MNIST 숫자를 만든 방법과 같습니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/predictions.py" line="205" />
        <location filename="../../cnngui/ui/predictions.py" line="257" />
        <source>What the network sees (28×28):</source>
        <translation>네트워크가 보는 것 (28×28):</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/predictions.py" line="255" />
        <source>How your drawing becomes its input:</source>
        <translation>그림이 입력이 되는 과정:</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/predictions.py" line="287" />
        <source>Nothing drawn yet.</source>
        <translation>아직 그린 것이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/predictions.py" line="302" />
        <source>What the colours mean: grey maps run from black (0) to white (the largest value of the layer); signed maps and filters are blue below zero, white at zero and red above it.</source>
        <translation>색의 뜻: 회색 맵은 검정(0)에서 흰색(그 층의 최댓값)까지이고, 부호가 있는 맵과 필터는 0보다 작으면 파랑, 0이면 흰색, 크면 빨강입니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/predictions.py" line="326" />
        <source>{name}: blue {low:.3g} · white 0 · red {high:+.3g}</source>
        <translation>{name}: 파랑 {low:.3g} · 흰색 0 · 빨강 {high:+.3g}</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/predictions.py" line="329" />
        <source>{name}: black 0 · white {high:.3g}</source>
        <translation>{name}: 검정 0 · 흰색 {high:.3g}</translation>
    </message>
</context>
<context>
    <name>Scrubber</name>
    <message>
        <location filename="../../cnngui/ui/scrubber.py" line="36" />
        <source>Drag to replay the run: the drawing's prediction, feature maps and filters show the network as it was after that epoch.</source>
        <extracomment>time each epoch stays on screen while playing</extracomment>
        <translation>끌어서 학습을 다시 보세요. 그림의 예측, 특징 맵, 필터가 그 에폭 직후의 네트워크를 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/scrubber.py" line="44" />
        <source>One epoch earlier</source>
        <translation>한 에폭 전</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/scrubber.py" line="46" />
        <source>One epoch later</source>
        <translation>한 에폭 후</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/scrubber.py" line="47" />
        <location filename="../../cnngui/ui/scrubber.py" line="121" />
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/scrubber.py" line="50" />
        <source>Play the run epoch by epoch from here (from the first at the end)</source>
        <translation>여기서부터 에폭 단위로 재생합니다 (끝에 있으면 처음부터)</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/scrubber.py" line="57" />
        <source>Which epoch's weights the window shows</source>
        <translation>창에 보이는 가중치의 에폭</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/scrubber.py" line="121" />
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/scrubber.py" line="140" />
        <source>epoch {value} of {n}</source>
        <translation>에폭 {value} / {n}</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/scrubber.py" line="142" />
        <source>no epochs to replay yet</source>
        <translation>아직 다시 볼 에폭이 없습니다</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/scrubber.py" line="154" />
        <source>weights of epoch {kept} ({epoch} was not kept)</source>
        <translation>에폭 {kept}의 가중치 (에폭 {epoch}은 보관되지 않음)</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../cnngui/ui/builder/settings.py" line="103" />
        <source> size</source>
        <translation> 크기</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/settings.py" line="110" />
        <source>This layer has no settings.</source>
        <translation>이 층에는 설정이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/settings.py" line="187" />
        <source>automatic</source>
        <translation>자동</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/settings.py" line="217" />
        <source>rows or columns of zeros added at the {side}</source>
        <translation>{side}에 덧붙이는 0의 행 또는 열 수</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/settings.py" line="250" />
        <source>auto</source>
        <translation>자동</translation>
    </message>
</context>
<context>
    <name>StepView</name>
    <message>
        <location filename="../../cnngui/ui/step_view.py" line="73" />
        <source>output channel </source>
        <extracomment>steps per second the speed slider offers the index of the step now shown the core StepByStep for the chosen layer and channel</extracomment>
        <translation>출력 채널 </translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/step_view.py" line="75" />
        <source>input channel shown </source>
        <translation>보여 줄 입력 채널 </translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/step_view.py" line="76" />
        <source>every input channel's sum</source>
        <translation>모든 입력 채널의 합</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/step_view.py" line="77" />
        <source>◀ back</source>
        <translation>◀ 뒤로</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/step_view.py" line="78" />
        <location filename="../../cnngui/ui/step_view.py" line="310" />
        <source>▶ play</source>
        <translation>▶ 재생</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/step_view.py" line="80" />
        <source>step ▶</source>
        <translation>한 단계 ▶</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/step_view.py" line="81" />
        <source>◀◀ start</source>
        <translation>◀◀ 처음</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/step_view.py" line="87" />
        <location filename="../../cnngui/ui/step_view.py" line="222" />
        <source>Choose a layer and draw a digit.</source>
        <translation>층을 고르고 숫자를 그리세요.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/step_view.py" line="100" />
        <source>layer input (padding in grey)</source>
        <translation>층의 입력 (회색은 패딩)</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/step_view.py" line="101" />
        <source>output channel, filled in step by step</source>
        <translation>한 단계씩 채워지는 출력 채널</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/step_view.py" line="106" />
        <source>A convolution or pooling layer of your network to watch</source>
        <translation>지켜볼 합성곱 층 또는 풀링 층</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/step_view.py" line="110" />
        <source>Which output channel (filter) of that layer is filled in</source>
        <translation>그 층에서 채워 갈 출력 채널(필터)</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/step_view.py" line="114" />
        <source>Which input channel's patch and kernel slice the tables show</source>
        <translation>표에 보일 입력 채널의 조각과 커널 조각</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/step_view.py" line="120" />
        <source>Show the sum of every input channel's products, not one</source>
        <translation>한 채널이 아니라 모든 입력 채널의 곱의 합을 보여 줍니다</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/step_view.py" line="122" />
        <source>Back to the first position</source>
        <translation>첫 위치로</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/step_view.py" line="123" />
        <source>One position back</source>
        <translation>한 칸 뒤로</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/step_view.py" line="126" />
        <source>Slide the window automatically; press again to pause</source>
        <translation>창을 자동으로 움직입니다. 다시 누르면 일시 정지</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/step_view.py" line="128" />
        <source>One position forward</source>
        <translation>한 칸 앞으로</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/step_view.py" line="129" />
        <source>How fast the window slides while playing</source>
        <translation>재생할 때 창이 움직이는 속도</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/step_view.py" line="130" />
        <source>Drag to any position of the window</source>
        <translation>끌어서 창을 원하는 위치로</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/step_view.py" line="141" />
        <source>speed</source>
        <translation>속도</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/step_view.py" line="224" />
        <source>No network yet.</source>
        <translation>아직 네트워크가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/step_view.py" line="283" />
        <source>&lt;b&gt;input patch, channel {c}&lt;/b&gt;{table}</source>
        <translation>&lt;b&gt;입력 조각, 채널 {c}&lt;/b&gt;{table}</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/step_view.py" line="286" />
        <source>&lt;b&gt;kernel, channel {c}&lt;/b&gt;{table}</source>
        <translation>&lt;b&gt;커널, 채널 {c}&lt;/b&gt;{table}</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/step_view.py" line="290" />
        <source>Σ channel {c} = {channel_sums:.4g}</source>
        <translation>Σ 채널 {c} = {channel_sums:.4g}</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/step_view.py" line="297" />
        <source>&lt;br&gt;&lt;b&gt;every input channel's Σ&lt;/b&gt;&lt;br&gt;{sums}</source>
        <translation>&lt;br&gt;&lt;b&gt;모든 입력 채널의 Σ&lt;/b&gt;&lt;br&gt;{sums}</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/step_view.py" line="310" />
        <source>⏸ pause</source>
        <translation>⏸ 일시 정지</translation>
    </message>
</context>
<context>
    <name>Table</name>
    <message>
        <location filename="../../cnngui/ui/builder/table.py" line="37" />
        <source>Layer</source>
        <translation>층</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/table.py" line="38" />
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/table.py" line="39" />
        <source>Output shape</source>
        <translation>출력 형태</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/table.py" line="40" />
        <source>Parameters</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/table.py" line="41" />
        <source>MACs</source>
        <translation>MAC</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/table.py" line="45" />
        <source>Position of the layer; the image flows from the top row to the bottom row.</source>
        <translation>층의 위치. 이미지는 맨 위 행에서 맨 아래 행으로 흐릅니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/table.py" line="48" />
        <source>The kind of layer (Keras's own class name).</source>
        <translation>층의 종류 (Keras의 클래스 이름 그대로).</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/table.py" line="49" />
        <source>The layer's settings. Double-click to change them here, or use the panel below.</source>
        <translation>층의 설정. 두 번 클릭해 여기서 바꾸거나 아래 패널을 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/table.py" line="52" />
        <source>Shape of the numbers this layer passes on: height × width × channels, or a flat length.</source>
        <translation>이 층이 다음 층에 넘기는 숫자의 형태: 높이 × 너비 × 채널, 또는 1차원 길이.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/table.py" line="56" />
        <source>How many numbers this layer learns while training (weights and biases).</source>
        <translation>이 층이 학습하는 숫자의 개수 (가중치와 편향).</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/table.py" line="59" />
        <source>Multiply-accumulate operations for one image: a measure of how much work the layer does.</source>
        <translation>이미지 한 장에 대한 곱셈-누산 연산 수: 층이 하는 일의 양.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/table.py" line="154" />
        <source>(no settings)</source>
        <translation>(설정 없음)</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/table.py" line="167" />
        <source>This layer cannot work: {error}</source>
        <translation>이 층은 동작할 수 없습니다: {error}</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/table.py" line="173" />
        <source>Double-click to change this layer's settings.</source>
        <translation>두 번 클릭하면 이 층의 설정을 바꿉니다.</translation>
    </message>
</context>
<context>
    <name>TrainingChoice</name>
    <message>
        <location filename="../../cnngui/ui/classroom/training_choice.py" line="27" />
        <source>Class drawings</source>
        <extracomment>the dataset combo's classroom entries (data key, text)</extracomment>
        <translation>반 그림</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/training_choice.py" line="28" />
        <source>MNIST + class drawings</source>
        <translation>MNIST + 반 그림</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/training_choice.py" line="30" />
        <source>MNIST + class drawings: repeat the class's drawings this many times per epoch, so a few hundred of them are not drowned by 60,000 MNIST digits.</source>
        <translation>MNIST + 반 그림: 에폭마다 반 그림을 이만큼 반복해서, 몇백 장의 그림이 6만 장의 MNIST 숫자에 묻히지 않게 합니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/training_choice.py" line="81" />
        <source>Only the drawings your class kept in Collect mode.</source>
        <extracomment>TrainingConfig key → the panel's widget attribute that shows it</extracomment>
        <translation>모으기 모드에서 우리 반이 저장한 그림만.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/training_choice.py" line="82" />
        <source>MNIST plus your class's drawings, repeated by the oversampling factor.</source>
        <translation>MNIST에 반 그림을 더하고, 반 그림은 반복 배수만큼 되풀이합니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/training_choice.py" line="102" />
        <source>there are no class drawings yet; collect some (Draw panel → Collect) or import the class's .npz in the gallery first.</source>
        <translation>아직 반 그림이 없습니다. 그림을 모으거나(그리기와 예측 → 모으기) 먼저 반 그림 패널에서 반의 .npz 파일을 가져오세요.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/training_choice.py" line="113" />
        <source>Drawings</source>
        <translation>그림</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <location filename="../../cnngui/ui/training_panel.py" line="57" />
        <source>the network is not ready yet.</source>
        <extracomment>settings with no widget (a preset's Adam betas): kept from set_config as they are</extracomment>
        <translation>네트워크가 아직 준비되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/training_panel.py" line="70" />
        <location filename="../../cnngui/ui/training_panel.py" line="395" />
        <source>not started</source>
        <translation>시작 전</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/training_panel.py" line="71" />
        <source>How far the whole run is.</source>
        <translation>전체 학습의 진행 정도.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/training_panel.py" line="76" />
        <source>Epoch = one pass over all training images; batch = one small group of images; samples/s = images processed per second.</source>
        <translation>에폭 = 모든 훈련 이미지를 한 번 보는 것, 배치 = 작은 이미지 묶음 하나, samples/s = 초당 처리한 이미지 수.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/training_panel.py" line="120" />
        <source>▶ Start training</source>
        <translation>▶ 학습 시작</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/training_panel.py" line="122" />
        <location filename="../../cnngui/ui/training_panel.py" line="245" />
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/training_panel.py" line="125" />
        <source>Pause training; Resume carries on where it stopped.</source>
        <translation>학습을 잠시 멈춥니다. 다시 시작하면 멈춘 곳부터 이어 갑니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/training_panel.py" line="127" />
        <source>Stop</source>
        <translation>정지</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/training_panel.py" line="130" />
        <source>Stop after the current batch; the network keeps what it has learnt so far.</source>
        <translation>지금 배치 다음에 멈춥니다. 네트워크는 지금까지 배운 것을 유지합니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/training_panel.py" line="153" />
        <source>Choose a dataset</source>
        <translation>데이터셋 고르기</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/training_panel.py" line="155" />
        <source>NumPy archives (*.npz)</source>
        <translation>NumPy 파일 (*.npz)</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/training_panel.py" line="228" />
        <source>Device: {text}</source>
        <translation>장치: {text}</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/training_panel.py" line="243" />
        <source>Resume</source>
        <translation>다시 시작</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/training_panel.py" line="250" />
        <source>Cannot train: {blocker}</source>
        <translation>학습할 수 없음: {blocker}</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/training_panel.py" line="255" />
        <source>Training is off because {blocker}</source>
        <translation>학습이 꺼져 있는 이유: {blocker}</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/training_panel.py" line="262" />
        <source>Train the network in the Model builder on the chosen images, in the background; the window stays usable.</source>
        <translation>모델 빌더의 네트워크를 고른 이미지로 백그라운드에서 학습합니다. 그동안 창을 계속 쓸 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/training_panel.py" line="293" />
        <source>starting…</source>
        <translation>시작하는 중…</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/training_panel.py" line="310" />
        <location filename="../../cnngui/ui/training_panel.py" line="315" />
        <location filename="../../cnngui/ui/training_texts.py" line="134" />
        <source>Paused · </source>
        <translation>일시 정지 · </translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/training_panel.py" line="322" />
        <source>stopping after this batch…</source>
        <translation>이 배치 다음에 멈추는 중…</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/training_panel.py" line="333" />
        <source>epoch 1 of {epochs}</source>
        <translation>에폭 1 / {epochs}</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/training_panel.py" line="354" />
        <source>epoch {epoch} of {epochs} · %p%</source>
        <translation>에폭 {epoch} / {epochs} · %p%</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/training_panel.py" line="394" />
        <source>could not start</source>
        <translation>시작하지 못함</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/training_settings.py" line="40" />
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/training_settings.py" line="74" />
        <source>Early stop after</source>
        <translation>조기 종료:</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/training_settings.py" line="77" />
        <source> epochs</source>
        <translation> 에폭</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/training_settings.py" line="80" />
        <source>Keep best epoch</source>
        <translation>최고 에폭 유지</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/training_settings.py" line="83" />
        <source>Augment images</source>
        <translation>이미지 증강</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/training_settings.py" line="85" />
        <source>16-bit on GPU</source>
        <translation>GPU에서 16비트</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/training_settings.py" line="88" />
        <source>random</source>
        <translation>무작위</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/training_settings.py" line="90" />
        <source>all</source>
        <translation>전체</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/training_settings.py" line="92" />
        <source>Device: finding out (TensorFlow is loading)…</source>
        <translation>장치: 확인 중 (TensorFlow를 불러오는 중)…</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/training_settings.py" line="95" />
        <source>Where the network trains: a graphics card (GPU) or the CPU.</source>
        <translation>네트워크가 학습하는 곳: 그래픽 카드(GPU) 또는 CPU.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/training_settings.py" line="100" />
        <source>Images</source>
        <translation>이미지</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/training_settings.py" line="102" />
        <source>Epochs</source>
        <translation>에폭</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/training_settings.py" line="106" />
        <source>Optimizer</source>
        <translation>옵티마이저</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/training_settings.py" line="108" />
        <source>Batch size</source>
        <translation>배치 크기</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/training_settings.py" line="112" />
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/training_settings.py" line="114" />
        <source>Schedule</source>
        <translation>학습률 스케줄</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/training_settings.py" line="118" />
        <source>Validation share</source>
        <translation>검증 비율</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/training_settings.py" line="120" />
        <source>Training images</source>
        <translation>훈련 이미지 수</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/training_settings.py" line="136" />
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/training_texts.py" line="18" />
        <source>MNIST handwritten digits</source>
        <translation>MNIST 손글씨 숫자</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/training_texts.py" line="19" />
        <source>Fashion-MNIST clothes</source>
        <translation>Fashion-MNIST 옷</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/training_texts.py" line="21" />
        <source>Choose a .npz file…</source>
        <translation>.npz 파일 고르기…</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/training_texts.py" line="24" />
        <source>Which pictures to learn from. MNIST ships with cnngui; a .npz file needs x_train, y_train, x_test and y_test arrays.</source>
        <translation>학습에 쓸 그림. MNIST는 cnngui에 들어 있습니다. .npz 파일에는 x_train, y_train, x_test, y_test 배열이 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/training_texts.py" line="29" />
        <source>How many times the network sees every training image.</source>
        <translation>네트워크가 모든 훈련 이미지를 몇 번 보는지.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/training_texts.py" line="32" />
        <source>How many images the network looks at before each small weight update. Bigger is faster per image but takes more memory.</source>
        <translation>가중치를 한 번 조금 고치기 전에 보는 이미지 수. 크면 이미지당 빠르지만 메모리를 더 씁니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/training_texts.py" line="37" />
        <source>The rule that changes the weights after each batch. adam is a safe choice; try rmsprop or sgd and compare the curves.</source>
        <translation>배치마다 가중치를 바꾸는 규칙. adam이 무난합니다. rmsprop이나 sgd도 해 보고 곡선을 비교해 보세요.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/training_texts.py" line="42" />
        <source>How big each weight change is. Too big: the loss jumps around or becomes NaN. Too small: learning is slow.</source>
        <translation>가중치를 한 번에 얼마나 크게 바꾸는지. 너무 크면 손실이 들쭉날쭉하거나 NaN이 되고, 너무 작으면 학습이 느립니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/training_texts.py" line="47" />
        <source>How the learning rate changes during training: constant, one-cycle (warm up then cool down) or cosine (slowly down).</source>
        <translation>학습 중 학습률이 바뀌는 방식: constant(일정), one-cycle(올렸다가 내림), cosine(천천히 내림).</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/training_texts.py" line="52" />
        <source>Share of the training images held back to check the network on pictures it does not learn from.</source>
        <translation>훈련 이미지 중 학습에 쓰지 않고 남겨 두어, 배우지 않은 그림으로 네트워크를 확인하는 비율.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/training_texts.py" line="57" />
        <source>Stop when the validation loss has not improved for this many epochs.</source>
        <translation>검증 손실이 이만큼의 에폭 동안 나아지지 않으면 멈춥니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/training_texts.py" line="60" />
        <source>After early stopping, go back to the weights of the best epoch.</source>
        <translation>조기 종료 후 가장 좋았던 에폭의 가중치로 돌아갑니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/training_texts.py" line="63" />
        <source>Shift, rotate and zoom the training images a little each time, so the network learns digits in any position (slower, usually more robust).</source>
        <translation>훈련 이미지를 매번 조금씩 옮기고 돌리고 확대해서 어떤 위치의 숫자도 배우게 합니다 (느리지만 보통 더 튼튼합니다).</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/training_texts.py" line="68" />
        <source>Start from the same random numbers every time so runs can be repeated exactly (0 = random each time).</source>
        <translation>매번 같은 난수에서 시작해 학습을 똑같이 반복할 수 있게 합니다 (0 = 매번 무작위).</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/training_texts.py" line="73" />
        <source>Use only this many training images (0 = all). Handy for a quick try.</source>
        <translation>훈련 이미지를 이만큼만 씁니다 (0 = 전체). 빠르게 해 볼 때 편리합니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/training_texts.py" line="76" />
        <source>Use 16-bit numbers on a GPU for speed (ignored on a CPU).</source>
        <translation>GPU에서 속도를 위해 16비트 숫자를 씁니다 (CPU에서는 무시).</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/training_texts.py" line="90" />
        <source>{minutes} min {s:02d} s</source>
        <translation>{minutes}분 {s:02d}초</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/training_texts.py" line="92" />
        <source>{hours} h {m:02d} min</source>
        <translation>{hours}시간 {m:02d}분</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/training_texts.py" line="101" />
        <source>finished</source>
        <translation>완료</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/training_texts.py" line="102" />
        <source>stopped early</source>
        <translation>조기 종료</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/training_texts.py" line="103" />
        <source>stopped</source>
        <translation>정지됨</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/training_texts.py" line="104" />
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/training_texts.py" line="105" />
        <source>stopped: the loss became NaN (not a number)</source>
        <translation>정지: 손실이 NaN(숫자가 아님)이 되었습니다</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/training_texts.py" line="112" />
        <source>{what} · {duration}</source>
        <translation>{what} · {duration}</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/training_texts.py" line="119" />
        <source>Epoch {epoch}/{epochs} · batch {step}/{steps} · {samples_per_sec:,.0f} samples/s · about {duration} left · loss {loss:.3f}, accuracy {accuracy:.1%}</source>
        <translation>에폭 {epoch}/{epochs} · 배치 {step}/{steps} · 초당 {samples_per_sec:,.0f}장 · 약 {duration} 남음 · 손실 {loss:.3f}, 정확도 {accuracy:.1%}</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/training_texts.py" line="140" />
        <source>, validation accuracy {val_accuracy:.1%}</source>
        <translation>, 검증 정확도 {val_accuracy:.1%}</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/training_texts.py" line="146" />
        <source>Epoch {epoch} done in {duration}: accuracy {accuracy:.1%}{val}.</source>
        <translation>에폭 {epoch} 완료 ({duration}): 정확도 {accuracy:.1%}{val}.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/training_texts.py" line="155" />
        <source>{n} epoch(s) in {duration} · last epoch {samples_per_sec:,.0f} samples/s · loss {loss:.3f}, accuracy {accuracy:.1%} · device: {device}</source>
        <translation>{n} 에폭, {duration} · 마지막 에폭 초당 {samples_per_sec:,.0f}장 · 손실 {loss:.3f}, 정확도 {accuracy:.1%} · 장치: {device}</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/training_texts.py" line="184" />
        <source>The {name} images are not on this computer and could not be downloaded (is the network connected?). Connect once and press Start again, or choose MNIST or your own .npz file under Images.</source>
        <translation>{name} 이미지가 이 컴퓨터에 없고 내려받지도 못했습니다(인터넷이 연결되어 있나요?). 한 번 연결한 뒤 다시 시작을 누르거나, 이미지에서 MNIST나 직접 만든 .npz 파일을 고르세요.</translation>
    </message>
</context>
<context>
    <name>Widget</name>
    <message>
        <location filename="../../cnngui/ui/builder/widget.py" line="113" />
        <source>The layers of your network, first to last. Select one to see its arithmetic; double-click its settings to change them; drag rows to reorder.</source>
        <extracomment>why training is impossible now (None: it is possible) a preset was chosen (its name), so the window can apply its training recipe</extracomment>
        <translation>네트워크의 층을 처음부터 끝까지 보여 줍니다. 층을 고르면 계산 과정을 보고, 설정을 두 번 클릭하면 바꾸고, 행을 끌면 순서를 바꿉니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/widget.py" line="125" />
        <source>Parameters are the numbers the network learns. Trainable ones change while training; non-trainable ones (batch-normalisation statistics) are only counted. Size is the weights stored as 32-bit floats. MACs are multiply-accumulate operations for one image.</source>
        <translation>매개변수는 네트워크가 학습하는 숫자입니다. 학습 가능한 것은 학습 중에 바뀌고, 학습되지 않는 것(배치 정규화 통계)은 개수만 셉니다. 크기는 가중치를 32비트 실수로 저장한 용량입니다. MAC은 이미지 한 장의 곱셈-누산 연산 수입니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/widget.py" line="165" />
        <source>Input image:</source>
        <translation>입력 이미지:</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/widget.py" line="170" />
        <source>height in pixels</source>
        <translation>높이 (픽셀)</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/widget.py" line="171" />
        <source>width in pixels</source>
        <translation>너비 (픽셀)</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/widget.py" line="172" />
        <source>channels (1 = grey)</source>
        <translation>채널 (1 = 흑백)</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/widget.py" line="181" />
        <source>Input {tip}. MNIST digits are 28 × 28 × 1.</source>
        <translation>입력 {tip}. MNIST 숫자는 28 × 28 × 1입니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/widget.py" line="191" />
        <source>Presets ▾</source>
        <translation>미리 만든 모델 ▾</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/widget.py" line="194" />
        <source>Replace the network with a well-known architecture.</source>
        <translation>네트워크를 잘 알려진 구조로 바꿉니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/widget.py" line="221" />
        <source>Add ▾</source>
        <translation>추가 ▾</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/widget.py" line="222" />
        <source>Add a layer at the end of the network.</source>
        <translation>네트워크 끝에 층을 추가합니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/widget.py" line="228" />
        <source>Insert ▾</source>
        <translation>삽입 ▾</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/widget.py" line="229" />
        <source>Insert a layer above the selected one.</source>
        <translation>고른 층 위에 층을 넣습니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/widget.py" line="238" />
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/widget.py" line="239" />
        <source>Remove the selected layer.</source>
        <translation>고른 층을 지웁니다 (Delete 키).</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/widget.py" line="244" />
        <source>Duplicate</source>
        <translation>복제</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/widget.py" line="245" />
        <source>Copy the selected layer below itself.</source>
        <translation>고른 층을 바로 아래에 복사합니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/widget.py" line="250" />
        <source>▲ Up</source>
        <translation>▲ 위로</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/widget.py" line="251" />
        <source>Move the selected layer one place earlier.</source>
        <translation>고른 층을 한 칸 앞으로 옮깁니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/widget.py" line="256" />
        <source>▼ Down</source>
        <translation>▼ 아래로</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/widget.py" line="257" />
        <source>Move the selected layer one place later.</source>
        <translation>고른 층을 한 칸 뒤로 옮깁니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/widget.py" line="271" />
        <source>Selected layer</source>
        <translation>고른 층</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/widget.py" line="273" />
        <source>The settings of the selected layer, and where its numbers come from.</source>
        <translation>고른 층의 설정과 그 숫자들이 나오는 과정.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/widget.py" line="325" />
        <source>Select a layer to see its settings and the arithmetic behind its numbers.</source>
        <translation>층을 고르면 설정과 숫자 뒤의 계산을 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/widget.py" line="335" />
        <source>&lt;b&gt;Layer {row} · {type}&lt;/b&gt; — {get}</source>
        <translation>&lt;b&gt;층 {row} · {type}&lt;/b&gt; — {get}</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/widget.py" line="342" />
        <source>Input: {shape}</source>
        <translation>입력: {shape}</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/layer_text.py" line="20" />
        <source>&lt;b&gt;Input&lt;/b&gt; {shape} → &lt;b&gt;output&lt;/b&gt; {shape2}&lt;br&gt;&lt;b&gt;Shape:&lt;/b&gt; {v2}&lt;br&gt;&lt;b&gt;Parameters:&lt;/b&gt; {v3}&lt;br&gt;&lt;b&gt;MACs:&lt;/b&gt; {macs} multiply-adds per image</source>
        <translation>&lt;b&gt;입력&lt;/b&gt; {shape} → &lt;b&gt;출력&lt;/b&gt; {shape2}&lt;br&gt;&lt;b&gt;형태:&lt;/b&gt; {v2}&lt;br&gt;&lt;b&gt;매개변수:&lt;/b&gt; {v3}&lt;br&gt;&lt;b&gt;MAC:&lt;/b&gt; 이미지당 곱셈-덧셈 {macs}회</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/layer_text.py" line="28" />
        <source>same as input</source>
        <translation>입력과 같음</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/layer_text.py" line="36" />
        <source>&lt;b&gt;Total parameters:&lt;/b&gt; {total_params} (trainable {trainable_params}, non-trainable {non_trainable_params}) · &lt;b&gt;size&lt;/b&gt; {size_bytes} bytes ({bytes}) · &lt;b&gt;total MACs&lt;/b&gt; {total_macs}</source>
        <translation>&lt;b&gt;전체 매개변수:&lt;/b&gt; {total_params} (학습 가능 {trainable_params}, 학습 안 됨 {non_trainable_params}) · &lt;b&gt;크기&lt;/b&gt; {size_bytes}바이트 ({bytes}) · &lt;b&gt;전체 MAC&lt;/b&gt; {total_macs}</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/widget.py" line="366" />
        <source>&lt;span style='color:#a00000'&gt;Cannot train yet: {blocker}&lt;/span&gt;</source>
        <translation>&lt;span style='color:#a00000'&gt;아직 학습할 수 없음: {blocker}&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/widget.py" line="372" />
        <source>Ready to train. Note: {warnings}</source>
        <translation>학습 준비 완료. 참고: {warnings}</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/widget.py" line="378" />
        <source>Ready to train. Output {shape} = one probability per digit.</source>
        <translation>학습 준비 완료. 출력 {shape} = 숫자마다 확률 하나.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/widget.py" line="400" />
        <source>Add {type}</source>
        <translation>{type} 추가</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/widget.py" line="409" />
        <source>Insert {type}</source>
        <translation>{type} 삽입</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/widget.py" line="418" />
        <source>Delete {type}</source>
        <translation>{type} 삭제</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/widget.py" line="425" />
        <source>Duplicate layer</source>
        <translation>층 복제</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/widget.py" line="433" />
        <source>Move layer</source>
        <translation>층 이동</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/widget.py" line="445" />
        <source>&lt;span style='color:#a00000'&gt;{exc}&lt;/span&gt;</source>
        <translation>&lt;span style='color:#a00000'&gt;{exc}&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/widget.py" line="451" />
        <source>Change {name} of layer {row}</source>
        <translation>층 {row}의 {name} 변경</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/widget.py" line="460" />
        <source>Change input shape</source>
        <translation>입력 형태 변경</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/widget.py" line="467" />
        <source>Preset {name}</source>
        <translation>미리 만든 모델 {name}</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/widget.py" line="474" />
        <source>Replace model</source>
        <translation>모델 바꾸기</translation>
    </message>
</context>
<context>
    <name>WindowClassroom</name>
    <message>
        <location filename="../../cnngui/ui/window_classroom.py" line="49" />
        <source>Class drawings</source>
        <translation>반 그림</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/window_classroom.py" line="51" />
        <source>The class's own drawings, collected with Collect on the drawing panel.</source>
        <translation>그리기 패널의 모으기로 모은 우리 반의 그림.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/window_classroom.py" line="58" />
        <source>Assignment</source>
        <translation>과제</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/window_classroom.py" line="60" />
        <source>The teacher's assignment: the goal, the rules, your progress and Hand in.</source>
        <translation>선생님의 과제: 목표, 규칙, 나의 진행 상황과 제출.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/window_classroom.py" line="67" />
        <source>Leaderboard</source>
        <translation>순위표</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/window_classroom.py" line="69" />
        <source>For teachers: score every hand-in of a folder on drawings nobody trained on.</source>
        <translation>선생님용: 폴더의 모든 제출물을 아무도 학습에 쓰지 않은 그림으로 채점합니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/window_classroom.py" line="96" />
        <source>Open &amp;assignment…</source>
        <translation>과제 열기(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/window_classroom.py" line="99" />
        <source>Open a teacher's .cnnassign: its goal, rules and locked settings.</source>
        <translation>선생님의 .cnnassign 파일을 엽니다: 목표, 규칙, 고정된 설정.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/window_classroom.py" line="106" />
        <source>New assignment…</source>
        <translation>새 과제…</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/window_classroom.py" line="109" />
        <source>For teachers: write a .cnnassign from the current network with a goal and limits.</source>
        <translation>선생님용: 지금 네트워크로 목표와 한도를 담은 .cnnassign 파일을 만듭니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/window_classroom.py" line="116" />
        <source>&amp;Hand in…</source>
        <translation>제출(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/window_classroom.py" line="119" />
        <source>Write your trained network, settings and curves to one .cnnsub file.</source>
        <translation>학습한 네트워크, 설정, 곡선을 .cnnsub 파일 하나로 저장합니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/window_classroom.py" line="159" />
        <source>Nothing to hand in for</source>
        <translation>제출할 과제가 없음</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/window_classroom.py" line="160" />
        <source>open the teacher's assignment first.</source>
        <translation>먼저 선생님의 과제를 여세요.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/window_classroom.py" line="165" />
        <source>Nothing to hand in</source>
        <translation>제출할 것이 없음</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/window_classroom.py" line="166" />
        <source>train a network first (hand-ins are trained networks).</source>
        <translation>먼저 네트워크를 학습시키세요 (제출물은 학습한 네트워크입니다).</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/window_classroom.py" line="191" />
        <source>Cannot use this network</source>
        <translation>이 네트워크를 쓸 수 없음</translation>
    </message>
</context>
<context>
    <name>WindowFiles</name>
    <message>
        <location filename="../../cnngui/ui/window_files.py" line="60" />
        <source>Open a project or network</source>
        <translation>프로젝트나 네트워크 열기</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/window_files.py" line="62" />
        <source>cnngui projects (*.cnnproj);;Model specs (*.json);;All files (*)</source>
        <translation>cnngui 프로젝트 (*.cnnproj);;모델 명세 (*.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/window_files.py" line="74" />
        <source>Cannot open</source>
        <translation>열 수 없음</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/window_files.py" line="97" />
        <source>Save the project</source>
        <translation>프로젝트 저장</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/window_files.py" line="99" />
        <source>cnngui projects (*.cnnproj)</source>
        <translation>cnngui 프로젝트 (*.cnnproj)</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/window_files.py" line="108" />
        <source>Cannot save</source>
        <translation>저장할 수 없음</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/window_files.py" line="119" />
        <source>Import a Keras model</source>
        <translation>Keras 모델 가져오기</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/window_files.py" line="121" />
        <source>Keras models (*.keras *.h5)</source>
        <translation>Keras 모델 (*.keras *.h5)</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/window_files.py" line="130" />
        <source>Cannot import</source>
        <translation>가져올 수 없음</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/window_files.py" line="134" />
        <source>Imported {name}. {note}</source>
        <translation>{name}을(를) 가져왔습니다. {note}</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/window_files.py" line="145" />
        <source>Nothing to export</source>
        <translation>내보낼 것이 없음</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/window_files.py" line="146" />
        <source>there is no trained network yet; train one first.</source>
        <translation>아직 학습한 네트워크가 없습니다. 먼저 학습시키세요.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/window_files.py" line="150" />
        <source>Export the trained model</source>
        <translation>학습한 모델 내보내기</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/window_files.py" line="152" />
        <source>Keras models (*.keras)</source>
        <translation>Keras 모델 (*.keras)</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/window_files.py" line="167" />
        <location filename="../../cnngui/ui/window_files.py" line="195" />
        <location filename="../../cnngui/ui/window_files.py" line="199" />
        <location filename="../../cnngui/ui/window_files.py" line="237" />
        <source>Cannot export</source>
        <translation>내보낼 수 없음</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/window_files.py" line="168" />
        <source>{p} could not be written ({exc}).</source>
        <translation>{p}에 쓰지 못했습니다 ({exc}).</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/window_files.py" line="174" />
        <source>Exported the trained network to {p}</source>
        <translation>학습한 네트워크를 {p}(으)로 내보냈습니다</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/window_files.py" line="180" />
        <source>Export a Python script</source>
        <translation>파이썬 스크립트 내보내기</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/window_files.py" line="182" />
        <source>Python scripts (*.py)</source>
        <translation>파이썬 스크립트 (*.py)</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/window_files.py" line="200" />
        <source>{path} could not be written ({exc}).</source>
        <translation>{path}에 쓰지 못했습니다 ({exc}).</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/window_files.py" line="210" />
        <source>Export a report</source>
        <translation>보고서 내보내기</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/window_files.py" line="212" />
        <source>Web pages (*.html)</source>
        <translation>웹 페이지 (*.html)</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/window_files.py" line="240" />
        <source>Wrote {path}</source>
        <translation>저장했습니다: {path}</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/window_files.py" line="341" />
        <source>Autosave failed: {exc}</source>
        <translation>자동 저장 실패: {exc}</translation>
    </message>
</context>
<context>
    <name>WindowLookinside</name>
    <message>
        <location filename="../../cnngui/ui/window_lookinside.py" line="43" />
        <source>Look inside</source>
        <translation>속 들여다보기</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/window_lookinside.py" line="45" />
        <source>How a kernel, one convolution, saliency and a nudge work on your own drawing.</source>
        <translation>커널, 합성곱 한 번, 돌출 맵, 살짝 바꾸기가 내 그림에서 어떻게 동작하는지.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/window_lookinside.py" line="54" />
        <source>Replay a run: the drawing, feature maps and filters show the network after the chosen epoch; the curves mark it.</source>
        <translation>학습을 다시 봅니다. 그림, 특징 맵, 필터가 고른 에폭 직후의 네트워크를 보여 주고, 곡선에 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/window_lookinside.py" line="163" />
        <source>run {v0} as it was after epoch {epoch}</source>
        <translation>실행 {v0}, 에폭 {epoch} 직후</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../cnngui/ui/window_menus.py" line="45" />
        <source>&amp;New</source>
        <translation>새로 만들기(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/window_menus.py" line="48" />
        <source>Start an empty network.</source>
        <translation>빈 네트워크로 시작합니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/window_menus.py" line="52" />
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/window_menus.py" line="55" />
        <source>Open a project (.cnnproj) or a spec (.json).</source>
        <translation>프로젝트(.cnnproj)나 명세(.json)를 엽니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/window_menus.py" line="57" />
        <source>Open &amp;recent</source>
        <translation>최근 파일(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/window_menus.py" line="60" />
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/window_menus.py" line="63" />
        <source>Save the project.</source>
        <translation>프로젝트를 저장합니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/window_menus.py" line="67" />
        <source>Save &amp;as…</source>
        <translation>다른 이름으로 저장(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/window_menus.py" line="70" />
        <source>Save the project under a new name.</source>
        <translation>프로젝트를 새 이름으로 저장합니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/window_menus.py" line="75" />
        <source>&amp;Import Keras model…</source>
        <translation>Keras 모델 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/window_menus.py" line="78" />
        <source>Open a .keras or .h5 model file as an editable network with its weights.</source>
        <translation>.keras나 .h5 모델 파일을 가중치와 함께 고칠 수 있는 네트워크로 엽니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/window_menus.py" line="85" />
        <source>Export &amp;trained model…</source>
        <translation>학습한 모델 내보내기(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/window_menus.py" line="88" />
        <source>Save the trained network as a .keras file that Keras and `cnngui predict` read.</source>
        <translation>학습한 네트워크를 Keras와 `cnngui predict`가 읽는 .keras 파일로 저장합니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/window_menus.py" line="95" />
        <source>Export &amp;Python script…</source>
        <translation>파이썬 스크립트 내보내기(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/window_menus.py" line="98" />
        <source>Write a readable Keras script that builds and trains this network.</source>
        <translation>이 네트워크를 만들고 학습시키는 읽기 쉬운 Keras 스크립트를 씁니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/window_menus.py" line="104" />
        <source>Export r&amp;eport…</source>
        <translation>보고서 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/window_menus.py" line="107" />
        <source>Write an HTML page with the network, its training runs and test results.</source>
        <translation>네트워크, 학습 실행, 테스트 결과를 담은 HTML 페이지를 씁니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/window_menus.py" line="116" />
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/window_menus.py" line="119" />
        <source>Close the window.</source>
        <translation>창을 닫습니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/window_menus.py" line="127" />
        <location filename="../../cnngui/ui/window_menus.py" line="279" />
        <source>&amp;Undo</source>
        <translation>되돌리기(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/window_menus.py" line="130" />
        <source>Undo the last stroke or edit.</source>
        <translation>마지막 획이나 편집을 되돌립니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/window_menus.py" line="132" />
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/window_menus.py" line="146" />
        <source>Reset &amp;layout</source>
        <translation>배치 초기화(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/window_menus.py" line="149" />
        <source>Put every panel back.</source>
        <translation>모든 패널을 처음 자리로 돌려놓습니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/window_menus.py" line="155" />
        <source>&amp;Feed an imported network</source>
        <translation>가져온 네트워크에 넣는 방식(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/window_menus.py" line="157" />
        <source>How the drawing is given to an imported network: pixels 0–1 or 0–255, white on black or inverted (cnngui picks the best on import).</source>
        <translation>가져온 네트워크에 그림을 넣는 방식입니다: 픽셀 0–1 또는 0–255, 검은 바탕에 흰 글씨 또는 반전 (가져올 때 cnngui가 가장 잘 맞는 방식을 고릅니다).</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/window_menus.py" line="167" />
        <source>&amp;Presentation mode</source>
        <translation>발표 모드(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/window_menus.py" line="170" />
        <source>Full screen with large text, for a projector (F11 again to leave).</source>
        <translation>프로젝터용 큰 글씨 전체 화면 (F11을 다시 누르면 나감).</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/window_menus.py" line="178" />
        <source>Zoom &amp;in</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/window_menus.py" line="181" />
        <source>Larger text and plots (Ctrl+=).</source>
        <translation>글씨와 그래프를 크게 (Ctrl+=).</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/window_menus.py" line="186" />
        <source>Zoom &amp;out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/window_menus.py" line="189" />
        <source>Smaller text and plots (Ctrl+−).</source>
        <translation>글씨와 그래프를 작게 (Ctrl+−).</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/window_menus.py" line="193" />
        <source>&amp;Actual size</source>
        <translation>원래 크기(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/window_menus.py" line="196" />
        <source>Text and plots at their usual size.</source>
        <translation>글씨와 그래프를 보통 크기로.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/window_menus.py" line="202" />
        <source>&amp;Guide</source>
        <translation>안내서(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/window_menus.py" line="205" />
        <source>What each panel shows.</source>
        <translation>각 패널이 보여 주는 것.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/window_menus.py" line="209" />
        <source>&amp;About cnngui</source>
        <translation>cnngui 정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/window_menus.py" line="212" />
        <source>Versions and device.</source>
        <translation>버전과 장치.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/window_menus.py" line="225" />
        <source>(only for a network imported from a Keras file)</source>
        <translation>(Keras 파일에서 가져온 네트워크에만 해당)</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/window_menus.py" line="272" />
        <source>&amp;Undo stroke</source>
        <translation>획 되돌리기(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/window_menus.py" line="277" />
        <source>&amp;Undo {what}</source>
        <translation>{what} 되돌리기(&amp;U)</translation>
    </message>
</context>
<context>
    <name>WindowNetwork</name>
    <message>
        <location filename="../../cnngui/ui/window_network.py" line="42" />
        <source>Nothing to evaluate</source>
        <translation>평가할 것이 없음</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/window_network.py" line="43" />
        <source>no network is loaded yet; wait a moment or train one.</source>
        <translation>아직 불러온 네트워크가 없습니다. 잠시 기다리거나 학습시키세요.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/window_network.py" line="71" />
        <source>evaluating {origin}…</source>
        <translation>{origin} 평가 중…</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/window_network.py" line="63" />
        <location filename="../../cnngui/ui/window_network.py" line="87" />
        <source>Cannot evaluate</source>
        <translation>평가할 수 없음</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/window_network.py" line="114" />
        <source>your network while it trains (new weights after each epoch)</source>
        <translation>학습 중인 내 네트워크 (에폭마다 새 가중치)</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/window_network.py" line="198" />
        <source> The drawing keeps {origin}; choose the run to use its weights.</source>
        <translation> 그리기는 {origin}을(를) 계속 씁니다. 그 가중치를 쓰려면 실행을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/window_network.py" line="220" />
        <source>Cannot use these weights</source>
        <translation>이 가중치를 쓸 수 없음</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <location filename="../../cnngui/ui/workers.py" line="85" />
        <source>training could not run: {exc}</source>
        <translation>학습을 실행할 수 없습니다: {exc}</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/workers.py" line="92" />
        <source>Loading TensorFlow…</source>
        <translation>TensorFlow를 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/workers.py" line="125" />
        <source>Loading the {dataset} images…</source>
        <translation>{dataset} 이미지를 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/workers.py" line="130" />
        <source>Building the network…</source>
        <translation>네트워크를 만드는 중…</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/workers.py" line="134" />
        <source>stopped before the first epoch.</source>
        <translation>첫 에폭 전에 멈췄습니다.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/workers.py" line="138" />
        <source>Preparing the first batch (TensorFlow compiles the network)…</source>
        <translation>첫 배치를 준비하는 중 (TensorFlow가 네트워크를 컴파일합니다)…</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/workers.py" line="296" />
        <source>TensorFlow could not be loaded ({exc}); reinstall cnngui to train or predict.</source>
        <translation>TensorFlow를 불러오지 못했습니다 ({exc}). 학습이나 예측을 하려면 cnngui를 다시 설치하세요.</translation>
    </message>
    <message>
        <location filename="../../cnngui/ui/workers.py" line="370" />
        <source>the network could not be evaluated ({exc}).</source>
        <translation>네트워크를 평가하지 못했습니다 ({exc}).</translation>
    </message>
</context>
</TS>