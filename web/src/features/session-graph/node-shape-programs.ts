// sigma node programs for distinct shapes (square tools, diamond models): the point program with another fragment shader.
import { NodePointProgram, type NodeProgramType } from 'sigma/rendering';
import type { EdgeAttributes } from '../../lib/types.ts';
import type { ViewNode } from './types.ts';

/** Builds a fragment shader whose `dist` is the signed distance (in point-sprite units) to the shape's edge. */
function fragment(distance: string): string {
  return /* glsl */ `
precision mediump float;
varying vec4 v_color;
varying float v_border;
const vec4 transparent = vec4(0.0, 0.0, 0.0, 0.0);
void main(void) {
  vec2 m = abs(gl_PointCoord - vec2(0.5, 0.5));
  float dist = ${distance};
  #ifdef PICKING_MODE
  if (dist > v_border) gl_FragColor = v_color; else gl_FragColor = transparent;
  #else
  float t = 0.0;
  if (dist > v_border) t = 1.0; else if (dist > 0.0) t = dist / v_border;
  gl_FragColor = mix(transparent, v_color, t);
  #endif
}`;
}

function shapeProgram(source: string): NodeProgramType<ViewNode, EdgeAttributes> {
  return class extends NodePointProgram<ViewNode, EdgeAttributes> {
    override getDefinition() {
      return { ...super.getDefinition(), FRAGMENT_SHADER_SOURCE: source };
    }
  };
}

/** Inset so a square's area is close to the disc of the same size. */
export const NodeSquareProgram = shapeProgram(fragment('0.42 - max(m.x, m.y)'));
export const NodeDiamondProgram = shapeProgram(fragment('0.5 - (m.x + m.y)'));
