// Control: eval and an inline style attribute are exactly what a strict CSP forbids.
const div = document.createElement('div');
div.setAttribute('style', 'color: red');
document.body.append(div);
try {
  // eslint-disable-next-line no-eval
  (0, eval)('1 + 1');
} catch {
  // blocked, as expected: the violation event is what the test looks for
}
