// Conformance case 'error-lambda-import-duplicate-child': a second addFunctionUrl on an imported
// function: constructs' duplicate-name error names the scope's class, which for an import is
// aws-cdk-lib's local class "Import" (fromFunctionAttributes; fromVersionAttributes' is "Import"
// too, fromAliasAttributes' "Imported"), not FunctionBase (found by difffuzz, gen.py seed 20181).
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const fn = lambda.Function.fromFunctionArn(stack, 'Imp', 'arn:aws:lambda:us-east-1:111111111111:function:ImportedFn');
fn.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.NONE });
fn.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.AWS_IAM });
app.synth();
