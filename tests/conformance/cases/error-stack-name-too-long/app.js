// Conformance case 'error-stack-name-too-long': error: an explicit stackName over 128 characters
// ("Stack name must be <= 128 characters. Stack name: '...'") — stack.test.ts
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
new cdk.Stack(app, 'MyStack', {
  stackName: 'LookAtMyReallyLongStackNameThisStackNameIsLongerThan128CharactersThatIsNutsIDontThinkThereIsEnoughAWSAvailableToLetEveryoneHaveStackNamesThisLong',
});
app.synth();
