// Conformance case 'ported-core-stage-deep-nesting': stage.test.ts's 'Assemblies can be deeply nested':
// App({treeMetadata: false}) holding three empty Stages, each in the one above: each nested assembly's
// manifest names only the next one (directoryName, displayName), the innermost one holds no artifact.
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App({ treeMetadata: false });

const level1 = new cdk.Stage(app, 'StageLevel1');
const level2 = new cdk.Stage(level1, 'StageLevel2');
new cdk.Stage(level2, 'StageLevel3');
app.synth();
