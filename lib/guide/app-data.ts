import type { Detector } from '../pages/detect';
import type { AppId } from '../pages/types';
import type { TargetDef } from '../targets/types';
import type { ErrorStateRule } from './error-states';
import type { GuideStep } from './types';

/**
 * The slice of the guide one app's content script carries: that app's steps and targets. Each app has
 * its own content script so a page loads only the data it can use (content-script size budget).
 */
export interface GuideAppData {
  app: AppId;
  steps: readonly GuideStep[];
  targets: Readonly<Record<string, TargetDef>>;
  /** This app's page detection (lib/pages/<app>.ts). */
  detectors: readonly Detector[];
  /** The documented error states this app's pages can show (recovery cards); none when absent. */
  errorStates?: readonly ErrorStateRule[];
}
