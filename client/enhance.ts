/**
 * The one script every page loads, imported once the page has loaded (ENHANCE_LOADER in
 * lib/client-assets.ts). Each feature looks for its own elements and does nothing where they
 * are absent; the page works without any of it.
 */
import { enhanceQuestionNav } from './question-nav';
import { enhanceQuoteSharing } from './quote-share';
import { enhanceRecording } from './recording';
import { enableSearchShortcut } from './search-shortcut';
import { enhanceShareButtons } from './share-answer';
import { carryDirectiveToInterview } from './text-fragment';
import { enhanceThemeSwitch } from './theme-switch';

enhanceThemeSwitch();
enableSearchShortcut();
enhanceShareButtons();
enhanceQuestionNav();
enhanceQuoteSharing();
carryDirectiveToInterview();
enhanceRecording();

// For whoever waits on the enhancements (the browser tests): they have all run.
document.documentElement.dataset.enhanced = '';
