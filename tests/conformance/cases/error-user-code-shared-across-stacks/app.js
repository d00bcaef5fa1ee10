// Conformance case 'error-user-code-shared-across-stacks': the mistake user-claims-stage first made:
// one lambda.Code.fromAsset used by functions of two stacks of a Stage. The first function's stack
// owns the asset; the second function's bind is AssetCode's error, naming the first stack by its
// name (the Stage's prefix, 'Prod-Api').
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const prod = new cdk.Stage(app, 'Prod', { env: { account: '444455556666', region: 'eu-west-2' } });
const code = lambda.Code.fromAsset(path.join(__dirname, 'services'));

const api = new cdk.Stack(prod, 'Api');
new lambda.Function(api, 'Intake', { runtime: lambda.Runtime.PYTHON_3_12, handler: 'claims.intake', code });
const processing = new cdk.Stack(prod, 'Processing');
new lambda.Function(processing, 'Assessor', { runtime: lambda.Runtime.PYTHON_3_12, handler: 'claims.assess', code });
app.synth();
