// Conformance case 'validation-report-function-capacity-durable': the validator's F3034 ranges on an
// AWS::Lambda::Function's numbers that capacityProvider.addFunction (capacity-provider.test.ts) and
// durableConfig (durable-config.test.ts) write, on L1 resources read from resources.tsv (id, type,
// Properties as JSON): PerExecutionEnvironmentMaxConcurrency (1 to 1600) and
// ExecutionEnvironmentMemoryGiBPerVCpu (2 to 8), FunctionScalingConfig's Min/MaxExecutionEnvironments
// (0 to 15000), DurableConfig's ExecutionTimeout (1 to 31622400) and RetentionPeriodInDays (1 to 90),
// ReservedConcurrentExecutions (0 or more) and Timeout (1 or more); one violation for the same message
// on several resources; a function whose findings of one rule come in its template's key order
// (EphemeralStorage.Size before MemorySize).
'use strict';
const fs = require('fs');
const path = require('path');
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
for (const line of fs.readFileSync(path.join(__dirname, 'resources.tsv'), 'utf8').split('\n')) {
  if (!line) continue;
  const [id, type, json] = line.split('\t');
  new cdk.CfnResource(stack, id, { type, properties: JSON.parse(json) });
}
app.synth();
