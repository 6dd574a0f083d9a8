/**
 * @saumaton/plan-viewer — `<saumaton-plan-viewer>`, the shared client plan. This module registers
 * nothing; import `@saumaton/plan-viewer/saumaton-plan-viewer.js` to define the tag.
 */
export { PlanViewer, type PlanViewerEventMap, type PlanViewerMode } from './PlanViewer.js';
