// Conformance case 'error-stage-stack-name-too-long': stage.test.ts's 'generated stack names will not exceed 128
// characters when using prefixes' without @aws-cdk/core:includePrefixInUniqueNameGeneration (kept off over any
// context): the stage's prefix goes before the generated name, which is then too long (aws-cdk-lib's error).
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App({ postCliContext: { '@aws-cdk/core:includePrefixInUniqueNameGeneration': false } });
const stage = new cdk.Stage(app, 'ThisStageNameIsVeryLongButWillOnlyBeTooLongWhenCombinedWithTheStackName');
new cdk.Stack(stage, 'ThisStackNameIsVeryLongButItWillOnlyBeTooLongWhenCombinedWithTheLongPrefix');
app.synth();
