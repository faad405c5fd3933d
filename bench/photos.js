// Phone-style test photos made in the page (nothing big is committed): sheets of paper photographed
// on a table at 12 MP (4000 × 3000), with perspective, uneven light, print and sensor noise, plus
// a portrait photo of a child-sized subject (3000 × 4000).

function rng(seed) {
  let s = seed >>> 0 || 1;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 4294967296);
}

/** Adds Gaussian-ish sensor noise (phone photos are never clean; clean images flatter every encoder). */
function addNoise(ctx, w, h, amount, rand) {
  const tile = 256;
  const noise = new ImageData(tile, tile);
  for (let i = 0; i < noise.data.length; i += 4) {
    const n = (rand() + rand() + rand() - 1.5) * amount;
    noise.data[i] = noise.data[i + 1] = noise.data[i + 2] = 128 + n;
    noise.data[i + 3] = 255;
  }
  const pattern = new OffscreenCanvas(tile, tile);
  pattern.getContext('2d').putImageData(noise, 0, 0);
  ctx.save();
  ctx.globalCompositeOperation = 'overlay';
  ctx.globalAlpha = 0.5;
  // Tiles shifted per row so the noise does not repeat visibly.
  for (let y = 0; y < h; y += tile) {
    const shift = Math.floor(rand() * tile);
    for (let x = -shift; x < w; x += tile) ctx.drawImage(pattern, x, y);
  }
  ctx.restore();
}

export async function documentPhoto(seed, width = 4000, height = 3000) {
  const rand = rng(seed);
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext('2d');
  // Table.
  const table = ctx.createLinearGradient(0, 0, width, height);
  table.addColorStop(0, '#6b4f36');
  table.addColorStop(1, '#3e2c1e');
  ctx.fillStyle = table;
  ctx.fillRect(0, 0, width, height);
  for (let i = 0; i < 400; i++) {
    ctx.strokeStyle = `rgba(20,10,0,${0.05 + rand() * 0.1})`;
    ctx.lineWidth = 2 + rand() * 6;
    const y = rand() * height;
    ctx.beginPath();
    ctx.moveTo(0, y);
    ctx.bezierCurveTo(width / 3, y + rand() * 40 - 20, (2 * width) / 3, y + rand() * 40 - 20, width, y + rand() * 30 - 15);
    ctx.stroke();
  }
  // The sheet, in slight perspective.
  ctx.save();
  ctx.translate(width / 2, height / 2);
  ctx.rotate((rand() - 0.5) * 0.12);
  ctx.transform(1, 0, (rand() - 0.5) * 0.06, 1, 0, 0);
  const pw = height * 0.85 * 0.707 * (width > height ? 1.3 : 1);
  const ph = Math.min(height * 0.92, pw * 1.414);
  ctx.shadowColor = 'rgba(0,0,0,0.5)';
  ctx.shadowBlur = 40;
  ctx.fillStyle = '#f3f0e8';
  ctx.fillRect(-pw / 2, -ph / 2, pw, ph);
  ctx.shadowColor = 'transparent';
  // Header, body text, a table, a signature and a round stamp.
  ctx.fillStyle = '#1c1c24';
  const x0 = -pw / 2 + pw * 0.09;
  const x1 = pw / 2 - pw * 0.09;
  const lineHeight = ph / 55;
  ctx.font = `bold ${Math.round(lineHeight * 1.3)}px serif`;
  ctx.textAlign = 'center';
  ctx.fillText('СВИДЕТЕЛЬСТВО О РОЖДЕНИИ · ТУУ ТУРАЛЫ КУӘЛІК', 0, -ph / 2 + lineHeight * 4);
  ctx.textAlign = 'left';
  ctx.font = `${Math.round(lineHeight * 0.75)}px serif`;
  const words = 'Республика Казахстан Қазақстан Республикасы фамилия имя отчество тегі аты әкесінің аты дата рождения туған күні место рождения записи акта гражданства № 0012345 выдано берілді'.split(' ');
  for (let y = -ph / 2 + lineHeight * 7; y < ph / 2 - lineHeight * 12; y += lineHeight * 1.35) {
    let x = x0;
    while (x < x1 - lineHeight * 4) {
      const word = words[Math.floor(rand() * words.length)];
      ctx.fillText(word, x, y);
      x += ctx.measureText(word).width + lineHeight * 0.5;
    }
  }
  ctx.strokeStyle = '#1c1c24';
  ctx.lineWidth = Math.max(1, lineHeight / 12);
  const ty = ph / 2 - lineHeight * 11;
  for (let r = 0; r <= 4; r++) {
    ctx.beginPath();
    ctx.moveTo(x0, ty + r * lineHeight * 1.2);
    ctx.lineTo(x1, ty + r * lineHeight * 1.2);
    ctx.stroke();
  }
  ctx.strokeStyle = '#1f3fa0';
  ctx.lineWidth = lineHeight / 6;
  ctx.beginPath();
  ctx.arc(pw * 0.22, ph / 2 - lineHeight * 4, lineHeight * 3, 0, Math.PI * 2);
  ctx.stroke();
  ctx.beginPath();
  ctx.moveTo(-pw * 0.2, ph / 2 - lineHeight * 3);
  for (let i = 0; i < 12; i++) ctx.lineTo(-pw * 0.2 + i * lineHeight * 0.6, ph / 2 - lineHeight * (3 + (i % 2 ? 1.2 : -0.3)));
  ctx.stroke();
  ctx.restore();
  // Uneven light: a lamp on one side, shadow of the phone on the other.
  const light = ctx.createRadialGradient(width * (0.2 + rand() * 0.6), height * 0.2, 0, width / 2, height / 2, width * 0.8);
  light.addColorStop(0, 'rgba(255,250,230,0.18)');
  light.addColorStop(1, 'rgba(0,0,0,0.22)');
  ctx.fillStyle = light;
  ctx.fillRect(0, 0, width, height);
  addNoise(ctx, width, height, 28, rand);
  // Phones save at high quality: about 3–5 MB for 12 MP.
  return new File([await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.92 })], `document-${seed}.jpg`, { type: 'image/jpeg' });
}

export async function portraitPhoto(seed, width = 3000, height = 4000) {
  const rand = rng(seed);
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext('2d');
  const bg = ctx.createLinearGradient(0, 0, 0, height);
  bg.addColorStop(0, '#dfe6ee');
  bg.addColorStop(1, '#b8c4d2');
  ctx.fillStyle = bg;
  ctx.fillRect(0, 0, width, height);
  // Shoulders, neck, face, hair, eyes: soft shapes with gradients like skin and cloth.
  ctx.fillStyle = '#2b4c7e';
  ctx.beginPath();
  ctx.ellipse(width / 2, height * 1.02, width * 0.48, height * 0.3, 0, 0, Math.PI * 2);
  ctx.fill();
  const skin = ctx.createRadialGradient(width * 0.45, height * 0.38, width * 0.05, width / 2, height * 0.42, width * 0.3);
  skin.addColorStop(0, '#f1c9a5');
  skin.addColorStop(1, '#c98e68');
  ctx.fillStyle = skin;
  ctx.fillRect(width * 0.43, height * 0.55, width * 0.14, height * 0.15);
  ctx.beginPath();
  ctx.ellipse(width / 2, height * 0.42, width * 0.2, height * 0.19, 0, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = '#2a1a10';
  ctx.beginPath();
  ctx.ellipse(width / 2, height * 0.3, width * 0.22, height * 0.12, 0, Math.PI, Math.PI * 2);
  ctx.fill();
  for (let i = 0; i < 3000; i++) {
    ctx.strokeStyle = `rgba(${30 + rand() * 30},${20 + rand() * 15},10,0.6)`;
    ctx.lineWidth = 1 + rand() * 2;
    const a = Math.PI + rand() * Math.PI;
    ctx.beginPath();
    ctx.moveTo(width / 2 + Math.cos(a) * width * 0.1, height * 0.3 + Math.sin(a) * height * 0.05);
    ctx.lineTo(width / 2 + Math.cos(a) * width * 0.22, height * 0.3 + Math.sin(a) * height * 0.12);
    ctx.stroke();
  }
  ctx.fillStyle = '#3b2a20';
  for (const dx of [-0.08, 0.08]) {
    ctx.beginPath();
    ctx.ellipse(width * (0.5 + dx), height * 0.41, width * 0.025, height * 0.012, 0, 0, Math.PI * 2);
    ctx.fill();
  }
  ctx.strokeStyle = '#a55a4a';
  ctx.lineWidth = width * 0.006;
  ctx.beginPath();
  ctx.arc(width / 2, height * 0.47, width * 0.05, 0.2 * Math.PI, 0.8 * Math.PI);
  ctx.stroke();
  addNoise(ctx, width, height, 22, rand);
  return new File([await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.92 })], `portrait-${seed}.jpg`, { type: 'image/jpeg' });
}
